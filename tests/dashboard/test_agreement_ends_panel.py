"""The dashboard's panel of agreements running out (within 90 days, soonest first, with the days
left) and of those that ended in the last 180 days with no agreement following them, each one
click from its edit form; shown only to those who may edit agreements."""

import datetime

from django.utils.translation import ngettext

from tests import factories as f
from tests.dashboard.conftest import dashboard, panel
from vvg_site.core.dates import PartialDate

TODAY = datetime.date.today()


def days(n):
    return TODAY + datetime.timedelta(days=n)


def give_lives(work):
    work.complete.validity_end, work.complete.valid_until = "until", days(10)
    work.complete.responsible = work.cooperation_admin
    work.complete.save()
    work.linked.validity_end, work.linked.valid_until = "until", days(1)
    work.linked.save()
    f.make_partnership(title="Baigiasi po 100 dienų", validity_end="until", valid_until=days(100))
    f.make_partnership(
        title="Įvykdyta prieš mėnesį",
        signed_on=datetime.date(2020, 1, 1),
        ended_how="fulfilled",
        ended_on=days(-30),
    )
    f.make_partnership(
        title="Baigėsi prieš savaitę",
        signed_on=datetime.date(2020, 1, 1),
        validity_end="until",
        valid_until=days(-7),
    )
    followed = f.make_partnership(
        title="Baigėsi, bet pratęsta",
        signed_on=datetime.date(2020, 1, 1),
        validity_end="until",
        valid_until=days(-3),
    )
    f.make_partnership(title="Pratęsimas", signed_on=datetime.date(2021, 1, 1), follows=followed)
    f.make_partnership(
        title="Įvykdyta seniai",
        signed_on=datetime.date(2020, 1, 1),
        ended_how="fulfilled",
        ended_on=days(-200),
    )


def tables(section):
    """{heading: [[cell texts] per row]} of the panel's two tables, and their links."""
    found = {}
    for heading in section.select("h3"):
        table = heading.find_next("table")
        found[heading.get_text(strip=True)] = [
            [cell.get_text(" ", strip=True) for cell in row.find_all("td")]
            for row in table.select("tbody tr")
        ]
    return found


def test_the_panel_lists_what_runs_out_soonest_first_and_what_ended_without_a_follow_up(
    work, client
):
    give_lives(work)

    section = panel(dashboard(client, work.cooperation_admin), "vvg-agreement-ends")

    found = tables(section)
    assert found["Per 90 dienų baigiasi 2 sutartys"] == [
        [
            work.linked.title,
            f"galioja iki {PartialDate(days(1)).display()} (liko 1 diena)",
            "nenurodytas",
        ],
        [
            "Sutartis su VDU",
            f"galioja iki {PartialDate(days(10)).display()} (liko 10 dienų)",
            "administratore",
        ],
    ]
    assert found["Per 180 dienų be tęsinio pasibaigė 2 sutartys"] == [
        ["Baigėsi prieš savaitę", f"galiojo iki {PartialDate(days(-7)).display()}", "nenurodytas"],
        ["Įvykdyta prieš mėnesį", f"įvykdyta {PartialDate(days(-30)).display()}", "nenurodytas"],
    ]


def test_each_row_is_one_click_from_the_agreements_edit_form(work, client):
    give_lives(work)

    section = panel(dashboard(client, work.cooperation_admin), "vvg-agreement-ends")

    links = {a.get_text(strip=True): a["href"] for a in section.select("td.title a")}
    assert (
        links["Sutartis su VDU"]
        == f"/admin/snippets/partnerships/partnership/edit/{work.complete.pk}/"
    )
    for href in links.values():
        assert client.get(href).status_code == 200


def test_news_editors_do_not_see_it_and_nobody_sees_it_empty(work, client):
    assert panel(dashboard(client, work.cooperation_admin), "vvg-agreement-ends") is None
    give_lives(work)
    assert panel(dashboard(client, work.editor), "vvg-agreement-ends") is None
    assert panel(dashboard(client, work.superuser), "vvg-agreement-ends") is not None


def test_one_agreement_is_named_in_the_singular(work, client):
    work.complete.validity_end, work.complete.valid_until = "until", days(30)
    work.complete.save()

    section = panel(dashboard(client, work.cooperation_admin), "vvg-agreement-ends")

    assert list(tables(section)) == ["Per 90 dienų baigiasi 1 sutartis"]
    assert ngettext("liko %(count)d diena", "liko %(count)d dienos", 30) % {"count": 30} == (
        "liko 30 dienų"
    )
