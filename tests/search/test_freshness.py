"""The index follows the records at once: published, unpublished, edited, renamed, deleted."""

import datetime

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest

from partnerships.models import Partner, Partnership
from tests.factories import (
    make_document,
    make_news,
    make_partner,
    make_partnership,
    make_project,
    make_public_document,
    make_standard_page,
)
from tests.search.conftest import search
from vvg_site.textsearch.models import IndexedTerm

pytestmark = pytest.mark.django_db


def agreements_found(client, query):
    return [a.title for a in search(client, q=query, rusis="sutartys").context["groups"][0].items]


def news_found(client, query):
    return [n.title for n in search(client, q=query, rusis="naujienos").context["groups"][0].items]


def test_a_published_agreement_is_found_and_an_unpublished_one_is_not(client, home):
    agreement = make_partnership(make_partner(), title="Sutartis dėl amatų", live=False)
    assert agreements_found(client, "amatai") == []

    agreement.save_revision().publish()
    assert agreements_found(client, "amatai") == ["Sutartis dėl amatų"]

    agreement.refresh_from_db()
    agreement.unpublish()
    assert agreements_found(client, "amatai") == []


def test_a_published_edit_replaces_the_old_words_and_a_draft_edit_does_not(client, home):
    agreement = make_partnership(make_partner(), title="Sutartis dėl amatų")

    agreement.title = "Sutartis dėl žvejybos"
    agreement.save_revision()  # a draft: the public record still says "amatų"
    assert agreements_found(client, "žvejyba") == []
    assert agreements_found(client, "amatai") == ["Sutartis dėl amatų"]

    Partnership.objects.get(pk=agreement.pk).latest_revision.publish()
    assert agreements_found(client, "žvejyba") == ["Sutartis dėl žvejybos"]
    assert agreements_found(client, "amatai") == []


def test_renaming_a_partner_or_a_project_refreshes_their_agreements(client, home):
    partner = make_partner("Senas pavadinimas")
    project = make_project(title="Pirmasis projektas")
    make_partnership(partner, title="Sutartis su pervadinta organizacija", project=project)

    partner.name = "Žuvininkystės regiono grupė"
    partner.save()
    project.title = "Amatų kelias"
    project.save_revision().publish()

    assert agreements_found(client, "žuvininkystė") == ["Sutartis su pervadinta organizacija"]
    assert agreements_found(client, "amatų keliai") == ["Sutartis su pervadinta organizacija"]
    assert agreements_found(client, "Senas") == []


def test_news_are_found_once_published_and_not_after_unpublishing_or_deleting(client, home):
    news = make_news(title="Piliakalnių šventė", live=False)
    assert news_found(client, "piliakalniai") == []

    news.save_revision().publish()
    assert news_found(client, "piliakalniai") == ["Piliakalnių šventė"]

    news.title = "Amatų mugė"
    news.save_revision().publish()
    assert news_found(client, "piliakalniai") == []
    assert news_found(client, "mugė") == ["Amatų mugė"]

    news.refresh_from_db()
    news.unpublish()
    assert news_found(client, "mugė") == []
    news.delete()
    assert search(client, q="mugė").context["total"] == 0


def test_a_deleted_agreement_leaves_nothing_in_the_index(client, home):
    agreement = make_partnership(make_partner(), title="Sutartis dėl amatų")
    terms = IndexedTerm.objects.filter(
        content_type=ContentType.objects.get_for_model(Partnership), object_id=agreement.pk
    )
    assert terms.filter(term="amat").exists()

    Partnership.objects.get(pk=agreement.pk).delete()

    assert not terms.exists()


def found_in(client, query):
    groups = search(client, q=query).context["groups"]
    return {group.kind: [str(item) for item in group.items] for group in groups if group.count}


def test_what_a_reader_may_see_and_its_order_follow_each_change_on_the_next_search(client, home):
    """The search keeps, per content generation, which records of each kind a reader may see
    and in which order: every change to that shows on the very next search."""
    page = make_standard_page(title="Amatų kiemas", search_description="Apie amatus.")
    document = make_public_document("Amatų mugės ataskaita")
    older = make_news(title="Amatų mugė", date=datetime.date(2021, 5, 1))
    newer = make_news(title="Amatų diena", date=datetime.date(2022, 5, 1))
    assert found_in(client, "amatai") == {
        "naujienos": ["Amatų diena", "Amatų mugė"],
        "puslapiai": ["Amatų kiemas"],
        "dokumentai": ["Amatų mugės ataskaita"],
    }

    # A page behind a password is no longer found.
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="slaptas"
    )
    assert "puslapiai" not in found_in(client, "amatai")

    # A document's file moved into a restricted collection is no longer found.
    collection = Collection.get_first_root_node().add_child(name="Vidaus")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="x"
    )
    file = make_document("Mugės ataskaita")
    file.collection = collection
    file.save()
    document.document = file
    document.save()
    assert "dokumentai" not in found_in(client, "amatai")

    # News of equal rank come newest first: a new date reorders them at once.
    older.date = datetime.date(2023, 5, 1)
    older.save_revision().publish()
    assert found_in(client, "amatai")["naujienos"] == ["Amatų mugė", "Amatų diena"]
    newer.unpublish()
    assert found_in(client, "amatai")["naujienos"] == ["Amatų mugė"]


def test_partners_of_equal_rank_follow_a_rename_in_their_order(client, home):
    alpha = make_partner("Amatų asociacija")
    make_partner("Amatų bendrija")
    for partner in (alpha, *Partner.objects.exclude(pk=alpha.pk)):
        make_partnership(partner, title=f"Sutartis su {partner.name}")
    assert found_in(client, "amatai")["partneriai"] == ["Amatų asociacija", "Amatų bendrija"]

    alpha.name = "Amatų sąjunga"
    alpha.save()

    assert found_in(client, "amatai")["partneriai"] == ["Amatų bendrija", "Amatų sąjunga"]
