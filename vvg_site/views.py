"""The load balancers' health check and the error pages that must work without the database."""

import sys

from django.core.cache import caches
from django.db import DatabaseError, InterfaceError, connection
from django.http import HttpResponse
from django.template import loader
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.defaults import server_error as default_server_error

from vvg_site.sitecache.outage import database_down_error, database_outage

# Seconds a visitor (or a CDN) is asked to wait before trying again while the database is away.
RETRY_AFTER_SECONDS = 30


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


def cache_is_working():
    cache = caches["default"]
    ping = getattr(cache, "ping", None)
    return ping() if ping is not None else True


def service_unavailable(request):
    """The branded 503 page, rendered without a request context so it needs no database."""
    response = HttpResponse(
        loader.render_to_string("503.html"), status=503, content_type="text/html; charset=utf-8"
    )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


def server_error(request, *args, **kwargs):
    """handler500: a database that cannot be reached is a 503 with the outage page, not a 500."""
    error = database_down_error(sys.exc_info()[1])
    if error is not None:
        database_outage().failed(error)
        return service_unavailable(request)
    return default_server_error(request, *args, **kwargs)
