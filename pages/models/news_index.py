""" "Naujienos": the news index page, its filters and its feeds."""

from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from pages.feeds import NewsAtomFeed, NewsRssFeed
from pages.filters import NewsFilterSet
from pages.models.listing import ListingPage
from pages.models.news import NewsPage
from pages.news_cards import draw_news_cards
from vvg_site.core.filtering import QUERY_MAX_LENGTH
from vvg_site.core.pagetree import public
from vvg_site.core.pagination import paginate

NEWS_PER_PAGE = 10


class NewsIndexPage(RoutablePageMixin, ListingPage):
    """ "Naujienos": every live news item, newest first, filterable, with RSS and Atom feeds."""

    subpage_types = ["pages.NewsPage"]

    class Meta:
        verbose_name = _("naujienų sąrašas")
        verbose_name_plural = _("naujienų sąrašai")

    def news(self, request=None):
        return public(NewsPage.objects.live().child_of(self), request).newest_first()

    @path("", name="list")
    def news_list(self, request):
        news = self.news(request).for_listing()
        filterset = NewsFilterSet(request.GET, queryset=news, request=request)
        page_obj, page_note = paginate(filterset.qs, request.GET.getlist("page"), NEWS_PER_PAGE)
        return self.render(
            request,
            context_overrides={
                "filterset": filterset,
                "q_max_length": QUERY_MAX_LENGTH,
                "filter_options": filterset.options("project", "tag", "year"),
                "notes": filterset.notes() + ([page_note] if page_note else []),
                "clean_query": filterset.applied_query(),
                "page_obj": page_obj,
                "page_range": page_obj.paginator.get_elided_page_range(page_obj.number),
                "news_items": draw_news_cards(page_obj.object_list, request, heading="h2"),
                "is_filtered": bool(filterset.applied or filterset.ignored),
                "active_count": len(filterset.applied),
            },
        )

    def get_cached_paths(self):
        """The list and both feeds, for a CDN purge when news change."""
        return ["/", self.reverse_subpage("rss"), self.reverse_subpage("atom")]

    @path("rss/", name="rss")
    def rss_feed(self, request):
        return NewsRssFeed(self)(request)

    @path("atom/", name="atom")
    def atom_feed(self, request):
        return NewsAtomFeed(self)(request)
