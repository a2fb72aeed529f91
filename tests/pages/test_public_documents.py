""" "Dokumentai": the public documents, newest first, filtered by type, year and words through the
site's one public-filter API, page by page; bad input is named and ignored, never an error."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Collection, CollectionViewRestriction

import pytest
from bs4 import BeautifulSoup

from pages.models import DOCUMENTS_PER_PAGE, DocumentIndexPage
from tests import factories as f

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.fixture
def documents(home):
    profile = f.make_profile_page()
    index = f.make_document_index(profile, intro="<p>Įstatai, ataskaitos, sprendimai.</p>")
    f.make_public_document("Asociacijos įstatai", "istatai", D(2016, 3, 2), title_en="Statutes")
    f.make_public_document("2022 m. veiklos ataskaita", "ataskaita", D(2023, 4, 20))
    f.make_public_document("2023 m. veiklos ataskaita", "ataskaita", D(2024, 4, 18))
    f.make_public_document("Valdybos sprendimas dėl kvietimo", "sprendimas", D(2024, 1, 15))
    f.make_public_document("Visuotinio susirinkimo protokolas", "protokolas", D(2024, 4, 18))
    return index


def listed(client, url, **query):
    response = client.get(url, query)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text() for a in soup.select(".document-list a")], soup


def test_every_public_document_newest_first(client, documents):
    titles, soup = listed(client, documents.url)
    assert titles == [
        "Visuotinio susirinkimo protokolas",
        "2023 m. veiklos ataskaita",
        "Valdybos sprendimas dėl kvietimo",
        "2022 m. veiklos ataskaita",
        "Asociacijos įstatai",
    ]
    assert soup.find(class_="result-count").get_text(strip=True) == "Rasta dokumentų: 5"


def test_filters_by_type_year_and_words_in_any_form(client, documents):
    assert listed(client, documents.url, type="ataskaita")[0] == [
        "2023 m. veiklos ataskaita",
        "2022 m. veiklos ataskaita",
    ]
    assert listed(client, documents.url, year="2024", type="ataskaita")[0] == [
        "2023 m. veiklos ataskaita"
    ]
    assert listed(client, documents.url, q="ataskaitos")[0] == [
        "2023 m. veiklos ataskaita",
        "2022 m. veiklos ataskaita",
    ]
    assert listed(client, documents.url, q="istatu")[0] == ["Asociacijos įstatai"]


def test_the_selects_offer_only_types_and_years_that_have_documents(client, documents):
    _titles, soup = listed(client, documents.url, type="sprendimas")
    types = [(o["value"], o.get_text()) for o in soup.select("#filter-type option")]
    assert types == [
        ("", "visi tipai"),
        ("istatai", "įstatai"),
        ("ataskaita", "ataskaita"),
        ("sprendimas", "sprendimas"),
        ("protokolas", "protokolas"),
    ]
    assert soup.select_one("#filter-type option[selected]")["value"] == "sprendimas"
    years = [o["value"] for o in soup.select("#filter-year option")]
    assert years == ["", "2024", "2023", "2016"]


def test_the_selects_follow_a_new_or_hidden_document_on_the_next_request(client, documents):
    """The options are read once per content generation: a change shows at once."""

    def options(**query):
        soup = listed(client, documents.url, **query)[1]
        return (
            [o["value"] for o in soup.select("#filter-type option")],
            [o["value"] for o in soup.select("#filter-year option")],
        )

    assert options() == (["", "istatai", "ataskaita", "sprendimas", "protokolas"],
                         ["", "2024", "2023", "2016"])  # fmt: skip
    strategy = f.make_public_document("Vietos plėtros strategija", "strategija", D(2011, 6, 1))
    assert options(type="strategija") == (
        ["", "istatai", "strategija", "ataskaita", "sprendimas", "protokolas"],
        ["", "2024", "2023", "2016", "2011"],
    )
    assert listed(client, documents.url, type="strategija")[0] == ["Vietos plėtros strategija"]

    collection = Collection.get_first_root_node().add_child(name="Vidaus")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="x"
    )
    strategy.document.collection = collection
    strategy.document.save()
    assert options() == (["", "istatai", "ataskaita", "sprendimas", "protokolas"],
                         ["", "2024", "2023", "2016"])  # fmt: skip


@pytest.mark.parametrize(
    "query",
    [{"type": "nera"}, {"year": "abc"}, {"year": "1700"}, {"type": ["ataskaita", "istatai"]}],
)
def test_a_bad_filter_is_named_and_ignored(client, documents, query):
    titles, soup = listed(client, documents.url, **query)
    assert len(titles) == 5
    assert "nepritaikytas" in soup.select_one(".notice").get_text()


def test_pages_of_twenty_keep_the_filters_and_a_page_past_the_end_is_missing(client, documents):
    for i in range(DOCUMENTS_PER_PAGE + 3):
        f.make_public_document(
            f"Protokolas Nr. {i}", "protokolas", D(2020, 1, 1) + datetime.timedelta(days=i)
        )

    first, soup = listed(client, documents.url, type="protokolas")
    assert len(first) == DOCUMENTS_PER_PAGE
    next_link = soup.select_one(".pagination a[rel=next]")["href"]
    assert "type=protokolas" in next_link and "page=2" in next_link
    second, _soup = listed(client, documents.url, type="protokolas", page="2")
    assert len(second) == 4
    assert set(first).isdisjoint(second)
    assert client.get(documents.url, {"type": "protokolas", "page": "3"}).status_code == 404
    _titles, soup = listed(client, documents.url, page="abc")
    assert "pirmasis puslapis" in soup.select_one(".notice").get_text()


def test_the_english_list_uses_the_same_filter_values_and_english_titles(client, documents):
    f.translate(f.home_page(), title="Home", slug="home-en")
    english_profile = f.translate(documents.get_parent(), title="About us", slug="about-us")
    english = f.translate(documents, title="Documents", slug="documents")
    assert english.get_parent().pk == english_profile.pk

    titles, soup = listed(client, english.url, type="istatai")

    assert titles == ["Statutes"]
    assert soup.find(class_="document-item__meta").get_text(" ", strip=True) == (
        "Statutes, 2 March 2016"
    )
    untranslated, soup = listed(client, english.url, type="ataskaita")
    assert soup.select_one(".document-list a span")["lang"] == "lt"


def test_without_documents_the_list_says_so(client, home):
    index = f.make_document_index(f.make_profile_page())
    _titles, soup = listed(client, index.url)
    assert "Viešų dokumentų dar nepaskelbta." in soup.find("main").get_text()


def test_the_list_takes_as_many_queries_for_30_documents_as_for_3(client, home):
    index = f.make_document_index(f.make_profile_page())

    def count(**query):
        client.get(index.url, query)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(index.url, query).status_code == 200
        return len(queries)

    for i in range(3):
        f.make_public_document(f"Ataskaita {i}", date=D(2020 + i, 1, 1))
    three = count(), count(type="ataskaita", year="2021", q="ataskaita")
    for i in range(3, 30):
        f.make_public_document(
            f"Ataskaita {i}", ["ataskaita", "protokolas"][i % 2], D(2000 + i, 1, 1)
        )
    assert (count(), count(type="ataskaita", year="2021", q="ataskaita")) == three


def test_the_list_sits_under_the_profile_once(home):
    profile = f.make_profile_page()
    assert DocumentIndexPage.can_create_at(profile)
    assert not DocumentIndexPage.can_create_at(home)
    f.make_document_index(profile)
    assert not DocumentIndexPage.can_create_at(profile)
