"""What this process knows about a dependency that may go away (the cache, the database).

A dead service must cost neither a log line nor a connection attempt per request: the first
failure is logged and opens a back-off window in which callers skip the service; after it one
caller tries again, and the first success is logged as the recovery. One state per process and
service, shared by its threads (Django keeps one cache object per thread).
"""

import logging
import threading
import time

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger("vvg_site.outage")
# What a database that cannot be reached raises (a missing table is a ProgrammingError: a bug).
DATABASE_DOWN = (OperationalError, InterfaceError)
# Seconds a visitor (or a CDN) is asked to wait before trying again while the database is away.
RETRY_AFTER_SECONDS = 30


class Outage:
    def __init__(self, name, retry_after):
        self.name = name
        self.retry_after = retry_after
        self.down = False
        self.retry_at = 0.0
        self._lock = threading.Lock()

    def should_try(self):
        """False while a recent failure's back-off lasts; then True for one caller at a time."""
        if not self.down:
            return True
        with self._lock:
            now = time.monotonic()
            if now < self.retry_at:
                return False
            self.retry_at = now + self.retry_after
            return True

    def failed(self, error):
        with self._lock:
            self.retry_at = time.monotonic() + self.retry_after
            if self.down:
                return
            self.down = True
        logger.error("%s unavailable, retrying every %s s: %s", self.name, self.retry_after, error)

    def succeeded(self):
        if not self.down:
            return
        with self._lock:
            if not self.down:
                return
            self.down = False
        logger.warning("%s available again", self.name)


_outages = {}
_outages_lock = threading.Lock()


def outage(name, retry_after=5.0):
    """The process-wide state of one service."""
    with _outages_lock:
        if name not in _outages:
            _outages[name] = Outage(name, retry_after)
        return _outages[name]


def database_outage():
    return outage("database", settings.DATABASE_RETRY_SECONDS)


def database_down_error(error):
    """The database-unreachable error behind this one (raised, or the cause of another), or None."""
    seen = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, DATABASE_DOWN):
            return error
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return None


class DatabaseOutageFilter(logging.Filter):
    """Keeps django.request from logging a traceback per request while the database is away: the
    outage itself is logged once (views.server_error reports it here)."""

    def filter(self, record):
        error = record.exc_info[1] if record.exc_info else None
        return database_down_error(error) is None


def service_unavailable(request):
    """The branded 503 page, rendered without a request context so it needs no database."""
    response = HttpResponse(
        loader.render_to_string("503.html"), status=503, content_type="text/html; charset=utf-8"
    )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response
