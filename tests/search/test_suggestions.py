"""The type-ahead of the search boxes: partner and project names as JSON, for any input."""

from django.utils import translation

import pytest

from pages.search import suggestions_status
from tests.factories import make_partner, make_partnership, make_partnership_index, make_project

pytestmark = pytest.mark.django_db

URL = "/paieska/pasiulymai/"


def suggested(client, q):
    response = client.get(URL, {"q": q})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()["suggestions"]


@pytest.fixture
def names(home):
    make_partnership_index()
    make_partnership(make_partner("Druskininkų vietos veiklos grupė"), title="Sutartis")
    make_partnership(make_partner("Slaptoji bendrija"), title="Juodraštis", live=False)
    make_project(title="Dzūkijos piliakalnių kelias", summary="<p>Druskininkų kraštas.</p>")


def test_the_beginning_of_a_name_suggests_partners_and_projects(client, names):
    assert suggested(client, "Drusk") == [
        {
            "name": "Druskininkų vietos veiklos grupė",
            "kind": "partneris",
            "url": "/bendradarbiavimas/partneriai/druskininku-vietos-veiklos-grupe/",
            "lang": "",
        }
    ]
    assert [s["name"] for s in suggested(client, "dzukijos pilia")] == [
        "Dzūkijos piliakalnių kelias"
    ]
    assert suggested(client, "piliakalniai")[0]["kind"] == "projektas"


def test_only_names_are_suggested_and_never_drafts(client, names):
    # "Druskininkų" is in the project's summary, not its name; the draft's partner is not public.
    assert [s["kind"] for s in suggested(client, "druskininkai")] == ["partneris"]
    assert suggested(client, "Slaptoji") == []


@pytest.mark.parametrize("q", ["", " ", "d", "%", "_", "\x00", "'; --", "ž" * 5000, "a b c d e f"])
def test_any_input_gets_a_json_answer(client, names, q):
    assert isinstance(suggested(client, q), list)


def test_the_search_boxes_offer_it_without_inline_script(client, names):
    html = client.get("/bendradarbiavimas/").content.decode()

    assert 'id="filter-q"' in html
    assert 'data-suggest="/paieska/pasiulymai/"' in html
    assert "<script>" not in html


def status(client, q, url=URL):
    response = client.get(url, {"q": q})
    assert response.status_code == 200
    return response.json()["status"]


def test_the_answer_carries_the_sentence_that_announces_it(client, names):
    make_partnership(make_partner("Druskininkų savivaldybė"), title="Sutartis su savivaldybe")
    hint = "Pasirinkti galima rodyklėmis aukštyn ir žemyn."

    assert status(client, "Druskininkų vietos") == f"Rastas 1 pasiūlymas. {hint}"
    assert status(client, "Drusk") == f"Rasti 2 pasiūlymai. {hint}"
    assert status(client, "xyzzy") == "Pasiūlymų nėra."
    assert status(client, "d") == ""  # too short: nothing was looked for


@pytest.mark.parametrize(
    ("count", "sentence"),
    [
        (1, "Rastas 1 pasiūlymas."),
        (5, "Rasti 5 pasiūlymai."),
        (10, "Rasta 10 pasiūlymų."),
        (12, "Rasta 12 pasiūlymų."),
        (21, "Rastas 21 pasiūlymas."),
    ],
)
def test_the_count_has_lithuanians_three_plural_forms(count, sentence):
    with translation.override("lt"):
        assert suggestions_status(count).startswith(sentence + " ")


def test_english_pages_get_english_and_lithuanian_names_marked(client, names):
    english = "/en/search/suggestions/"
    assert status(client, "Drusk", english) == (
        "1 suggestion found. Choose with the up and down arrow keys."
    )
    assert [s["lang"] for s in suggested(client, "Drusk")] == [""]
    response = client.get(english, {"q": "Drusk"})
    assert [s["lang"] for s in response.json()["suggestions"]] == ["lt"]
