"""Site search at /paieska/: how results are grouped, marked, paginated and kept private."""

import datetime

from django.urls import reverse

import pytest

from pages.search import MAX_QUERY_LENGTH, PAGE_SIZE, PREVIEW_SIZE, clean_query
from tests.factories import (
    make_news,
    make_partner,
    make_partnership,
    make_partnership_index,
    make_project,
    make_public_document,
    make_standard_page,
)

pytestmark = pytest.mark.django_db

SEARCH_URL = "/paieska/"
KINDS = ["sutartys", "partneriai", "projektai", "naujienos", "puslapiai", "dokumentai"]


def search(client, **params):
    response = client.get(SEARCH_URL, params)
    assert response.status_code == 200
    return response


def titles_in(response, kind):
    group = next((g for g in response.context["groups"] if g.kind == kind), None)
    return [] if group is None else [str(item) for item in group.items]


def test_search_url_is_the_lithuanian_path():
    assert reverse("search") == SEARCH_URL


def test_an_agreement_is_found_by_its_partners_name_in_another_case(client, home):
    druskininkai = make_partner("Druskininkų vietos veiklos grupė")
    make_partnership(druskininkai, title="Bendradarbiavimo sutartis dėl kaimo turizmo")
    make_partnership(make_partner("Lazdijų krašto VVG"), title="Kita sutartis")

    response = search(client, q="Druskininkai")

    assert titles_in(response, "sutartys") == ["Bendradarbiavimo sutartis dėl kaimo turizmo"]
    assert titles_in(response, "partneriai") == ["Druskininkų vietos veiklos grupė"]


def test_results_are_grouped_by_kind_in_order_with_counts(client, home):
    make_standard_page(title="Piliakalnių kelias", search_description="Apie piliakalnius.")
    partner = make_partner("Piliakalnių draugija", kind="ngo")
    make_partnership(partner, title="Sutartis dėl piliakalnių")
    make_partnership(partner, title="Antroji sutartis dėl piliakalnių")
    make_project(title="Dzūkijos piliakalniai")
    make_news(title="Piliakalnių šventė", lead="Apie šventę ant piliakalnio.")
    make_public_document("Piliakalnių tvarkymo ataskaita")

    response = search(client, q="piliakalnis")
    main = response.content.decode().split("<main", 1)[1]

    counts = {g.kind: g.count for g in response.context["groups"]}
    assert counts == dict(zip(KINDS, [2, 1, 1, 1, 1, 1], strict=True))
    assert response.context["total"] == 7
    assert "Rasti 7 rezultatai." in main
    positions = [main.index(f'<h2 id="search-{kind}">') for kind in KINDS]
    assert positions == sorted(positions)
    # A jump list names each kind with its count.
    assert '<a href="#search-sutartys">Sutartys (2)</a>' in main


def test_the_visitors_words_are_marked_in_any_form(client, home):
    make_partnership(
        make_partner("Druskininkų vietos veiklos grupė"),
        title="Sutartis su Druskininkų VVG",
        summary="<p>Abi grupės susitarė dalintis patirtimi Druskininkuose.</p>",
    )

    html = search(client, q="druskininkai").content.decode()

    assert "Sutartis su <mark>Druskininkų</mark> VVG" in html
    assert "dalintis patirtimi <mark>Druskininkuose</mark>." in html
    assert "<mark>Druskininkų</mark> vietos veiklos grupė" in html


def test_marks_escape_the_text_around_them(client, home):
    make_partnership(make_partner(), title="Sutartis <b>dėl</b> turizmo & kt.")

    html = search(client, q="turizmas").content.decode()

    assert "Sutartis &lt;b&gt;dėl&lt;/b&gt; <mark>turizmo</mark> &amp; kt." in html


def test_an_agreement_shows_its_date_at_its_precision(client, home):
    make_partnership(
        make_partner(),
        title="Sutartis dėl ekskursijų",
        signed_on=datetime.date(2018, 8, 1),
        precision="month",
    )

    html = search(client, q="ekskursija").content.decode()

    assert '<time datetime="2018-08">2018 m. rugpjūčio mėn.</time>' in html


