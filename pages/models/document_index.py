""" "Dokumentai": the list of the organisation's public documents, under "Apie mus"."""

from django.utils.translation import gettext_lazy as _

from pages.filters import DocumentFilterSet
from pages.models.documents import PublicDocument, with_records_lastmod
from pages.models.listing import ListingPage
from vvg_site.core.filtering import QUERY_MAX_LENGTH
from vvg_site.core.pagination import paginate

DOCUMENTS_PER_PAGE = 20


class DocumentIndexPage(ListingPage):
    """ "Dokumentai": every public document, newest first, filterable by type, year and words."""

    parent_page_types = ["pages.ProfilePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("dokumentų sąrašas")
        verbose_name_plural = _("dokumentų sąrašai")

    def get_sitemap_urls(self, request=None):
        return with_records_lastmod(self, super().get_sitemap_urls(request), PublicDocument)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        documents = PublicDocument.objects.public().newest_first().for_listing()
        filterset = DocumentFilterSet(request.GET, queryset=documents, request=request)
        page_obj, page_note = paginate(
            filterset.qs, request.GET.getlist("page"), DOCUMENTS_PER_PAGE
        )
        context.update(
            {
                "filterset": filterset,
                "q_max_length": QUERY_MAX_LENGTH,
                "filter_options": filterset.options("type", "year"),
                "notes": filterset.notes() + ([page_note] if page_note else []),
                "clean_query": filterset.applied_query(),
                "page_obj": page_obj,
                "page_range": page_obj.paginator.get_elided_page_range(page_obj.number),
                "documents": page_obj.object_list,
                "is_filtered": bool(filterset.applied or filterset.ignored),
            }
        )
        return context
