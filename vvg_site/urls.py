from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _

from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from pages import search
from pages.sitemaps import SiteSitemap
from vvg_site import media, views

urlpatterns = [
    path("healthz/", views.healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("dokumentai/", include(wagtaildocs_urls)),
    # Each member of staff's private agreements calendar, for calendar programs (no sign-in).
    path("kalendorius/", include("vvg_site.reminders.urls")),
    path(
        "sitemap.xml",
        sitemap,
        # Pages list their own routes (agreement permalinks, partner pages): one source. Every
        # language's pages, each URL with its alternates in the others.
        {"sitemaps": {"puslapiai": SiteSitemap}},
        name="sitemap",
    ),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
]

if settings.STORAGES["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage":
    # Images and their renditions on local disk are served by the app itself, as production
    # has no other web server; with object storage the bucket or CDN serves them. Documents
    # never: only Wagtail's view (/dokumentai/) serves them, after checking their privacy.
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", media.serve_image_file)]

# What a visitor reads is per language: Lithuanian at today's addresses (no prefix), English
# under /en/ (LocaleMiddleware activates the language of the prefix). Search's path is
# translated (/paieska/, /en/search/). Wagtail's page tree answers everything else, so it comes
# last. Its pattern has no room for a file name, so open-data routes of routable pages
# (…/export.csv, …/sutartys.atom) get their own.
urlpatterns += i18n_patterns(
    path(_("paieska/"), search.search, name="search"),
    path(_("paieska/pasiulymai/"), search.suggest, name="search_suggestions"),
    re_path(
        r"^((?:[\w\-]+/)*[\w\-]+\.(?:csv|json|atom))$",
        wagtail_views.serve,
        name="wagtail_serve_file",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

# A database outage anywhere in the stack is a 503 with the outage page, not a 500 (views.py).
handler500 = "vvg_site.views.server_error"