def test_drafts_and_partners_of_drafts_only_are_not_found(client, home):
    secret = make_partner("Slaptoji bendrija")
    make_partnership(secret, title="Juodraštinė sutartis", live=False)
    make_news(title="Slaptoji naujiena", live=False)

    response = search(client, q="Slaptoji")

    assert response.context["total"] == 0
    assert "Slaptoji bendrija" not in response.content.decode().split("<main", 1)[1]


def test_one_kind_is_paginated_and_the_pages_keep_the_query(client, home):
    partner = make_partner("Bendrija")
    for n in range(PAGE_SIZE + 3):
        make_partnership(
            partner,
            title=f"Ekskursijų sutartis {n}",
            signed_on=datetime.date(2020, 1, 1) + datetime.timedelta(days=n),
        )

    overview = search(client, q="ekskursijos")
    (agreements,) = [g for g in overview.context["groups"] if g.kind == "sutartys"]
    assert agreements.count == PAGE_SIZE + 3
    assert len(agreements.items) == PREVIEW_SIZE
    assert "q=ekskursijos&amp;rusis=sutartys" in overview.content.decode()

    first = search(client, q="ekskursijos", rusis="sutartys")
    second = search(client, q="ekskursijos", rusis="sutartys", page=2)
    assert [g.kind for g in first.context["groups"]] == ["sutartys"]
    assert len(titles_in(first, "sutartys")) == PAGE_SIZE
    assert len(titles_in(second, "sutartys")) == 3
    assert set(titles_in(first, "sutartys")).isdisjoint(titles_in(second, "sutartys"))
    assert "q=ekskursijos&amp;rusis=sutartys&amp;page=2" in first.content.decode()


def test_nothing_found_suggests_names_that_begin_alike_and_the_filters(client, home):
    make_partnership_index()
    make_partnership(make_partner("Druskininkų vietos veiklos grupė"), title="Sutartis")
    make_project(title="Dzūkijos piliakalnių kelias")

    response = search(client, q="Druskinkai")  # a typo
    html = response.content.decode()

    assert response.context["total"] == 0
    partners = response.context["suggestions"]["partners"]
    assert [p.name for p in partners] == ["Druskininkų vietos veiklos grupė"]
    assert 'href="/bendradarbiavimas/partneriai/' in html
    assert 'href="/bendradarbiavimas/"' in html
    assert "Ką galima pabandyti" in html

    projects = search(client, q="Dzukjos").context["suggestions"]["projects"]
    assert [p.title for p in projects] == ["Dzūkijos piliakalnių kelias"]


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
        {"q": "%"},
        {"q": "sut_%"},
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


def test_clean_query_keeps_words_and_drops_punctuation():
    assert clean_query('  "Dzūkijos"  AND (piliakalniai) ') == ("dzūkijos and piliakalniai", False)
    assert clean_query("a" * (MAX_QUERY_LENGTH + 1))[1] is True


def test_every_page_has_a_labelled_search_form_with_type_ahead(client, home):
    page = make_standard_page(title="Apie mus")

    html = client.get(page.url).content.decode()

    header = html.split('<header class="site-header">', 1)[1].split("</header>", 1)[0]
    assert 'action="/paieska/"' in header
    assert '<label for="site-search-q">Paieška</label>' in header
    assert 'data-suggest="/paieska/pasiulymai/"' in header
    assert "/static/js/suggest.js" in html


def test_the_search_costs_a_fixed_number_of_queries(client, home, django_assert_max_num_queries):
    partner = make_partner("Bendrija")
    for n in range(12):
        make_partnership(partner, title=f"Ekskursijų sutartis {n}")
        make_news(title=f"Ekskursija {n}")

    with django_assert_max_num_queries(40):
        search(client, q="ekskursija")
