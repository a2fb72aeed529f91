"""The index after `load_initial_data`, and the filters that share the site search's matching."""

from io import StringIO

from django.core.management import call_command

import pytest

from partnerships.models import Partnership
from tests.search.conftest import found, search
from vvg_site.textsearch.models import IndexedTerm


def index_rows():
    return set(
        IndexedTerm.objects.values_list("content_type", "object_id", "language", "term", "weight")
    )


def test_load_initial_data_leaves_the_index_complete(initial):
    loaded = index_rows()
    out = StringIO()

    call_command("rebuild_search_index", stdout=out)

    assert loaded == index_rows()
    assert len(loaded) > 1000
    assert "Paieškos rodyklė sudaryta:" in out.getvalue()


def test_the_cooperation_pages_q_lists_the_agreements_with_druskininku_vvg(client, initial):
    response = client.get("/bendradarbiavimas/", {"q": "Druskininkai"})

    listed = {a.slug for a in response.context["partnerships"]}
    with_the_partner = set(
        Partnership.objects.live().with_partner("druskininku-vvg").values_list("slug", flat=True)
    )
    assert len(with_the_partner) == 3
    assert listed == with_the_partner


def test_the_cooperation_page_and_the_site_search_agree(client, initial):
    for query in ("Prienai", "zydinti lietuva", "sutarčių", "Estija"):
        page = client.get("/bendradarbiavimas/", {"q": query})
        listed = {a.slug for a in page.context["partnerships"]}
        searched = set(found(search(client, q=query, rusis="sutartys"), "sutartys"))
        assert listed == searched, query


def test_the_news_text_filter_uses_the_same_matching(client, initial):
    response = client.get("/naujienos/", {"q": "piliakalniai"})

    assert [n.slug for n in response.context["news_items"]] == [
        "pateikta-paraiska-dzukijos-piliakalniu-kelias"
    ]
    html = response.content.decode()
    assert 'name="q" value="piliakalniai"' in html


@pytest.mark.parametrize("query", ["Druskininkai", "druskininku"])
def test_the_site_search_finds_the_druskininkai_records_of_every_kind(client, initial, query):
    response = search(client, q=query)
    counts = {group.kind: group.count for group in response.context["groups"]}
    assert counts["sutartys"] == 3
    assert counts["partneriai"] == 1
    assert counts["projektai"] >= 1
