"""The "Bendradarbiavimas" page: the public, filterable record and the routes beneath it.

Its sub-routes hold the agreement permalinks, the partner pages and the open-data exports, so they
all live under /bendradarbiavimas/. The routes only dispatch; the views do the work.
"""

from django.conf import settings
from django.db.models import Exists, Max, OuterRef, Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from partnerships import exports, listing, map_views, views
from partnerships.models.agreements import Partnership, PartnershipPartner
from partnerships.models.vocabulary import Partner
from vvg_site.core.blocks import BodyStreamBlock
from vvg_site.core.languages import in_reader_language


class PartnershipIndexPage(RoutablePageMixin, Page):
    """ "Bendradarbiavimas": the public, filterable record of every live agreement. One per site."""

    intro = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("tekstas virš sąrašo"))
    closing = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("tekstas po sąrašu"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("closing")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("closing")]

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("bendradarbiavimo puslapis")
        verbose_name_plural = _("bendradarbiavimo puslapiai")

    # File-like routes accept the trailing slash Wagtail's router adds, and reverse without it.
    # Paths with words are translated (partneriai/ -> partners/ under the English page): routes
    # resolve and reverse in the active language, which reverse_subpage() sets to the page's.

    @path("", name="listing")
    def listing(self, request):
        return self.render(request, context_overrides=views.listing_context(self, request))

    @re_path(pgettext_lazy("URL", r"^sutartys\.atom/?$"), name="feed")
    def feed(self, request):
        return exports.feed(self, request)

    @re_path(r"^export\.csv/?$", name="export_csv")
    def export_csv(self, request):
        return exports.export_csv(self, request)

    @re_path(r"^export\.json/?$", name="export_json")
    def export_json(self, request):
        return exports.export_json(self, request)

    @path(pgettext_lazy("URL", "zemelapis/"), name="partner_map")
    def partner_map(self, request):
        return map_views.partner_map_page(self, request)

    @path(pgettext_lazy("URL", "partneriai/<slug:slug>/"), name="partner")
    def partner(self, request, slug):
        return views.partner_detail(self, request, slug)

    @path("<slug:slug>/", name="agreement")
    def agreement(self, request, slug):
        return views.agreement_detail(self, request, slug)

    # --- addresses ------------------------------------------------------------------------------

    @classmethod
    def find_live(cls):
        """The live cooperation page in the reader's language (the Lithuanian one without it)."""
        return in_reader_language(cls.objects.live())

    def reverse_subpage(self, name, args=None, kwargs=None):
        """A route's path in this page's language, whatever language the request is in."""
        with translation.override(self.locale.language_code):
            return super().reverse_subpage(name, args=args, kwargs=kwargs)

    def route_url(self, route_name, *args, request=None):
        """The URL of one of this page's routes: the one way to build a permalink or export URL."""
        return self.get_url(request) + self.reverse_subpage(route_name, args=args)

    @classmethod
    def with_permalinks(cls, records, route_name, *, index_page=None, request=None, partners=False):
        """The agreements (route "agreement") or partners (route "partner") as a list, each with
        `permalink` set (None without a live cooperation page). Agreements also get their
        project in the reader's language (`project_link`), and with `partners=True` their
        partners' permalinks (their links loaded by `listing.load_agreements()` or
        `for_listing()`). Without `index_page`, the live one comes from the page tree.
        """
        records = list(records)
        if route_name == "agreement":
            return listing.prepare(records, request, index_page, partners=partners)
        links = listing.Permalinks.of(index_page, request)
        for record in records:
            record.permalink = links.partner(record.slug)
        return records

    def get_sitemap_urls(self, request=None):
        """The page, the partner map, each live agreement's permalink and each partner page with
        live agreements, each with its address in every language (hreflang alternates): the one
        source of these URLs in the sitemap (and of what a CDN purge names)."""
        base = self.get_full_url(request)
        if base is None:
            return super().get_sitemap_urls(request)
        languages = self.live_languages(request)

        def entry(route=None, slug=None, lastmod=None):
            def at(page, page_base):
                args = [slug] if slug else None
                return page_base + (page.reverse_subpage(route, args=args) if route else "")

            alternates = [
                {"lang_code": language, "location": at(page, page_base)}
                for language, page, page_base in languages
            ]
            if len(alternates) > 1:
                default = next(a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE)
                alternates.append({"lang_code": "x-default", "location": default["location"]})
            else:
                alternates = []
            return {"location": at(self, base), "lastmod": lastmod, "alternates": alternates}

        urls = [{**entry(lastmod=self.last_published_at), **super().get_sitemap_urls(request)[0]}]
        urls.append(entry("partner_map", lastmod=self.last_published_at))
        urls += [
            entry("agreement", slug, published or updated)
            for slug, published, updated in self.live_agreements().values_list(
                "slug", "last_published_at", "updated_at"
            )
        ]
        urls += [
            entry("partner", slug, published)
            for slug, published in self.public_partners().values_list(
                "slug", "agreements_published"
            )
        ]
        return urls

    def live_languages(self, request=None):
        """[(language, page, its full URL)] of this page and its live translations."""
        pages = self.get_translations(inclusive=True).live().specific().select_related("locale")
        found = [(page.locale.language_code, page, page.get_full_url(request)) for page in pages]
        return sorted(found, key=lambda item: item[0] != settings.LANGUAGE_CODE)

    def get_cached_paths(self):
        """Every path under this page a CDN may hold: the listing, the partner map, the open data
        and the feed, each agreement's permalink and each partner page, once each."""
        paths = ["/", self.reverse_subpage("partner_map")]
        paths += [self.reverse_subpage(name) for name in self.OPEN_DATA_ROUTES]
        paths += [
            self.reverse_subpage("agreement", args=[slug])
            for slug in self.live_agreements().values_list("slug", flat=True)
        ]
        paths += [
            self.reverse_subpage("partner", args=[slug])
            for slug in self.public_partners().values_list("slug", flat=True)
        ]
        return list(dict.fromkeys(paths))

    OPEN_DATA_ROUTES = ("export_csv", "export_json", "feed")

    @staticmethod
    def live_agreements():
        return Partnership.objects.live().order_by("pk")

    @staticmethod
    def public_partners():
        """Partners named by a published agreement (a partner page shows only those), with the
        newest publication among those agreements: the page changes when they do."""
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
            .order_by("slug")
        )
