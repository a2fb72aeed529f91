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


def foreign_countries(agreement, language="lt"):
    # The names in the index's language whatever the request's; "Lietuva" is left out, or it
    # would match every agreement.
    with translation.override(language):
        return [str(c.name) for c in agreement.countries if c.code != HOME_COUNTRY]


def foreign_countries_en(agreement):
    return foreign_countries(agreement, "en")


def project_title(agreement):
    return agreement.project.title if agreement.project_id else ""


def partner_country(partner, language="lt"):
    with translation.override(language):
        return str(partner.country.name) if partner.is_foreign else ""


def partner_country_en(partner):
    return partner_country(partner, "en")


def for_listing(agreements):
    return agreements.for_listing()


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
        prepare=for_listing,
    )
    # The English texts, stemmed as English; names stay in the Lithuanian index, which an
    # English query searches too (textsearch.query.word_conditions).
    register(
        Partnership,
        {
            "title_en": TITLE,
            foreign_countries_en: LEAD,
            "summary_en": BODY,
            lambda agreement: agreement.agreement_type.name_en: BODY,
        },
        language="en",
        prepare=for_listing,
    )
    register(
        Partner,
        {"name": TITLE, "short_name": TITLE, "region": LEAD, partner_country: BODY},
    )
    register(Partner, {partner_country_en: BODY}, language="en")
    for language in ("lt", "en"):
        register(
            PartnershipIndexPage,
            {"title": TITLE, "search_description": LEAD, "intro": BODY, "closing": BODY},
            language=language,
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
    refresh_when_saved(
        AgreementType, lambda kind: kind.partnerships.all(), fields={"name", "name_en"}
    )
