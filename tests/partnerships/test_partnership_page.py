"""The public "Bendradarbiavimas" page: what a visitor sees, drafts kept out, one click to the
usual questions, the pictures of the record, the sitemap."""

from tests import factories as f
from tests.partnerships.cooperation_page import TITLES, URL, D, listed, soup

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


def test_a_site_without_agreements_says_so(client, db):
    f.make_partnership_index()
    response = client.get(URL)
    assert response.status_code == 200
    assert "Sutarčių dar nepaskelbta." in soup(response).select_one(".empty-state").get_text()
    assert not soup(response).select("figure.year-chart")


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


def test_the_chart_labels_every_other_year_back_from_the_last_so_no_two_labels_touch(client, db):
    # 2019-2022: labelling from the first year and the last as well drew "2021" and "2022"
    # side by side, overlapping into "20212022" on every screen.
    f.make_partnership_index()
    for year in (2019, 2020, 2021, 2022):
        f.make_partnership(signed_on=D(year, 5, 1))
    svg = soup(client.get(URL)).select_one("figure.year-chart svg")
    assert [t.get_text() for t in svg.select("text.year-chart__year")] == ["2020", "2022"]


def test_partner_countries_are_listed_at_a_glance_with_counts(client, record):
    html = soup(client.get(URL))
    countries = [li.get_text(" ", strip=True) for li in html.select(".country-list li")]
    assert countries == ["Lietuva (6)", "Austrija (2)", "Sakartvelas (1)"]
    assert html.select_one(".country-list a")["href"] == URL + "?country=LT"


def test_the_sitemap_lists_permalinks_and_partner_pages_but_no_drafts(client, record):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/bendradarbiavimas/culttrips-bendradarbiavimo-sutartis/</loc>" in sitemap
    assert "/bendradarbiavimas/partneriai/druskininku-vvg/</loc>" in sitemap
    assert "juodrastis" not in sitemap
