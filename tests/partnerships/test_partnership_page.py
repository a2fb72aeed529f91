"""The public "Bendradarbiavimas" page: what a visitor sees, filters, pages and open data."""

import csv
import datetime
import io
import json
from xml.etree import ElementTree

from django.db import connection
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

import pytest
from bs4 import BeautifulSoup

from pages.dates import Precision
from partnerships.models import Partnership, PartnershipPartner
from tests import factories as f

D = datetime.date
URL = "/bendradarbiavimas/"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def record(db):
    """A small history shaped like the organisation's: LT and foreign partners, every precision."""
    index = f.make_partnership_index()
    druskininkai = f.make_partner(
        "Druskininkų vietos veiklos grupė", short_name="Druskininkų VVG", slug="druskininku-vvg"
    )
    birstonas = f.make_partner("Birštono vietos veiklos grupė", slug="birstono-vvg")
    vdu = f.make_partner("Vytauto Didžiojo universitetas", kind="university", slug="vdu")
    georgia = f.make_partner(
        "Dalyvavimo ir bendradarbiavimo centras", kind="foreign_ngo", country="GE", slug="dbc"
    )
    elsbeere = f.make_partner("LAG Elsbeere Wienerwald", country="AT", slug="elsbeere")
    contract = f.make_type("bendradarbiavimo sutartis")
    joint = f.make_type("jungtinės veiklos sutartis")
    protocol = f.make_type("ketinimų bendradarbiauti protokolas")
    cult_trips = f.make_project(title="Lėtos kultūros patirtys 2.00", slug="cult-trips")
    agreements = {
        "vdu": f.make_partnership(
            vdu,
            title="Sutartis su VDU",
            signed_on=D(2022, 1, 11),
            agreement_type=contract,
            summary="<p>Mokslinė, ekspertinė pagalba <b>žaliajai</b> pertvarkai.</p>",
        ),
        "food": f.make_partnership(
            birstonas,
            druskininkai,
            title="Maisto atlieka – žaliava",
            signed_on=D(2022, 7, 1),
            precision=Precision.MONTH,
            agreement_type=joint,
        ),
        "july_day": f.make_partnership(
            birstonas, title="Liepos 14-osios sutartis", signed_on=D(2022, 7, 14)
        ),
        "georgia": f.make_partnership(
            georgia,
            title="Susitarimas su Sakartvelo NVO",
            signed_on=D(2021, 1, 1),
            precision=Precision.YEAR,
            agreement_type=contract,
        ),
        "march_2021": f.make_partnership(
            vdu, title="Kovo sutartis", signed_on=D(2021, 3, 5), agreement_type=contract
        ),
        "cult_trips": f.make_partnership(
            druskininkai,
            elsbeere,
            title="CultTrips bendradarbiavimo sutartis",
            signed_on=D(2018, 8, 1),
            precision=Precision.MONTH,
            agreement_type=contract,
            project=cult_trips,
        ),
        "druskininkai_2014": f.make_partnership(
            druskininkai,
            title="Sutartis su Druskininkų VVG",
            signed_on=D(2014, 9, 15),
            agreement_type=contract,
        ),
        "austria": f.make_partnership(
            elsbeere,
            title="Ketinimų protokolas Austrijoje",
            signed_on=D(2012, 1, 24),
            precision=Precision.SPAN,
            until=D(2012, 1, 26),
            agreement_type=protocol,
        ),
        "draft": f.make_partnership(
            druskininkai,
            title="Neskelbtas juodraštis",
            signed_on=D(2023, 2, 2),
            live=False,
            slug="juodrastis",
        ),
    }
    return {"index": index, "a": agreements, "project": cult_trips}


def listed(response):
    """The titles of the agreements on a listing response, in page order."""
    return [p.title for p in response.context["partnerships"]]


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def all_listed(client, query=""):
    """Every agreement title of a filtered listing, walking through its pages."""
    titles, number = [], 1
    while True:
        response = client.get(f"{URL}?{query}&page={number}")
        assert response.status_code == 200
        titles += listed(response)
        if not response.context["page_obj"].has_next():
            return titles
        number += 1


# --- the listing -----------------------------------------------------------------------------


