"""The home page: the latest news and agreements, the running projects, the EU support."""

import datetime

from pytest_django.asserts import assertContains, assertNotContains

from pages.models import EAFRD_2014_2020_TEXT, StandardPage
from tests import factories
from tests.query_counts import render_costs


def test_the_home_page_shows_latest_news_live_agreements_and_running_projects(db, client):
    for year in (2018, 2019, 2020, 2021):
        factories.make_news(title=f"Naujiena {year}", date=datetime.date(year, 1, 10))
    factories.make_partnership(title="Sena sutartis", signed_on=datetime.date(2009, 10, 23))
    factories.make_partnership(title="Nauja sutartis", signed_on=datetime.date(2022, 1, 11))
    factories.make_partnership(title="Sutarties juodraštis", live=False)
    factories.make_project(title="Vykdomas projektas", status="running")
    factories.make_project(title="Baigtas projektas", status="completed")

    response = client.get("/")

    assert [n.title for n in response.context["latest_news"]] == [
        "Naujiena 2021",
        "Naujiena 2020",
        "Naujiena 2019",
    ]
    assertNotContains(response, "Naujiena 2018")
    assertContains(response, "Nauja sutartis")
    assertContains(response, "Sena sutartis")
    assertNotContains(response, "Sutarties juodraštis")
    assertContains(response, "Vykdomas projektas")
    assertNotContains(response, "Baigtas projektas")
    assertContains(response, 'href="/naujienos/"')


def test_the_home_page_mentions_the_eafrd_support(db, client):
    response = client.get("/")
    assertContains(response, str(EAFRD_2014_2020_TEXT))
    assertContains(response, "Europos žemės ūkio fondo kaimo plėtrai")


def test_the_home_pages_queries_do_not_grow_with_its_sections(db, client):

    factories.make_partnership_index()
    partner = factories.make_partner()
    factories.make_news(title="Viena naujiena")
    factories.make_partnership(partner)
    factories.make_project(title="Vienas projektas", status="running")
    before = render_costs(client, "/")
    for n in range(3):
        factories.make_news(title=f"Dar viena {n}")
        factories.make_partnership(factories.make_partner(), partner)
        factories.make_project(title=f"Dar vienas {n}", status="running")
    assert render_costs(client, "/") == before


def test_the_home_pages_empty_sections_say_so(db, client):
    response = client.get("/")
    assertContains(response, "Naujienų dar nėra.")
    assertContains(response, "Sutarčių dar nėra.")
    assert StandardPage.can_create_at(factories.home_page())
