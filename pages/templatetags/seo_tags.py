from html import unescape
from urllib.parse import urlsplit

from django import template
from django.utils.html import strip_tags
from django.utils.text import Truncator

from pages import seo
from pages.models import OrganisationSettings

register = template.Library()

DESCRIPTION_LENGTH = 160


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """This address without its query string, on the site's public host.

    Paths, not `page.url`: on a routable page (an agreement permalink) `page` is the index page.
    """
    request = context.get("request")
    if request is None:
        return ""
    return seo.site_root_url(request) + request.path


@register.simple_tag(takes_context=True)
def own_page(context):
    """The page this request shows, or None on a route of a page (an agreement permalink).

    There `page` is the routable index page: its title and description would mislabel the
    agreement, so the tags from it are left out and the route's template supplies its own.
    """
    page, request = context.get("page"), context.get("request")
    if not page or request is None or not hasattr(page, "get_url"):
        return None
    url = page.get_url(request)
    return page if url and urlsplit(url).path == request.path else None


@register.simple_tag
def page_description(page):
    """The editor's search description, else the page's own introduction, as plain text."""
    if not page:
        return ""
    text = getattr(page, "search_description", "") or unescape(
        strip_tags(str(getattr(page, "intro", "")))
    )
    return Truncator(" ".join(text.split())).chars(DESCRIPTION_LENGTH)


@register.simple_tag
def json_ld(data):
    """{% json_ld data %}: a schema.org object (a dict) as a safe ld+json script element."""
    return seo.json_ld(data)


@register.simple_tag(takes_context=True)
def organisation_json_ld(context):
    request = context.get("request")
    # Previews in the admin are nobody's public page: nothing for search engines there.
    if request is None or getattr(request, "is_preview", False):
        return ""
    organisation = OrganisationSettings.load(request_or_site=request)
    return seo.json_ld(seo.organisation_data(organisation, seo.site_root_url(request)))
