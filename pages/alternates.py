"""The same address in the other language: the language switcher, hreflang links, the sitemap.

A page's alternate is its live translation; under a routable page (an agreement's permalink, a
partner page) the same route of the translation, its path in that language (partneriai/ ->
partners/). A page without a live translation leads to that language's home page, and says so.
Views outside the page tree (search) have translated paths: Django's translate_url().
Translations and URLs come from the generation's page tree (vvg_site.core.pagetree): no query.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.encoding import iri_to_uri

from vvg_site.core.languages import current_language
from vvg_site.core.pagetree import page_tree
from vvg_site.core.seo import absolute_url, site_root_url

# Each language is offered in its own words.
LANGUAGE_NAMES = {"lt": "Lietuviškai", "en": "English"}


@dataclass(frozen=True)
class Alternate:
    language: str
    url: str
    is_translation: bool

    @property
    def name(self):
        return LANGUAGE_NAMES.get(self.language, self.language)


def route_of(request):
    """(route name, args, kwargs) of the routable page's sub-route serving this request."""
    match = getattr(request, "routable_resolver_match", None)
    if match is None or match.url_name in (None, "listing"):
        return None
    return match.url_name, match.args, match.kwargs


def home_url(language, request):
    """The language's home page, or its bare prefix before the home page is translated."""
    tree = page_tree(request)
    site = tree.site_for(request)
    url = tree.translation_url(tree.get(site.root_page_id), language, request) if site else None
    if url is None:
        with translation.override(language):
            url = reverse("wagtail_serve", args=[""])
    return url


def alternates(request, page=None, *, with_query=False):
    """Every language's address of what the request shows, the current language first (worked
    out once per request: the switcher and the hreflang links both ask)."""
    key = (getattr(page, "pk", None), current_language())
    memo = request.__dict__.setdefault("_language_alternates", {})
    if key not in memo:
        memo[key] = _alternates(request, page)
    query = request.META.get("QUERY_STRING", "") if with_query else ""
    if not query:
        return memo[key]
    return [
        Alternate(a.language, f"{a.url}?{query}", True) if a.is_translation else a
        for a in memo[key]
    ]


def _alternates(request, page):
    current = current_language()
    tree = page_tree(request)
    entry = tree.get(page.pk) if page is not None and page.pk else None
    route = route_of(request) if page is not None else None
    result = []
    for language, _name in settings.LANGUAGES:
        if page is not None:
            url = tree.translation_url(entry, language, request, route) if entry else None
        elif request.resolver_match is not None and request.resolver_match.url_name == "search":
            url = translate_url(request.path, language)
        else:
            url = None
        is_translation = url is not None
        if url is None:
            url = home_url(language, request)
        result.append(Alternate(language, url, is_translation))
    result.sort(key=lambda alternate: alternate.language != current)
    return result


def hreflang_links(request, page=None):
    """[(hreflang, absolute URL)] for <link rel="alternate">: only real translations, and
    x-default (the Lithuanian address) when there is more than one."""
    root = site_root_url(request)
    found = [a for a in alternates(request, page) if a.is_translation]
    if len(found) < 2:
        return []
    links = [(a.language, absolute_url(root, iri_to_uri(a.url))) for a in found]
    default = next(url for language, url in links if language == settings.LANGUAGE_CODE)
    return [*sorted(links), ("x-default", default)]
