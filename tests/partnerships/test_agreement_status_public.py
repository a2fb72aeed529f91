"""What a visitor sees of an agreement's life: its status and validity in words on the card, the
partner page and the permalink (in both languages, nothing while unknown), the `status` filter
with its counts kept in every link, the exports' new columns, the partner page's choice by
status, and the permalink's timeline of what followed what, with the news of what came of it."""

import csv
import datetime
import io
import json

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

import pytest

from partnerships.models import Partnership
from tests import factories as f
from tests.partnerships.cooperation_page import URL, listed, soup
from vvg_site.core.dates import PartialDate

D = datetime.date
TODAY = datetime.date.today()
IN_A_YEAR = TODAY + datetime.timedelta(days=365)
LAST_MONTH = TODAY - datetime.timedelta(days=30)


def display(day, language="lt"):
    with translation.override(language):
        return PartialDate(day).display()


@pytest.fixture
def lives(home):
    """A protocol of intent, the agreement that followed it (fulfilled, with a project and its
    news) and its renewal (in force until a day a year ahead); an open-ended membership; one
    whose validity is not known; one that ran out; and an unpublished follow-up."""
    index = f.make_partnership_index()
    druskininkai = f.make_partner("Druskininkų vietos veiklos grupė", slug="druskininku-vvg")
    union = f.make_partner("Lietuvos kaimo bendruomenių sąjunga", slug="lkbs")
    project = f.make_project(title="Lėtos kultūros patirtys", slug="letos-kulturos-patirtys")
    news_index = f.make_news_index()
    protocol = f.make_partnership(
        druskininkai,
        title="Ketinimų protokolas",
        slug="ketinimu-protokolas",
        signed_on=D(2017, 11, 23),
    )
    agreement = f.make_partnership(
        druskininkai,
        title="Bendradarbiavimo sutartis",
        slug="bendradarbiavimo-sutartis",
        signed_on=D(2018, 8, 1),
        precision="month",
        project=project,
        follows=protocol,
        ended_how="fulfilled",
        ended_on=D(2022, 9, 30),
    )
    renewal = f.make_partnership(
        druskininkai,
        title="Atnaujinta sutartis",
        slug="atnaujinta-sutartis",
        signed_on=D(2023, 1, 10),
        follows=agreement,
        validity_end="until",
        valid_until=IN_A_YEAR,
    )
    membership = f.make_partnership(
        union, title="Narystė", slug="naryste", signed_on=D(2015, 10, 1), validity_end="open"
    )
    unknown = f.make_partnership(
        union, title="Senas susitarimas", slug="senas", signed_on=D(2009, 10, 23)
    )
    ran_out = f.make_partnership(
        union,
        title="Pasibaigusi sutartis",
        slug="pasibaigusi",
        signed_on=D(2020, 1, 1),
        validity_end="until",
        valid_until=LAST_MONTH,
    )
    f.make_partnership(
        druskininkai,
        title="Neskelbtas tęsinys",
        slug="neskelbtas-tesinys",
        signed_on=D(2024, 1, 1),
        follows=renewal,
        live=False,
    )
    news = f.make_news(
        news_index,
        title="Baigtas projektas „Lėtos kultūros patirtys“",
        date=D(2022, 9, 30),
        projects=[project],
    )
    about_renewal = f.make_news(
        news_index, title="Sutartis atnaujinta", date=D(2023, 1, 12), partnerships=[renewal]
    )
    return {key: value for key, value in locals().items() if key not in ("home",)}


def facts(html):
    """{term: text} of an agreement card's facts."""
    return {
        dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(" ", strip=True)
        for dt in html.select("dl.facts dt")
    }


def card(html, title):
    heading = next(h for h in html.select(".agreement__title") if h.get_text(strip=True) == title)
    return heading.find_parent("li")


