"""The dashboard asks the database a fixed number of times, however much work there is."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories as f
from tests.dashboard.conftest import dashboard, panel
from tests.site.test_permissions import news_form

#: The whole admin home (session, user, menus, summary, panels): 25 for a superuser today.
MAX_QUERIES = 30


def count_queries(client, user):
    client.force_login(user)
    client.get("/admin/")  # warms the per-process caches (content types, site root)
    with CaptureQueriesContext(connection) as context:
        assert client.get("/admin/").status_code == 200
    return len(context.captured_queries)


def add_work(work, client, n):
    today = datetime.date.today()
    for number in range(n):
        # Each runs out within 90 days, or ended lately without a follow-up: the ends panel grows.
        f.make_partnership(
            title=f"Papildoma sutartis {n}-{number}",
            validity_end="until",
            valid_until=today + datetime.timedelta(days=1 + number),
            responsible=work.cooperation_admin,
        )
        f.make_partnership(
            title=f"Pasibaigusi sutartis {n}-{number}",
            ended_how="terminated",
            ended_on=today - datetime.timedelta(days=1 + number),
        )
        f.make_partnership(title=f"Papildomas juodraštis {n}-{number}", live=False)
        f.make_news(work.news_index, title=f"Papildoma naujiena {n}-{number}", owner=work.editor)
        client.force_login(work.editor)
        client.post(
            f"/admin/pages/add/pages/newspage/{work.news_index.pk}/",
            news_form(f"Moderuojama {n}-{number}", f"moderuojama-{n}-{number}", "action-submit"),
        )


def test_the_dashboard_query_count_does_not_grow_with_the_work(work, client, subtests):
    for user in (work.superuser, work.moderator, work.editor, work.cooperation_admin):
        with subtests.test(user=user.username):
            assert count_queries(client, user) <= MAX_QUERIES

    before = {user.pk: count_queries(client, user) for user in (work.superuser, work.moderator)}
    add_work(work, client, 12)
    after = {user.pk: count_queries(client, user) for user in (work.superuser, work.moderator)}

    assert after == before
    moderation = panel(dashboard(client, work.moderator), "vvg-awaiting-moderation")
    assert moderation.find("h2").get_text(strip=True) == "Jūsų moderavimo laukia 12 įrašų"
    ends = panel(dashboard(client, work.superuser), "vvg-agreement-ends")
    assert [h.get_text(strip=True) for h in ends.select("h3")] == [
        "Per 90 dienų baigiasi 12 sutarčių",
        "Per 180 dienų be tęsinio pasibaigė 12 sutarčių",
    ]
