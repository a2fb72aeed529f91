"""The "Bendradarbiavimas" admin lists, used as staff use them: the menu, the agreements newest
first, their filters and search, the CSV and Excel exports, inspect and copy; the partner list."""

import json
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from partnerships.models import Partnership
from tests import factories
from tests.partnerships.admin_helpers import (
    CooperationAdminTestCase,
    read_csv,
    read_xlsx,
    rendered_form,
    url,
)


class AgreementListTests(CooperationAdminTestCase):
    def setUp(self):
        self.client.force_login(self.editor)

    def test_the_menu_groups_agreements_partners_and_types_in_lithuanian(self):
        response = self.client.get(reverse("wagtailadmin_home"))
        props = re.search(
            r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>',
            response.content.decode(),
        )
        main_menu = json.loads(props.group(1))["modules"][1]["_args"][0]
        group = next(item for item in main_menu if item["_args"][0]["label"] == "Bendradarbiavimas")
        self.assertEqual(
            [(entry["_args"][0]["label"], entry["_args"][0]["url"]) for entry in group["_args"][1]],
            [
                ("Sutartys", url("partnership", "list")),
                ("Partneriai", url("partner", "list")),
                ("Sutarčių tipai", url("agreementtype", "list")),
            ],
        )

    def test_lists_agreements_newest_first_with_public_dates_partners_and_status(self):
        response = self.client.get(url("partnership", "list"))
        self.assertEqual(response.status_code, 200)
        titles = [p.title for p in response.context["object_list"]]
        self.assertEqual(
            titles,
            [
                "Neskelbtas juodraštis",
                "Sutartis su Druskininkų VVG",
                "Tarptautinis susitarimas",
                "Sutartis su VDU",
            ],
        )
        self.assertContains(response, "2022 m. liepos mėn.")
        self.assertContains(response, "2018 m.")
        self.assertContains(response, "Biedrība Lauku partnerība; Druskininkų vietos veiklos grupė")
        self.assertContains(response, url("partnership", "edit", self.with_vdu.pk))

    def assertListed(self, params, expected):
        response = self.client.get(url("partnership", "list"), params)
        self.assertEqual(response.status_code, 200)
        self.assertEqual({p.title for p in response.context["object_list"]}, expected)

    def test_filters_by_type_year_range_partner_country_and_status(self):
        self.assertListed({"agreement_type": self.membership.pk}, {"Tarptautinis susitarimas"})
        self.assertListed(
            {"year_from": 2015, "year_to": 2022},
            {"Sutartis su Druskininkų VVG", "Tarptautinis susitarimas"},
        )
        self.assertListed(
            {"partner": self.druskininkai.pk},
            {"Sutartis su Druskininkų VVG", "Tarptautinis susitarimas"},
        )
        self.assertListed({"country": "LV"}, {"Tarptautinis susitarimas"})
        self.assertListed({"status": "draft"}, {"Neskelbtas juodraštis"})
        self.assertListed({"status": "live", "partner": self.vdu.pk}, {"Sutartis su VDU"})

    def test_search_finds_an_agreement_by_its_partners_name(self):
        self.assertListed(
            {"q": "Druskinink"}, {"Sutartis su Druskininkų VVG", "Tarptautinis susitarimas"}
        )

    def test_the_list_costs_the_same_queries_whatever_the_number_of_agreements(self):
        def queries():
            with CaptureQueriesContext(connection) as context:
                self.assertEqual(self.client.get(url("partnership", "list")).status_code, 200)
            return len(context.captured_queries)

        queries()  # warms the per-process caches (content types, site)
        few = queries()
        for n in range(20):
            factories.make_partnership(self.vdu, self.latvian, live=n % 2 == 0)
        self.assertEqual(queries(), few)

    def test_malformed_filters_never_break_the_list(self):
        for params in (
            {"year_from": "abc"},
            {"year_to": "99999999999"},
            {"partner": "<script>"},
            {"country": "XX"},
            {"status": "nezinoma"},
            {"q": "x" * 10_000},
        ):
            with self.subTest(params=params):
                response = self.client.get(url("partnership", "list"), params)
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, "<script>")

    def test_exports_the_filtered_list_as_csv(self):
        response = self.client.get(
            url("partnership", "list"), {"export": "csv", "partner": self.druskininkai.pk}
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("sutartys.csv", response["Content-Disposition"])
        rows = read_csv(response)
        self.assertEqual(
            rows[0],
            [
                "Data",
                "Data (ISO 8601)",
                "Pavadinimas",
                "Sutarties tipas",
                "Partneriai",
                "Aprėptis",
                "Projektas",
                "Būsena",
                "Atnaujinta",
            ],
        )
        self.assertEqual(
            [row[:8] for row in rows[1:]],
            [
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
            ],
        )

    def test_csv_export_keeps_a_formula_like_title_as_text(self):
        factories.make_partnership(self.vdu, title='=HYPERLINK("http://example.invalid","x")')
        response = self.client.get(url("partnership", "list"), {"export": "csv", "q": "HYPERLINK"})
        rows = read_csv(response)
        self.assertEqual(rows[1][2], '\'=HYPERLINK("http://example.invalid","x")')

    def test_exports_the_filtered_list_as_xlsx(self):
        response = self.client.get(
            url("partnership", "list"), {"export": "xlsx", "status": "draft"}
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("sutartys.xlsx", response["Content-Disposition"])
        rows = read_xlsx(response)
        self.assertEqual(rows[0][:3], ["Data", "Data (ISO 8601)", "Pavadinimas"])
        self.assertEqual(len(rows), 2)
        self.assertEqual(
            rows[1][:5],
            [
                "2023 m. vasario 2 d.",
                "2023-02-02",
                "Neskelbtas juodraštis",
                "bendradarbiavimo sutartis",
                "Vytauto Didžiojo universitetas",
            ],
        )
        self.assertEqual(rows[1][7], "juodraštis")

    def test_inspect_shows_the_agreement_as_recorded(self):
        response = self.client.get(url("partnership", "inspect", self.international.pk))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "2018 m.")
        self.assertContains(response, "Biedrība Lauku partnerība")
        self.assertContains(response, "tarptautinė")

    def test_copy_makes_a_new_agreement_with_the_same_partners_and_its_own_slug(self):
        response = self.client.get(url("partnership", "copy", self.international.pk))
        self.assertEqual(response.status_code, 200)
        action, data = rendered_form(response)
        self.assertEqual(data["title"], "Tarptautinis susitarimas")
        self.assertEqual(data["slug"], "")
        data["title"] = "Tarptautinis susitarimas (pratęsimas)"
        response = self.client.post(action, data)
        self.assertEqual(response.status_code, 302)
        copy = Partnership.objects.get(title="Tarptautinis susitarimas (pratęsimas)")
        self.assertEqual(copy.partners, [self.latvian, self.druskininkai])
        self.assertEqual(copy.signed.display(), "2018 m.")
        self.assertNotEqual(copy.slug, self.international.slug)
        self.assertEqual(
            Partnership.objects.get(pk=self.international.pk).partners,
            [self.latvian, self.druskininkai],
        )


class PartnerListTests(CooperationAdminTestCase):
    def setUp(self):
        self.client.force_login(self.editor)

    def test_partner_list_filters_by_kind_and_country_and_searches(self):
        response = self.client.get(url("partner", "list"), {"kind": "university"})
        self.assertEqual(
            [p.name for p in response.context["object_list"]], ["Vytauto Didžiojo universitetas"]
        )
        response = self.client.get(url("partner", "list"), {"country": "LV"})
        self.assertEqual(
            [p.name for p in response.context["object_list"]], ["Biedrība Lauku partnerība"]
        )
        response = self.client.get(url("partner", "list"), {"q": "Druskinink"})
        self.assertEqual(
            [p.name for p in response.context["object_list"]], ["Druskininkų vietos veiklos grupė"]
        )
