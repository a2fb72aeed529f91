"""The open data of the "Bendradarbiavimas" page: JSON, CSV and Atom hold exactly what the page
lists, with dates at their precision and absolute permalinks."""

import csv
import io
import json
from xml.etree import ElementTree

import pytest

from tests.partnerships.cooperation_page import ATOM, TITLES, URL, all_listed, listed


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
        "countries",
        "language",
        "status",
        "valid_from",
        "validity_end",
        "valid_until",
        "ended_how",
        "ended_on",
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
