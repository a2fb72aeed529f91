"""The public pages behind the routes of PartnershipIndexPage ("Bendradarbiavimas"): the listing,
one agreement's permalink and one partner's history. Open data and the feed are in exports.py.

Each function takes the index page in hand, so no view looks it up again (and passes it on to
`with_permalinks`).
"""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from partnerships import listing
from partnerships.filters import PartnershipFilterSet
from partnerships.models.agreements import Partnership
from partnerships.models.vocabulary import Partner, Scope
from partnerships.status_choice import status_choice
from partnerships.timeline import agreement_timeline
from vvg_site.core.filtering import QUERY_MAX_LENGTH
from vvg_site.core.pagination import paginate

PER_PAGE = 20
# Year marks offered as one-click "international since ..." links.
QUICK_YEAR_STEP = 5


# --- the listing ---------------------------------------------------------------------------------


def filter_form(filterset):
    """The form as the template draws it: the text, each <select>'s options with counts."""
    applied = filterset.applied_query()
    return {
        "q": applied.get("q", ""),
        "q_max_length": QUERY_MAX_LENGTH,
        "fields": filterset.options(
            "year", "from", "to", "type", "partner", "country", "project", "scope", "status"
        ),
        "labels": filterset.labels,
        "scope_all_selected": "scope" not in applied,
    }


def active_filters(filterset):
    """The active filters in words, each with the URL of this view without it."""
    query = filterset.applied_query()
    active = []
    for name, label, text in filterset.describe():
        without = query.copy()
        del without[name]
        active.append(
            {
                "name": name,
                "label": label,
                "text": text,
                "remove_url": "?" + without.urlencode() if without else "",
            }
        )
    return active


def year_chart(year_options):
    """Agreements per year as bars of an inline SVG, years without agreements included.

    Geometry is computed here so the template only draws; the viewBox scales it to any width.
    """
    counts = {option.value: option.count for option in year_options}
    if not counts:
        return None
    first, last = min(counts), max(counts)
    highest = max(counts.values())
    bar_width, gap, plot_height, label_space = 20, 6, 100, 18
    bars = []
    for i, year in enumerate(range(first, last + 1)):
        count = counts.get(year, 0)
        height = round(plot_height * count / highest) if count else 0
        x = i * (bar_width + gap)
        bars.append(
            {
                "year": year,
                "count": count,
                "x": x,
                "y": plot_height - height,
                "height": height,
                "label_x": x + bar_width // 2,
                # Every other year on the axis, counted back from the last (always labelled):
                # two neighbours' labels overlap ("20212022") at any width.
                "show_year": (last - year) % 2 == 0,
                "count_y": plot_height - height - 3,
            }
        )
    width = len(bars) * (bar_width + gap) - gap
    return {
        "bars": bars,
        "bar_width": bar_width,
        "width": width,
        "height": plot_height + label_space,
        "plot_height": plot_height,
        "axis_y": plot_height + 13,
        "first": first,
        "last": last,
        "total": sum(counts.values()),
    }


def quick_links(filterset):
    """One-click answers to the common questions, e.g. "international agreements since 2015"."""
    years = [option.value for option in filterset.facets["year"]]
    scopes = {option.value: option.count for option in filterset.facets["scope"]}
    links = []
    if scopes.get(Scope.INTERNATIONAL):
        links.append({"text": _("Visos tarptautinės sutartys"), "query": "?scope=international"})
        if years:
            marks = range(max(years) - max(years) % QUICK_YEAR_STEP, min(years), -QUICK_YEAR_STEP)
            for mark in list(marks)[:3]:
                links.append(
                    {
                        "text": _("Tarptautinės nuo %(year)s m.") % {"year": mark},
                        "query": f"?scope=international&from={mark}",
                    }
                )
    if scopes.get(Scope.NATIONAL):
        links.append({"text": _("Sutartys su Lietuvos partneriais"), "query": "?scope=national"})
    return links


def listing_context(index_page, request):
    filterset = PartnershipFilterSet(request.GET, request=request)
    # Unfiltered, the list is every live agreement, which the facets have counted already.
    count = None if filterset.applied else filterset.facets.total()
    page_obj, page_note = paginate(
        filterset.listing(), request.GET.getlist("page"), PER_PAGE, count=count
    )
    notes = filterset.notes() + ([page_note] if page_note else [])
    rows = listing.draw_cards(
        listing.load_rows(page_obj.object_list, request=request), request, index_page, heading="h4"
    )
    return {
        "filterset": filterset,
        "form": filter_form(filterset),
        "active_filters": active_filters(filterset),
        "clean_query": filterset.applied_query(),
        "notes": notes,
        "page_obj": page_obj,
        "partnerships": rows,
        "result_count": page_obj.paginator.count,
        "chart": year_chart(filterset.facets["year"]),
        "countries": filterset.facets["country"],
        "quick_links": quick_links(filterset),
        "page_range": page_obj.paginator.get_elided_page_range(page_obj.number, on_ends=1),
        "listing_url": listing.Permalinks.of(index_page, request).listing,
    }


# --- one agreement, one partner -----------------------------------------------------------------


def agreement_detail(index_page, request, slug):
    row = listing.live_agreement(slug, request)
    if row is None:
        raise Http404
    listing.draw_cards([row], request, index_page)
    partnership = listing.prepare([row.agreement], request, index_page)[0]
    return TemplateResponse(
        request,
        "partnerships/partnership_detail.html",
        {
            **index_page.get_context(request),
            "partnership": partnership,
            "card": row.card,
            "timeline": agreement_timeline(partnership, index_page=index_page, request=request),
        },
    )


def partner_detail(index_page, request, slug):
    """A partner's history with the organisation, as Kohesio shows a beneficiary's."""
    partner = get_object_or_404(Partner, slug=slug)
    rows = listing.load_rows(
        Partnership.objects.live().with_partner(slug).newest_first(), request=request
    )
    if not rows:
        # A partner of drafts only is not public yet.
        raise Http404(_("Šis partneris dar neturi paskelbtų sutarčių."))
    chosen = status_choice(request, rows)
    listing.draw_cards(chosen["agreements"], request, index_page, heading="h3")
    years = [row.signed_on.year for row in rows]
    return TemplateResponse(
        request,
        "partnerships/partner_detail.html",
        {
            **index_page.get_context(request),
            "partner": partner,
            "partnerships": chosen["agreements"],
            "status_choice": chosen,
            "first_year": min(years),
            "last_year": max(years),
            "agreement_count": len(rows),
            "projects": listing.live_projects(rows, request),
            "listing_url": listing.Permalinks.of(index_page, request).listing,
        },
    )
