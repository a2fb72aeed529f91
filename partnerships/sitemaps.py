"""Sitemap sections for the agreement and partner permalinks under the cooperation page.

Wagtail's own sitemap lists pages only; these sub-routes of PartnershipIndexPage are not pages.
They take the scheme and host of the Wagtail site, as the page entries do.
"""

from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.db.models import Exists, Max, OuterRef, Q

from wagtail.contrib.sitemaps import Sitemap

from partnerships.models import Partner, Partnership, PartnershipIndexPage, PartnershipPartner


class PermalinkSitemap(Sitemap):
    """Wagtail's sitemap for its request and site, listing plain records rather than pages."""

    # Wagtail's version asks each item for get_sitemap_urls(), which only pages have.
    _urls = DjangoSitemap._urls

    route_name = None

    def items(self):
        self.index_page = PartnershipIndexPage.find_live()
        if self.index_page is None:
            return []  # no cooperation page, so no permalinks
        return self.permalinked()

    def permalinked(self):
        raise NotImplementedError

    def _root(self):
        return urlsplit(self.get_wagtail_site().root_url)

    def get_protocol(self, protocol=None):
        return self._root().scheme

    def get_domain(self, site=None):
        return self._root().netloc

    def location(self, obj):
        # route_url() gives a path, or a full URL when several sites exist.
        return urlsplit(self.index_page.route_url(self.route_name, obj.slug)).path


class AgreementSitemap(PermalinkSitemap):
    route_name = "agreement"

    def permalinked(self):
        return Partnership.objects.live().order_by("pk")

    def lastmod(self, obj):
        return obj.last_published_at or obj.updated_at


class PartnerSitemap(PermalinkSitemap):
    route_name = "partner"

    def permalinked(self):
        """Partners named by a published agreement, with the newest publication among those.

        A partner's page is the list of its agreements, so it changes when they do.
        """
        live_links = PartnershipPartner.objects.filter(
            partner=OuterRef("pk"), partnership__live=True
        )
        return (
            Partner.objects.filter(Exists(live_links))
            .annotate(
                agreements_published=Max(
                    "agreement_links__partnership__last_published_at",
                    filter=Q(agreement_links__partnership__live=True),
                )
            )
            .order_by("pk")
        )

    def lastmod(self, obj):
        return obj.agreements_published
