"""The map of the partner countries, a page of its own under the cooperation page (route
"partner_map": zemelapis/, map/ in English). The drawing is partnerships.maps; this view feeds it
the cooperation page's country facet, the same counts as the page's "Partnerių šalys" list."""

from django.template.response import TemplateResponse

from partnerships import listing
from partnerships.filters import PartnershipFilterSet
from partnerships.maps import partner_map


def partner_map_page(index_page, request):
    countries = PartnershipFilterSet(request=request).facets["country"]
    listing_url = listing.Permalinks.of(index_page, request).listing
    return TemplateResponse(
        request,
        "partnerships/partner_map_page.html",
        {
            **index_page.get_context(request),
            "countries": countries,
            "listing_url": listing_url,
            "partner_map": partner_map(countries, listing_url),
        },
    )
