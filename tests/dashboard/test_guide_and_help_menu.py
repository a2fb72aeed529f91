"""The editor's guide is the admin's own, in Lithuanian: reachable by every member of staff from
the help menu and the dashboard, never by visitors; Wagtail's English guide is linked nowhere."""

import datetime
import itertools
import json
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import User

import pytest
from bs4 import BeautifulSoup

from vvg_site.core.dates import PartialDate

GUIDE = "/admin/vadovas/"


def guide(client, user):
    client.force_login(user)
    response = client.get(GUIDE)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_every_member_of_staff_can_read_the_guide(work, client, subtests):
    for user in (work.superuser, work.cooperation_admin, work.editor, work.moderator):
        with subtests.test(user=user.username):
            page = guide(client, user)
            assert page.find("h1").get_text(strip=True) == "Redaktoriaus vadovas"


@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "no admin access"])
def test_visitors_and_people_without_admin_access_are_sent_to_sign_in(db, client, signed_in):
    if signed_in:
        client.force_login(User.objects.create_user("lankytojas", password="x"))

    response = client.get(GUIDE)

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"].startswith("/admin/login/")


def test_the_guide_is_one_main_landmark_with_a_table_of_contents_and_ordered_headings(work, client):
    page = guide(client, work.editor)

    [main] = page.find_all("main")
    levels = [int(heading.name[1]) for heading in main.find_all(["h1", "h2", "h3", "h4"])]
    assert levels[0] == 1
    assert all(later - earlier <= 1 for earlier, later in itertools.pairwise(levels))
    toc = main.find("nav", attrs={"aria-labelledby": "guide-toc-heading"})
    targets = [link["href"] for link in toc.find_all("a")]
    assert len(targets) >= 10
    for target in targets:
        section = main.find(id=target.removeprefix("#"))
        assert section is not None and section.name == "section", target


def test_every_admin_screen_the_guide_names_opens(work, client, subtests):
    page = guide(client, work.superuser)

    links = {
        link["href"]
        for link in page.find("main").find_all("a", href=True)
        if link["href"].startswith("/admin/")
    }
    assert {"/admin/snippets/partnerships/partnership/add/", "/admin/"} <= links
    for href in sorted(links):
        with subtests.test(href=href):
            assert client.get(href).status_code == 200


def test_the_date_examples_are_the_seeds_own_agreements(work, client):
    seed = json.loads((Path(settings.BASE_DIR) / "fixtures" / "partnerships.json").read_text())
    agreements = {
        entry["fields"]["title"]: entry["fields"]
        for entry in seed
        if entry["model"] == "partnerships.partnership"
    }
    table = guide(client, work.editor).find(id="datos-tikslumas").find("table")

    examples = [
        [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]
        for row in table.select("tbody tr")
    ]

    assert [row[0] for row in examples] == [
        "tiksli diena",
        "tik mėnuo",
        "tik metai",
        "kelios dienos (nuo–iki)",
    ]
    precisions = ["day", "month", "year", "span"]
    for (_label, entered, title, shown), precision in zip(examples, precisions, strict=True):
        fields = agreements[title]
        assert fields["signed_precision"] == precision
        assert fields["signed_on"] in entered
        if fields["signed_until"]:
            assert fields["signed_until"] in entered
        until = fields["signed_until"]
        date = PartialDate(
            datetime.date.fromisoformat(fields["signed_on"]),
            precision,
            datetime.date.fromisoformat(until) if until else None,
        )
        assert shown == date.display()


def sidebar_menu(client, user):
    client.force_login(user)
    page = BeautifulSoup(client.get("/admin/").content, "html.parser")
    return page, page.find(id="wagtail-sidebar-props").get_text()


def test_the_help_menu_and_the_dashboard_lead_to_the_lithuanian_guide(work, client):
    page, menu = sidebar_menu(client, work.editor)

    assert '"url": "/admin/vadovas/"' in menu
    assert "Redaktoriaus vadovas" in menu
    assert "guide.wagtail.org" not in menu
    assert "guide.wagtail.org" not in str(page)
    assert page.find("main").find("a", href=GUIDE) is not None
