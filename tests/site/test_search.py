"""Site search at /paieska/: what a visitor types, what they find, and how it is grouped."""

import datetime

from django.db import connection
from django.urls import reverse

from wagtail.models import Page
from wagtail.search import index

import pytest

from pages.search import MAX_QUERY_LENGTH, PAGE_SIZE, PREVIEW_SIZE, clean_query
from tests.factories import make_partner, make_partnership, make_standard_page

pytestmark = pytest.mark.django_db

SEARCH_URL = "/paieska/"


def search(client, **params):
    response = client.get(SEARCH_URL, params)
    assert response.status_code == 200
    return response


def titles_in(response, kind):
    group = next((g for g in response.context["groups"] if g.kind == kind), None)
    return [] if group is None else [str(item) for item in group.items]


def test_search_url_is_the_lithuanian_path():
    assert reverse("search") == SEARCH_URL


def test_an_agreement_is_found_by_its_partners_name(client, home):
    druskininkai = make_partner("Druskininkų vietos veiklos grupė")
    make_partnership(druskininkai, title="Bendradarbiavimo sutartis dėl kaimo turizmo")
    make_partnership(make_partner("Lazdijų krašto VVG"), title="Kita sutartis")

    response = search(client, q="Druskininkų")

    assert titles_in(response, "sutartys") == ["Bendradarbiavimo sutartis dėl kaimo turizmo"]
    assert titles_in(response, "partneriai") == ["Druskininkų vietos veiklos grupė"]
    assert "Bendradarbiavimo sutartis dėl kaimo turizmo" in response.content.decode()


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Lithuanian stemming is PostgreSQL's 'lithuanian' text-search configuration; "
    "SQLite's full-text search has no Lithuanian stemmer, so inflected forms cannot match there.",
)
def test_an_inflected_word_finds_the_agreement_on_postgresql(client, home):
    make_partnership(make_partner(), title="Bendradarbiavimo sutartis su universitetu")

    # Genitive plural "sutarčių" and instrumental "universitetais": neither is in the title.
    assert titles_in(search(client, q="sutarčių"), "sutartys") == [
        "Bendradarbiavimo sutartis su universitetu"
    ]
    assert titles_in(search(client, q="universitetais"), "sutartys") == [
        "Bendradarbiavimo sutartis su universitetu"
    ]


def test_results_are_grouped_by_kind_with_headings_and_counts(client, home):
    make_standard_page(title="Piliakalnių kelias", search_description="Apie piliakalnius.")
    partner = make_partner("Piliakalnių draugija", kind="ngo")
    make_partnership(partner, title="Sutartis dėl piliakalnių")
    make_partnership(partner, title="Antroji sutartis dėl piliakalnių")

    response = search(client, q="piliakalnių")
    html = response.content.decode()

    counts = {g.kind: g.count for g in response.context["groups"]}
    assert counts == {"puslapiai": 1, "sutartys": 2, "partneriai": 1}
    assert response.context["total"] == 4
    for heading in ("Puslapiai", "Sutartys", "Partneriai"):
        assert "<h2 id=" in html and heading in html
    assert html.index("Puslapiai") < html.index("Sutartys") < html.index("Partneriai")
    assert "Apie piliakalnius." in html


def test_drafts_and_partners_of_drafts_only_are_not_found(client, home):
    secret = make_partner("Slaptoji bendrija")
    make_partnership(secret, title="Juodraštinė sutartis", live=False)

    response = search(client, q="Slaptoji")

    assert titles_in(response, "sutartys") == []
    assert titles_in(response, "partneriai") == []
    assert "Slaptoji bendrija" not in response.content.decode()


def test_renaming_a_partner_makes_its_agreements_findable_by_the_new_name(client, home):
    partner = make_partner("Senas pavadinimas")
    make_partnership(partner, title="Sutartis su pervadinta organizacija")

    partner.name = "Žuvininkystės regiono grupė"
    partner.save()

    assert titles_in(search(client, q="Žuvininkystės"), "sutartys") == [
        "Sutartis su pervadinta organizacija"
    ]


def test_one_kind_is_paginated_and_the_overview_shows_a_preview(client, home):
    partner = make_partner("Bendrija")
    for n in range(PAGE_SIZE + 3):
        make_partnership(
            partner,
            title=f"Ekskursijų sutartis {n}",
            signed_on=datetime.date(2020, 1, 1) + datetime.timedelta(days=n),
        )

    overview = search(client, q="ekskursijų")
    (agreements,) = [g for g in overview.context["groups"] if g.kind == "sutartys"]
    assert agreements.count == PAGE_SIZE + 3
    assert len(agreements.items) == PREVIEW_SIZE
    assert "rusis=sutartys" in overview.content.decode()

    first = search(client, q="ekskursijų", rusis="sutartys")
    second = search(client, q="ekskursijų", rusis="sutartys", page=2)
    assert [g.kind for g in first.context["groups"]] == ["sutartys"]
    assert len(titles_in(first, "sutartys")) == PAGE_SIZE
    assert len(titles_in(second, "sutartys")) == 3
    assert set(titles_in(first, "sutartys")).isdisjoint(titles_in(second, "sutartys"))
    # The page links keep the query and the kind.
    assert "q=ekskursij%C5%B3&amp;rusis=sutartys&amp;page=2" in first.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"q": '"AND (OR NOT *'},
        {"q": "NEAR(a b)"},
        {"q": "sutartis", "page": "nėra"},
        {"q": "sutartis", "page": "99999", "rusis": "sutartys"},
        {"q": "sutartis", "rusis": "<script>"},
        {"q": "\x00"},
        {"q": "'; DROP TABLE wagtailcore_page; --"},
    ],
)
def test_odd_input_gets_a_page_not_an_error(client, home, params):
    make_partnership(make_partner(), title="Sutartis")

    response = search(client, **params)

    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_an_empty_query_asks_for_words(client, home):
    for params in ({}, {"q": ""}, {"q": "   "}, {"q": "!!! ??"}):
        response = search(client, **params)
        assert response.context["groups"] == []
        assert "Įrašykite bent vieną žodį" in response.content.decode()


def test_a_huge_query_is_cut_and_the_visitor_is_told(client, home):
    make_partnership(make_partner(), title="Sutartis dėl turizmo")

    response = search(client, q="turizmo " + "ž" * 5000)

    assert len(response.context["query"]) <= MAX_QUERY_LENGTH
    assert "Užklausa buvo per ilga" in response.content.decode()


def test_clean_query_keeps_words_and_drops_query_syntax():
    assert clean_query('  "Dzūkijos"  AND (piliakalniai) ') == ("dzūkijos and piliakalniai", False)
    assert clean_query("a" * (MAX_QUERY_LENGTH + 1))[1] is True


def test_every_page_has_a_labelled_search_form_in_its_header(client, home):
    page = make_standard_page(title="Apie mus")

    html = client.get(page.url).content.decode()

    header = html.split('<header class="site-header">', 1)[1].split("</header>", 1)[0]
    assert 'action="/paieska/"' in header
    assert '<label for="site-search-q">Paieška</label>' in header
    assert 'id="site-search-q"' in header


def test_the_page_trees_bare_root_is_never_a_result(client, home):
    # `manage.py update_index` indexes every page, the tree's root ("Root") included.
    index.insert_or_update_object(Page.objects.get(depth=1))

    response = search(client, q="Root")

    assert titles_in(response, "puslapiai") == []
