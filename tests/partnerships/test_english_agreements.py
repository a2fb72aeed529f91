"""An agreement is one record in both languages: the English page shows its English title and
summary and its type's English name, and the Lithuanian text, marked lang="lt" with a note, until
an editor translates it. Partners' names stay as the organisations write them."""

import datetime
import xml.etree.ElementTree as ET  # noqa: N817

import pytest
from bs4 import BeautifulSoup

from tests import factories as f

pytestmark = pytest.mark.django_db
EN = "/en/cooperation/"
ATOM = {"atom": "http://www.w3.org/2005/Atom"}


@pytest.fixture
def record(home):
    f.translate(home, title="Home", slug="home-en")
    index = f.make_partnership_index()
    f.translate(index, title="Cooperation", slug="cooperation")
    kind = f.make_type("bendradarbiavimo sutartis", name_en="cooperation agreement")
    druskininkai = f.make_partner("Druskininkų vietos veiklos grupė", slug="druskininku-vvg")
    austria = f.make_partner("LAG Elsbeere Wienerwald", country="AT", slug="elsbeere")
    translated = f.make_partnership(
        druskininkai,
        agreement_type=kind,
        slug="su-druskininkais",
        title="Sutartis su Druskininkų VVG",
        title_en="Agreement with Druskininkų VVG",
        summary="<p>Keisis patirtimi.</p>",
        summary_en="<p>They will share experience.</p>",
        signed_on=datetime.date(2022, 1, 11),
    )
    untranslated = f.make_partnership(
        austria,
        agreement_type=f.make_type("narystė"),
        slug="su-austrais",
        title="Sutartis su Austrijos VVG",
        summary="<p>Bendri projektai.</p>",
        signed_on=datetime.date(2012, 1, 24),
        until=datetime.date(2012, 1, 26),
        precision="span",
    )
    return translated, untranslated


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def test_a_translated_agreement_reads_in_english(client, record):
    soup = soup_of(client, EN + "su-druskininkais/")

    assert soup.h1.get_text() == "Agreement with Druskininkų VVG"
    assert soup.title.get_text().startswith("Agreement with Druskininkų VVG")
    assert "They will share experience." in soup.select_one(".agreement__summary").get_text()
    assert soup.select_one(".agreement__summary").get("lang") is None
    assert not soup.select(".agreement__note")
    facts = soup.select_one(".facts").get_text(" ", strip=True)
    assert "11 January 2022" in facts
    assert "cooperation agreement" in facts
    # A Lithuanian partner's name stays as written, marked as Lithuanian.
    assert soup.select_one('.partner-list [lang="lt"]').get_text() == (
        "Druskininkų vietos veiklos grupė"
    )


def test_an_untranslated_agreement_shows_its_lithuanian_text_marked_with_a_note(client, record):
    soup = soup_of(client, EN + "su-austrais/")

    assert soup.html["lang"] == "en"
    assert soup.h1.select_one('[lang="lt"]').get_text() == "Sutartis su Austrijos VVG"
    summary = soup.select_one(".agreement__summary")
    assert summary["lang"] == "lt"
    assert "Bendri projektai." in summary.get_text()
    assert "Not yet translated to English" in soup.select_one(".agreement__note").get_text()
    assert "24–26 January 2012" in soup.select_one(".facts").get_text()
    # The type without an English name is marked too; the foreign partner's name is unmarked.
    assert soup.select_one('.facts [lang="lt"]').get_text() == "narystė"
    assert soup.select_one(".partner-list li").get_text().startswith("LAG Elsbeere Wienerwald")


def test_the_lithuanian_page_is_unchanged_by_the_english_texts(client, record):
    soup = soup_of(client, "/bendradarbiavimas/su-druskininkais/")

    assert soup.h1.get_text() == "Sutartis su Druskininkų VVG"
    assert "Keisis patirtimi." in soup.select_one(".agreement__summary").get_text()
    assert not soup.select('main [lang="lt"]')
    assert "2022 m. sausio 11 d." in soup.select_one(".facts").get_text()


def test_the_english_filters_name_types_in_english_with_the_same_values(client, record):
    soup = soup_of(client, EN)
    options = {o["value"]: o.get_text() for o in soup.select('select[name="type"] option')}

    assert options["bendradarbiavimo-sutartis"] == "cooperation agreement (1)"
    assert options["naryste"] == "narystė (1)"
    assert "Agreements found: 2" in soup.get_text(" ")
    found = soup_of(client, EN + "?type=bendradarbiavimo-sutartis&scope=national")
    assert [a.get_text() for a in found.select(".agreement__title a")] == [
        "Agreement with Druskininkų VVG"
    ]


def test_the_english_export_and_feed_are_english_and_say_what_is_not_translated(client, record):
    records = client.get(EN + "export.json").json()["results"]
    translated, untranslated = records

    assert translated["title"] == "Agreement with Druskininkų VVG"
    assert translated["summary"] == "They will share experience."
    assert translated["type"] == "cooperation agreement"
    assert translated["date_display"] == "11 January 2022"
    assert translated["url"] == "http://testserver/en/cooperation/su-druskininkais/"
    assert translated["language"] == "en"
    assert translated["untranslated"] == []
    assert untranslated["untranslated"] == ["type", "title", "summary"]
    csv = client.get(EN + "export.csv")
    assert 'filename="cooperation-agreements.csv"' in csv["Content-Disposition"]
    feed = ET.fromstring(client.get(EN + "agreements.atom").content)  # noqa: S314 - our own feed
    assert feed.find("atom:title", ATOM).text == "Cooperation: new agreements"
    entries = feed.findall("atom:entry", ATOM)
    assert "Agreement with Druskininkų VVG" in [e.find("atom:title", ATOM).text for e in entries]
    assert all(
        e.find("atom:link", ATOM).get("href").startswith("http://testserver/en/cooperation/")
        for e in entries
    )


def test_lithuanian_names_among_the_english_filter_options_are_marked(client, record):
    soup = soup_of(client, EN)
    partners = {o["value"]: o.get("lang") for o in soup.select('select[name="partner"] option')}
    types = {o["value"]: o.get("lang") for o in soup.select('select[name="type"] option')}

    assert partners == {"": None, "druskininku-vvg": "lt", "elsbeere": None}
    assert types == {"": None, "bendradarbiavimo-sutartis": None, "naryste": "lt"}
    lithuanian = soup_of(client, "/bendradarbiavimas/")
    assert not lithuanian.select("select option[lang]")
