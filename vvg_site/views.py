"""Site-wide endpoints that are not pages: the health check, robots.txt and the root favicon."""

from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET, require_safe

from vvg_site.core.seo import site_root_url


@never_cache
@require_GET
def healthz(request):
    """For load balancers: one trivial query proves the database answers."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable", status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")


@require_safe
@cache_control(max_age=60 * 60 * 24)
def robots_txt(request):
    context = {"sitemap_url": site_root_url(request) + reverse("sitemap")}
    return render(request, "robots.txt", context, content_type="text/plain; charset=utf-8")


@require_safe
@cache_control(max_age=24 * 60 * 60, public=True)
def favicon(request):
    """Browsers and feed readers ask for /favicon.ico whatever the page says: send them to the
    static file (its hashed name changes with its content, so the redirect is not permanent)."""
    return HttpResponseRedirect(static("favicon.ico"))
