"""Editing agreements in the "Bendradarbiavimas" admin: adding, publishing, scheduling, dates the
form refuses, previews, partners made from the chooser, locking."""

import datetime

from django.urls import reverse
from django.utils import timezone

from pages.dates import Precision
from partnerships.models import Partner, Partnership
from tests.partnerships.admin_helpers import (
    CooperationAdminTestCase,
    agreement_form,
    read_csv,
    url,
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