def test_agreements_are_newest_first_by_the_earliest_day_each_date_can_mean(client, record):
    response = client.get(URL)
    assert listed(response) == [
        "Liepos 14-osios sutartis",  # 2022-07-14
        "Maisto atlieka – žaliava",  # 2022 m. liepos mėn. = from 2022-07-01
        "Sutartis su VDU",  # 2022-01-11
        "Kovo sutartis",  # 2021-03-05
        "Susitarimas su Sakartvelo NVO",  # 2021 m. = from 2021-01-01
        "CultTrips bendradarbiavimo sutartis",
        "Sutartis su Druskininkų VVG",
        "Ketinimų protokolas Austrijoje",
    ]


def test_agreements_are_grouped_under_year_headings_with_dates_at_their_precision(client, record):
    html = soup(client.get(URL))
    headings = [h.get_text(strip=True) for h in html.select(".year-group__heading")]
    assert headings == ["2022 m.", "2021 m.", "2018 m.", "2014 m.", "2012 m."]
    times = {t.get_text(): t["datetime"] for t in html.select(".agreement time")}
    assert times["2022 m. liepos mėn."] == "2022-07"
    assert times["2021 m."] == "2021"
    assert times["2012 m. sausio 24–26 d."] == "2012-01-24"
    assert times["2022 m. sausio 11 d."] == "2022-01-11"


def test_each_agreement_links_its_partners_project_and_permalink(client, record):
    html = soup(client.get(URL))
    item = next(
        li
        for li in html.select("li.agreement")
        if "CultTrips" in li.select_one(".agreement__title").get_text()
    )
    links = {a.get_text(strip=True): a["href"] for a in item.select("a")}
    assert links[TITLES["cult_trips"]] == URL + "culttrips-bendradarbiavimo-sutartis/"
    assert links["Druskininkų vietos veiklos grupė"] == URL + "partneriai/druskininku-vvg/"
    assert links["LAG Elsbeere Wienerwald"] == URL + "partneriai/elsbeere/"
    assert links["Lėtos kultūros patirtys 2.00"] == record["project"].url
    # The foreign partner's country is named; the Lithuanian one's is not.
    assert "(Austrija)" in item.get_text()
    assert "(Lietuva)" not in item.get_text()
    assert links["tarptautinė"] == URL + "?scope=international"


def test_the_results_heading_gives_the_count(client, record):
    html = soup(client.get(URL + "?partner=druskininku-vvg"))
    assert html.select_one("#results-heading").get_text(strip=True) == "Rasta sutarčių: 3"


# --- drafts ------------------------------------------------------------------------------------


def test_drafts_appear_nowhere_public(client, record):
    assert "Neskelbtas juodraštis" not in client.get(URL).content.decode()
    assert client.get(URL + "juodrastis/").status_code == 404
    assert "Neskelbtas juodraštis" not in client.get(URL + "export.json").content.decode()
    assert "Neskelbtas juodraštis" not in client.get(URL + "export.csv").content.decode()
    assert "Neskelbtas juodraštis" not in client.get(URL + "sutartys.atom").content.decode()
    # Nor in the counts: Druskininkai has 3 live agreements and a draft.
    assert "Druskininkų vietos veiklos grupė (3)" in client.get(URL).content.decode()
    years = [o.get_text() for o in soup(client.get(URL)).select("#filter-year option")]
    assert not any(year.startswith("2023") for year in years)


def test_a_published_agreement_with_a_newer_draft_shows_its_published_version(client, record):
    agreement = record["a"]["vdu"]
    agreement.title = "Pakeistas, dar neskelbtas pavadinimas"
    agreement.save_revision()  # what "Save draft" does in the admin: the live row stays as it was

    listing = client.get(URL).content.decode()
    assert "Sutartis su VDU" in listing
    assert "Pakeistas, dar neskelbtas" not in listing
    permalink = client.get(URL + agreement.slug + "/").content.decode()
    assert "Sutartis su VDU" in permalink
    assert "Pakeistas, dar neskelbtas" not in permalink
    assert "Pakeistas" not in client.get(URL + "export.json").content.decode()