def test_each_card_says_the_status_in_words_and_nothing_when_unknown(client, lives):
    html = soup(client.get(URL))

    statuses = {
        title: facts(card(html, title)).get("Būsena")
        for title in ("Ketinimų protokolas", "Bendradarbiavimo sutartis", "Atnaujinta sutartis")
        + ("Narystė", "Senas susitarimas", "Pasibaigusi sutartis")
    }

    assert statuses == {
        "Ketinimų protokolas": None,
        "Bendradarbiavimo sutartis": "Įvykdyta 2022 m. rugsėjo 30 d.",
        "Atnaujinta sutartis": f"Galioja iki {display(IN_A_YEAR)}",
        "Narystė": "Neterminuota",
        "Senas susitarimas": None,
        "Pasibaigusi sutartis": f"Galiojo iki {display(LAST_MONTH)}",
    }


def test_the_permalink_and_the_partner_page_say_it_too(client, lives):
    permalink = soup(client.get(URL + "atnaujinta-sutartis/"))
    assert facts(permalink)["Būsena"] == f"Galioja iki {display(IN_A_YEAR)}"
    partner = soup(client.get(URL + "partneriai/lkbs/"))
    assert facts(card(partner, "Narystė"))["Būsena"] == "Neterminuota"


def test_the_english_pages_say_it_in_english(client, lives):
    f.translate(f.home_page(), title="Home", slug="home-en")
    f.translate(lives["index"], title="Cooperation", slug="cooperation")

    html = soup(client.get("/en/cooperation/"))

    assert facts(card(html, "Bendradarbiavimo sutartis"))["Status"] == (
        "Fulfilled on 30 September 2022"
    )
    assert facts(card(html, "Atnaujinta sutartis"))["Status"] == (
        f"Valid until {display(IN_A_YEAR, 'en')}"
    )
    assert facts(card(html, "Narystė"))["Status"] == "Open-ended"
    assert "Status" not in facts(card(html, "Senas susitarimas"))
    options = [o.get_text(strip=True) for o in html.select("#filter-status option")]
    assert options == [
        "any status",
        "in force (2)",
        "ended (2)",
        "not yet in force (0)",
        "status not known (2)",
    ]


# --- the filter ---------------------------------------------------------------------------------


def test_the_status_filter_offers_each_status_with_its_count(client, lives):
    html = soup(client.get(URL))

    options = {o["value"]: o.get_text(strip=True) for o in html.select("#filter-status option")}

    assert options == {
        "": "visos būsenos",
        "active": "galiojančios (2)",
        "ended": "pasibaigusios (2)",
        "not_yet": "dar neįsigaliojusios (0)",
        "unknown": "būsena nežinoma (2)",
    }
    assert html.select_one("label[for=filter-status]").get_text(strip=True) == "Būsena"


@pytest.mark.parametrize(
    ("status", "titles"),
    [
        ("active", ["Atnaujinta sutartis", "Narystė"]),
        ("ended", ["Bendradarbiavimo sutartis", "Pasibaigusi sutartis"]),
        ("unknown", ["Ketinimų protokolas", "Senas susitarimas"]),
        ("not_yet", []),
    ],
)
def test_the_status_filter_lists_only_that_status(client, lives, status, titles):
    response = client.get(URL + f"?status={status}")

    assert response.status_code == 200
    assert sorted(listed(response)) == sorted(titles)


def test_the_status_is_kept_in_every_link_like_the_other_filters(client, lives):
    html = soup(client.get(URL + "?status=ended&partner=lkbs"))

    opened = html.select_one("#filter-status option[selected]")
    assert opened["value"] == "ended"
    exports = {a.get_text(strip=True): a["href"] for a in html.select(".at-a-glance a")}
    for name in ("CSV", "JSON"):
        assert "status=ended" in exports[name] and "partner=lkbs" in exports[name]
    active = {
        li.get_text(" ", strip=True).split(":")[0]: li.select_one("a")["href"]
        for li in html.select(".active-filters li")
    }
    assert active["Būsena"] == URL + "?partner=lkbs"
    assert "status=ended" in active["Partneris"]
    assert listed(client.get(URL + "?status=ended&partner=lkbs")) == ["Pasibaigusi sutartis"]


def test_pages_of_a_status_keep_it(client, db):
    f.make_partnership_index()
    for n in range(25):
        f.make_partnership(title=f"Neterminuota {n:02d}", validity_end="open")
    f.make_partnership(title="Nežinoma")

    html = soup(client.get(URL + "?status=active"))

    assert html.select(".pagination a")
    assert all("status=active" in a["href"] for a in html.select(".pagination a"))
    assert "Nežinoma" not in listed(client.get(URL + "?status=active&page=2"))


