"""The profile's initial content: only the two memberships the organisation's own text names
(the Lithuanian LAG network, no date given; the Lithuanian Union of Rural Communities since
1 October 2015, linked to its membership agreement) and nothing invented besides."""

import datetime
import json

from bs4 import BeautifulSoup

from pages.initial_content import MEMBERSHIPS_FIXTURE
from pages.models import (
    DecisionBody,
    Member,
    NetworkMembership,
    ProfilePage,
    PublicDocument,
    StrategyPage,
    TeamMember,
)
from partnerships.models import Partnership
from tests.pages.seed import load


def test_the_two_memberships_the_source_names_with_its_date_and_agreement(loaded):
    memberships = list(NetworkMembership.objects.for_listing())
    union_agreement = Partnership.objects.get(slug="naryste-lietuvos-kaimo-bendruomeniu-sajungoje")
    assert [(m.name, m.since, m.until, m.website, m.agreement) for m in memberships] == [
        ("Lietuvos vietos veiklos grupių tinklas", None, None, "", None),
        (
            "Lietuvos kaimo bendruomenių sąjunga",
            datetime.date(2015, 10, 1),
            None,
            "",
            union_agreement,
        ),
    ]
    assert "2 narystės tinkluose" in loaded


def test_no_people_members_bodies_or_documents_are_invented(loaded):
    for model in (Member, DecisionBody, TeamMember, PublicDocument, StrategyPage):
        assert not model.objects.exists(), model
    records = json.loads(MEMBERSHIPS_FIXTURE.read_text(encoding="utf-8"))
    assert {key for record in records for key in record} == {
        "name",
        "since",
        "since_precision",
        "source",
        "agreement",
    }


def test_the_profile_shows_the_memberships_in_both_languages(loaded, client):
    soup = BeautifulSoup(client.get("/apie-mus/").content, "html.parser")
    items = [li.get_text(" ", strip=True) for li in soup.select(".network-list li")]
    assert items == [
        "Lietuvos vietos veiklos grupių tinklas",
        "Lietuvos kaimo bendruomenių sąjunga , narė nuo 2015 m. spalio 1 d. · narystės sutartis",
    ]
    assert soup.find("a", string="narystės sutartis")["href"] == (
        "/bendradarbiavimas/naryste-lietuvos-kaimo-bendruomeniu-sajungoje/"
    )
    assert [h.get_text() for h in soup.find("main").find_all("h2")][-1] == "Narystė tinkluose"

    english = ProfilePage.objects.get(locale__language_code="en")
    soup = BeautifulSoup(client.get(english.url).content, "html.parser")
    items = soup.select(".network-list li")
    assert items[1].get_text(" ", strip=True) == (
        "Lietuvos kaimo bendruomenių sąjunga , member since 1 October 2015 · membership agreement"
    )
    assert items[1].find("span")["lang"] == "lt"
    assert soup.find("a", string="membership agreement")["href"].startswith("/en/cooperation/")


def test_add_missing_restores_a_deleted_membership_and_keeps_an_edited_one(loaded):
    NetworkMembership.objects.filter(name="Lietuvos vietos veiklos grupių tinklas").delete()
    union = NetworkMembership.objects.get(name="Lietuvos kaimo bendruomenių sąjunga")
    union.website = "https://example.org/lkbs"
    union.save()

    assert "narystė tinkle „Lietuvos vietos veiklos grupių tinklas“" in load()
    assert NetworkMembership.objects.count() == 1
    load("--add-missing")

    assert NetworkMembership.objects.count() == 2
    assert NetworkMembership.objects.get(pk=union.pk).website == "https://example.org/lkbs"
