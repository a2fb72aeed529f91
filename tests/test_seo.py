"""What search engines and link previews read: sitemap, robots.txt, meta tags, JSON-LD."""

import json
import re

from django.utils import timezone

import pytest
from defusedxml import ElementTree

from pages.models import OrganisationSettings
from pages.seo import json_ld
from tests.factories import (
    make_partner,
    make_partnership,
    make_partnership_index,
    make_standard_page,
)

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    return {
        url.findtext("sm:loc", namespaces=SITEMAP_NS): url.findtext(
            "sm:lastmod", namespaces=SITEMAP_NS
        )
        for url in root.findall("sm:url", SITEMAP_NS)
    }


def json_ld_objects(html):
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(text) for text in scripts]


def test_sitemap_lists_live_pages_with_lastmod(client, home):
    page = make_standard_page(title="Apie mus")
    draft = make_standard_page(title="Juodraštis")
    draft.unpublish()

    entries = sitemap_entries(client)

    assert entries[page.full_url]
    assert home.full_url in entries
    assert draft.full_url not in entries


def test_sitemap_has_no_permalinks_without_a_cooperation_page(client, home):
    make_partnership(make_partner("Trakų krašto VVG"))

    assert all("/bendradarbiavimas/" not in loc for loc in sitemap_entries(client))


def test_sitemap_lists_live_agreements_and_their_partners_with_lastmod(client, home):
    index = make_partnership_index()
    partner = make_partner("Trakų krašto vietos veiklos grupė")
    agreement = make_partnership(partner, title="Bendradarbiavimo sutartis")
    draft_only = make_partner("Tik juodraštyje")
    draft = make_partnership(draft_only, title="Juodraštis", live=False)
    root = index.get_site().root_url

    entries = sitemap_entries(client)

    agreement.refresh_from_db()
    published = timezone.localdate(agreement.last_published_at).isoformat()
    assert entries[root + agreement.get_absolute_url()] == published
    assert entries[root + partner.get_absolute_url()] == published
    assert root + draft.get_absolute_url() not in entries
    assert root + draft_only.get_absolute_url() not in entries


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client, home):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert f"Sitemap: {home.get_site().root_url}/sitemap.xml" in lines


def test_a_page_has_canonical_description_and_open_graph_tags(client, home):
    page = make_standard_page(
        title="Apie mus", slug="apie-mus", intro="Alytaus rajono VVG vienija kaimo bendruomenes."
    )

    html = client.get(page.url, {"utm_source": "x"}).content.decode()

    canonical = page.full_url
    assert f'<link rel="canonical" href="{canonical}">' in html
    assert (
        '<meta name="description" content="Alytaus rajono VVG vienija kaimo bendruomenes.">' in html
    )
    assert '<meta property="og:title" content="Apie mus">' in html
    assert f'<meta property="og:url" content="{canonical}">' in html
    assert '<meta property="og:type" content="website">' in html


def test_the_editors_search_description_wins_over_the_intro(client, home):
    page = make_standard_page(intro="Įžanga.", search_description="Paieškos aprašymas.")

    html = client.get(page.url).content.decode()

    assert '<meta name="description" content="Paieškos aprašymas.">' in html


def test_organisation_json_ld_names_its_networks_and_only_filled_fields(client, home):
    settings = OrganisationSettings.load()
    settings.email = "info@example.lt"
    settings.facebook_url = "https://www.facebook.com/example"
    settings.save()

    html = client.get(home.url).content.decode()

    (organisation,) = [obj for obj in json_ld_objects(html) if obj["@type"] == "Organization"]
    assert organisation["@context"] == "https://schema.org"
    assert organisation["name"] == "Alytaus rajono vietos veiklos grupė"
    assert organisation["email"] == "info@example.lt"
    assert organisation["sameAs"] == ["https://www.facebook.com/example"]
    assert "telephone" not in organisation and "address" not in organisation
    assert [network["name"] for network in organisation["memberOf"]] == [
        "Lietuvos vietos veiklos grupių tinklas",
        "Lietuvos kaimo bendruomenių sąjunga",
    ]


def test_json_ld_text_cannot_close_its_script_element():
    html = str(json_ld({"name": "</script><script>alert(1)</script> & <!--"}))

    assert html.count("</script>") == 1
    assert "<!--" not in html
    (data,) = json_ld_objects(html)
    assert data["name"] == "</script><script>alert(1)</script> & <!--"


def test_a_rich_text_intro_becomes_a_plain_description(client, home):
    home.intro = "<p>Kaimo <b>bendruomenės</b> &amp; vietos veiklos grupė</p>"
    home.save_revision().publish()

    html = client.get(home.url).content.decode()

    assert (
        '<meta name="description" content="Kaimo bendruomenės &amp; vietos veiklos grupė">' in html
    )


def test_robots_txt_answers_head_requests_too(client, home):
    assert client.head("/robots.txt").status_code == 200


def test_an_agreement_permalink_is_not_labelled_with_the_index_pages_title(client, home):
    make_partnership_index(search_description="Visos sutartys.")
    agreement = make_partnership(make_partner(), title="Sutartis su bendruomene")

    url = agreement.get_absolute_url()
    html = client.get(url).content.decode()

    assert f'<link rel="canonical" href="{home.get_site().root_url}{url}">' in html
    assert "Visos sutartys." not in html
    assert '<meta property="og:title" content="Bendradarbiavimas">' not in html


def test_an_admin_preview_carries_no_structured_data(client, home):
    page = make_standard_page(title="Apie mus")

    preview = page.make_preview_request()
    live = client.get(page.url)

    preview.render()
    assert "<h1>Apie mus</h1>" in preview.content.decode()
    assert "application/ld+json" not in preview.content.decode()
    assert "application/ld+json" in live.content.decode()
