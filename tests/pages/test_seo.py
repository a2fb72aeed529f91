"""What search engines and link previews read: sitemap, robots.txt, meta tags, JSON-LD."""

import datetime
import json
import re

from django.utils import timezone

import pytest
from defusedxml import ElementTree

from pages.models import (
    FundingPeriod,
    Member,
    OrganisationSettings,
    ProjectPartner,
    ProjectStatus,
    PublicDocument,
)
from tests.factories import (
    make_document_index,
    make_image,
    make_member,
    make_network,
    make_news,
    make_partner,
    make_partnership,
    make_partnership_index,
    make_profile_page,
    make_project,
    make_public_document,
    make_standard_page,
    make_strategy,
    translate,
)
from vvg_site.core.dates import Precision
from vvg_site.core.seo import json_ld

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
    # The networks come from their records ("Organizacija" → "Narystė tinkluose").
    make_network("Lietuvos vietos veiklos grupių tinklas")
    make_network("Lietuvos kaimo bendruomenių sąjunga", since=datetime.date(2015, 10, 1))

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


def structured(html, schema_type):
    (data,) = [obj for obj in json_ld_objects(html) if obj["@type"] == schema_type]
    return data


def meta_content(html, attribute, name):
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', html)
    return match and match.group(1)


def test_a_news_item_is_a_news_article_with_its_date_publisher_and_projects(client, home):
    settings = OrganisationSettings.load()
    settings.name = "Alytaus rajono VVG"
    settings.save()
    project = make_project(title="Dzūkijos piliakalnių kelias")
    news = make_news(
        title="Pasirašyta sutartis",
        lead="Trys VVG susitarė bendradarbiauti.",
        date=datetime.date(2022, 1, 11),
        projects=[project],
        main_image=make_image(size=(1600, 1000)),
        main_image_alt="Pasirašymo akimirka",
    )
    root = home.get_site().root_url

    html = client.get(news.url).content.decode()

    article = structured(html, "NewsArticle")
    assert article["@context"] == "https://schema.org"
    assert article["headline"] == "Pasirašyta sutartis"
    assert article["datePublished"] == "2022-01-11"
    news.refresh_from_db()
    assert article["dateModified"] == news.last_published_at.isoformat()
    assert article["description"] == "Trys VVG susitarė bendradarbiauti."
    assert article["mainEntityOfPage"] == news.full_url
    assert article["publisher"] == {
        "@type": "Organization",
        "name": "Alytaus rajono VVG",
        "url": root + "/",
    }
    assert article["about"] == [
        {"@type": "Project", "name": "Dzūkijos piliakalnių kelias", "url": project.full_url}
    ]
    assert article["image"].startswith(root + "/media/")
    assert article["image"].endswith(".jpg")
    assert meta_content(html, "property", "og:type") == "article"
    assert meta_content(html, "property", "og:image") == article["image"]
    assert meta_content(html, "property", "article:published_time") == "2022-01-11"
    # A non-ASCII address still gets its own title, description and one canonical spelling.
    assert meta_content(html, "name", "description") == "Trys VVG susitarė bendradarbiauti."
    assert meta_content(html, "property", "og:title") == "Pasirašyta sutartis"
    assert f'<link rel="canonical" href="{news.full_url}">' in html


def test_a_news_article_without_an_image_or_projects_leaves_them_out(client, home):
    news = make_news(title="Be nuotraukos")

    html = client.get(news.url).content.decode()

    article = structured(html, "NewsArticle")
    assert "image" not in article
    assert "about" not in article
    assert 'property="og:image"' not in html


def test_a_script_closing_tag_in_a_title_stays_inside_the_json_ld(client, home):
    title = "Naujiena </script><script>alert(1)</script>"
    news = make_news(title=title)

    html = client.get(news.url).content.decode()

    assert "<script>alert(1)" not in html
    assert structured(html, "NewsArticle")["headline"] == title


def test_a_project_is_a_schema_org_project_with_partners_and_eafrd_funder(client, home):
    partner = make_partner("Druskininkų vietos veiklos grupė", website="https://example.lt/")
    project = make_project(
        title="Dzūkijos piliakalnių kelias",
        summary="<p>Bendras <b>turizmo</b> maršrutas.</p>",
        project_number="LEADER-19.3-001",
        funding_period=FundingPeriod.EAFRD_2014_2020,
        status=ProjectStatus.RUNNING,
        start_date=datetime.date(2021, 7, 1),
        start_precision=Precision.MONTH,
        end_date=datetime.date(2023, 1, 1),
        end_precision=Precision.YEAR,
    )
    ProjectPartner.objects.create(page=project, partner=partner)

    html = client.get(project.url).content.decode()

    data = structured(html, "Project")
    assert data["name"] == "Dzūkijos piliakalnių kelias"
    assert data["description"] == "Bendras turizmo maršrutas."
    assert data["url"] == project.full_url
    assert data["identifier"] == "LEADER-19.3-001"
    assert data["foundingDate"] == "2021-07"
    # A running project's end is a plan, not a fact.
    assert "dissolutionDate" not in data
    assert data["funder"] == {
        "@type": "Organization",
        "name": "Europos žemės ūkio fondas kaimo plėtrai",
    }
    assert data["member"] == [
        {
            "@type": "Organization",
            "name": "Druskininkų vietos veiklos grupė",
            "url": "https://example.lt/",
        }
    ]


