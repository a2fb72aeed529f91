from django import template

from wagtail.models import Page, Site

from pages import alternates

register = template.Library()


@register.simple_tag(takes_context=True)
def site_root(context):
    """The home page of the site serving this request, in the reader's language (None on a bare
    error page)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return site.root_page.localized.specific if site else None


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
    items = root.get_children().live().public().in_menu() if root else Page.objects.none()
    return {"items": items, "root": root, "current": current, "request": context.get("request")}


@register.inclusion_tag("includes/breadcrumbs.html")
def breadcrumbs(page):
    """The trail from the home page down to (not including) the current page."""
    ancestors = page.get_ancestors().filter(depth__gt=1) if page else []
    return {"ancestors": ancestors, "page": page}
