"""The public views behind the routes of PartnershipIndexPage ("Bendradarbiavimas").

The page model only declares the routes; the work is here, in small functions, so the listing, the
exports and the feed share one FilterSet and say the same thing about the same agreements.
"""

import csv
import html

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from pages.pagination import paginate
from partnerships.filters import QUERY_MAX_LENGTH, PartnershipFilterSet, Scope
from partnerships.models import Partner, Partnership

PER_PAGE = 20
FEED_LENGTH = 30
# Year marks offered as one-click "international since ..." links.
QUICK_YEAR_STEP = 5


def subpage_path(index_page, request, route_name, *args):
    """A sub-route's URL from the index page already in hand: no query, unlike subpage_url()."""
    return index_page.get_url(request) + index_page.reverse_subpage(route_name, args=args)


# --- the listing ---------------------------------------------------------------------------------


def select_options(options, current):
    return [
        {
            "value": str(option.value),
            "text": f"{option.label} ({option.count})",
            "selected": str(option.value) == current,
        }
        for option in options
    ]


def year_range_options(years, current):
    """Every year from the first agreement to the last (a range may start in a quiet year)."""
    counts = {option.value: option.count for option in years}
    span = set(range(min(counts), max(counts) + 1)) if counts else set()
    if current:
        span.add(int(current))  # keep a valid year outside the record selected
    return [
        {
            "value": str(year),
            "text": f"{year} ({counts.get(year, 0)})",
            "selected": str(year) == current,
        }
        for year in sorted(span, reverse=True)
    ]


