"""The "Bendradarbiavimas" admin, used as staff use it: real users, real groups and permissions."""

import csv
import datetime
import io
import json
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from bs4 import BeautifulSoup
from openpyxl import load_workbook

from pages.dates import Precision
from partnerships.models import AgreementType, Partner, Partnership
from tests import factories

AGREEMENT_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    *[
        ("partnerships", f"{action}_partnership")
        for action in ("add", "change", "delete", "publish", "lock", "unlock", "view")
    ],
    *[("partnerships", f"{action}_partner") for action in ("add", "change", "delete")],
    *[("partnerships", f"{action}_agreementtype") for action in ("add", "change", "delete")],
]


def url(model, name, *args):
    return reverse(f"wagtailsnippets_partnerships_{model}:{name}", args=args)


def make_user(username, group=None, **fields):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.lt", password="slaptas-Zodis-42", **fields
    )
    if group:
        user.groups.add(group)
    return user


def agreement_form(partners, existing=None, **fields):
    """The agreement form as the admin posts it, with the partners as inline rows.

    `existing` is the agreement being edited: rows for partners it already has keep their ids.
    """
    link_ids = (
        {link.partner_id: link.pk for link in existing.partner_links.all()} if existing else {}
    )
    data = {
        "title": "Bendradarbiavimo sutartis su Druskininkų VVG",
        "slug": "",
        "signed_on": "2022-07-01",
        "signed_precision": Precision.MONTH,
        "signed_until": "",
        "agreement_type": factories.make_type().pk,
        "partner_links": inline_formset(
            [
                {"partner": partner.pk, "role": "partner", "id": link_ids.get(partner.pk, "")}
                for partner in partners
            ],
            initial=sum(1 for partner in partners if partner.pk in link_ids),
        ),
        "project": "",
        "summary": rich_text("<p>Dėl bendro projekto rengimo.</p>"),
        "document": "",
        "external_url": "",
        "go_live_at": "",
        "expire_at": "",
    }
    data.update(fields)
    return nested_form_data(data)


def rendered_form(response):
    """The action and the values of the admin's edit form, as a browser would submit them."""
    soup = BeautifulSoup(response.content, "html.parser")
    form = soup.find("form", attrs={"data-edit-form": True})
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or "__prefix__" in name or field.get("type") == "submit":
            continue
        if field.name == "select":
            selected = field.find("option", selected=True)
            data[name] = selected.get("value") if selected else ""
        elif field.name == "textarea":
            data[name] = field.text
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        else:
            data[name] = field.get("value", "")
    return form["action"], data


def read_csv(response):
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.reader(io.StringIO(text)))


def read_xlsx(response):
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


class CooperationAdminTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.group = Group.objects.create(name="Bendradarbiavimo administratoriai (testas)")
        for app_label, codename in AGREEMENT_PERMISSIONS:
            cls.group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        cls.editor = make_user("redaktore", cls.group)
        outsiders = Group.objects.create(name="Tik administravimo sritis")
        outsiders.permissions.add(Permission.objects.get(codename="access_admin"))
        cls.outsider = make_user("pasalinis", outsiders)

        cls.druskininkai = factories.make_partner(
            "Druskininkų vietos veiklos grupė", short_name="Druskininkų VVG"
        )
        cls.vdu = factories.make_partner("Vytauto Didžiojo universitetas", kind="university")
        cls.latvian = factories.make_partner(
            "Biedrība Lauku partnerība", kind="foreign_ngo", country="LV"
        )
        cls.membership = factories.make_type("narystė")
        cls.with_druskininkai = factories.make_partnership(
            cls.druskininkai,
            title="Sutartis su Druskininkų VVG",
            signed_on=datetime.date(2022, 7, 1),
            precision=Precision.MONTH,
        )
        cls.with_vdu = factories.make_partnership(
            cls.vdu,
            title="Sutartis su VDU",
            signed_on=datetime.date(2014, 3, 5),
        )
        cls.international = factories.make_partnership(
            cls.latvian,
            cls.druskininkai,
            title="Tarptautinis susitarimas",
            signed_on=datetime.date(2018, 1, 1),
            precision=Precision.YEAR,
            agreement_type=cls.membership,
        )
        cls.draft = factories.make_partnership(
            cls.vdu,
            title="Neskelbtas juodraštis",
            signed_on=datetime.date(2023, 2, 2),
            live=False,
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


class AgreementEditingTests(CooperationAdminTestCase):
    def setUp(self):
        self.client.force_login(self.editor)

    def test_creates_and_publishes_an_agreement_with_its_partners_in_order(self):
        response = self.client.post(
            url("partnership", "add"),
            agreement_form(
                [self.latvian, self.druskininkai],
                title="Nauja tarptautinė sutartis",
                **{"action-publish": "action-publish"},
            ),
        )
        self.assertEqual(response.status_code, 302)
        created = Partnership.objects.get(title="Nauja tarptautinė sutartis")
        self.assertTrue(created.live)
        self.assertEqual(created.partners, [self.latvian, self.druskininkai])
        self.assertEqual(created.signed.display(), "2022 m. liepos mėn.")
        self.assertEqual(created.scope, "international")
        self.assertEqual(created.slug, "nauja-tarptautine-sutartis")

    def test_saving_without_publishing_keeps_a_draft(self):
        self.client.post(
            url("partnership", "add"), agreement_form([self.vdu], title="Tik juodraštis")
        )
        self.assertFalse(Partnership.objects.get(title="Tik juodraštis").live)

    def test_publishes_a_draft_from_the_edit_form(self):
        response = self.client.post(
            url("partnership", "edit", self.draft.pk),
            agreement_form(
                [self.vdu],
                existing=self.draft,
                title=self.draft.title,
                **{"action-publish": "action-publish"},
            ),
        )
        self.assertEqual(response.status_code, 302)
        self.draft.refresh_from_db()
        self.assertTrue(self.draft.live)

    def test_scheduled_publishing_waits_for_its_time(self):
        go_live = timezone.localtime() + datetime.timedelta(days=3)
        self.client.post(
            url("partnership", "add"),
            agreement_form(
                [self.vdu],
                title="Suplanuota sutartis",
                go_live_at=go_live.strftime("%Y-%m-%d %H:%M"),
                **{"action-publish": "action-publish"},
            ),
        )
        scheduled = Partnership.objects.get(title="Suplanuota sutartis")
        self.assertFalse(scheduled.live)
        self.assertIsNotNone(scheduled.latest_revision.approved_go_live_at)
        rows = read_csv(
            self.client.get(url("partnership", "list"), {"export": "csv", "q": "Suplanuota"})
        )
        self.assertEqual([row[7] for row in rows[1:]], ["suplanuota"])

    def test_an_impossible_date_and_precision_is_a_visible_error_and_saves_nothing(self):
        count = Partnership.objects.count()
        for fields, message in (
            (
                {"signed_on": "2022-07-14", "signed_precision": Precision.MONTH},
                "Kai žinomas tik mėnuo, nurodykite pirmąją mėnesio dieną",
            ),
            (
                {"signed_on": "2021-03-01", "signed_precision": Precision.YEAR},
                "Kai žinomi tik metai, nurodykite sausio 1 d.",
            ),
            (
                {"signed_on": "2012-01-24", "signed_precision": Precision.SPAN},
                "Nurodykite paskutinę laikotarpio dieną.",
            ),
            (
                {"signed_on": "2012-01-24", "signed_until": "2012-01-26"},
                "Paskutinė diena nurodoma tik tada, kai tikslumas – kelios dienos.",
            ),
        ):
            with self.subTest(fields=fields):
                response = self.client.post(
                    url("partnership", "add"),
                    agreement_form(
                        [self.vdu],
                        title="Netikslios datos sutartis",
                        **fields,
                        **{"action-publish": "action-publish"},
                    ),
                )
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, message)
                self.assertEqual(Partnership.objects.count(), count)

    def test_a_day_span_is_accepted_and_shown_as_a_span(self):
        self.client.post(
            url("partnership", "add"),
            agreement_form(
                [self.vdu],
                title="Kelių dienų renginys",
                signed_on="2012-01-24",
                signed_precision=Precision.SPAN,
                signed_until="2012-01-26",
            ),
        )
        self.assertEqual(
            Partnership.objects.get(title="Kelių dienų renginys").signed.display(),
            "2012 m. sausio 24–26 d.",
        )

    def test_preview_shows_the_agreement_as_on_the_public_page(self):
        preview_url = url("partnership", "preview_on_add")
        response = self.client.post(
            preview_url, agreement_form([self.latvian], title="Peržiūrima sutartis")
        )
        self.assertEqual(response.json(), {"is_valid": True, "is_available": True})
        response = self.client.get(preview_url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "<h1>Peržiūrima sutartis</h1>", html=True)
        self.assertContains(
            response, '<time datetime="2022-07">2022 m. liepos mėn.</time>', html=True
        )
        self.assertContains(response, "Biedrība Lauku partnerība")
        self.assertContains(response, "Dėl bendro projekto rengimo.")
        self.assertFalse(Partnership.objects.filter(title="Peržiūrima sutartis").exists())

    def test_an_editor_creates_a_partner_from_the_chooser_without_leaving_the_form(self):
        chooser = reverse("wagtailsnippetchoosers_partnerships_partner:choose")
        response = self.client.get(chooser)
        self.assertContains(response, "Naujas partneris")
        response = self.client.get(
            reverse("wagtailsnippetchoosers_partnerships_partner:choose_results"),
            {"q": "Druskinink"},
        )
        self.assertContains(response, "Druskininkų vietos veiklos grupė")
        self.assertContains(response, "Druskininkų VVG")
        self.assertNotContains(response, "Vytauto Didžiojo universitetas")
        response = self.client.post(
            reverse("wagtailsnippetchoosers_partnerships_partner:create"),
            {
                "name": "Lazdijų krašto vietos veiklos grupė",
                "short_name": "Lazdijų VVG",
                "kind": "lag",
                "country": "LT",
                "region": "Lazdijų rajono savivaldybė",
                "website": "",
            },
        )
        self.assertEqual(response.status_code, 200)
        result = response.json()
        self.assertEqual(result["step"], "chosen")
        partner = Partner.objects.get(short_name="Lazdijų VVG")
        self.assertEqual(str(result["result"]["id"]), str(partner.pk))
        self.assertEqual(partner.slug, "lazdiju-vvg")

    def test_the_chooser_will_not_create_a_partner_that_already_exists(self):
        response = self.client.post(
            reverse("wagtailsnippetchoosers_partnerships_partner:create"),
            {"name": "druskininkų vietos veiklos grupė", "kind": "lag", "country": "LT"},
        )
        result = response.json()
        self.assertEqual(result["step"], "reshow_creation_form")
        self.assertIn("jau yra", result["htmlFragment"])
        self.assertEqual(
            Partner.objects.filter(name__iexact="druskininkų vietos veiklos grupė").count(), 1
        )

    def test_an_incomplete_new_partner_is_shown_again_with_its_errors(self):
        response = self.client.post(
            reverse("wagtailsnippetchoosers_partnerships_partner:create"),
            {"name": "", "kind": "lag", "country": "LT"},
        )
        self.assertEqual(response.json()["step"], "reshow_creation_form")
        self.assertFalse(Partner.objects.filter(name="").exists())

    def test_an_editor_can_lock_an_agreement(self):
        response = self.client.post(url("partnership", "lock", self.with_vdu.pk))
        self.assertEqual(response.status_code, 302)
        self.with_vdu.refresh_from_db()
        self.assertTrue(self.with_vdu.locked)
        self.assertEqual(self.with_vdu.locked_by, self.editor)


