"""Open data and the feed of "Bendradarbiavimas": the same filtered set as the page, as CSV, JSON
and Atom, so the exports say the same thing about the same agreements as the listing."""

import csv

from django.contrib.syndication.views import Feed
from django.http import HttpResponse, JsonResponse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from partnerships import listing
from partnerships.filters import PartnershipFilterSet
from vvg_site.core.languages import current_language, localized
from vvg_site.core.seo import absolute_url, site_root_url
from vvg_site.core.text import plain_text

FEED_LENGTH = 30
# New columns go last, so a spreadsheet or script reading the old ones keeps working.
CSV_COLUMNS = [
    "date",
    "date_display",
    "type",
    "title",
    "partners",
    "project",
    "summary",
    "url",
    "countries",
    "language",
    "status",
    "valid_from",
    "validity_end",
    "valid_until",
    "ended_how",
    "ended_on",
]


def as_record(request, partnership, root_url):
    """One agreement as open data, in the reader's language: `language` says which, and
    `untranslated` names the fields still given in Lithuanian. The agreement is prepared as
    listings prepare it (partnerships.listing): its permalink and its project in the language.
    Its status is today's; its validity and ending are codes and ISO 8601 dates at their
    precision (README)."""
    life = partnership.lifecycle()
    title = localized(partnership, "title")
    summary = localized(partnership, "summary")
    agreement_type = localized(partnership.agreement_type, "name")
    project = partnership.project_link
    return {
        "date": partnership.signed.iso(),
        "date_display": partnership.signed.display(),
        "type": agreement_type.text,
        "title": title.text,
        "partners": [
            {"name": p.name, "country": p.country.code, "kind": p.get_kind_display()}
            for p in partnership.partners
        ],
        # Every country involved: the partners' and those the agreement names besides them.
        "countries": [country.code for country in partnership.countries],
        "project": project.title if project is not None else None,
        "summary": plain_text(summary.text, paragraphs=True),
        "url": absolute_url(root_url, partnership.permalink),
        "language": current_language(),
        "untranslated": [
            name
            for name, text in (("type", agreement_type), ("title", title), ("summary", summary))
            if text.is_fallback
        ],
        "status": life.status,
        # Effective: the signing date (at its precision) unless another day was given.
        "valid_from": life.start.iso(),
        "validity_end": life.validity_end,
        "valid_until": life.until.isoformat() if life.until else None,
        "ended_how": life.ending or None,
        "ended_on": life.ended.iso() if life.ended else None,
    }


def export_records(index_page, request):
    filterset = PartnershipFilterSet(request.GET, request=request)
    agreements = listing.load_agreements(filterset.listing())
    listing.prepare(agreements, request, index_page, partners=False)
    root_url = site_root_url(request)
    return [as_record(request, agreement, root_url) for agreement in agreements]


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


def export_csv(index_page, request):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = _("bendradarbiavimo-sutartys.csv")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Access-Control-Allow-Origin"] = "*"
    response.write("\ufeff")  # lets spreadsheet programs read the Lithuanian letters as UTF-8
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for record in export_records(index_page, request):
        record["partners"] = "; ".join(f"{p['name']} ({p['country']})" for p in record["partners"])
        record["countries"] = "; ".join(record["countries"])
        record["project"] = record["project"] or ""
        writer.writerow([csv_safe_cell(record[column] or "") for column in CSV_COLUMNS])
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
        self.root_url = site_root_url(request)
        return self.index_page

    def title(self, obj):
        return _("%(title)s: naujos sutartys") % {"title": obj.title}

    # Absolute on the site's public address, which Django's feeds would take from the request.
    def link(self, obj):
        return absolute_url(self.root_url, obj.get_url(self.request))

    def feed_url(self, obj):
        return absolute_url(self.root_url, self.request.get_full_path())

    def subtitle(self, obj):
        return _("Naujai paskelbtos bendradarbiavimo sutartys.")

    def items(self, obj):
        newest = self.filterset.qs.order_by("-first_published_at", "-pk")[:FEED_LENGTH]
        agreements = listing.load_agreements(newest)
        return listing.prepare(agreements, self.request, self.index_page, partners=False)

    def item_title(self, item):
        return localized(item, "title").text

    def item_description(self, item):
        partners = ", ".join(p.name for p in item.partners)
        parts = [item.signed.display(), localized(item.agreement_type, "name").text, partners]
        summary = plain_text(localized(item, "summary").text, paragraphs=True)
        return " · ".join(parts) + (f"\n\n{summary}" if summary else "")

    def item_link(self, item):
        return absolute_url(self.root_url, item.permalink)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


def feed(index_page, request):
    return AgreementFeed(index_page, PartnershipFilterSet(request.GET, request=request))(request)
