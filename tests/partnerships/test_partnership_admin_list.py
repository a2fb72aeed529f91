"""The "Bendradarbiavimas" admin lists, used as staff use them: the menu, the agreements newest
first, their filters and search, the CSV and Excel exports, inspect and copy; the partner list."""

import json
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from pytest_django.asserts import assertContains, assertNotContains

from partnerships.models import Partnership
from tests import factories
from tests.partnerships.admin_helpers import read_csv, read_xlsx, rendered_form, url


def test_the_menu_groups_agreements_partners_and_types_in_lithuanian(editor_client):
    response = editor_client.get(reverse("wagtailadmin_home"))
    props = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>',
        response.content.decode(),
    )
    main_menu = json.loads(props.group(1))["modules"][1]["_args"][0]
    group = next(item for item in main_menu if item["_args"][0]["label"] == "Bendradarbiavimas")
    assert [
        (entry["_args"][0]["label"], entry["_args"][0]["url"]) for entry in group["_args"][1]
    ] == [
        ("Sutartys", url("partnership", "list")),
        ("Partneriai", url("partner", "list")),
        ("Sutarčių tipai", url("agreementtype", "list")),
    ]


def test_the_admin_lists_agreements_newest_first_with_public_dates_partners_and_status(
    coop, editor_client
):
    response = editor_client.get(url("partnership", "list"))
    assert response.status_code == 200
    titles = [p.title for p in response.context["object_list"]]
    assert titles == [
        "Neskelbtas juodraštis",
        "Sutartis su Druskininkų VVG",
        "Tarptautinis susitarimas",
        "Sutartis su VDU",
    ]
    assertContains(response, "2022 m. liepos mėn.")
    assertContains(response, "2018 m.")
    assertContains(response, "Biedrība Lauku partnerība; Druskininkų vietos veiklos grupė")
    assertContains(response, url("partnership", "edit", coop.with_vdu.pk))


def assert_listed(client, params, expected):
    response = client.get(url("partnership", "list"), params)
    assert response.status_code == 200
    assert {p.title for p in response.context["object_list"]} == expected


def test_the_admin_list_filters_by_type_year_range_partner_country_and_status(coop, editor_client):
    assert_listed(
        editor_client, {"agreement_type": coop.membership.pk}, {"Tarptautinis susitarimas"}
    )
    assert_listed(
        editor_client,
        {"year_from": 2015, "year_to": 2022},
        {"Sutartis su Druskininkų VVG", "Tarptautinis susitarimas"},
    )
    assert_listed(
        editor_client,
        {"partner": coop.druskininkai.pk},
        {"Sutartis su Druskininkų VVG", "Tarptautinis susitarimas"},
    )
    assert_listed(editor_client, {"country": "LV"}, {"Tarptautinis susitarimas"})
    assert_listed(editor_client, {"status": "draft"}, {"Neskelbtas juodraštis"})
    assert_listed(editor_client, {"status": "live", "partner": coop.vdu.pk}, {"Sutartis su VDU"})


def test_search_finds_an_agreement_by_its_partners_name(editor_client):
    assert_listed(
        editor_client,
        {"q": "Druskinink"},
        {"Sutartis su Druskininkų VVG", "Tarptautinis susitarimas"},
    )


def test_the_list_costs_the_same_queries_whatever_the_number_of_agreements(coop, editor_client):
    def queries():
        with CaptureQueriesContext(connection) as context:
            assert editor_client.get(url("partnership", "list")).status_code == 200
        return len(context.captured_queries)

    queries()  # warms the per-process caches (content types, site)
    few = queries()
    for n in range(20):
        factories.make_partnership(coop.vdu, coop.latvian, live=n % 2 == 0)
    assert queries() == few


def test_malformed_filters_never_break_the_list(editor_client, subtests):
    for params in (
        {"year_from": "abc"},
        {"year_to": "99999999999"},
        {"partner": "<script>"},
        {"country": "XX"},
        {"status": "nezinoma"},
        {"q": "x" * 10_000},
    ):
        with subtests.test(params=params):
            response = editor_client.get(url("partnership", "list"), params)
            assert response.status_code == 200
            assertNotContains(response, "<script>")


