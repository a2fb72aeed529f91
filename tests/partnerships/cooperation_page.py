"""The public "Bendradarbiavimas" page as the tests read it: its address, the short names of the
agreements of the `record` fixture (tests/partnerships/conftest.py), and how to read a listing."""

import datetime

from bs4 import BeautifulSoup

D = datetime.date
URL = "/bendradarbiavimas/"
ATOM = "{http://www.w3.org/2005/Atom}"


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
