"""The news index: live news newest first, its filters, its pagination and its feeds."""

import datetime
import xml.etree.ElementTree as ET
from types import SimpleNamespace

from pytest_django.asserts import assertContains, assertNotContains

from pages.models import NEWS_PER_PAGE
from tests import factories
from tests.module_data import module_data

ATOM = "{http://www.w3.org/2005/Atom}"


def titles(response):
    return [item.title for item in response.context["news_items"]]


def build_news():
    index = factories.make_news_index()
    project = factories.make_project(title="Žydinti Lietuva", slug="zydinti-lietuva")
    other = factories.make_project(title="Kitas projektas", slug="kitas")
    signed = factories.make_news(
        title="Pasirašyta sutartis",
        date=datetime.date(2020, 5, 13),
        projects=[project],
        tags=["LEADER"],
    )
    finished = factories.make_news(
        title="Projektas baigtas",
        date=datetime.date(2022, 9, 30),
        projects=[project],
        tags=["lėtasis turizmas"],
    )
    agreement = factories.make_news(
        title="Sutartis su universitetu", date=datetime.date(2022, 1, 11)
    )
    factories.make_news(title="Juodraštis", date=datetime.date(2023, 1, 1), live=False)
    return SimpleNamespace(
        index=index,
        project=project,
        other=other,
        signed=signed,
        finished=finished,
        agreement=agreement,
    )


_news_once, news = module_data(
    build_news,
    "news",
    "Live news about two projects under two tags, and a draft (built once per module).",
)


def test_the_news_index_lists_live_news_newest_first(news, client):
    response = client.get("/naujienos/")
    assert response.status_code == 200
    expected = ["Projektas baigtas", "Sutartis su universitetu", "Pasirašyta sutartis"]
    assert titles(response) == expected
    assertNotContains(response, "Juodraštis")


def test_the_news_index_filters_by_project_tag_and_year(news, client):
    by_project = client.get("/naujienos/", {"project": "zydinti-lietuva"})
    assert titles(by_project) == ["Projektas baigtas", "Pasirašyta sutartis"]
    by_tag = client.get("/naujienos/", {"tag": "leader"})
    assert titles(by_tag) == ["Pasirašyta sutartis"]
    by_year = client.get("/naujienos/", {"year": "2022"})
    assert titles(by_year) == ["Projektas baigtas", "Sutartis su universitetu"]
    combined = client.get("/naujienos/", {"project": "zydinti-lietuva", "year": "2020"})
    assert titles(combined) == ["Pasirašyta sutartis"]
    nothing = client.get("/naujienos/", {"tag": "leader", "year": "2022"})
    assert titles(nothing) == []
    assertContains(nothing, "Naujienų nerasta.")


def test_the_form_offers_only_projects_years_and_tags_that_have_live_news(news, client):
    factories.make_news(
        title="Juodraštis su žyma", projects=[news.other], tags=["juodraštis"], live=False
    )
    response = client.get("/naujienos/")
    form = response.context["filterset"].form
    assert [project.slug for project in form.fields["project"].queryset] == ["zydinti-lietuva"]
    assert [value for value, _ in form.fields["year"].choices] == ["", "2022", "2020"]
    assert [tag.slug for tag in form.fields["tag"].queryset] == ["leader", "letasis-turizmas"]
    assertContains(response, '<label for="filter-project">Projektas</label>', html=True)
    assertContains(response, '<option value="2022">2022</option>', html=True)


def test_bad_filter_values_are_reported_and_ignored(news, client, subtests):
    # "kitas" exists but has no news: it is not a choice either.
    bad_values = [{"project": "nera-tokio"}, {"project": "kitas"}]
    bad_values += [{"tag": "<script>"}, {"year": "1999"}, {"year": "abc"}]
    for params in bad_values:
        with subtests.test(params=params):
            response = client.get("/naujienos/", params)
            assert response.status_code == 200
            assertContains(response, "nepritaikytas: jo reikšmė netinkama")
            assert len(titles(response)) == 3
            assertNotContains(response, "<script>")


def test_pagination_keeps_the_filters_and_marks_the_current_page(news, client):
    for n in range(NEWS_PER_PAGE):
        factories.make_news(title=f"Metų naujiena {n}", date=datetime.date(2022, 3, 1))
    response = client.get("/naujienos/", {"year": "2022"})
    assert len(titles(response)) == NEWS_PER_PAGE
    assertContains(response, 'href="?year=2022&amp;page=2"')
    assertContains(response, 'href="?year=2022&amp;page=1" aria-current="page"')

    # A bad value is reported once and left out of the page links.
    with_bad_tag = client.get("/naujienos/", {"year": "2022", "tag": "nera"})
    assertContains(with_bad_tag, 'href="?year=2022&amp;page=2"')
    assertNotContains(with_bad_tag, "tag=nera")

    second = client.get("/naujienos/", {"year": "2022", "page": "2"})
    assert len(titles(second)) == 2
    assertContains(second, 'href="?year=2022&amp;page=2" aria-current="page"')
    shown = set(titles(response)) | set(titles(second))
    assert len(shown) == NEWS_PER_PAGE + 2


def test_a_page_past_the_end_or_not_a_number_is_not_found(news, client):
    assert client.get("/naujienos/", {"page": "2"}).status_code == 404
    # A malformed number shows the first page and says so, as on the cooperation page.
    for bad in ("abc", "0", "-1"):
        response = client.get("/naujienos/", {"page": bad})
        assertContains(response, "Puslapio numeris netinkamas")


def test_rss_feed_is_valid_xml_with_the_live_news(news, client):
    response = client.get("/naujienos/rss/")
    assert response.status_code == 200
    assert "application/rss+xml" in response["Content-Type"]
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314 (our own feed)
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [
        "Projektas baigtas",
        "Sutartis su universitetu",
        "Pasirašyta sutartis",
    ]
    assert items[0].findtext("link") == f"http://testserver{news.finished.url}"
    assert items[0].findtext("description") == news.finished.lead
    assert "30 Sep 2022" in items[0].findtext("pubDate")
    assert [c.text for c in items[0].findall("category")] == ["lėtasis turizmas"]


def test_atom_feed_is_valid_xml_with_the_live_news(news, client):
    response = client.get("/naujienos/atom/")
    assert response.status_code == 200
    assert "application/atom+xml" in response["Content-Type"]
    feed = ET.fromstring(response.content)  # noqa: S314 (our own feed)
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 3
    assert entries[0].findtext(f"{ATOM}title") == "Projektas baigtas"
    assert entries[0].findtext(f"{ATOM}published").startswith("2022-09-30")


def test_the_index_advertises_its_feeds(news, client):
    response = client.get("/naujienos/")
    assertContains(response, 'type="application/rss+xml"')
    assertContains(response, 'href="/naujienos/atom/"')