def test_a_draft_of_a_partner_only_page_is_not_public(client, record):
    lonely = f.make_partner("Tik juodraščio partneris", slug="tik-juodrascio")
    f.make_partnership(lonely, title="Dar ne", live=False)
    assert client.get(URL + "partneriai/tik-juodrascio/").status_code == 404
    assert "Tik juodraščio partneris" not in client.get(URL).content.decode()


# --- filters -------------------------------------------------------------------------------------

# Short names for the fixture's agreements, newest first.
TITLES = {
    "july_day": "Liepos 14-osios sutartis",
    "food": "Maisto atlieka – žaliava",
    "vdu": "Sutartis su VDU",
    "march_2021": "Kovo sutartis",
    "georgia": "Susitarimas su Sakartvelo NVO",
    "cult_trips": "CultTrips bendradarbiavimo sutartis",
    "druskininkai_2014": "Sutartis su Druskininkų VVG",
    "austria": "Ketinimų protokolas Austrijoje",
}

FILTERS = [
    ("year=2022", "july_day food vdu"),
    ("from=2018", "july_day food vdu march_2021 georgia cult_trips"),
    ("to=2018", "cult_trips druskininkai_2014 austria"),
    ("type=jungtines-veiklos-sutartis", "food"),
    ("type=ketinimu-bendradarbiauti-protokolas", "austria"),
    ("partner=druskininku-vvg", "food cult_trips druskininkai_2014"),
    ("country=GE", "georgia"),
    ("country=AT", "cult_trips austria"),
    ("scope=international", "georgia cult_trips austria"),
    ("scope=national", "july_day food vdu march_2021 druskininkai_2014"),
    ("project=cult-trips", "cult_trips"),
    # Text search: title, partner names, summary, type, case-insensitively.
    ("q=druskinink", "food cult_trips druskininkai_2014"),
    ("q=Birštono", "july_day food"),
    ("q=pertvarkai", "vdu"),
    ("q=protokolas", "austria"),
    # Combined.
    ("scope=international&from=2015", "georgia cult_trips"),
    (
        "partner=druskininku-vvg&type=bendradarbiavimo-sutartis&to=2019",
        "cult_trips druskininkai_2014",
    ),  # noqa: E501
    ("country=AT&year=2012", "austria"),
    ("q=sutartis&scope=national&from=2021&to=2021", "march_2021"),
    ("partner=vdu&country=GE", ""),
]


@pytest.mark.parametrize(("query", "expected"), FILTERS)
def test_each_filter_alone_and_combined(client, record, query, expected):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    assert listed(response) == [TITLES[key] for key in expected.split()]
    assert not response.context["notes"]


def test_every_option_shows_how_many_live_agreements_it_has(client, record):
    html = soup(client.get(URL))

    def options(name):
        return [o.get_text() for o in html.select(f"#filter-{name} option")][1:]

    assert options("year") == ["2022 (3)", "2021 (2)", "2018 (1)", "2014 (1)", "2012 (1)"]
    # A range may start or end in a year without agreements.
    assert options("from")[:3] == ["2022 (3)", "2021 (2)", "2020 (0)"]
    assert options("to")[-1] == "2012 (1)"
    assert len(options("to")) == 11
    assert options("type") == [
        "bendradarbiavimo sutartis (6)",
        "jungtinės veiklos sutartis (1)",
        "ketinimų bendradarbiauti protokolas (1)",
    ]
    assert "Druskininkų vietos veiklos grupė (3)" in options("partner")
    assert "LAG Elsbeere Wienerwald (2)" in options("partner")
    assert options("country") == ["Lietuva (6)", "Austrija (2)", "Sakartvelas (1)"]
    assert options("project") == ["Lėtos kultūros patirtys 2.00 (1)"]
    scopes = [label.get_text(" ", strip=True) for label in html.select(".filter-scope label")]
    assert scopes == ["visos", "tik su Lietuvos partneriais (5)", "tarptautinės (3)"]


