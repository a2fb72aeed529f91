"""Site-wide endpoints that are not pages: the load balancers' health check, robots.txt, the root
favicon, and the error pages that must work without the database."""

import sys

from django.core.cache import caches
from django.db import DatabaseError, InterfaceError, connection
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET, require_safe
from django.views.defaults import server_error as default_server_error

from vvg_site.core.seo import site_root_url
from vvg_site.sitecache.outage import database_down_error, database_outage, service_unavailable


@never_cache
@require_GET
def healthz(request):
    """For load balancers: 503 only when the database is unreachable (this server cannot serve
    editors or fresh pages); a cache outage answers 200 `degraded: ...`, as the site still works
    without it and taking the server out would only move the same problem to the next one."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except (DatabaseError, InterfaceError) as error:
        database_outage().failed(error)
        return HttpResponse("database unavailable", status=503, content_type="text/plain")
    database_outage().succeeded()
    if not cache_is_working():
        return HttpResponse("degraded: cache unavailable", content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")


# It must answer for itself while the database is away: no middleware reads content for it
# (PageTreeMiddleware), nor for the favicon's redirect below.
healthz.without_page_tree = True


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


favicon.without_page_tree = True


def cache_is_working():
    cache = caches["default"]
    ping = getattr(cache, "ping", None)
    return ping() if ping is not None else True


def server_error(request, *args, **kwargs):
    """handler500: a database that cannot be reached is a 503 with the outage page, not a 500."""
    error = database_down_error(sys.exc_info()[1])
    if error is not None:
        database_outage().failed(error)
        return service_unavailable(request)
    return default_server_error(request, *args, **kwargs)
