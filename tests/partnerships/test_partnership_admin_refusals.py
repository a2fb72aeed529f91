"""What the "Bendradarbiavimas" admin refuses: staff without the permissions, anonymous visitors,
and deleting a partner or an agreement type that agreements still use."""

from django.urls import reverse

from partnerships.models import AgreementType, Partner, Partnership
from tests import factories
from tests.partnerships.admin_helpers import (
    CooperationAdminTestCase,
    agreement_form,
    url,
)


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