def test_the_form_is_a_plain_get_form_with_labels_and_keeps_the_choices(client, record):
    html = soup(client.get(URL + "?partner=druskininku-vvg&scope=international&q=kult"))
    form = html.select_one("form.filter-form")
    assert form["method"] == "get"
    assert form.select_one("fieldset > legend")
    for control in form.select("select, input[type=search]"):
        assert form.select_one(f"label[for={control['id']}]"), control["name"]
    names = {c["name"] for c in form.select("[name]")}
    assert names == {"q", "year", "from", "to", "type", "partner", "country", "scope", "project"}
    assert form.select_one("#filter-partner option[selected]")["value"] == "druskininku-vvg"
    assert form.select_one("input[name=scope][checked]")["value"] == "international"
    assert form.select_one("#filter-q")["value"] == "kult"


def test_active_filters_are_listed_in_words_and_each_can_be_removed(client, record):
    html = soup(client.get(URL + "?partner=druskininku-vvg&scope=international"))
    items = html.select(".active-filters li")
    texts = [li.get_text(" ", strip=True) for li in items]
    assert texts[0].startswith("Partneris: Druskininkų vietos veiklos grupė")
    assert texts[1].startswith("Apimtis: tarptautinės")
    remove_partner = items[0].select_one("a")["href"]
    assert remove_partner == URL + "?scope=international"
    assert listed(client.get(remove_partner)) == listed(client.get(URL + "?scope=international"))
    reset = html.find("a", string="Išvalyti visus filtrus")
    assert reset["href"] == URL


def test_a_site_without_agreements_says_so(client, db):
    f.make_partnership_index()
    response = client.get(URL)
    assert response.status_code == 200
    assert "Sutarčių dar nepaskelbta." in soup(response).select_one(".empty-state").get_text()
    assert not soup(response).select("figure.year-chart")


def test_a_year_range_outside_the_record_stays_selected(client, record):
    html = soup(client.get(URL + "?from=2005&to=2030"))
    assert html.select_one("#filter-from option[selected]")["value"] == "2005"
    assert html.select_one("#filter-to option[selected]")["value"] == "2030"


def test_an_empty_result_says_what_to_try(client, record):
    html = soup(client.get(URL + "?partner=vdu&country=GE"))
    empty = html.select_one(".empty-state")
    assert "Pagal šiuos filtrus sutarčių nerasta" in empty.get_text()
    hrefs = [a["href"] for a in empty.select("a")]
    assert URL + "?country=GE" in hrefs  # drop the partner filter
    assert URL + "?partner=vdu" in hrefs  # drop the country filter
    assert URL in hrefs


# --- one click on a phone -----------------------------------------------------------------------


def test_what_have_we_signed_with_druskininkai_is_one_click_from_the_page(client, record):
    html = soup(client.get(URL))
    link = html.find("a", string="Druskininkų vietos veiklos grupė")
    partner_page = client.get(link["href"])
    assert partner_page.status_code == 200
    assert [p.title for p in partner_page.context["partnerships"]] == [
        "Maisto atlieka – žaliava",
        "CultTrips bendradarbiavimo sutartis",
        "Sutartis su Druskininkų VVG",
    ]


def test_international_agreements_since_2015_is_one_click_from_the_page(client, record):
    html = soup(client.get(URL))
    link = html.select_one(".quick-links").find("a", string="Tarptautinės nuo 2015 m.")
    assert listed(client.get(link["href"])) == [
        "Susitarimas su Sakartvelo NVO",
        "CultTrips bendradarbiavimo sutartis",
    ]


# --- pagination -----------------------------------------------------------------------------------


@pytest.fixture
def many(db):
    f.make_partnership_index()
    lag = f.make_partner("Kaimyninė VVG", slug="kaimynine")
    other = f.make_partner("Kita VVG", slug="kita")
    for i in range(45):
        signed_on = D(2000 + i % 20, 1, 1 + i % 28)
        f.make_partnership(lag, title=f"Kaimynų sutartis {i:02d}", signed_on=signed_on)
    f.make_partnership(other, title="Kitos VVG sutartis", signed_on=D(2030, 1, 1))
    return lag


