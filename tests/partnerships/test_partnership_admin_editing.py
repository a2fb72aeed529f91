"""Editing agreements in the "Bendradarbiavimas" admin: adding, publishing, scheduling, dates the
form refuses, previews, partners made from the chooser, locking."""

import datetime

from django.urls import reverse
from django.utils import timezone

from pytest_django.asserts import assertContains, assertNotContains

from partnerships.models import Partner, Partnership
from tests.partnerships.admin_helpers import agreement_form, read_csv, url
from vvg_site.core.dates import Precision


def test_an_editor_creates_and_publishes_an_agreement_with_its_partners_in_order(
    coop, editor_client
):
    response = editor_client.post(
        url("partnership", "add"),
        agreement_form(
            [coop.latvian, coop.druskininkai],
            title="Nauja tarptautinė sutartis",
            **{"action-publish": "action-publish"},
        ),
    )
    assert response.status_code == 302
    created = Partnership.objects.get(title="Nauja tarptautinė sutartis")
    assert created.live
    assert created.partners == [coop.latvian, coop.druskininkai]
    assert created.signed.display() == "2022 m. liepos mėn."
    assert created.scope == "international"
    assert created.slug == "nauja-tarptautine-sutartis"


def test_saving_without_publishing_keeps_a_draft(coop, editor_client):
    editor_client.post(
        url("partnership", "add"), agreement_form([coop.vdu], title="Tik juodraštis")
    )
    assert not Partnership.objects.get(title="Tik juodraštis").live


def test_an_editor_publishes_a_draft_from_the_edit_form(coop, editor_client):
    response = editor_client.post(
        url("partnership", "edit", coop.draft.pk),
        agreement_form(
            [coop.vdu],
            existing=coop.draft,
            title=coop.draft.title,
            **{"action-publish": "action-publish"},
        ),
    )
    assert response.status_code == 302
    coop.draft.refresh_from_db()
    assert coop.draft.live


def test_scheduled_publishing_waits_for_its_time(coop, editor_client):
    go_live = timezone.localtime() + datetime.timedelta(days=3)
    editor_client.post(
        url("partnership", "add"),
        agreement_form(
            [coop.vdu],
            title="Suplanuota sutartis",
            go_live_at=go_live.strftime("%Y-%m-%d %H:%M"),
            **{"action-publish": "action-publish"},
        ),
    )
    scheduled = Partnership.objects.get(title="Suplanuota sutartis")
    assert not scheduled.live
    assert scheduled.latest_revision.approved_go_live_at is not None
    rows = read_csv(
        editor_client.get(url("partnership", "list"), {"export": "csv", "q": "Suplanuota"})
    )
    assert [row[7] for row in rows[1:]] == ["suplanuota"]


def test_an_impossible_date_and_precision_is_a_visible_error_and_saves_nothing(
    coop, editor_client, subtests
):
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
        with subtests.test(fields=fields):
            response = editor_client.post(
                url("partnership", "add"),
                agreement_form(
                    [coop.vdu],
                    title="Netikslios datos sutartis",
                    **fields,
                    **{"action-publish": "action-publish"},
                ),
            )
            assert response.status_code == 200
            assertContains(response, message)
            assert Partnership.objects.count() == count


def test_a_day_span_is_accepted_and_shown_as_a_span(coop, editor_client):
    editor_client.post(
        url("partnership", "add"),
        agreement_form(
            [coop.vdu],
            title="Kelių dienų renginys",
            signed_on="2012-01-24",
            signed_precision=Precision.SPAN,
            signed_until="2012-01-26",
        ),
    )
    assert (
        Partnership.objects.get(title="Kelių dienų renginys").signed.display()
        == "2012 m. sausio 24–26 d."
    )


def test_preview_shows_the_agreement_as_on_the_public_page(coop, editor_client):
    preview_url = url("partnership", "preview_on_add")
    response = editor_client.post(
        preview_url, agreement_form([coop.latvian], title="Peržiūrima sutartis")
    )
    assert response.json() == {"is_valid": True, "is_available": True}
    response = editor_client.get(preview_url)
    assert response.status_code == 200
    assertContains(response, "<h1>Peržiūrima sutartis</h1>", html=True)
    assertContains(response, '<time datetime="2022-07">2022 m. liepos mėn.</time>', html=True)
    assertContains(response, "Biedrība Lauku partnerība")
    assertContains(response, "Dėl bendro projekto rengimo.")
    assert not Partnership.objects.filter(title="Peržiūrima sutartis").exists()


def test_an_editor_creates_a_partner_from_the_chooser_without_leaving_the_form(editor_client):
    chooser = reverse("wagtailsnippetchoosers_partnerships_partner:choose")
    response = editor_client.get(chooser)
    assertContains(response, "Naujas partneris")
    response = editor_client.get(
        reverse("wagtailsnippetchoosers_partnerships_partner:choose_results"),
        {"q": "Druskinink"},
    )
    assertContains(response, "Druskininkų vietos veiklos grupė")
    assertContains(response, "Druskininkų VVG")
    assertNotContains(response, "Vytauto Didžiojo universitetas")
    response = editor_client.post(
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
    assert response.status_code == 200
    result = response.json()
    assert result["step"] == "chosen"
    partner = Partner.objects.get(short_name="Lazdijų VVG")
    assert str(result["result"]["id"]) == str(partner.pk)
    assert partner.slug == "lazdiju-vvg"


def test_the_chooser_will_not_create_a_partner_that_already_exists(editor_client):
    response = editor_client.post(
        reverse("wagtailsnippetchoosers_partnerships_partner:create"),
        {"name": "druskininkų vietos veiklos grupė", "kind": "lag", "country": "LT"},
    )
    result = response.json()
    assert result["step"] == "reshow_creation_form"
    assert "jau yra" in result["htmlFragment"]
    assert Partner.objects.filter(name__iexact="druskininkų vietos veiklos grupė").count() == 1


def test_an_incomplete_new_partner_is_shown_again_with_its_errors(editor_client):
    response = editor_client.post(
        reverse("wagtailsnippetchoosers_partnerships_partner:create"),
        {"name": "", "kind": "lag", "country": "LT"},
    )
    assert response.json()["step"] == "reshow_creation_form"
    assert not Partner.objects.filter(name="").exists()


def test_an_editor_can_lock_an_agreement(coop, editor_client):
    response = editor_client.post(url("partnership", "lock", coop.with_vdu.pk))
    assert response.status_code == 302
    coop.with_vdu.refresh_from_db()
    assert coop.with_vdu.locked
    assert coop.with_vdu.locked_by == coop.editor


def test_naming_the_same_partner_twice_is_an_error_not_a_crash(coop, client):
    client.force_login(coop.editor)
    response = client.post(
        url("partnership", "add"),
        agreement_form([coop.vdu, coop.vdu], title="Dviguba šalis"),
    )
    assert response.status_code == 200
    assertContains(response, "pasikartojan")
    assert not Partnership.objects.filter(title="Dviguba šalis").exists()
