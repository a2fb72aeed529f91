"""{% load partnership_tags %}: how an agreement's and a partner's pages describe themselves."""

from django import template
from django.utils.translation import gettext as _

from vvg_site.core.seo import DESCRIPTION_LENGTH
from vvg_site.core.text import plain_text

register = template.Library()


@register.simple_tag
def agreement_description(partnership):
    """The agreement's summary as plain text; without one, its type, date and parties."""
    if partnership.summary:
        return plain_text(partnership.summary, DESCRIPTION_LENGTH)
    # Every displayed date ends in an abbreviation's full stop ("2021 m.", "sausio 11 d.").
    text = _("%(type)s, %(date)s Partneriai: %(partners)s.") % {
        "type": partnership.agreement_type.name,
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
