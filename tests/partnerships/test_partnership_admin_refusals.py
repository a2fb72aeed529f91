"""What the "Bendradarbiavimas" admin refuses: staff without the permissions, anonymous visitors,
and deleting a partner or an agreement type that agreements still use."""

from django.urls import reverse

from pytest_django.asserts import assertContains, assertNotContains, assertRedirects

from partnerships.models import AgreementType, Partner, Partnership
from tests import factories
from tests.partnerships.admin_helpers import agreement_form, url


def test_a_user_without_the_agreement_permissions_is_refused_everywhere(coop, client, subtests):
    client.force_login(coop.outsider)
    for address in (
        url("partnership", "list"),
        url("partnership", "list") + "?export=csv",
        url("partnership", "add"),
        url("partnership", "edit", coop.with_vdu.pk),
        url("partner", "list"),
        url("partner", "delete", coop.vdu.pk),
    ):
        with subtests.test(address=address):
            response = client.get(address)
            assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)


def test_a_user_without_the_permissions_cannot_create_or_publish(coop, client):
    client.force_login(coop.outsider)
    client.post(
        url("partnership", "add"),
        agreement_form([coop.vdu], title="Neleista", **{"action-publish": "action-publish"}),
    )
    client.post(
        url("partnership", "edit", coop.draft.pk),
        agreement_form([coop.vdu], title="Neleista", **{"action-publish": "action-publish"}),
    )
    assert not Partnership.objects.filter(title="Neleista").exists()
    coop.draft.refresh_from_db()
    assert not coop.draft.live


def test_an_anonymous_visitor_is_sent_to_the_login(coop, client):
    response = client.get(url("partnership", "list"))
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]


def test_deleting_a_partner_in_use_is_refused_naming_the_agreements(coop, editor_client):
    response = editor_client.get(url("partner", "delete", coop.druskininkai.pk))
    assert response.status_code == 200
    assertContains(response, "ištrinti negalima")
    assertContains(response, "Sutartis su Druskininkų VVG")
    assertContains(response, "Tarptautinis susitarimas")
    assertNotContains(response, 'type="submit" class="button serious"')

    response = editor_client.post(url("partner", "delete", coop.druskininkai.pk), follow=True)
    assert response.status_code == 200
    assert Partner.objects.filter(pk=coop.druskininkai.pk).exists()
    messages = [str(m) for m in response.context["messages"]]
    assert any("Sutartis su Druskininkų VVG" in m for m in messages), messages


def test_a_partner_named_only_in_an_unpublished_draft_is_kept(coop, editor_client):
    newcomer = factories.make_partner("Naujas partneris")
    editor_client.post(
        url("partnership", "edit", coop.with_vdu.pk),
        agreement_form([coop.vdu, newcomer], existing=coop.with_vdu, title=coop.with_vdu.title),
    )
    assert newcomer not in Partnership.objects.get(pk=coop.with_vdu.pk).partners
    editor_client.post(url("partner", "delete", newcomer.pk))
    assert Partner.objects.filter(pk=newcomer.pk).exists()


def test_an_unused_partner_is_deleted(editor_client):
    unused = factories.make_partner("Niekur nenaudojamas partneris")
    response = editor_client.get(url("partner", "delete", unused.pk))
    assertContains(response, 'type="submit" class="button serious"')
    response = editor_client.post(url("partner", "delete", unused.pk))
    assert response.status_code == 302
    assert not Partner.objects.filter(pk=unused.pk).exists()


def test_bulk_deleting_partners_in_use_is_refused(coop, editor_client):
    response = editor_client.post(
        reverse("wagtail_bulk_action", args=("partnerships", "partner", "delete"))
        + f"?id={coop.vdu.pk}&id={coop.druskininkai.pk}",
        follow=True,
    )
    assert response.status_code == 200
    assert Partner.objects.filter(pk__in=[coop.vdu.pk, coop.druskininkai.pk]).count() == 2
    messages = [str(m) for m in response.context["messages"]]
    assert any("Sutartis su VDU" in m for m in messages), messages


def test_deleting_an_agreement_type_in_use_is_refused_and_an_unused_one_deleted(
    coop, editor_client
):
    response = editor_client.post(url("agreementtype", "delete", coop.membership.pk), follow=True)
    assertContains(response, "Tarptautinis susitarimas")
    assert AgreementType.objects.filter(pk=coop.membership.pk).exists()

    unused = factories.make_type("ketinimų protokolas")
    editor_client.post(url("agreementtype", "delete", unused.pk))
    assert not AgreementType.objects.filter(pk=unused.pk).exists()
