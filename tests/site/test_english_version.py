"""The English version: every public page type answers under /en/ with English slugs, in its
language, paired with its Lithuanian page both ways (switcher, hreflang, sitemap), while every
Lithuanian address of today answers as before and the page cache never mixes the two."""

import datetime
import xml.etree.ElementTree as ET  # noqa: N817

from django.core.cache import caches
from django.template.loader import render_to_string
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from tests import factories as f

pytestmark = pytest.mark.django_db
ROOT = "http://testserver"


@pytest.fixture
def site(home):
    """One page of each public type in Lithuanian and its English translation: {name: (lt, en)}."""
    home.intro = "<p>Kaimo plėtra kartu.</p>"
    home.save_revision().publish()
    en_home = f.translate(home, title="Home", slug="home-en", intro="<p>Rural development.</p>")
    about = f.make_standard_page(title="Apie mus", slug="apie-mus", show_in_menus=True)
    en_about = f.translate(about, title="About us", slug="about-us")
    index = f.make_partnership_index()
    en_index = f.translate(index, title="Cooperation", slug="cooperation")
    projects = f.make_project_index()
    en_projects = f.translate(projects, title="Projects", slug="projects")
    project = f.make_project(projects, title="Žydinti Lietuva", slug="zydinti-lietuva")
    en_project = f.translate(project, slug="zydinti-lietuva-en")
    druskininkai = f.make_partner("Druskininkų vietos veiklos grupė", slug="druskininku-vvg")
    agreement = f.make_partnership(
        druskininkai,
        title="Sutartis su Druskininkų VVG",
        title_en="Agreement with Druskininkų VVG",
        slug="sutartis-su-druskininku-vvg",
        signed_on=datetime.date(2022, 1, 11),
        project=project,
    )
    news_index = f.make_news_index()
    en_news_index = f.translate(news_index, title="News", slug="news")
    news = f.make_news(news_index, title="Pasirašyta sutartis", slug="pasirasyta-sutartis")
    en_news = f.translate(news, title="Agreement signed", slug="agreement-signed")
    permalink = "sutartis-su-druskininku-vvg/"
    return {
        "home": ("/", en_home.url),
        "standard page": (about.url, en_about.url),
        "cooperation": (index.url, en_index.url),
        "agreement": (index.url + permalink, en_index.url + permalink),
        "partner": (
            index.url + "partneriai/druskininku-vvg/",
            en_index.url + "partners/druskininku-vvg/",
        ),
        "projects": (projects.url, en_projects.url),
        "project": (project.url, en_project.url),
        "news index": (news_index.url, en_news_index.url),
        "news item": (news.url, en_news.url),
        "search": ("/paieska/?q=sutartis", "/en/search/?q=agreement"),
        "_agreement": agreement,
    }