class RefusedUserTests(CooperationAdminTestCase):
    def test_a_user_without_the_agreement_permissions_is_refused_everywhere(self):
        self.client.force_login(self.outsider)
        for address in (
            url("partnership", "list"),
            url("partnership", "list") + "?export=csv",
            url("partnership", "add"),
            url("partnership", "edit", self.with_vdu.pk),
            url("partner", "list"),
            url("partner", "delete", self.vdu.pk),
        ):
            with self.subTest(address=address):
                response = self.client.get(address)
                self.assertRedirects(
                    response, reverse("wagtailadmin_home"), fetch_redirect_response=False
                )

    def test_a_user_without_the_permissions_cannot_create_or_publish(self):
        self.client.force_login(self.outsider)
        self.client.post(
            url("partnership", "add"),
            agreement_form([self.vdu], title="Neleista", **{"action-publish": "action-publish"}),
        )
        self.client.post(
            url("partnership", "edit", self.draft.pk),
            agreement_form([self.vdu], title="Neleista", **{"action-publish": "action-publish"}),
        )
        self.assertFalse(Partnership.objects.filter(title="Neleista").exists())
        self.draft.refresh_from_db()
        self.assertFalse(self.draft.live)

    def test_an_anonymous_visitor_is_sent_to_the_login(self):
        response = self.client.get(url("partnership", "list"))
        self.assertEqual(response.status_code, 302)
        self.assertIn(reverse("wagtailadmin_login"), response["Location"])


