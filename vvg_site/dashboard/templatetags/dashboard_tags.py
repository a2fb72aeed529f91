from django import template

from vvg_site.core.dates import moment_display

register = template.Library()


@register.filter
def moment(value):
    """A timestamp in Lithuanian words: "2026 m. lapkričio 29 d. 09:40"."""
    return moment_display(value) if value else ""
