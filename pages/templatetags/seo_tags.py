"""{% load seo_tags %}: what every page's <head> says to search engines and link previews."""

from urllib.parse import unquote, urlsplit

from django import template
from django.utils import timezone

from pages import structured_data
from pages.models import NetworkMembership, OrganisationSettings
from vvg_site.core import seo
from vvg_site.core.text import plain_text
from vvg_site.sitecache.generation import memoized

register = template.Library()

# The page's own summary field, by page type: StandardPage/HomePage, NewsPage, ProjectPage.
SUMMARY_FIELDS = ("intro", "lead", "summary")


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """This address without its query string, on the site's public host.

    Paths, not `page.url`: on a routable page (an agreement permalink) `page` is the index page.
    """
    request = context.get("request")
    if request is None:
        return ""
    return seo.canonical_url(request)


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
    # Page URLs are percent-encoded, request.path is not ("pasirašyta"): compare them decoded.
    return page if url and unquote(urlsplit(url).path) == request.path else None


@register.simple_tag
def page_description(page):
    """The editor's search description, else the page's own summary, as plain text; kept on the
    page, which a routable page shares with every address under it for a content generation."""
    if not page:
        return ""
    if "_seo_description" not in page.__dict__:
        page.__dict__["_seo_description"] = describe(page)
    return page.__dict__["_seo_description"]


def describe(page):
    if getattr(page, "search_description", ""):
        return plain_text(page.search_description, seo.DESCRIPTION_LENGTH)
    summaries = (getattr(page, name, "") for name in SUMMARY_FIELDS)
    return plain_text(next((text for text in summaries if text), ""), seo.DESCRIPTION_LENGTH)


@register.simple_tag
def json_ld(data):
    """{% json_ld data %}: a schema.org object (a dict) as a safe ld+json script element."""
    return seo.json_ld(data)


@register.simple_tag(takes_context=True)
def organisation_json_ld(context, networks=False):
    """The organisation as schema.org data; with `networks` (the home page) also the networks it
    is a member of today, from their records. Built once per content generation (and day)."""
    request = context.get("request")
    # Previews in the admin are nobody's public page: nothing for search engines there.
    if request is None or getattr(request, "is_preview", False):
        return ""
    root_url = seo.site_root_url(request)
    today = timezone.localdate()

    def build():
        organisation = OrganisationSettings.load(request_or_site=request)
        memberships = NetworkMembership.objects.for_listing() if networks else ()
        data = structured_data.organisation_data(
            organisation, root_url, networks=memberships, day=today
        )
        return seo.json_ld(data)

    return memoized(request, ("organisation-json-ld", root_url, networks, today), build)


def _public_request(context):
    """The request of a public page view; None in an admin preview (nobody's public page)."""
    request = context.get("request")
    if request is None or getattr(request, "is_preview", False):
        return None
    return request


@register.simple_tag(takes_context=True)
def news_article_json_ld(context, page, projects):
    """{% news_article_json_ld page projects %}: the news item as a schema.org NewsArticle."""
    request = _public_request(context)
    if request is None:
        return ""
    root_url = seo.site_root_url(request)
    data = structured_data.news_article_data(
        page,
        canonical=seo.canonical_url(request),
        root_url=root_url,
        organisation=OrganisationSettings.load(request_or_site=request),
        projects=projects,
    )
    return seo.json_ld(data)


@register.simple_tag(takes_context=True)
def project_json_ld(context, page, partner_links):
    """{% project_json_ld page project_partners %}: the project as a schema.org Project."""
    request = _public_request(context)
    if request is None:
        return ""
    data = structured_data.project_data(
        page,
        canonical=seo.canonical_url(request),
        partners=[link.partner for link in partner_links],
    )
    return seo.json_ld(data)


@register.simple_tag(takes_context=True)
def share_image_url(context, image):
    """{% share_image_url image as url %}: an absolute URL for og:image, or "" without one."""
    request = context.get("request")
    if request is None:
        return ""
    return seo.share_image_url(image, seo.site_root_url(request)) or ""