@pytest.mark.parametrize("bad", ["forever", "ACTIVE", "active&status=ended"])
def test_a_status_not_understood_is_ignored_and_named(client, lives, bad):
    response = client.get(URL + "?status=" + bad)

    assert response.status_code == 200
    assert len(listed(response)) == 6
    assert "Filtras „Būsena“ nepritaikytas" in soup(response).select_one(".notice").get_text()


# --- exports ------------------------------------------------------------------------------------


def test_the_json_export_says_each_agreements_status_validity_and_ending(client, lives):
    results = {
        r["title"]: r for r in json.loads(client.get(URL + "export.json").content)["results"]
    }

    def life(title):
        record = results[title]
        keys = ("status", "valid_from", "validity_end", "valid_until", "ended_how", "ended_on")
        return tuple(record[key] for key in keys)

    assert life("Bendradarbiavimo sutartis") == (
        "ended",
        "2018-08",
        "unknown",
        None,
        "fulfilled",
        "2022-09-30",
    )
    assert life("Atnaujinta sutartis") == (
        "active",
        "2023-01-10",
        "until",
        IN_A_YEAR.isoformat(),
        None,
        None,
    )
    assert life("Narystė") == ("active", "2015-10-01", "open", None, None, None)
    assert life("Senas susitarimas") == ("unknown", "2009-10-23", "unknown", None, None, None)
    assert life("Pasibaigusi sutartis") == (
        "ended",
        "2020-01-01",
        "until",
        LAST_MONTH.isoformat(),
        "expired",
        LAST_MONTH.isoformat(),
    )


def test_the_csv_export_stays_a_table_and_both_exports_honour_the_status(client, lives):
    text = client.get(URL + "export.csv?status=ended").content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {len(row) for row in rows} == {16}
    assert {row["title"]: (row["status"], row["ended_how"], row["ended_on"]) for row in rows} == {
        "Bendradarbiavimo sutartis": ("ended", "fulfilled", "2022-09-30"),
        "Pasibaigusi sutartis": ("ended", "expired", LAST_MONTH.isoformat()),
    }
    data = json.loads(client.get(URL + "export.json?status=unknown").content)
    assert data["count"] == 2
    assert {r["status"] for r in data["results"]} == {"unknown"}


# --- the partner page ---------------------------------------------------------------------------


def test_the_partner_page_lists_one_status_when_asked_and_counts_each(client, lives):
    html = soup(client.get(URL + "partneriai/druskininku-vvg/?status=ended"))

    assert [h.get_text(strip=True) for h in html.select(".agreement__title")] == [
        "Bendradarbiavimo sutartis"
    ]
    choices = {
        a.get_text(strip=True): a.get("aria-current") for a in html.select(".status-choice a")
    }
    assert choices == {
        "visos (3)": None,
        "galiojančios (1)": None,
        "pasibaigusios (1)": "page",
        "būsena nežinoma (1)": None,
    }
    listing = html.find("a", string="Rodyti šias sutartis bendrame sąraše su filtrais")
    assert listing["href"] == URL + "?partner=druskininku-vvg&status=ended"
    # The facts still describe the whole history with the partner.
    assert facts(html)["Sutarčių"] == "3"


def test_the_partner_page_ignores_and_names_a_status_it_does_not_know(client, lives):
    response = client.get(URL + "partneriai/druskininku-vvg/?status=visos")

    assert response.status_code == 200
    html = soup(response)
    assert len(html.select(".agreement__title")) == 3
    assert "Filtras „Būsena“ nepritaikytas" in html.select_one(".notice").get_text()


def test_a_partner_page_with_none_of_a_status_says_so(client, lives):
    html = soup(client.get(URL + "partneriai/lkbs/?status=not_yet"))

    assert not html.select(".agreement__title")
    assert "Šio partnerio sutarčių su tokia būsena nėra." in html.get_text()


# --- what followed what -------------------------------------------------------------------------


