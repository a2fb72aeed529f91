"""The map of the partner countries (/bendradarbiavimas/zemelapis/, /en/cooperation/map/): each
country with partners is a link to its filter, titled with its name and count in the page's
language; the others are drawn plain; the geometry is built reproducibly from Natural Earth."""

import io
import json
from pathlib import Path

from django.core.management import call_command

import pytest

from partnerships.filters import FacetOption
from partnerships.maps import GEOMETRY, partner_map
from tests import factories as f
from tests.partnerships.cooperation_page import URL, D, listed, soup
from tests.query_counts import render_costs

MAP = URL + "zemelapis/"


def links(html):
    """{href: (title, class)} of the map's country links."""
    return {
        a["href"]: (a.title.get_text(), a["class"][-1])
        for a in html.select("svg.partner-map__svg a")
    }


def test_each_partner_country_is_a_link_to_its_filter_titled_with_its_name_and_count(
    client, record
):
    html = soup(client.get(MAP))
    assert links(html) == {
        URL + "?country=LT": ("Lietuva: 6 sutartys", "partner-map__country--b3"),
        URL + "?country=AT": ("Austrija: 2 sutartys", "partner-map__country--b2"),
        URL + "?country=GE": ("Sakartvelas: 1 sutartis", "partner-map__country--b1"),
    }
    # The link's name is the same words, for screen readers that skip an SVG <title>.
    georgia = html.select_one('svg a[href$="?country=GE"]')
    assert georgia["aria-label"] == "Sakartvelas: 1 sutartis"
    assert georgia.select_one("path")["d"].startswith("M")


def test_a_country_link_opens_the_cooperation_page_filtered_to_that_country(client, record):
    href = soup(client.get(MAP)).select_one('svg a[href$="?country=GE"]')["href"]
    assert listed(client.get(href)) == ["Susitarimas su Sakartvelo NVO"]


def test_countries_without_partners_are_drawn_plain_for_orientation_not_as_links(client, record):
    html = soup(client.get(MAP))
    linked = {path["data-country"] for path in html.select("svg a path")}
    plain = {path["data-country"] for path in html.select("svg .partner-map__plain path")}
    assert linked == {"LT", "AT", "GE"}
    # From the Atlantic and Scandinavia to the Caucasus, neighbours included.
    assert {"IE", "PT", "NO", "FI", "PL", "LV", "AM", "AZ", "TR"} <= plain
    assert not linked & plain
    assert html.select_one(".partner-map__plain")["aria-hidden"] == "true"


def test_the_english_map_names_the_countries_in_english_and_links_the_english_page(client, record):
    f.translate(f.home_page(), title="Home", slug="home-en")
    f.translate(record["index"], title="Cooperation", slug="cooperation")
    response = client.get("/en/cooperation/map/")
    html = soup(response)
    assert html.html["lang"] == "en"
    assert links(html) == {
        "/en/cooperation/?country=LT": ("Lithuania: 6 agreements", "partner-map__country--b3"),
        "/en/cooperation/?country=AT": ("Austria: 2 agreements", "partner-map__country--b2"),
        "/en/cooperation/?country=GE": ("Georgia: 1 agreement", "partner-map__country--b1"),
    }
    assert html.h1.get_text() == "Map of partner countries"
    switcher = html.select_one(".language-switcher a")
    assert switcher["href"] == MAP


def test_the_cooperation_page_links_its_map_beside_the_partner_countries(client, record):
    html = soup(client.get(URL))
    link = html.find("a", string="Partnerių šalys žemėlapyje")
    assert link["href"] == MAP
    assert link.find_parent("aside")


def test_the_map_page_keeps_the_country_list_as_its_text_alternative(client, record):
    html = soup(client.get(MAP))
    countries = [li.get_text(" ", strip=True) for li in html.select(".country-list li")]
    assert countries == ["Lietuva (6)", "Austrija (2)", "Sakartvelas (1)"]
    legend = [li.get_text(" ", strip=True) for li in html.select(".partner-map__legend li")]
    assert legend == ["5 ir daugiau sutarčių", "2–4 sutartys", "1 sutartis", "be partnerių"]


def test_the_map_is_drawn_by_the_site_itself_without_inline_style_or_other_hosts(client, record):
    response = client.get(MAP)
    html = soup(response)
    assert not html.select("[style]")
    assert all(a["href"].startswith("/") for a in html.select("svg a"))
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]


def test_bad_input_on_the_map_page_is_ignored(client, record):
    response = client.get(MAP + "?country=%3Cscript%3E&page=999999&q=" + "x" * 5000)
    assert response.status_code == 200
    assert len(links(soup(response))) == 3


def test_the_map_takes_the_same_queries_with_3_agreements_as_with_30(client, db):
    f.make_partnership_index()
    countries = ["DE", "AT", "GE", "EE", "IT", "LU", "RO", "SE", "FR", "PL"]

    def add(n):
        for i in range(n):
            partner = f.make_partner(country=countries[i % len(countries)])
            f.make_partnership(partner, signed_on=D(2010 + i % 10, 1, 1))

    add(3)
    few = render_costs(client, MAP)
    add(27)
    assert render_costs(client, MAP) == few
    assert len(links(soup(client.get(MAP)))) == len(countries)


def test_the_sitemap_lists_the_map_page(client, record):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/bendradarbiavimas/zemelapis/</loc>" in sitemap
    assert record["index"].specific.get_cached_paths()[:2] == ["/", "zemelapis/"]


def test_a_country_missing_from_the_geometry_is_left_to_the_list():
    drawn = partner_map(
        [FacetOption("DE", "Vokietija", 2), FacetOption("US", "JAV", 1)], "/bendradarbiavimas/"
    )
    assert [country["code"] for country in drawn["partners"]] == ["DE"]
    assert "US" not in {country["code"] for country in drawn["plain"]}
    assert drawn["view_box"].startswith("0 0 ")


# --- the geometry -------------------------------------------------------------------------------

WORLD_ATLAS = Path(__file__).resolve().parents[2] / "node_modules" / "world-atlas"


@pytest.mark.skipif(
    not (WORLD_ATLAS / "countries-50m.json").is_file(),
    reason="node_modules/world-atlas not installed (make install)",
)
def test_the_geometry_is_rebuilt_from_natural_earth_as_committed_and_the_same_each_time(
    tmp_path,
):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    call_command("build_partner_map", output=str(first), stdout=io.StringIO())
    call_command("build_partner_map", output=str(second), stdout=io.StringIO())
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() == GEOMETRY.read_bytes(), (
        "partnerships/map_data/europe.json differs from what build_partner_map makes: rebuild it"
    )
    data = json.loads(first.read_text(encoding="utf-8"))
    assert "Natural Earth" in data["source"] and "public domain" in data["source"]
    assert "world-atlas 2.0.2" in data["source"]
    assert {"LT", "GE", "LU", "IE", "PT", "NO", "AZ"} <= set(data["countries"])
    assert len(GEOMETRY.read_bytes()) < 40_000
