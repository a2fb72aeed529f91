"""Public documents in the site search: found by their title in any form, in either language,
listed with their type and date, linked to the file; a private file is never found."""

import datetime

from wagtail.models import Collection, CollectionViewRestriction

import pytest
from bs4 import BeautifulSoup

from tests import factories as f

pytestmark = pytest.mark.django_db


def documents_found(client, url, q):
    response = client.get(url, {"q": q})
    assert response.status_code == 200
    group = next(g for g in response.context["groups"] if g.kind == "dokumentai")
    return group, BeautifulSoup(response.content, "html.parser")


def test_a_document_is_found_by_its_title_in_another_form_and_links_to_its_file(client, home):
    report = f.make_public_document(
        "Vietos plėtros strategijos įgyvendinimo ataskaita", date=datetime.date(2024, 4, 18)
    )
    f.make_public_document("Asociacijos įstatai", "istatai")

    group, soup = documents_found(client, "/paieska/", "strategijų ataskaitos")

    assert [d.title for d in group.items] == [report.title]
    section = soup.find(id="search-dokumentai").find_parent("section")
    link = section.select_one(".search-result__title")
    assert link["href"] == report.document.url
    assert section.select_one(".search-result__meta").get_text(" ", strip=True) == (
        "Ataskaita, 2024 m. balandžio 18 d."
    )


def test_a_document_whose_file_is_private_is_not_found(client, home):
    collection = Collection.get_first_root_node().add_child(name="Vidaus")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="x"
    )
    hidden = f.make_document("Valdybos protokolas")
    hidden.collection = collection
    hidden.save()
    f.make_public_document("Valdybos posėdžio protokolas", "protokolas", document=hidden)

    group, _soup = documents_found(client, "/paieska/", "protokolas")

    assert group.count == 0


def test_the_english_search_finds_english_titles_by_english_words_and_lithuanian_ones_too(
    client, home
):
    f.translate(home, title="Home", slug="home-en")
    f.make_public_document("Asociacijos įstatai", "istatai", title_en="Statutes of the association")
    f.make_public_document("2023 m. veiklos ataskaita")

    statutes, soup = documents_found(client, "/en/search/", "statute")
    assert [d.title_en for d in statutes.items] == ["Statutes of the association"]
    assert soup.select_one("#search-dokumentai").get_text(" ", strip=True) == "Documents (1)"
    report, soup = documents_found(client, "/en/search/", "ataskaitos")
    assert [d.title for d in report.items] == ["2023 m. veiklos ataskaita"]
    assert (
        soup.find(id="search-dokumentai")
        .find_parent("section")
        .select_one(".search-result__title")["lang"]
        == "lt"
    )


def test_a_renamed_document_is_found_by_its_new_title_at_once(client, home):
    document = f.make_public_document("Projektų atrankos taisyklės", "sprendimas")
    document.title = "Vietos projektų finansavimo sąlygų aprašas"
    document.save()

    assert documents_found(client, "/paieska/", "atrankos")[0].count == 0
    assert documents_found(client, "/paieska/", "finansavimo")[0].count == 1