def test_pagination_keeps_the_filters_and_marks_the_current_page(client, many):
    response = client.get(URL + "?partner=kaimynine&page=2")
    assert response.status_code == 200
    assert len(listed(response)) == 20
    html = soup(response)
    current = html.select_one(".pagination a[aria-current=page]")
    assert current.get_text(strip=True).endswith("2")
    hrefs = [a["href"] for a in html.select(".pagination a")]
    assert "?partner=kaimynine&page=3" in hrefs
    assert "?partner=kaimynine&page=1" in hrefs
    assert all("partner=kaimynine" in href for href in hrefs)
    # The three pages hold each of the partner's 45 agreements once, and nothing else.
    titles = all_listed(client, "partner=kaimynine")
    assert sorted(titles) == [f"Kaimynų sutartis {i:02d}" for i in range(45)]


def test_a_page_past_the_end_is_not_found(client, many):
    assert client.get(URL + "?partner=kaimynine&page=3").status_code == 200
    assert client.get(URL + "?partner=kaimynine&page=4").status_code == 404
    assert client.get(URL + "?page=99999999999999999999").status_code == 404


@pytest.mark.parametrize("bad", ["-1", "0", "abc", "1.5", "2&page=3"])
def test_a_malformed_page_number_shows_the_first_page_and_says_so(client, many, bad):
    response = client.get(URL + "?page=" + bad)
    assert response.status_code == 200
    assert response.context["page_obj"].number == 1
    assert "rodomas pirmasis puslapis" in soup(response).select_one(".notice").get_text()


# --- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "ignored"),
    [
        ("year=abc", "Metai"),
        ("year=99999", "Metai"),
        ("from=%00", "Nuo metų"),
        ("partner=%3Cscript%3Ealert(1)%3C/script%3E", "Partneris"),
        ("partner=nera-tokio", "Partneris"),
        ("country=XX", "Partnerio šalis"),
        ("type=ne-tipas", "Sutarties tipas"),
        ("scope=galaxy", "Apimtis"),
        ("project=%22%3E%3Cimg%20src=x%3E", "Projektas"),
        ("year=2014&year=2022", "Metai"),
        ("q=a%00b", "Paieška"),
    ],
)
def test_a_bad_value_is_ignored_and_the_page_says_which_filter(client, record, query, ignored):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    notes = soup(response).select_one(".notice").get_text()
    assert f"Filtras „{ignored}“ nepritaikytas" in notes
    # The filter is left out, not applied with a guess: every live agreement is listed.
    assert len(listed(response)) == 8
    content = response.content.decode()
    assert "<script>alert" not in content
    assert '"><img' not in content


def test_a_huge_search_is_cut_short_and_the_page_says_so(client, record):
    response = client.get(URL + "?q=" + "Druskinink" + "x" * 10_000)
    assert response.status_code == 200
    assert "Paieškos tekstas per ilgas" in soup(response).select_one(".notice").get_text()
    assert len(response.content) < 100_000  # the 10,000 characters are not echoed back


def test_search_text_is_escaped_where_it_is_shown(client, record):
    response = client.get(URL + "?q=%3Cb%3Ekult%3C/b%3E")
    content = response.content.decode()
    assert "<b>kult</b>" not in content
    assert "&lt;b&gt;kult&lt;/b&gt;" in content


# --- one agreement, one partner -----------------------------------------------------------------


def test_the_permalink_shows_the_agreement(client, record):
    agreement = record["a"]["cult_trips"]
    response = client.get(URL + agreement.slug + "/")
    assert response.status_code == 200
    html = soup(response)
    assert html.h1.get_text() == "CultTrips bendradarbiavimo sutartis"
    assert html.select_one("time")["datetime"] == "2018-08"
    assert html.find("a", string="LAG Elsbeere Wienerwald")["href"] == URL + "partneriai/elsbeere/"
    assert html.select_one("nav.breadcrumbs [aria-current=page]").get_text() == agreement.title
    assert agreement.get_absolute_url() == URL + agreement.slug + "/"


def test_an_unknown_agreement_or_partner_is_not_found(client, record):
    assert client.get(URL + "nera-tokios-sutarties/").status_code == 404
    assert client.get(URL + "partneriai/nera-tokio/").status_code == 404


