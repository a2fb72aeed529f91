"""The staff and their work, as the dashboard's tests need them: a user of each group and a
superuser, agreements complete and incomplete, news of two editors, drafts and a schedule."""

import datetime
from types import SimpleNamespace

from django.utils import timezone

from bs4 import BeautifulSoup

from pages.permissions import COOPERATION_ADMINS, NEWS_EDITORS, NEWS_MODERATORS
from tests import factories as f
from tests.module_data import module_data
from tests.site.test_permissions import make_user


def build_staff_and_work():
    news_index = f.make_news_index()
    project_index = f.make_project_index()
    project = f.make_project(project_index, title="Žydinti Lietuva")
    editor = make_user("redaktore", NEWS_EDITORS)
    other_editor = make_user("kita-redaktore", NEWS_EDITORS)
    moderator = make_user("moderatorius", NEWS_MODERATORS)
    cooperation_admin = make_user("administratore", COOPERATION_ADMINS)
    superuser = make_user("vadove", is_superuser=True)

    summary = "<p>Dėl ko susitarta.</p>"
    complete = f.make_partnership(
        title="Sutartis su VDU", summary=summary, signed_on=datetime.date(2022, 1, 11)
    )
    linked = f.make_partnership(
        title="Jungtinės veiklos sutartis dėl projekto „Žydinti Lietuva“",
        summary=summary,
        project=project,
    )
    no_summary = f.make_partnership(title="Sutartis be santraukos")
    no_partner = f.make_partnership(title="Sutartis be partnerių", summary=summary)
    no_partner.partner_links.all().delete()
    unlinked = f.make_partnership(
        title="Jungtinės veiklos sutartis dėl projekto „Maisto atlieka – žaliava!?!“",
        summary=summary,
    )
    draft_agreement = f.make_partnership(title="Neskelbta sutartis", summary=summary, live=False)

    own_news = f.make_news(news_index, title="Redaktorės naujiena", owner=editor)
    own_draft = f.make_news(news_index, title="Redaktorės juodraštis", owner=editor, live=False)
    others_news = f.make_news(news_index, title="Kitos redaktorės naujiena", owner=other_editor)
    scheduled = f.make_news(news_index, title="Suplanuota naujiena", owner=editor, live=False)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=2)
    scheduled.save_revision(user=editor).publish()
    return SimpleNamespace(**locals())


_work_once, work = module_data(
    build_staff_and_work,
    "work",
    "The staff and their work (built once per module; a test's changes are rolled back).",
)


def dashboard(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def panel(page, panel_id):
    """A dashboard panel by its id, or None when the dashboard does not show it."""
    return page.find(id=f"{panel_id}-section")


def titles(section):
    """The titles a panel lists, in order."""
    if section is None:
        return []
    return [cell.get_text(strip=True) for cell in section.select("td.title")]


def quick_actions(page):
    section = panel(page, "vvg-quick-actions")
    return {link.get_text(strip=True): link["href"] for link in section.select("a.button")}
