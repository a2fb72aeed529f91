"""RSS and Atom feeds of the news, served under the news index (/naujienos/rss/, /atom/)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from wagtail.models import Site

from vvg_site.core.seo import absolute_url, site_root_url

FEED_LENGTH = 20


class NewsRssFeed(Feed):
    """The news, newest first; every link absolute on the site's public address (Django's feeds
    would take the host from the request)."""

    def __init__(self, index_page):
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        # Kept so page URLs are resolved for the site serving this request.
        self.request = request
        self.root_url = site_root_url(request)
        return super().__call__(request, *args, **kwargs)

    def title(self):
        site = Site.find_for_request(self.request)
        name = site.site_name if site and site.site_name else ""
        return f"{self.index_page.title} – {name}" if name else self.index_page.title

    def link(self):
        return absolute_url(self.root_url, self.index_page.get_url(self.request))

    def feed_url(self):
        return absolute_url(self.root_url, self.request.get_full_path())

    def description(self):
        return _("Naujausios Alytaus rajono vietos veiklos grupės naujienos.")

    def items(self):
        return self.index_page.news().prefetch_related("tags")[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return absolute_url(self.root_url, item.get_url(self.request))

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