def test_the_partner_page_sums_up_the_partners_history(client, record):
    response = client.get(URL + "partneriai/druskininku-vvg/")
    assert response.status_code == 200
    html = soup(response)
    facts = html.select_one(".partner__facts").get_text(" ", strip=True)
    assert "2014–2022 m." in facts
    assert "Sutarčių 3" in facts
    assert html.find("a", string="Lėtos kultūros patirtys 2.00")["href"] == record["project"].url
    titles = [h.get_text(strip=True) for h in html.select(".agreement__title")]
    assert titles == [
        "Maisto atlieka – žaliava",
        "CultTrips bendradarbiavimo sutartis",
        "Sutartis su Druskininkų VVG",
    ]
    assert html.find("a", string=lambda s: s and "bendrame sąraše" in s)["href"] == (
        URL + "?partner=druskininku-vvg"
    )


def test_the_admin_preview_template_renders_with_and_without_the_index_page(rf, record):
    agreement = record["a"]["cult_trips"]
    request = rf.get("/admin/")
    without_page = render_to_string(
        "partnerships/partnership_detail.html",
        {"partnership": agreement, "is_preview": True},
        request=request,
    )
    assert "CultTrips bendradarbiavimo sutartis" in without_page
    assert 'href="/bendradarbiavimas/partneriai/elsbeere/"' in without_page
    context = agreement.get_preview_context(request, "")
    assert context["page"].pk == record["index"].pk
    with_page = render_to_string(
        "partnerships/partnership_detail.html", context, request=RequestFactory().get("/")
    )
    assert 'href="/bendradarbiavimas/partneriai/elsbeere/"' in with_page


# --- open data ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query", ["", "scope=international&from=2015", "partner=druskininku-vvg", "country=XX"]
)
def test_exports_hold_exactly_the_pages_set_in_the_pages_order(client, record, query):
    on_page = all_listed(client, query)
    data = client.get(f"{URL}export.json?{query}").json()
    assert data["count"] == len(on_page)
    assert [r["title"] for r in data["results"]] == on_page
    text = client.get(f"{URL}export.csv?{query}").content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [row["title"] for row in rows] == on_page


def test_json_export_gives_dates_at_their_precision_and_absolute_permalinks(client, record):
    response = client.get(URL + "export.json")
    assert response["Content-Type"].startswith("application/json")
    results = {r["title"]: r for r in json.loads(response.content)["results"]}
    austria = results["Ketinimų protokolas Austrijoje"]
    assert austria["date"] == "2012-01-24/2012-01-26"
    assert austria["date_display"] == "2012 m. sausio 24–26 d."
    assert austria["type"] == "ketinimų bendradarbiauti protokolas"
    assert austria["partners"] == [
        {"name": "LAG Elsbeere Wienerwald", "country": "AT", "kind": "vietos veiklos grupė"}
    ]
    assert austria["project"] is None
    assert results["Maisto atlieka – žaliava"]["date"] == "2022-07"
    assert results["Susitarimas su Sakartvelo NVO"]["date"] == "2021"
    assert results["Sutartis su VDU"]["date"] == "2022-01-11"
    summary = "Mokslinė, ekspertinė pagalba žaliajai pertvarkai."  # plain text, entities decoded
    assert results["Sutartis su VDU"]["summary"] == summary
    assert results[TITLES["cult_trips"]]["project"] == "Lėtos kultūros patirtys 2.00"
    url = austria["url"]
    assert url.startswith("http://testserver/bendradarbiavimas/")
    assert client.get(url).status_code == 200


def test_csv_export_is_a_utf8_spreadsheet_download(client, record):
    response = client.get(URL + "export.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == [
        "date",
        "date_display",
        "type",
        "title",
        "partners",
        "project",
        "summary",
        "url",
    ]
    by_title = {row[3]: row for row in rows[1:]}
    assert by_title["CultTrips bendradarbiavimo sutartis"][4] == (
        "Druskininkų vietos veiklos grupė (LT); LAG Elsbeere Wienerwald (AT)"
    )


def test_the_atom_feed_lists_new_agreements_for_the_same_filters(client, record):
    response = client.get(URL + "sutartys.atom?scope=international")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)  # noqa: S314 (our own response)
    entries = feed.findall(f"{ATOM}entry")
    titles = sorted(entry.find(f"{ATOM}title").text for entry in entries)
    assert titles == sorted(listed(client.get(URL + "?scope=international")))
    links = [entry.find(f"{ATOM}link").get("href") for entry in entries]
    assert all(link.startswith("http://testserver/bendradarbiavimas/") for link in links)
    assert 'type="application/atom+xml"' in client.get(URL).content.decode()


