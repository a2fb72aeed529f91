"""{% load partnership_tags %}: how an agreement's and a partner's pages describe themselves."""

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import gettext as _

from partnerships.models import HOME_COUNTRY
from vvg_site.core.languages import current_language, localized
from vvg_site.core.seo import DESCRIPTION_LENGTH
from vvg_site.core.text import plain_text

register = template.Library()


@register.filter(name="localized")
def localized_filter(record, field):
    """{{ partnership|localized:"summary" }}: the field in the reader's language, with
    `.is_fallback` and `.language` when only the Lithuanian text exists."""
    return localized(record, field)


@register.simple_tag
def translated(record, field):
    """A record's text in the reader's language; the Lithuanian one in <span lang="lt">."""
    text = localized(record, field)
    if text.is_fallback:
        return format_html('<span lang="{}">{}</span>', text.language, text.text)
    return text.text


@register.simple_tag
def partner_name(partner):
    """A partner's name as the organisation writes it: a Lithuanian one is marked as such on the
    pages of other languages."""
    if partner.country.code == HOME_COUNTRY and current_language() != settings.LANGUAGE_CODE:
        return format_html('<span lang="{}">{}</span>', settings.LANGUAGE_CODE, partner.name)
    return partner.name


@register.simple_tag
def agreement_description(partnership):
    """The agreement's summary as plain text; without one, its type, date and parties."""
    summary = localized(partnership, "summary")
    if summary and not summary.is_fallback:
        return plain_text(summary.text, DESCRIPTION_LENGTH)
    # Every displayed date ends in an abbreviation's full stop ("2021 m.", "sausio 11 d.").
    text = _("%(type)s, %(date)s Partneriai: %(partners)s.") % {
        "type": localized(partnership.agreement_type, "name").text,
        "date": partnership.signed.display(),
        "partners": ", ".join(partner.name for partner in partnership.partners),
    }
    return plain_text(text[:1].upper() + text[1:], DESCRIPTION_LENGTH)


@register.simple_tag
def partner_description(partner, first_year, last_year):
    """What the partner page states: kind, country, region and the years of cooperation."""
    place = ", ".join(part for part in (str(partner.country.name), partner.region) if part)
    if first_year == last_year:
        years = _("%(year)s m.") % {"year": first_year}
    else:
        years = _("%(first)s–%(last)s m.") % {"first": first_year, "last": last_year}
    text = _("%(name)s – %(kind)s (%(place)s). Bendradarbiaujame %(years)s") % {
        "name": partner.name,
        "kind": partner.get_kind_display(),
        "place": place,
        "years": years,
    }
    return plain_text(text, DESCRIPTION_LENGTH)
