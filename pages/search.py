"""Site search at /paieska/: agreements, partners, projects, news, pages and public documents,
each kind under its own heading, and the type-ahead of partner and project names at
/paieska/pasiulymai/.

Words are matched by vvg_site.textsearch (Lithuanian stems, diacritics optional, every word
must match; under /en/search/ English stems too), the same on SQLite and PostgreSQL;
visibility (live, public, this site, the reader's language) is asked of each kind's QuerySet.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Window
from django.http import JsonResponse, QueryDict
from django.shortcuts import render
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from wagtail.models import Page

from pages.models import NewsPage, ProjectPage, PublicDocument
from partnerships.listing import Permalinks, load_rows, prepare
from partnerships.models import (
    HOME_COUNTRY,
    Partner,
    Partnership,
    PartnershipIndexPage,
    PartnershipPartner,
)
from vvg_site.core.languages import current_language
from vvg_site.core.pagetree import page_tree, public
from vvg_site.textsearch.query import matching, starting_like, with_rank
from vvg_site.textsearch.registry import TITLE

# Longer text is cut (and the visitor told so): a search box needs a few words, not an essay.
MAX_QUERY_LENGTH = 100
PREVIEW_SIZE = 5
PAGE_SIZE = 20
# Type-ahead: names offered while typing (partners, then projects), and the letters typed
# before any is offered.
PARTNER_SUGGESTIONS, PROJECT_SUGGESTIONS = 5, 3
SUGGEST_AFTER = 2


def clean_query(raw):
    """The words of a query, lowercased, and whether it was cut to MAX_QUERY_LENGTH."""
    text = " ".join(str(raw).split())
    truncated = len(text) > MAX_QUERY_LENGTH
    text = text[:MAX_QUERY_LENGTH]
    return " ".join(re.findall(r"\w+", text.lower())), truncated


# --- what each kind shows: only what a visitor may see ---------------------------------------


def _site_pages(request, model, shown):
    """Live, public pages of this site in the reader's language, with the fields a result
    `shown`: the English tree is a translation of the Lithuanian home, a sibling of it under
    the root. The site, its home page, the language's locale and the view restrictions come
    from the page tree (vvg_site.core.pagetree)."""
    tree = page_tree(request)
    home = tree.home(request)
    pages = model.objects.live().filter(locale_id=tree.locale_ids.get(current_language()))
    pages = public(pages, request).only("id", "title", "url_path", *shown)
    if home is None:
        return pages.filter(depth__gt=1)
    return pages.descendant_of(home, inclusive=True)


def visible_agreements(request):
    return Partnership.objects.live()


def visible_partners(request):
    """Partners shown once they are party to a published agreement."""
    live_links = PartnershipPartner.objects.filter(partner=OuterRef("pk"), partnership__live=True)
    return Partner.objects.filter(Exists(live_links))


def visible_projects(request):
    return _site_pages(request, ProjectPage, ["summary"])


def visible_news(request):
    return _site_pages(request, NewsPage, ["date", "lead"])


def visible_pages(request):
    # As base pages: a result shows the title, the search description and the address.
    return _site_pages(request, Page, ["search_description"]).not_type(ProjectPage, NewsPage)


def visible_documents(request):
    """Documents whose file anybody may open (pages.models.documents)."""
    return PublicDocument.objects.public().for_listing()


@dataclass(frozen=True)
class Kind:
    key: str  # also the value of the `rusis` parameter
    heading: str
    visible: object  # request -> QuerySet
    order: tuple  # after relevance
    route: str | None = None  # permalink route under the cooperation page

    def results(self, request, query):
        return with_rank(self.visible(request), query).order_by("-search_rank", *self.order)


# The kinds in the order they are shown.
KINDS = [
    Kind("sutartys", _("Sutartys"), visible_agreements, ("-signed_on", "pk"), "agreement"),
    Kind("partneriai", _("Partneriai"), visible_partners, ("name", "pk"), "partner"),
    Kind("projektai", _("Projektai"), visible_projects, ("title", "pk")),
    Kind("naujienos", _("Naujienos"), visible_news, ("-date", "-pk")),
    Kind("puslapiai", _("Puslapiai"), visible_pages, ("path",)),
    Kind("dokumentai", _("Dokumentai"), visible_documents, ("-date", "-pk")),
]
KIND_KEYS = {kind.key for kind in KINDS}


@dataclass
class ResultGroup:
    """One kind of result under its heading: how many there are, and those shown here."""

    kind: str
    heading: str
    count: int
    items: list
    page_obj: object = None  # set when this kind alone is listed, page by page
    page_range: object = None


def grouped_results(request, query, only_kind, page_number):
    """Every kind's count and first few results (one query each: the count is a window over
    the same rows), or one kind's full, paginated list."""
    groups = []
    for kind in KINDS:
        if only_kind and kind.key != only_kind:
            continue
        results = kind.results(request, query)
        if kind.key == "sutartys":
            results = results.values_list("pk", flat=True)  # loaded below with their partners
        if only_kind:
            page_obj = Paginator(results, PAGE_SIZE).get_page(page_number)
            group = ResultGroup(
                kind.key,
                kind.heading,
                page_obj.paginator.count,
                list(page_obj),
                page_obj=page_obj,
                page_range=page_obj.paginator.get_elided_page_range(page_obj.number),
            )
        else:
            counted = results.annotate(total=Window(Count("pk")))[:PREVIEW_SIZE]
            if kind.key == "sutartys":
                found = list(counted.values_list("pk", "total"))
                items, total = [pk for pk, _total in found], found[0][1] if found else 0
            else:
                items = list(counted)
                total = items[0].total if items else 0
            group = ResultGroup(kind.key, kind.heading, total, items)
        if kind.key == "sutartys":
            group.items = found_agreements(group.items, request)
        elif kind.route:
            PartnershipIndexPage.with_permalinks(group.items, kind.route, request=request)
        groups.append(group)
    return groups


