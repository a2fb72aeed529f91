"""One agreement, one partner: the agreement's permalink, the partner's page with its history, and
the admin preview of an agreement."""

import datetime

from django.template.loader import render_to_string
from django.test import RequestFactory

from partnerships.models import Partnership, PartnershipIndexPage, PartnershipPartner
from tests.partnerships.cooperation_page import URL, soup


def test_the_permalink_shows_the_agreement(client, record):
    agreement = record["a"]["cult_trips"]
    response = client.get(URL + agreement.slug + "/")
    assert response.status_code == 200
    html = soup(response)
    assert html.h1.get_text() == "CultTrips bendradarbiavimo sutartis"
    assert html.select_one("time")["datetime"] == "2018-08"
    assert html.find("a", string="LAG Elsbeere Wienerwald")["href"] == URL + "partneriai/elsbeere/"
    assert html.select_one("nav.breadcrumbs [aria-current=page]").get_text() == agreement.title
    assert agreement.get_absolute_url() == URL + agreement.slug + "/"


def test_an_unknown_agreement_or_partner_is_not_found(client, record):
    assert client.get(URL + "nera-tokios-sutarties/").status_code == 404
    assert client.get(URL + "partneriai/nera-tokio/").status_code == 404


def test_the_partner_page_sums_up_the_partners_history(client, record):
    response = client.get(URL + "partneriai/druskininku-vvg/")
    assert response.status_code == 200
    html = soup(response)
    facts = html.select_one(".partner__facts").get_text(" ", strip=True)
    assert "2014–2022 m." in facts
    assert "Sutarčių 3" in facts
    assert html.find("a", string="Lėtos kultūros patirtys 2.00")["href"] == record["project"].url
    titles = [h.get_text(strip=True) for h in html.select(".agreement__title")]
    assert titles == [
        "Maisto atlieka – žaliava",
        "CultTrips bendradarbiavimo sutartis",
        "Sutartis su Druskininkų VVG",
    ]
    assert html.find("a", string=lambda s: s and "bendrame sąraše" in s)["href"] == (
        URL + "?partner=druskininku-vvg"
    )


def test_the_admin_preview_template_renders_with_and_without_the_index_page(rf, record):
    agreement = record["a"]["cult_trips"]
    request = rf.get("/admin/")
    # Templates link what PartnershipIndexPage.with_permalinks() linked, page in context or not.
    PartnershipIndexPage.with_permalinks([agreement], "agreement", partners=True)
    without_page = render_to_string(
        "partnerships/partnership_detail.html",
        {"partnership": agreement, "is_preview": True},
        request=request,
    )
    assert "CultTrips bendradarbiavimo sutartis" in without_page
    assert 'href="/bendradarbiavimas/partneriai/elsbeere/"' in without_page
    context = agreement.get_preview_context(request, "")
    assert context["page"].pk == record["index"].pk
    with_page = render_to_string(
        "partnerships/partnership_detail.html", context, request=RequestFactory().get("/")
    )
    assert 'href="/bendradarbiavimas/partneriai/elsbeere/"' in with_page


def test_the_preview_of_an_agreement_not_saved_yet_renders_with_its_partners_linked(rf, record):
    """A new agreement has no slug (so no permalink) until it is saved; its preview still shows."""
    druskininkai = record["a"]["cult_trips"].partners[0]
    draft = Partnership(
        title="Nauja sutartis",
        signed_on=datetime.date(2023, 7, 1),
        signed_precision="month",
        agreement_type=record["a"]["cult_trips"].agreement_type,
    )
    draft.partner_links = [PartnershipPartner(partner=druskininkai)]
    request = rf.get("/admin/")
    html = render_to_string(
        "partnerships/partnership_detail.html",
        draft.get_preview_context(request, ""),
        request=request,
    )
    assert "Nauja sutartis" in html
    assert f'href="{URL}partneriai/{druskininkai.slug}/"' in html
