"""What the site search (vvg_site.textsearch) reads of the cooperation record.

An agreement is found by its own words and by the names of its type, its partners (full and
short), the foreign countries it involves and its project; a partner by its names and region.
Those other records re-index the agreements that name them when they change.
"""

from django.utils import translation

from partnerships.models import (
    AgreementType,
    Partner,
    Partnership,
    PartnershipCountry,
    PartnershipIndexPage,
    PartnershipPartner,
)
from partnerships.models.vocabulary import HOME_COUNTRY
from vvg_site.textsearch.registry import BODY, LEAD, NAME, TITLE, refresh_when_saved, register


def partner_names(agreement):
    return [name for p in agreement.partners for name in (p.name, p.short_name)]


def foreign_countries(agreement):
    # Lithuanian names whatever the request's language; "Lietuva" is left out, or it would
    # match every agreement.
    with translation.override("lt"):
        return [str(c.name) for c in agreement.countries if c.code != HOME_COUNTRY]


def project_title(agreement):
    return agreement.project.title if agreement.project_id else ""


def partner_country(partner):
    with translation.override("lt"):
        return str(partner.country.name) if partner.is_foreign else ""


def connect():
    register(
        Partnership,
        {
            "title": TITLE,
            partner_names: NAME,
            project_title: LEAD,
            foreign_countries: LEAD,
            "summary": BODY,
            lambda agreement: agreement.agreement_type.name: BODY,
        },
        prepare=lambda agreements: agreements.for_listing(),
    )
    register(
        Partner,
        {"name": TITLE, "short_name": TITLE, "region": LEAD, partner_country: BODY},
    )
    register(
        PartnershipIndexPage,
        {"title": TITLE, "search_description": LEAD, "intro": BODY, "closing": BODY},
    )
    refresh_when_saved(
        PartnershipPartner, lambda link: Partnership.objects.filter(pk=link.partnership_id)
    )
    refresh_when_saved(
        PartnershipCountry, lambda link: Partnership.objects.filter(pk=link.partnership_id)
    )
    refresh_when_saved(
        Partner,
        lambda partner: Partnership.objects.filter(partner_links__partner=partner).distinct(),
        fields={"name", "short_name", "country"},
    )
    refresh_when_saved(AgreementType, lambda kind: kind.partnerships.all(), fields={"name"})
