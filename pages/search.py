"""Site search at /paieska/: pages, agreements and partners, each kind under its own heading.

The database search backend runs PostgreSQL full-text search with the Lithuanian stemmer when
the site runs on PostgreSQL (see WAGTAILSEARCH_BACKENDS), and SQLite's FTS otherwise.
"""

import re
from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db import DatabaseError, transaction
from django.db.models import Exists, OuterRef
from django.http import QueryDict
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from wagtail.models import Page, Site
from wagtail.search.backends import get_search_backend

from partnerships.models import Partner, Partnership, PartnershipIndexPage, PartnershipPartner

# Longer text is cut (and the visitor told so): a search box needs a few words, not an essay.
MAX_QUERY_LENGTH = 100
PREVIEW_SIZE = 5
PAGE_SIZE = 20
# Partners are searched first and filtered after; the organisation has dozens, not thousands.
MAX_PARTNER_HITS = 500


def clean_query(raw):
    """The words of a query, lowercased, and whether it was cut to MAX_QUERY_LENGTH.

    Only word characters survive: quotes, brackets and upper-case AND/OR/NOT are query syntax
    to SQLite's full-text search and would otherwise make it fail.
    """
    text = " ".join(raw.split())
    truncated = len(text) > MAX_QUERY_LENGTH
    text = text[:MAX_QUERY_LENGTH]
    return " ".join(re.findall(r"\w+", text.lower())), truncated


def page_results(query, request):
    """Live, public pages of this site (not the tree's bare root, nor another site's pages)."""
    site = Site.find_for_request(request)
    pages = Page.objects.live().public()
    pages = pages.in_site(site) if site else pages.filter(depth__gt=1)
    return get_search_backend().search(query, pages.specific())


def agreement_results(query, request):
    return get_search_backend().search(query, Partnership.objects.live())


def partner_results(query, request):
    """Partners the words match, shown only once they are party to a published agreement."""
    matched = get_search_backend().search(query, Partner.objects.all())[:MAX_PARTNER_HITS]
    named_in_live_agreement = PartnershipPartner.objects.filter(
        partner=OuterRef("pk"), partnership__live=True
    )
    return Partner.objects.filter(pk__in=[partner.pk for partner in matched]).filter(
        Exists(named_in_live_agreement)
    )


@dataclass
class ResultGroup:
    """One kind of result under its heading: how many there are, and those shown here."""

    kind: str
    heading: str
    count: int
    items: list
    page_obj: object = None  # set when this kind alone is listed, page by page
    page_range: object = None


# The kinds in the order they are shown; `kind` is also the value of the `rusis` parameter.
# Agreements and partners link to their permalinks under the cooperation page.
KINDS = [
    ("puslapiai", _("Puslapiai"), page_results, None),
    ("sutartys", _("Sutartys"), agreement_results, "agreement"),
    ("partneriai", _("Partneriai"), partner_results, "partner"),
]


def grouped_results(request, query, only_kind, page_number):
    """Every kind's count and first few results, or one kind's full, paginated list."""
    groups = []
    index_page = PartnershipIndexPage.find_live()
    for kind, heading, find, route_name in KINDS:
        if only_kind and kind != only_kind:
            continue
        results = find(query, request)
        if only_kind:
            page_obj = Paginator(results, PAGE_SIZE).get_page(page_number)
            group = ResultGroup(
                kind,
                heading,
                page_obj.paginator.count,
                list(page_obj),
                page_obj=page_obj,
                page_range=page_obj.paginator.get_elided_page_range(page_obj.number),
            )
        else:
            group = ResultGroup(kind, heading, results.count(), list(results[:PREVIEW_SIZE]))
        if route_name:
            PartnershipIndexPage.with_permalinks(
                group.items, route_name, index_page=index_page, request=request
            )
        groups.append(group)
    return groups


@require_safe
def search(request):
    query, truncated = clean_query(request.GET.get("q", ""))
    only_kind = request.GET.get("rusis", "")
    if only_kind not in {kind for kind, *_rest in KINDS}:
        only_kind = ""
    groups, failed = [], False
    if query:
        try:
            # A savepoint, so a failed search leaves PostgreSQL's transaction usable.
            with transaction.atomic():
                groups = grouped_results(request, query, only_kind, request.GET.get("page"))
        except DatabaseError:
            failed = True
    clean = QueryDict(mutable=True)
    clean.update({"q": query, **({"rusis": only_kind} if only_kind else {})})
    context = {
        "query": query,
        "clean_query": clean,
        "truncated": truncated,
        "max_query_length": MAX_QUERY_LENGTH,
        "only_kind": only_kind,
        "groups": groups,
        "total": sum(group.count for group in groups),
        "failed": failed,
    }
    return render(request, "pages/search.html", context)