class InUseDeletionTests(CooperationAdminTestCase):
    def setUp(self):
        self.client.force_login(self.editor)

    def test_deleting_a_partner_in_use_is_refused_naming_the_agreements(self):
        response = self.client.get(url("partner", "delete", self.druskininkai.pk))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "ištrinti negalima")
        self.assertContains(response, "Sutartis su Druskininkų VVG")
        self.assertContains(response, "Tarptautinis susitarimas")
        self.assertNotContains(response, 'type="submit" class="button serious"')

        response = self.client.post(url("partner", "delete", self.druskininkai.pk), follow=True)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(Partner.objects.filter(pk=self.druskininkai.pk).exists())
        messages = [str(m) for m in response.context["messages"]]
        self.assertTrue(any("Sutartis su Druskininkų VVG" in m for m in messages), messages)

    def test_a_partner_named_only_in_an_unpublished_draft_is_kept(self):
        newcomer = factories.make_partner("Naujas partneris")
        self.client.post(
            url("partnership", "edit", self.with_vdu.pk),
            agreement_form([self.vdu, newcomer], existing=self.with_vdu, title=self.with_vdu.title),
        )
        self.assertNotIn(newcomer, Partnership.objects.get(pk=self.with_vdu.pk).partners)
        self.client.post(url("partner", "delete", newcomer.pk))
        self.assertTrue(Partner.objects.filter(pk=newcomer.pk).exists())

    def test_an_unused_partner_is_deleted(self):
        unused = factories.make_partner("Niekur nenaudojamas partneris")
        response = self.client.get(url("partner", "delete", unused.pk))
        self.assertContains(response, 'type="submit" class="button serious"')
        response = self.client.post(url("partner", "delete", unused.pk))
        self.assertEqual(response.status_code, 302)
        self.assertFalse(Partner.objects.filter(pk=unused.pk).exists())

    def test_bulk_deleting_partners_in_use_is_refused(self):
        response = self.client.post(
            reverse("wagtail_bulk_action", args=("partnerships", "partner", "delete"))
            + f"?id={self.vdu.pk}&id={self.druskininkai.pk}",
            follow=True,
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            Partner.objects.filter(pk__in=[self.vdu.pk, self.druskininkai.pk]).count(), 2
        )
        messages = [str(m) for m in response.context["messages"]]
        self.assertTrue(any("Sutartis su VDU" in m for m in messages), messages)

    def test_deleting_an_agreement_type_in_use_is_refused_and_an_unused_one_deleted(self):
        response = self.client.post(url("agreementtype", "delete", self.membership.pk), follow=True)
        self.assertContains(response, "Tarptautinis susitarimas")
        self.assertTrue(AgreementType.objects.filter(pk=self.membership.pk).exists())

        unused = factories.make_type("ketinimų protokolas")
        self.client.post(url("agreementtype", "delete", unused.pk))
        self.assertFalse(AgreementType.objects.filter(pk=unused.pk).exists())

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


class DuplicatePartnerTests(CooperationAdminTestCase):
    def test_naming_the_same_partner_twice_is_an_error_not_a_crash(self):
        self.client.force_login(self.editor)
        response = self.client.post(
            url("partnership", "add"),
            agreement_form([self.vdu, self.vdu], title="Dviguba šalis"),
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "pasikartojan")
        self.assertFalse(Partnership.objects.filter(title="Dviguba šalis").exists())