def found_agreements(ids, request):
    """The agreements found (by id, in their order) with their partners and permalinks, in a
    fixed number of queries whatever their number."""
    found = Partnership.objects.filter(pk__in=ids)
    rows = {row.pk: row for row in load_rows(found, countries=False, request=request)}
    return prepare([rows[pk].agreement for pk in ids if pk in rows], request)


def suggestions(request, query):
    """When nothing is found: partners and projects whose names begin like the query."""
    partners = list(
        starting_like(visible_partners(request), query, weight=TITLE).order_by("name")[:5]
    )
    PartnershipIndexPage.with_permalinks(partners, "partner", request=request)
    projects = list(
        starting_like(visible_projects(request), query, weight=TITLE).order_by("title")[:5]
    )
    return {"partners": partners, "projects": projects}


@require_safe
def search(request):
    query, truncated = clean_query(request.GET.get("q", ""))
    only_kind = request.GET.get("rusis", "")
    if only_kind not in KIND_KEYS:
        only_kind = ""
    groups = grouped_results(request, query, only_kind, request.GET.get("page")) if query else []
    total = sum(group.count for group in groups)
    clean = QueryDict(mutable=True)
    clean.update({"q": query, **({"rusis": only_kind} if only_kind else {})})
    context = {
        "query": query,
        "clean_query": clean,
        "truncated": truncated,
        "max_query_length": MAX_QUERY_LENGTH,
        "only_kind": only_kind,
        "groups": groups,
        "total": total,
        "suggestions": suggestions(request, query) if query and not total else None,
        "cooperation_url": Permalinks.of(None, request).listing,
    }
    return render(request, "pages/search.html", context)


def suggestions_status(count):
    """What the type-ahead's status region says when its list changes: how many names, in the
    page's language and plural forms (static/js/suggest.js has no catalogue of its own)."""
    if not count:
        return gettext("Pasiūlymų nėra.")
    how_many = ngettext("Rastas %(count)d pasiūlymas.", "Rasta pasiūlymų: %(count)d.", count)
    how_to_choose = gettext("Pasirinkti galima rodyklėmis aukštyn ir žemyn.")
    return f"{how_many % {'count': count}} {how_to_choose}"


@require_safe
def suggest(request):
    """Partner and project names that the typed words begin, as JSON for the search boxes'
    type-ahead: {"suggestions": [{"name", "kind", "url", "lang"}], "status"}, `lang` naming the
    language of a name written in another than the page's, `status` the sentence a screen reader
    announces. Any input gets a 200."""
    query, _truncated = clean_query(request.GET.get("q", ""))
    if len(query.replace(" ", "")) < SUGGEST_AFTER:
        return JsonResponse({"suggestions": [], "status": ""})
    partners = matching(visible_partners(request), query, min_weight=TITLE).order_by("name")
    partners = PartnershipIndexPage.with_permalinks(
        partners[:PARTNER_SUGGESTIONS], "partner", request=request
    )
    projects = matching(visible_projects(request), query, min_weight=TITLE).order_by("title")
    # A Lithuanian organisation's name stays Lithuanian on the English pages (partner_name).
    lithuanian = settings.LANGUAGE_CODE if current_language() != settings.LANGUAGE_CODE else ""
    found = [
        {
            "name": partner.name,
            "kind": str(_("partneris")),
            "url": partner.permalink,
            "lang": lithuanian if partner.country.code == HOME_COUNTRY else "",
        }
        for partner in partners
    ] + [
        {
            "name": project.title,
            "kind": str(_("projektas")),
            "url": project.get_url(request),
            "lang": "",
        }
        for project in projects[:PROJECT_SUGGESTIONS]
    ]
    return JsonResponse({"suggestions": found, "status": suggestions_status(len(found))})
