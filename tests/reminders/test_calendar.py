"""Each member of staff's private calendar of the agreements they look after (iCalendar, read
back with the `icalendar` library): the last day of validity and the three reminder days as
all-day events, at a secret address shown and renewed from the admin (the old one stops working
at once), private to HTTP caches, and a 404 for a token that is not one."""

import datetime

from django.urls import reverse

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from pages.permissions import NEWS_EDITORS
from tests import factories as f
from tests.reminders.conftest import days, ending, leave, staff
from vvg_site.reminders.models import CalendarFeed

ADDRESS_SCREEN = "/admin/sutarciu-kalendorius/"


def feed_path(user):
    return reverse(
        "agreement_calendar", args=[CalendarFeed.objects.get_or_create(user=user)[0].token]
    )


def events(client, user):
    """{summary: (start, end)} of the user's calendar, read with the icalendar library."""
    response = client.get(feed_path(user))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0"
    found = {}
    for event in calendar.walk("VEVENT"):
        assert event["UID"] and event.get("DTSTAMP")
        found[str(event["SUMMARY"])] = (event.decoded("DTSTART"), event.decoded("DTEND"))
    return found


@pytest.fixture
def agreements(people):
    mine = ending("Rasos sutartis", 100, responsible=people.rasa)
    nobodys = ending("Niekieno sutartis", 40)
    ending("Onos sutartis", 50, responsible=people.ona)
    ending("Nutraukta", 60, responsible=people.rasa, ended_how="terminated", ended_on=days(-1))
    f.make_partnership(title="Neterminuota", validity_end="open", responsible=people.rasa)
    return mine, nobodys


def test_the_calendar_holds_the_end_day_and_the_three_reminder_days(client, people, agreements):
    mine, _nobodys = agreements
    one_day = datetime.timedelta(days=1)

    found = events(client, people.rasa)

    end = mine.valid_until
    assert found == {
        "Baigiasi sutartis „Rasos sutartis“": (end, end + one_day),
        "Sutartis „Rasos sutartis“: liko 90 dienų": (end - 90 * one_day, end - 89 * one_day),
        "Sutartis „Rasos sutartis“: liko 30 dienų": (end - 30 * one_day, end - 29 * one_day),
        "Sutartis „Rasos sutartis“: liko 7 dienos": (end - 7 * one_day, end - 6 * one_day),
    }


def test_an_administrator_also_sees_the_agreements_nobody_is_responsible_for(
    client, people, agreements
):
    ends = {s for s in events(client, people.ona) if s.startswith("Baigiasi")}

    assert ends == {"Baigiasi sutartis „Niekieno sutartis“", "Baigiasi sutartis „Onos sutartis“"}


def test_each_event_links_to_the_agreement_in_the_admin(client, people, agreements):
    mine, _ = agreements
    calendar = Calendar.from_ical(client.get(feed_path(people.rasa)).content)

    urls = {str(event["URL"]) for event in calendar.walk("VEVENT")}

    assert urls == {f"http://testserver/admin/snippets/partnerships/partnership/edit/{mine.pk}/"}


def test_the_calendar_is_private_to_caches_and_search_engines(client, people, agreements, settings):
    settings.PAGE_CACHE_ENABLED = True
    path = feed_path(people.rasa)

    first, second = client.get(path), client.get(path)

    assert "private" in first["Cache-Control"]
    assert "public" not in first["Cache-Control"]
    assert first["X-Robots-Tag"] == "noindex, nofollow"
    assert second.get("X-Page-Cache") != "hit"


def test_an_unknown_token_or_a_user_who_left_gets_not_found(client, people, agreements):
    assert client.get(reverse("agreement_calendar", args=["nera-tokio"])).status_code == 404
    path = feed_path(people.ona)
    leave(people.ona)
    assert client.get(path).status_code == 404
    assert client.post(feed_path(people.jonas)).status_code == 405


def test_the_address_is_made_shown_and_renewed_from_the_admin(client, people, agreements):
    client.force_login(people.rasa)
    page = BeautifulSoup(client.get(ADDRESS_SCREEN).content, "html.parser")
    assert page.find("button", string="Sukurti kalendoriaus adresą")

    client.post(ADDRESS_SCREEN)
    page = BeautifulSoup(client.get(ADDRESS_SCREEN).content, "html.parser")
    old_address = page.select_one("#calendar-address")["value"]
    assert old_address.startswith("http://testserver/kalendorius/")
    assert "Kalendoriuje – 1 sutartis, kurią prižiūrite" in page.get_text(" ", strip=True)

    response = client.post(ADDRESS_SCREEN, follow=True)
    assert "senasis nebeveikia" in response.content.decode()
    new_address = BeautifulSoup(response.content, "html.parser").select_one("#calendar-address")[
        "value"
    ]
    assert new_address != old_address
    client.logout()
    assert client.get(old_address.removeprefix("http://testserver")).status_code == 404
    assert client.get(new_address.removeprefix("http://testserver")).status_code == 200


def test_the_account_menu_leads_there_for_those_who_look_after_agreements(
    client, people, agreements
):
    def account_links(user):
        client.force_login(user)
        page = BeautifulSoup(client.get("/admin/account/").content, "html.parser")
        return [a["href"] for a in page.select("a[href]")]

    assert ADDRESS_SCREEN in account_links(people.ona)  # an administrator
    assert ADDRESS_SCREEN in account_links(people.rasa)  # named responsible
    editor = staff("naujienos", group=NEWS_EDITORS)  # no agreement of theirs
    assert ADDRESS_SCREEN not in account_links(editor)
