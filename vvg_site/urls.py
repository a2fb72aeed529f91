from django.conf import settings
from django.urls import include, path, re_path
from django.views.static import serve as static_serve

from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import Sitemap as PageSitemap
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from pages import search, seo
from partnerships.sitemaps import AgreementSitemap, PartnerSitemap
from vvg_site import views

urlpatterns = [
    path("healthz/", views.healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("dokumentai/", include(wagtaildocs_urls)),
    path(
        "sitemap.xml",
        sitemap,
        {
            "sitemaps": {
                "puslapiai": PageSitemap,
                "sutartys": AgreementSitemap,
                "partneriai": PartnerSitemap,
            }
        },
        name="sitemap",
    ),
    path("robots.txt", seo.robots_txt, name="robots_txt"),
    path("paieska/", search.search, name="search"),
]

if settings.STORAGES["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage":
    # Uploads on local disk (images and their renditions) are served by the app itself, as
    # production has no other web server; with object storage the bucket or CDN serves them.
    urlpatterns += [
        re_path(
            r"^media/(?P<path>.*)$",
            static_serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

# Wagtail's page tree answers everything else, so it comes last. Its pattern has no room for a
# file name, so open-data routes of routable pages (…/export.csv, …/sutartys.atom) get their own.
urlpatterns += [
    re_path(
        r"^((?:[\w\-]+/)*[\w\-]+\.(?:csv|json|atom))$",
        wagtail_views.serve,
        name="wagtail_serve_file",
    ),
    path("", include(wagtail_urls)),
]

# A database outage anywhere in the stack is a 503 with the outage page, not a 500 (views.py).
handler500 = "vvg_site.views.server_error"