def filter_form(filterset):
    """The form's fields as the template draws them: each option with its count."""
    applied = {name: str(value) for name, value in filterset.applied.items()}
    facets = filterset.facets
    fields = {"year": select_options(facets["year"], applied.get("year", ""))}
    for name in ("from", "to"):
        fields[name] = year_range_options(facets["year"], applied.get(name, ""))
    for name in ("type", "partner", "country", "project", "scope"):
        fields[name] = select_options(facets[name], applied.get(name, ""))
    return {
        "q": applied.get("q", ""),
        "q_max_length": QUERY_MAX_LENGTH,
        "fields": fields,
        "labels": {name: filterset.filters[name].label for name in filterset.filters},
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
                # Label every other year on the axis to stay legible at 320px.
                "show_year": (year - first) % 2 == 0 or year == last,
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
    filterset = PartnershipFilterSet(request.GET)
    page_obj, page_note = paginate(filterset.listing(), request.GET.getlist("page"), PER_PAGE)
    notes = []
    if filterset.query_truncated:
        notes.append(
            _("Paieškos tekstas per ilgas: ieškota tik pagal pirmuosius %(n)s simbolių.")
            % {"n": QUERY_MAX_LENGTH}
        )
    for label in filterset.ignored:
        notes.append(
            _("Filtras „%(label)s“ nepritaikytas: jo reikšmė netinkama arba nežinoma.")
            % {"label": label}
        )
    if page_note:
        notes.append(page_note)
    return {
        "filterset": filterset,
        "form": filter_form(filterset),
        "active_filters": active_filters(filterset),
        "clean_query": filterset.applied_query(),
        "notes": notes,
        "page_obj": page_obj,
        "partnerships": list(page_obj.object_list),
        "result_count": page_obj.paginator.count,
        "chart": year_chart(filterset.facets["year"]),
        "countries": filterset.facets["country"],
        "quick_links": quick_links(filterset),
        "page_range": page_obj.paginator.get_elided_page_range(page_obj.number, on_ends=1),
    }


# --- one agreement, one partner -----------------------------------------------------------------


def agreement_detail(index_page, request, slug):
    partnership = get_object_or_404(Partnership.objects.live().for_listing(), slug=slug)
    return TemplateResponse(
        request,
        "partnerships/partnership_detail.html",
        {**index_page.get_context(request), "partnership": partnership},
    )


def partner_detail(index_page, request, slug):
    """A partner's history with the organisation, as Kohesio shows a beneficiary's."""
    partner = get_object_or_404(Partner, slug=slug)
    agreements = list(Partnership.objects.live().with_partner(slug).for_listing().newest_first())
    if not agreements:
        # A partner of drafts only is not public yet.
        raise Http404(_("Šis partneris dar neturi paskelbtų sutarčių."))
    years = [a.signed_on.year for a in agreements]
    projects = []
    for agreement in agreements:
        if agreement.project and agreement.project.live and agreement.project not in projects:
            projects.append(agreement.project)
    return TemplateResponse(
        request,
        "partnerships/partner_detail.html",
        {
            **index_page.get_context(request),
            "partner": partner,
            "partnerships": agreements,
            "first_year": min(years),
            "last_year": max(years),
            "agreement_count": len(agreements),
            "projects": projects,
        },
    )


# --- open data ------------------------------------------------------------------------------------


def plain_text(rich_text):
    return " ".join(html.unescape(strip_tags(rich_text or "")).split())


def as_record(index_page, request, partnership):
    return {
        "date": partnership.signed.iso(),
        "date_display": partnership.signed.display(),
        "type": partnership.agreement_type.name,
        "title": partnership.title,
        "partners": [
            {"name": p.name, "country": p.country.code, "kind": p.get_kind_display()}
            for p in partnership.partners
        ],
        "project": partnership.project.title if partnership.project else None,
        "summary": plain_text(partnership.summary),
        "url": request.build_absolute_uri(
            subpage_path(index_page, request, "agreement", partnership.slug)
        ),
    }


def export_records(index_page, request):
    filterset = PartnershipFilterSet(request.GET)
    return [as_record(index_page, request, p) for p in filterset.listing()]


def export_json(index_page, request):
    records = export_records(index_page, request)
    response = JsonResponse(
        {"count": len(records), "results": records}, json_dumps_params={"ensure_ascii": False}
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


def csv_safe_cell(value):
    """A cell starting with = + - @ is a formula to a spreadsheet: keep it text."""
    value = str(value)
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


CSV_COLUMNS = ["date", "date_display", "type", "title", "partners", "project", "summary", "url"]


def export_csv(index_page, request):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="bendradarbiavimo-sutartys.csv"'
    response["Access-Control-Allow-Origin"] = "*"
    response.write("\ufeff")  # lets spreadsheet programs read the Lithuanian letters as UTF-8
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for record in export_records(index_page, request):
        record["partners"] = "; ".join(f"{p['name']} ({p['country']})" for p in record["partners"])
        record["project"] = record["project"] or ""
        writer.writerow([csv_safe_cell(record[column]) for column in CSV_COLUMNS])
    return response


class AgreementFeed(Feed):
    """New agreements as they are published (Atom), for the same filters as the page."""

    feed_type = Atom1Feed

    def __init__(self, index_page, filterset):
        super().__init__()
        self.index_page = index_page
        self.filterset = filterset

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index_page

    def title(self, obj):
        return _("%(title)s: naujos sutartys") % {"title": obj.title}

    def link(self, obj):
        return obj.get_url(self.request)

    def subtitle(self, obj):
        return _("Naujai paskelbtos bendradarbiavimo sutartys.")

    def items(self, obj):
        return self.filterset.qs.for_listing().order_by("-first_published_at", "-pk")[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        partners = ", ".join(p.name for p in item.partners)
        parts = [item.signed.display(), item.agreement_type.name, partners]
        summary = plain_text(item.summary)
        return " · ".join(parts) + (f"\n\n{summary}" if summary else "")

    def item_link(self, item):
        return subpage_path(self.index_page, self.request, "agreement", item.slug)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


def feed(index_page, request):
    return AgreementFeed(index_page, PartnershipFilterSet(request.GET))(request)
