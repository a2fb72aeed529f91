"""The filters of the "Bendradarbiavimas" page: each alone and combined, the counts they offer, the
form and its active filters, and bad values ignored with a notice."""

import pytest

from tests.partnerships.cooperation_page import TITLES, URL, listed, soup

# --- filters -------------------------------------------------------------------------------------


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
    assert names == {
        "q",
        "year",
        "from",
        "to",
        "type",
        "partner",
        "country",
        "scope",
        "project",
        "status",
    }
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