def timeline(client, slug):
    html = soup(client.get(URL + slug + "/"))
    section = html.select_one(".agreement-timeline")
    if section is None:
        return None
    return [
        {
            "title": item.select_one(".timeline__title").get_text(" ", strip=True),
            "link": (item.select_one(".timeline__title a") or {}).get("href"),
            "current": item.get("aria-current") == "true",
            "status": (item.select_one(".timeline__status") or html.new_tag("i")).get_text(),
            "news": [a.get_text(strip=True) for a in item.select(".timeline__news a")],
            "project": [
                a.get_text(strip=True) for a in item.select("p a") if "projekt" in a["href"]
            ],
        }
        for item in section.select(".timeline__item")
    ]


def test_both_permalinks_show_the_chain_earlier_to_later_with_what_came_of_it(client, lives):
    from_the_middle = timeline(client, "bendradarbiavimo-sutartis")
    from_the_start = timeline(client, "ketinimu-protokolas")

    assert [entry["title"] for entry in from_the_middle] == [
        "Ketinimų protokolas",
        "Bendradarbiavimo sutartis (ši sutartis)",
        "Atnaujinta sutartis",
    ]
    assert [entry["current"] for entry in from_the_middle] == [False, True, False]
    assert from_the_middle[0]["link"] == URL + "ketinimu-protokolas/"
    assert from_the_middle[2]["link"] == URL + "atnaujinta-sutartis/"
    middle = from_the_middle[1]
    assert middle["status"] == "Įvykdyta 2022 m. rugsėjo 30 d."
    assert middle["project"] == ["Lėtos kultūros patirtys"]
    assert middle["news"] == ["Baigtas projektas „Lėtos kultūros patirtys“"]
    assert from_the_middle[2]["news"] == ["Sutartis atnaujinta"]
    # The same chain from its first agreement; the unpublished follow-up is never shown.
    assert [e["title"].removesuffix(" (ši sutartis)") for e in from_the_start] == [
        "Ketinimų protokolas",
        "Bendradarbiavimo sutartis",
        "Atnaujinta sutartis",
    ]
    assert from_the_start[0]["current"]


def test_an_agreement_that_stands_alone_has_no_timeline(client, lives):
    assert timeline(client, "naryste") is None


def test_an_unpublished_link_in_the_middle_still_joins_the_chain(client, lives):
    lives["agreement"].unpublish()

    assert [e["title"] for e in timeline(client, "ketinimu-protokolas")] == [
        "Ketinimų protokolas (ši sutartis)",
        "Atnaujinta sutartis",
    ]


# --- cost ---------------------------------------------------------------------------------------


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def chain(n, offset):
    """n more agreements, each following the one before, each with a project and a news item."""
    previous = Partnership.objects.order_by("-signed_on", "-pk").first()
    for i in range(offset, offset + n):
        project = f.make_project(title=f"Projektas {i}", slug=f"projektas-{i}")
        previous = f.make_partnership(
            title=f"Sutartis {i}",
            slug=f"sutartis-{i}",
            signed_on=D(2000, 1, 1) + datetime.timedelta(days=i),
            follows=previous,
            project=project,
            validity_end=["open", "until", "unknown"][i % 3],
            valid_until=IN_A_YEAR if i % 3 == 1 else None,
        )
        f.make_news(title=f"Naujiena {i}", projects=[project], partnerships=[previous])


def test_a_permalink_costs_the_same_queries_with_a_chain_of_3_and_of_30(client, db):
    f.make_partnership_index()
    f.make_project_index()
    f.make_news_index()
    chain(3, 0)
    few = count_queries(client, URL + "sutartis-1/")
    chain(27, 3)
    many = count_queries(client, URL + "sutartis-1/")
    assert len(timeline(client, "sutartis-1")) == 30
    assert many == few


def test_the_listing_costs_the_same_queries_with_3_and_30_agreements_of_every_status(client, db):
    f.make_partnership_index()
    f.make_project_index()
    f.make_news_index()
    chain(3, 0)
    few = {query: count_queries(client, URL + query) for query in ("", "?status=active")}
    chain(27, 3)
    many = {query: count_queries(client, URL + query) for query in ("", "?status=active")}
    assert many == few
