# ruff: noqa: E501 (a table reads best one query to a line)
"""Search under /en/: English words by English stems, and the names that stay Lithuanian on
English pages (partners, places, projects) in any Lithuanian form; the same on SQLite and
PostgreSQL. Only the English pages are found there, only the Lithuanian ones at /paieska/."""

import pytest

from tests.search.conftest import found

# (what an English reader types, the kind of result, the slug it must find)
QUERIES = [
    ("Estonian", "sutartys", "bendradarbiavimo-susitarimas-su-estijos-vietos-veiklos-grupe-kodukan-laanemaa"),
    ("Estonia", "partneriai", "kodukan-laanemaa"),
    ("Germany", "partneriai", "markische-seen"),
    ("Austrian", "sutartys", "ketinimu-bendradarbiauti-protokolas-su-austrijos-vietos-veiklos-grupe-elsbeere-w"),
    ("protocols of intent", "sutartys", "ketinimu-bendradarbiauti-protokolas-su-austrijos-vietos-veiklos-grupe-elsbeere-w"),
    ("arrangements", "sutartys", "bendradarbiavimo-susitarimas-su-jurbarko-vvg-nemunas"),
    ("membership", "sutartys", "naryste-lietuvos-kaimo-bendruomeniu-sajungoje"),
    ("slow tourism", "projektai", "letojo-turizmo-skatinimas"),
    ("submitted", "naujienos", "project-saveikos-lauku-sumanumo-link-submitted"),
    ("accessibility", "puslapiai", "accessibility"),
    ("cooperating", "puslapiai", "cooperation"),
    # Lithuanian names, in any form, on English pages
    ("Druskininkai", "partneriai", "druskininku-vvg"),
    ("Druskininkai", "sutartys", "bendradarbiavimo-sutartis-su-druskininku-vietos-veiklos-grupe"),
    ("piliakalniai", "projektai", "dzukijos-piliakalniu-kelias"),
    ("zydinti lietuva", "naujienos", "agreement-signed-on-project-zydinti-lietuva"),
    ("Estonian Kodukant", "sutartys", "bendradarbiavimo-susitarimas-su-estijos-vietos-veiklos-grupe-kodukan-laanemaa"),
]  # fmt: skip


def english_search(client, q):
    response = client.get("/en/search/", {"q": q})
    assert response.status_code == 200
    return response


@pytest.mark.parametrize(("query", "kind", "slug"), QUERIES)
def test_an_english_query_finds_its_record(initial, client, query, kind, slug):
    assert slug in found(english_search(client, query), kind)


@pytest.mark.parametrize("query", ["xyzzy", "Estonian Germany", "accessibility Druskininkai"])
def test_an_english_query_that_matches_no_record_finds_nothing(initial, client, query):
    response = english_search(client, query)
    assert sum(group.count for group in response.context["groups"]) == 0


def test_each_language_searches_its_own_pages(initial, client):
    english = english_search(client, "cooperation")
    lithuanian = client.get("/paieska/", {"q": "bendradarbiavimas"})
    english_pages = [
        p
        for g in english.context["groups"]
        if g.kind != "sutartys" and g.kind != "partneriai"
        for p in g.items
    ]
    lithuanian_pages = [
        p
        for g in lithuanian.context["groups"]
        if g.kind != "sutartys" and g.kind != "partneriai"
        for p in g.items
    ]
    assert english_pages and lithuanian_pages
    assert {page.language for page in english_pages} == {"en"}
    assert all(page.url.startswith("/en/") for page in english_pages)
    assert {page.language for page in lithuanian_pages} == {"lt"}
    assert not any(page.url.startswith("/en/") for page in lithuanian_pages)
    # English stems do not reach Lithuanian pages: "cooperation" is no Lithuanian word.
    assert found(client.get("/paieska/", {"q": "cooperation"}), "puslapiai") == []


def test_english_results_show_english_titles_with_the_words_marked(initial, client):
    response = english_search(client, "arrangements")
    html = response.content.decode()
    assert "Cooperation <mark>arrangement</mark> with Jurbarko VVG" in html
    assert "Bendradarbiavimo susitarimas su Jurbarko" not in html


def test_the_english_cooperation_page_q_finds_by_english_and_lithuanian_words(initial, client):
    def titles(q):
        response = client.get("/en/cooperation/", {"q": q})
        assert response.status_code == 200
        return {agreement.slug for agreement in response.context["partnerships"]}

    assert "bendradarbiavimo-susitarimas-su-jurbarko-vvg-nemunas" in titles("arrangement")
    lithuanian = client.get("/bendradarbiavimas/", {"q": "Druskininkai"}).context["partnerships"]
    assert titles("Druskininkai") == {agreement.slug for agreement in lithuanian}
