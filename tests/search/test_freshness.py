"""The index follows the records at once: published, unpublished, edited, renamed, deleted."""

from django.contrib.contenttypes.models import ContentType

import pytest

from partnerships.models import Partnership
from tests.factories import make_news, make_partner, make_partnership, make_project
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
