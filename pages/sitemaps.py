"""The sitemap: every live public page of every language, each URL with its alternates.

Wagtail's own sitemap lists the tree under the site's (Lithuanian) home page only; the English
home is that page's translation, a sibling, so its tree is added here. A page's entries name the
same page in the other language (`<xhtml:link rel="alternate" hreflang>`): routable pages give
their routes' alternates themselves (PartnershipIndexPage.get_sitemap_urls).
"""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from vvg_site.core.languages import sitemap_alternates


class SiteSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        pages = Page.objects.none()
        for home in root.get_translations(inclusive=True):
            pages |= Page.objects.descendant_of(home, inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        urls = []
        last_mods = set()
        for item in self.paginator.page(page).object_list.iterator():
            for url_info in item.get_sitemap_urls(self.request):
                if "alternates" not in url_info:
                    url_info = {**url_info, "alternates": sitemap_alternates(item, self.request)}
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
