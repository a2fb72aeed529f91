"""{% load navigation_tags %}: the header, the breadcrumbs and the language switcher, answered
from the generation's page tree (vvg_site.core.pagetree) without a query."""

from django import template
from django.template.loader import render_to_string

from wagtail.models import Page

from pages import alternates
from pages.models import OrganisationSettings
from vvg_site.core.languages import current_language
from vvg_site.core.pagetree import PageLink, page_tree
from vvg_site.sitecache.generation import memoized

register = template.Library()


def page_link(tree, entry, request):
    return PageLink(entry.id, tree.url(entry, request), entry.title, entry.path)


@register.simple_tag(takes_context=True)
def site_root(context):
    """The home page of the site serving this request, in the reader's language (None on a bare
    error page)."""
    request = context.get("request")
    if request is None:
        return None
    tree = page_tree(request)
    home = tree.home(request)
    return page_link(tree, home, request) if home else None


def _page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to what this request shows in the other languages (or to their home page)."""
    request = context.get("request")
    if request is None:
        return {"others": []}
    found = alternates.alternates(request, _page(context), with_query=True)
    return {"others": found[1:]}


@register.simple_tag(takes_context=True)
def hreflang_links(context):
    request = context.get("request")
    return alternates.hreflang_links(request, _page(context)) if request else []


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context, root, current=None):
    """The header navigation: the home page's live children marked "show in menus"."""
    request = context.get("request")
    items = []
    if root is not None and request is not None:
        tree = page_tree(request)
        items = [page_link(tree, entry, request) for entry in tree.menu(tree.get(root.pk))]
    if not isinstance(current, Page):
        current = None
    current_path = current.path if current is not None else ""
    return {
        "items": [
            (
                item,
                current is not None and current.pk == item.pk,
                current_path.startswith(item.path),
            )
            for item in items
        ]
    }


@register.simple_tag(takes_context=True)
def page_trail(context, page):
    """{% page_trail page as trail %}: links from the home page down to the page itself, for
    breadcrumbs. The page's own title is the one this request shows (an edited title in a
    preview)."""
    request = context.get("request")
    if page is None or request is None:
        return []
    tree = page_tree(request)
    entry = tree.get(page.pk)
    if entry is None:  # a page the tree does not hold yet (a new one in preview)
        return [PageLink(page.pk, page.get_url(request), page.title)]
    trail = [page_link(tree, a, request) for a in tree.ancestors(entry) if a.depth > 1]
    return [*trail, PageLink(page.pk, tree.url(entry, request), page.title)]


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer: the organisation's details and funding, the same on every page of a language,
    so drawn once per content generation and language."""
    request = context.get("request")
    language = current_language()

    def draw():
        organisation = OrganisationSettings.load(request_or_site=request)
        return render_to_string(
            "includes/footer.html", {"org": organisation, "LANGUAGE_CODE": language}
        )

    return memoized(request, ("footer", language), draw) if request is not None else draw()