def test_the_admin_exports_the_filtered_list_as_csv(coop, editor_client):
    response = editor_client.get(
        url("partnership", "list"), {"export": "csv", "partner": coop.druskininkai.pk}
    )
    assert response.status_code == 200
    assert "sutartys.csv" in response["Content-Disposition"]
    rows = read_csv(response)
    assert rows[0] == [
        "Data",
        "Data (ISO 8601)",
        "Pavadinimas",
        "Sutarties tipas",
        "Partneriai",
        "Aprėptis",
        "Projektas",
        "Būsena",
        "Galiojimas",
        "Galioja nuo (ISO 8601)",
        "Galioja iki (ISO 8601)",
        "Galiojimo trukmė",
        "Kaip baigėsi",
        "Pabaigos data (ISO 8601)",
        "Ankstesnė sutartis",
        "Atsakingas asmuo",
        "Atnaujinta",
    ]
    assert [row[:8] for row in rows[1:]] == [
        [
            "2022 m. liepos mėn.",
            "2022-07",
            "Sutartis su Druskininkų VVG",
            "bendradarbiavimo sutartis",
            "Druskininkų vietos veiklos grupė",
            "nacionalinė",
            "",
            "paskelbta",
        ],
        [
            "2018 m.",
            "2018",
            "Tarptautinis susitarimas",
            "narystė",
            "Biedrība Lauku partnerība; Druskininkų vietos veiklos grupė",
            "tarptautinė",
            "",
            "paskelbta",
        ],
    ]


def test_csv_export_keeps_a_formula_like_title_as_text(coop, editor_client):
    factories.make_partnership(coop.vdu, title='=HYPERLINK("http://example.invalid","x")')
    response = editor_client.get(url("partnership", "list"), {"export": "csv", "q": "HYPERLINK"})
    rows = read_csv(response)
    assert rows[1][2] == '\'=HYPERLINK("http://example.invalid","x")'


def test_the_admin_exports_the_filtered_list_as_xlsx(editor_client):
    response = editor_client.get(url("partnership", "list"), {"export": "xlsx", "status": "draft"})
    assert response.status_code == 200
    assert "sutartys.xlsx" in response["Content-Disposition"]
    rows = read_xlsx(response)
    assert rows[0][:3] == ["Data", "Data (ISO 8601)", "Pavadinimas"]
    assert len(rows) == 2
    assert rows[1][:5] == [
        "2023 m. vasario 2 d.",
        "2023-02-02",
        "Neskelbtas juodraštis",
        "bendradarbiavimo sutartis",
        "Vytauto Didžiojo universitetas",
    ]
    assert rows[1][7] == "juodraštis"


def test_inspect_shows_the_agreement_as_recorded(coop, editor_client):
    response = editor_client.get(url("partnership", "inspect", coop.international.pk))
    assert response.status_code == 200
    assertContains(response, "2018 m.")
    assertContains(response, "Biedrība Lauku partnerība")
    assertContains(response, "tarptautinė")


def test_copy_makes_a_new_agreement_with_the_same_partners_and_its_own_slug(coop, editor_client):
    response = editor_client.get(url("partnership", "copy", coop.international.pk))
    assert response.status_code == 200
    action, data = rendered_form(response)
    assert data["title"] == "Tarptautinis susitarimas"
    assert data["slug"] == ""
    data["title"] = "Tarptautinis susitarimas (pratęsimas)"
    response = editor_client.post(action, data)
    assert response.status_code == 302
    copy = Partnership.objects.get(title="Tarptautinis susitarimas (pratęsimas)")
    assert copy.partners == [coop.latvian, coop.druskininkai]
    assert copy.signed.display() == "2018 m."
    assert copy.slug != coop.international.slug
    assert Partnership.objects.get(pk=coop.international.pk).partners == [
        coop.latvian,
        coop.druskininkai,
    ]


def test_partner_list_filters_by_kind_and_country_and_searches(editor_client):
    response = editor_client.get(url("partner", "list"), {"kind": "university"})
    assert [p.name for p in response.context["object_list"]] == ["Vytauto Didžiojo universitetas"]
    response = editor_client.get(url("partner", "list"), {"country": "LV"})
    assert [p.name for p in response.context["object_list"]] == ["Biedrība Lauku partnerība"]
    response = editor_client.get(url("partner", "list"), {"q": "Druskinink"})
    assert [p.name for p in response.context["object_list"]] == ["Druskininkų vietos veiklos grupė"]
