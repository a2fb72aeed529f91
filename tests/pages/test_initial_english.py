"""The English translation of the initial content, as `load_initial_data` loads it with the
Lithuanian (fixtures/en/): the same page tree in English, the 24 agreements with their English
titles and summaries, and an English cooperation page that shows exactly what the Lithuanian one
shows (this file loads the fixtures too, like test_initial_data.py)."""

import re

from wagtail.models import Locale, Page

import pytest
from bs4 import BeautifulSoup

from partnerships.models import AgreementType, Partner, Partnership

LT, EN = "/bendradarbiavimas/", "/en/cooperation/"
FILTERS = ("year", "type", "partner", "country", "scope", "project")


def english():
    return Locale.objects.get(language_code="en")


def test_every_lithuanian_page_has_a_published_english_translation(loaded):
    lithuanian = Page.objects.filter(depth__gt=1, locale=Locale.get_default())
    missing = [page.slug for page in lithuanian if page.get_translation_or_none(english()) is None]

    assert missing == []
    assert Page.objects.filter(locale=english(), live=False).count() == 0
    english_paths = {page.url for page in Page.objects.filter(locale=english()).specific()}
    assert {"/en/", "/en/about-us/", EN, "/en/projects/", "/en/news/", "/en/contact/"} <= (
        english_paths
    )


def test_every_agreement_and_type_has_its_english_text_and_partners_keep_their_names(loaded):
    assert not Partnership.objects.filter(title_en="").exists()
    assert not Partnership.objects.filter(summary_en="").exists()
    assert not AgreementType.objects.filter(name_en="").exists()
    assert Partner.objects.filter(name="Vytauto Didžiojo universitetas").exists()
    vdu = Partnership.objects.get(slug="bendradarbiavimo-sutartis-su-vytauto-didziojo-universitetu")
    assert vdu.title_en == "Cooperation agreement with Vytauto Didžiojo universitetas"


def slugs(client, base, query=""):
    """The agreements a listing shows, every page of it, in order."""
    found, page = [], 1
    while True:
        response = client.get(f"{base}?{query}&page={page}")
        if response.status_code == 404:
            return found
        soup = BeautifulSoup(response.content, "html.parser")
        links = [a["href"] for a in soup.select(".agreement__title a")]
        found += [link.removeprefix(base).strip("/") for link in links]
        page += 1


def option_counts(client, base):
    soup = BeautifulSoup(client.get(base).content, "html.parser")
    counts = {}
    for name in FILTERS:
        for option in soup.select(f'select[name="{name}"] option'):
            number = re.search(r"\((\d+)\)$", option.get_text().strip())
            if option.get("value") and number:
                counts[(name, option["value"])] = int(number[1])
    return counts


def test_the_english_page_lists_the_same_agreements_in_the_same_order(client, loaded):
    lithuanian = slugs(client, LT)

    assert len(lithuanian) == 24
    assert slugs(client, EN) == lithuanian


def test_every_filter_gives_the_same_counts_and_agreements_in_both_languages(client, loaded):
    counts = option_counts(client, LT)

    assert len(counts) > 50
    assert option_counts(client, EN) == counts
    for (name, value), count in counts.items():
        lithuanian = client.get(f"{LT}export.json?{name}={value}").json()
        english = client.get(f"{EN}export.json?{name}={value}").json()
        assert lithuanian["count"] == english["count"] == count, (name, value)
        assert [r["date"] for r in english["results"]] == [r["date"] for r in lithuanian["results"]]


@pytest.mark.parametrize(
    ("slug", "date_display", "agreement_type"),
    [
        (
            "bendradarbiavimo-sutartis-su-vytauto-didziojo-universitetu",
            "11 January 2022",
            "cooperation agreement",
        ),
        (
            "jungtines-veiklos-sutartis-del-projekto-maisto-atlieka-zaliava",
            "July 2022",
            "joint activity agreement",
        ),
    ],
)
def test_the_english_export_is_english_and_says_so(
    client, loaded, slug, date_display, agreement_type
):
    records = client.get(EN + "export.json").json()["results"]
    record = next(r for r in records if r["url"].endswith(f"{EN}{slug}/"))

    assert record["date_display"] == date_display
    assert record["type"] == agreement_type
    assert record["language"] == "en"
    assert record["untranslated"] == []
    assert all(r["language"] == "en" and r["untranslated"] == [] for r in records)
    lithuanian = client.get(LT + "export.json").json()["results"]
    assert {r["language"] for r in lithuanian} == {"lt"}