def test_a_project_without_eu_funding_or_dates_claims_neither(client, home):
    project = make_project(
        title="Savanorių talka",
        aims="<ol><li>Sutvarkyti parką.</li></ol>",
        status=ProjectStatus.COMPLETED,
        end_date=datetime.date(2019, 1, 1),
        end_precision=Precision.YEAR,
    )

    data = structured(client.get(project.url).content.decode(), "Project")

    assert data["description"] == "Sutvarkyti parką."
    assert data["dissolutionDate"] == "2019"
    for absent in ("funder", "foundingDate", "member", "identifier"):
        assert absent not in data


def test_an_agreement_permalink_has_its_own_description_and_title(client, home):
    make_partnership_index(search_description="Visos sutartys.")
    with_summary = make_partnership(
        make_partner("Trakų krašto VVG"),
        title="Sutartis su Trakų VVG",
        summary="<p>Dėl <i>bendro</i> projekto &amp; mokymų.</p>",
    )
    without = make_partnership(
        make_partner("Birštono VVG"),
        make_partner("Prienų VVG"),
        title="Memorandumas",
        signed_on=datetime.date(2021, 1, 1),
        precision=Precision.YEAR,
    )

    html = client.get(with_summary.get_absolute_url()).content.decode()
    other = client.get(without.get_absolute_url()).content.decode()

    assert meta_content(html, "name", "description") == "Dėl bendro projekto &amp; mokymų."
    assert meta_content(html, "property", "og:description") == "Dėl bendro projekto &amp; mokymų."
    assert meta_content(html, "property", "og:title") == "Sutartis su Trakų VVG"
    assert meta_content(other, "name", "description") == (
        "Bendradarbiavimo sutartis, 2021 m. Partneriai: Birštono VVG, Prienų VVG."
    )
    assert meta_content(other, "property", "og:title") == "Memorandumas"
    assert "Visos sutartys." not in html + other


def test_a_partner_page_has_its_own_description_and_title(client, home):
    make_partnership_index()
    partner = make_partner(
        "Druskininkų vietos veiklos grupė", region="Druskininkų savivaldybė", kind="lag"
    )
    make_partnership(partner, signed_on=datetime.date(2012, 1, 24))
    make_partnership(partner, signed_on=datetime.date(2022, 1, 11))

    html = client.get(partner.get_absolute_url()).content.decode()

    description = meta_content(html, "name", "description")
    assert description == (
        "Druskininkų vietos veiklos grupė – vietos veiklos grupė "
        "(Lietuva, Druskininkų savivaldybė). Bendradarbiaujame 2012–2022 m."
    )
    assert len(description) <= 160
    assert meta_content(html, "property", "og:title") == "Druskininkų vietos veiklos grupė"
    assert html.count('<meta name="description"') == 1


def test_a_news_image_whose_file_is_lost_is_left_out_instead_of_failing(client, home):
    image = make_image(size=(1600, 1000), colour=(171, 23, 61))
    # Renditions are cached (across tests) by image id and file hash; the upload form sets the
    # hash, make_image() does not, so another test's image 1 could answer for this one.
    image.get_file_hash()
    news = make_news(title="Dingęs failas", main_image=image, main_image_alt="Piliakalnis")
    image.file.storage.delete(image.file.name)

    response = client.get(news.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "image" not in structured(html, "NewsArticle")
    assert 'property="og:image"' not in html


def test_the_sitemap_lists_the_profile_its_pages_in_both_languages_dated_by_their_records(
    client, home
):
    profile = make_profile_page()
    documents = make_document_index(profile)
    strategy = make_strategy(profile)
    translate(home, title="Home", slug="home-en")
    english = translate(profile, title="About us", slug="about-us")
    published = timezone.localdate(profile.last_published_at).isoformat()

    entries = sitemap_entries(client)

    for page in (profile, documents, strategy, english):
        assert page.full_url in entries
    assert entries[profile.full_url] == published

    # A record saved later moves the date of the pages that show it.
    member = make_member("Daugų bendruomenė")
    later = timezone.now() + datetime.timedelta(days=400)
    Member.objects.filter(pk=member.pk).update(updated_at=later)
    entries = sitemap_entries(client)
    assert entries[profile.full_url] == timezone.localdate(later).isoformat()
    assert entries[english.full_url] == timezone.localdate(later).isoformat()
    assert entries[documents.full_url] != timezone.localdate(later).isoformat()

    document = make_public_document("Įstatai", "istatai")
    PublicDocument.objects.filter(pk=document.pk).update(updated_at=later)
    assert sitemap_entries(client)[documents.full_url] == timezone.localdate(later).isoformat()
