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
from django.db.models import Exists, OuterRef, Value, Window
from django.db.models.functions import RowNumber
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
from vvg_site.core.dates import PartialDate
from vvg_site.core.languages import current_language
from vvg_site.core.pagetree import page_tree, public
from vvg_site.sitecache.generation import memoized
from vvg_site.textsearch.query import matching, ranked, starting_like
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


def load_agreements(ids, request):
    """The agreements found (by id, in their order) with their partners and permalinks, in a
    fixed number of queries whatever their number."""
    rows = load_rows(Partnership.objects.filter(pk__in=ids), countries=False, request=request)
    return prepare([row.agreement for row in in_order(rows, ids)], request)


def load_partners(ids, request):
    return PartnershipIndexPage.with_permalinks(
        in_order(Partner.objects.filter(pk__in=ids), ids), "partner", request=request
    )


def load_documents(ids, request):
    return in_order(PublicDocument.objects.filter(pk__in=ids).for_listing(), ids)


# What a result shows of a page besides its title and address, by the model it is shown as
# (other page types as base pages: their search description).
PAGE_FIELDS = {ProjectPage: ("summary",), NewsPage: ("date", "lead"), Page: ("search_description",)}


@dataclass
class PageResult:
    """A page as a result shows it: its address from the page tree (kept for the content
    generation), the rest as read; no Page instance, which costs more to make than to show."""

    pk: int
    slug: str
    title: str
    url: str
    language: str
    summary: str = ""  # a project's
    date: object = None  # a news item's
    lead: str = ""  # a news item's
    search_description: str = ""  # another page's

    def __str__(self):
        return self.title

    @property
    def date_display(self):
        return PartialDate(self.date).display()


def load_pages(shown, request):
    """{id: PageResult} of the pages shown ({model: ids}), of every page kind in one query."""
    ids = {pk: model for model, model_ids in shown.items() for pk in model_ids}
    if not ids:
        return {}
    # Page's own fields, then each model's through its table's link to Page ("newspage__lead").
    columns = [
        (model, name, name if model is Page else f"{model._meta.model_name}__{name}")
        for model, names in PAGE_FIELDS.items()
        for name in names
    ]
    rows = Page.objects.filter(pk__in=ids).values_list(
        "id", "slug", "title", *(column for _model, _name, column in columns)
    )
    tree = page_tree(request)
    pages = {}
    for pk, slug, title, *values in rows:
        entry = tree.get(pk)
        if entry is None:
            continue  # published since this request's generation began: shown from the next
        fields = {
            name: value
            for (owner, name, _column), value in zip(columns, values, strict=True)
            if owner is ids[pk]
        }
        url = tree.url(entry, request)
        pages[pk] = PageResult(pk, slug, title, url, entry.language, **fields)
    return pages


def in_order(records, ids):
    by_id = {record.pk: record for record in records}
    return [by_id[pk] for pk in ids if pk in by_id]


@dataclass(frozen=True)
class Kind:
    key: str  # also the value of the `rusis` parameter
    heading: str
    model: type  # whose index rows are searched
    visible: object  # request -> QuerySet of what a reader may see
    order: tuple  # after relevance
    load: object = None  # (ids, request) -> the records as a result shows them; pages: None

    def visible_in_order(self, request, tag):
        """(tag, id, position) of each record a reader may see, in the kind's order."""
        position = Window(RowNumber(), order_by=list(self.order))
        visible = self.visible(request).order_by()
        return visible.annotate(search_kind=Value(tag), search_position=position).values_list(
            "search_kind", "pk", "search_position"
        )

    def found(self, ranks, visible):
        """The ids of the visible records found, by rank, then in the kind's order; every
        visible record when the query had no word to search by (`ranks` is None)."""
        if ranks is None:
            return sorted(visible, key=visible.get)
        found = [pk for pk in ranks if pk in visible]
        return sorted(found, key=lambda pk: (-ranks[pk], visible[pk]))


def visible_orders(request):
    """{kind: {id: position}}: the records of every kind a reader of this site and language may
    see, in each kind's order. One query, once per content generation (every publish,
    unpublish, move, view restriction, rename or deletion starts a new one), not per search."""
    site = page_tree(request).site_for(request)
    key = ("search-visible", current_language(), site.pk if site else None)

    def read():
        parts = [kind.visible_in_order(request, tag) for tag, kind in enumerate(KINDS)]
        orders = {kind.key: {} for kind in KINDS}
        for tag, pk, position in parts[0].union(*parts[1:], all=True):
            orders[KINDS[tag].key][pk] = position
        return orders

    return memoized(request, key, read)


# The kinds in the order they are shown; pages are loaded together (load_pages).
KINDS = [
    Kind("sutartys", _("Sutartys"), Partnership, visible_agreements, ("-signed_on", "pk"),
         load_agreements),
    Kind("partneriai", _("Partneriai"), Partner, visible_partners, ("name", "pk"), load_partners),
    Kind("projektai", _("Projektai"), ProjectPage, visible_projects, ("title", "pk")),
    Kind("naujienos", _("Naujienos"), NewsPage, visible_news, ("-date", "-pk")),
    Kind("puslapiai", _("Puslapiai"), Page, visible_pages, ("path",)),
    Kind("dokumentai", _("Dokumentai"), PublicDocument, visible_documents, ("-date", "-pk"),
         load_documents),
]  # fmt: skip
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
    """Every kind's count and first few results, or one kind's full, paginated list: one query
    on the search index for every kind (textsearch.query.ranked), then one for each kind of
    record shown (one for all pages)."""
    kinds = [kind for kind in KINDS if not only_kind or kind.key == only_kind]
    groups = []
    for kind, ranks in zip(kinds, ranked([kind.model for kind in kinds], query), strict=True):
        found = kind.found(ranks, visible_orders(request)[kind.key]) if ranks != {} else []
        group = ResultGroup(kind.key, kind.heading, len(found), found[:PREVIEW_SIZE])
        if only_kind:
            group.page_obj = Paginator(found, PAGE_SIZE).get_page(page_number)
            group.page_range = group.page_obj.paginator.get_elided_page_range(group.page_obj.number)
            group.items = list(group.page_obj)
        groups.append((kind, group))
    shown = {kind.model: group.items for kind, group in groups if kind.load is None}
    pages = load_pages(shown, request)
    for kind, group in groups:
        if kind.load is None:
            group.items = [pages[pk] for pk in group.items if pk in pages]
        elif group.items:
            group.items = kind.load(group.items, request)
    return [group for _kind, group in groups]


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