# --- pictures -------------------------------------------------------------------------------------


def test_agreements_per_year_are_drawn_and_also_given_as_a_table(client, record):
    html = soup(client.get(URL))
    chart = html.select_one("figure.year-chart")
    svg = chart.select_one("svg")
    assert svg["role"] == "img"
    assert svg["aria-labelledby"] == "year-chart-title"
    # One bar per year with agreements; the gaps (2013, 2015...) are empty years, not bars.
    assert len(svg.select("rect")) == 5
    rows = [
        tuple(cell.get_text(strip=True) for cell in row.select("th, td"))
        for row in chart.select("tbody tr")
    ]
    assert rows == [("2012", "1"), ("2014", "1"), ("2018", "1"), ("2021", "2"), ("2022", "3")]
    assert chart.select_one("tbody a")["href"] == URL + "?year=2012"
    assert "," not in svg["viewbox"]  # numbers are never localised with a decimal comma


def test_partner_countries_are_listed_at_a_glance_with_counts(client, record):
    html = soup(client.get(URL))
    countries = [li.get_text(" ", strip=True) for li in html.select(".country-list li")]
    assert countries == ["Lietuva (6)", "Austrija (2)", "Sakartvelas (1)"]
    assert html.select_one(".country-list a")["href"] == URL + "?country=LT"


# --- cost ---------------------------------------------------------------------------------------


def count_queries(client, url):
    client.get(url)  # warm the per-process caches (site root paths) first
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("query", ["", "?page=2&from=2001&type=tipas-0"])
def test_the_page_costs_the_same_number_of_queries_with_5_and_200_agreements(db, client, query):
    f.make_partnership_index()
    project_index = f.make_project_index()
    types = [f.make_type(f"tipas {i}") for i in range(3)]

    partners, projects = {}, {}

    def add(n, offset):
        for i in range(offset, offset + n):
            # New partners, countries and projects as the record grows, so every facet grows too.
            for key in (i % 40, 100 + i % 7):
                if key not in partners:
                    country = ["LT", "LV", "PL", "EE", "AT"][key % 5]
                    partners[key] = f.make_partner(f"Partneris {key}", country=country)
            if i % 10 == 0:
                projects[i] = f.make_project(project_index, title=f"Projektas {i}")
            project = projects.get(i - i % 10) if i % 2 == 0 else None
            year, precision = 2001 + i % 20, [Precision.DAY, Precision.MONTH, Precision.YEAR][i % 3]
            signed_on = {
                Precision.DAY: D(year, 1 + i % 12, 1 + i % 28),
                Precision.MONTH: D(year, 1 + i % 12, 1),
                Precision.YEAR: D(year, 1, 1),
            }[precision]
            # Straight rows, as publishing leaves them: the listing reads only live rows.
            agreement = Partnership.objects.create(
                title=f"Sutartis {i}",
                slug=f"sutartis-{i}",
                live=True,
                signed_on=signed_on,
                signed_precision=precision,
                agreement_type=types[0] if "type" in query else types[i % 3],
                project=project,
                summary="<p>Santrauka.</p>",
            )
            PartnershipPartner.objects.bulk_create(
                PartnershipPartner(partnership=agreement, partner=partners[key], sort_order=n)
                for n, key in enumerate((i % 40, 100 + i % 7))
            )

    paged = "page=2" in query
    add(25 if paged else 5, 0)
    few = count_queries(client, URL + query)
    add(175 if paged else 195, 200)
    many = count_queries(client, URL + query)
    assert many == few


def test_the_sitemap_lists_permalinks_and_partner_pages_but_no_drafts(client, record):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/bendradarbiavimas/culttrips-bendradarbiavimo-sutartis/</loc>" in sitemap
    assert "/bendradarbiavimas/partneriai/druskininku-vvg/</loc>" in sitemap
    assert "juodrastis" not in sitemap
