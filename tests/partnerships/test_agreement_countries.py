"""An agreement can involve countries whose partners it does not name ("among LAG partners of 7 EU
countries"): those countries count for its scope, the country filter and its counts, the
countries at a glance and the open data, just like a named partner's country."""

import datetime

import pytest
from bs4 import BeautifulSoup

from partnerships.models import Partnership, PartnershipCountry
from tests import factories as f

URL = "/bendradarbiavimas/"


@pytest.fixture
def record(home):
    f.make_partnership_index()
    druskininkai = f.make_partner("Druskininkų vietos veiklos grupė", country="LT")
    seven = f.make_partnership(
        druskininkai,
        title="Sutartis tarp 7 ES šalių vietos veiklos grupių",
        signed_on=datetime.date(2018, 8, 1),
        precision="month",
    )
    for code in ("AT", "DE", "IT"):
        PartnershipCountry.objects.create(partnership=seven, country=code)
    national = f.make_partnership(druskininkai, title="Sutartis su Druskininkų VVG")
    return {"seven": seven, "national": national}


def titles(client, **params):
    html = BeautifulSoup(client.get(URL, params).content, "html.parser")
    return [h.get_text(strip=True) for h in html.select(".agreement__title")]


def test_named_countries_make_an_agreement_with_only_lithuanian_partners_international(record):
    seven = Partnership.objects.for_listing().get(pk=record["seven"].pk)
    assert seven.scope == "international"
    assert [c.code for c in seven.countries] == ["LT", "AT", "DE", "IT"]
    assert list(Partnership.objects.international()) == [record["seven"]]
    assert list(Partnership.objects.national()) == [record["national"]]


def test_the_scope_and_country_filters_and_their_counts_include_named_countries(client, record):
    assert titles(client, scope="international") == [
        "Sutartis tarp 7 ES šalių vietos veiklos grupių"
    ]
    assert titles(client, country="DE") == ["Sutartis tarp 7 ES šalių vietos veiklos grupių"]
    assert len(titles(client, country="LT")) == 2

    response = client.get(URL)
    countries = {o.value: o.count for o in response.context["countries"]}
    assert countries == {"LT": 2, "AT": 1, "DE": 1, "IT": 1}
    scopes = [option["text"] for option in response.context["form"]["fields"]["scope"]]
    assert scopes == ["tik su Lietuvos partneriais (1)", "tarptautinės (1)"]


def test_the_page_names_the_countries_and_the_export_lists_them(client, record):
    html = BeautifulSoup(client.get(URL, {"scope": "international"}).content, "html.parser")
    facts = html.select_one(".agreement .facts").get_text(" ", strip=True)
    assert "Šalys Lietuva , Austrija , Vokietija , Italija" in facts
    assert "Apimtis tarptautinė" in facts

    records = client.get(URL + "export.json").json()["results"]
    by_title = {r["title"]: r for r in records}
    assert by_title["Sutartis tarp 7 ES šalių vietos veiklos grupių"]["countries"] == [
        "LT",
        "AT",
        "DE",
        "IT",
    ]
    assert by_title["Sutartis su Druskininkų VVG"]["countries"] == ["LT"]


def test_a_country_is_counted_once_when_both_a_partner_and_the_agreement_name_it(client, record):
    elsbeere = f.make_partner("Elsbeere Wienerwald", country="AT")
    agreement = f.make_partnership(elsbeere, title="Sutartis su Elsbeere Wienerwald")
    PartnershipCountry.objects.create(partnership=agreement, country="AT")

    countries = {o.value: o.count for o in client.get(URL).context["countries"]}
    assert countries["AT"] == 2
    assert titles(client, country="AT") == [
        "Sutartis su Elsbeere Wienerwald",
        "Sutartis tarp 7 ES šalių vietos veiklos grupių",
    ]