def soup_of(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def hreflangs(soup):
    return {
        link["hreflang"]: link["href"]
        for link in soup.select('head link[rel="alternate"][hreflang]')
    }


def switcher_links(soup):
    return {a["hreflang"]: a["href"] for a in soup.select(".language-switcher a")}


PAGE_TYPES = [
    "home",
    "standard page",
    "cooperation",
    "agreement",
    "partner",
    "projects",
    "project",
    "news index",
    "news item",
]


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_each_page_type_answers_in_both_languages_each_pointing_at_the_other(client, site, name):
    lt_url, en_url = site[name]
    assert en_url.startswith("/en/")
    lithuanian, english = soup_of(client, lt_url), soup_of(client, en_url)

    assert lithuanian.html["lang"] == "lt"
    assert english.html["lang"] == "en"
    pair = {"lt": ROOT + lt_url, "en": ROOT + en_url, "x-default": ROOT + lt_url}
    assert hreflangs(lithuanian) == pair
    assert hreflangs(english) == pair
    assert switcher_links(lithuanian) == {"en": en_url}
    assert switcher_links(english) == {"lt": lt_url}


def test_the_english_routes_have_english_paths_and_the_lithuanian_ones_stay(client, site):
    assert site["partner"][1] == "/en/cooperation/partners/druskininku-vvg/"
    assert client.get("/en/cooperation/partneriai/druskininku-vvg/").status_code == 404
    assert client.get("/bendradarbiavimas/partners/druskininku-vvg/").status_code == 404
    assert client.get("/en/bendradarbiavimas/").status_code == 404


def test_the_search_page_answers_in_english_and_switches_with_its_query(client, site):
    english = soup_of(client, "/en/search/?q=agreement")

    assert english.html["lang"] == "en"
    assert english.select_one("#site-search-q").find_parent("form")["action"] == "/en/search/"
    assert switcher_links(english) == {"lt": "/paieska/?q=agreement"}
    assert hreflangs(english)["lt"] == ROOT + "/paieska/"


def test_a_page_without_a_translation_leads_to_the_other_languages_home_saying_so(client, site):
    contacts = f.make_standard_page(title="Kontaktai", slug="kontaktai")
    lithuanian = soup_of(client, contacts.url)

    link = lithuanian.select_one(".language-switcher a")
    assert link["href"] == site["home"][1]
    assert "šis puslapis neišverstas" in link.get_text()
    assert hreflangs(lithuanian) == {}


def test_the_404_page_is_english_under_en(client, site):
    response = client.get("/en/no-such-page/")
    soup = BeautifulSoup(response.content, "html.parser")

    assert response.status_code == 404
    assert soup.html["lang"] == "en"
    assert soup.h1.get_text() == "Page not found"
    assert switcher_links(soup) == {"lt": "/"}


def test_the_lithuanian_addresses_of_today_still_answer(client, site):
    f.make_news(title="Dar viena naujiena")
    for url in [
        "/",
        "/apie-mus/",
        "/bendradarbiavimas/",
        "/bendradarbiavimas/?type=bendradarbiavimo-sutartis&scope=national&page=1",
        "/bendradarbiavimas/sutartis-su-druskininku-vvg/",
        "/bendradarbiavimas/partneriai/druskininku-vvg/",
        "/bendradarbiavimas/export.csv",
        "/bendradarbiavimas/export.json",
        "/bendradarbiavimas/sutartys.atom",
        "/projektai/",
        "/projektai/zydinti-lietuva/",
        "/naujienos/",
        "/naujienos/pasirasyta-sutartis/",
        "/naujienos/rss/",
        "/naujienos/atom/",
        "/paieska/?q=sutartis",
        "/sitemap.xml",
        "/robots.txt",
        "/healthz/",
    ]:
        assert client.get(url).status_code == 200, url


def test_an_english_browser_gets_the_lithuanian_page_at_its_lithuanian_address(client, site):
    soup = soup_of(client, "/bendradarbiavimas/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")

    assert soup.html["lang"] == "lt"


def test_the_cache_never_serves_one_language_for_the_other(client, site, settings):
    settings.PAGE_CACHE_ENABLED = True
    caches["default"].clear()
    lt_url, en_url = site["cooperation"]
    seen = []
    for url, accept in [
        (lt_url, "lt"),
        (en_url, "lt"),
        (lt_url, "en"),
        (en_url, "en"),
        (lt_url, "en"),
        (en_url, "lt"),
    ]:
        response = client.get(url, HTTP_ACCEPT_LANGUAGE=accept)
        soup = BeautifulSoup(response.content, "html.parser")
        seen.append((url, soup.html["lang"], response.get("X-Page-Cache")))

    assert [lang for _url, lang, _state in seen] == ["lt", "en", "lt", "en", "lt", "en"]
    # The later requests are answered from the cache: one copy per language, not per browser.
    assert [state for _url, _lang, state in seen[2:]] == ["hit", "hit", "hit", "hit"]


def test_the_sitemap_lists_both_languages_each_with_its_alternates(client, site):
    root = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 - our own sitemap
    ns = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    alternates = {
        url.find("sm:loc", ns).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns)
        }
        for url in root.findall("sm:url", ns)
    }
    for name in ["standard page", "agreement", "partner", "news item"]:
        lt_url, en_url = (ROOT + url for url in site[name])
        pair = {"lt": lt_url, "en": en_url, "x-default": lt_url}
        assert alternates[lt_url] == pair, name
        assert alternates[en_url] == pair, name


@pytest.mark.parametrize(("template", "heading"), [("500.html", "Sorry"), ("503.html", "The site")])
def test_the_error_pages_are_english_under_en(template, heading):
    with translation.override("en"):
        soup = BeautifulSoup(render_to_string(template), "html.parser")

    assert soup.html["lang"] == "en"
    assert soup.h1.get_text().startswith(heading)
    assert soup.select_one(".site-title")["href"] == "/en/"


def test_the_english_news_offer_english_tags_and_feeds(client, site):
    item = f.make_news(title="Lėtasis turizmas", slug="letasis-turizmas", tags=["lėtasis turizmas"])
    english = f.translate(item, title="Slow tourism", slug="slow-tourism")
    english.tags.clear()
    english.tags.add("slow tourism")
    english.save_revision().publish()

    index = soup_of(client, site["news index"][1])
    tags = [option.get_text() for option in index.select('select[name="tag"] option')]
    assert "slow tourism" in tags
    assert "lėtasis turizmas" not in tags
    rss = client.get(site["news index"][1] + "rss/").content.decode()
    assert "<language>en</language>" in rss
    assert "Agreement signed" in rss
    assert "Pasirašyta sutartis" not in rss
    assert "<language>lt</language>" in client.get("/naujienos/rss/").content.decode()


def test_news_dates_read_in_each_language(client, site):
    english = soup_of(client, site["news item"][1])
    lithuanian = soup_of(client, site["news item"][0])

    assert english.select_one(".news__date").get_text() == "30 September 2022"
    assert lithuanian.select_one(".news__date").get_text() == "2022 m. rugsėjo 30 d."
    assert "30 September 2022" in soup_of(client, site["news index"][1]).get_text()
