"""Whole-page caching for anonymous visitors, so a burst of readers costs one render per page."""

import hashlib

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.db import connection
from django.http import HttpResponse

CACHEABLE_METHODS = {"GET", "HEAD"}
# Headers a cached copy keeps; everything per-response (cookies, CSP, HSTS) is added afresh.
KEPT_HEADERS = ("Content-Type", "Content-Language", "Content-Disposition", "Link", "Vary")


GENERATION_SQL = "SELECT value FROM sitecache_cachegeneration WHERE id = 1"


def current_generation():
    # Plain SQL: this runs on every cached hit, where the ORM's query building would dominate.
    with connection.cursor() as cursor:
        cursor.execute(GENERATION_SQL)
        row = cursor.fetchone()
    return row[0] if row else 0


class AnonymousPageCacheMiddleware:
    """Serves and stores complete responses for anonymous GETs, keyed by generation and full URL.

    Placed near the top of the stack, so a hit skips sessions, CSRF and the view altogether.
    Bypassed entirely for anyone with a session or a pending message (editors, previews, form
    users): authentication here is by session only, so no session cookie means anonymous. Also
    bypassed for the admin and the paths in PAGE_CACHE_EXCLUDED_PREFIXES. A response is stored
    only when it is a plain 200 that sets no cookie, used no CSRF token, showed no message, was
    not made for a signed-in user and did not ask to stay uncached.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.cache = caches[settings.PAGE_CACHE_ALIAS]
        self.timeout = settings.PAGE_CACHE_SECONDS
        self.excluded = tuple(settings.PAGE_CACHE_EXCLUDED_PREFIXES)

    def __call__(self, request):
        if not self.may_use_cache(request):
            return self.get_response(request)

        key = self.key(request, current_generation())
        cached = self.cache.get(key)
        if cached is not None:
            return self.rebuild(cached)

        response = self.get_response(request)
        if request.method == "GET" and self.may_store(request, response):
            self.cache.set(key, self.snapshot(response), self.timeout)
        return response

    def may_use_cache(self, request):
        if not settings.PAGE_CACHE_ENABLED or request.method not in CACHEABLE_METHODS:
            return False
        if request.path_info.startswith(self.excluded):
            return False
        cookies = request.COOKIES
        personal = (settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name)
        return not any(name in cookies for name in personal)

    @staticmethod
    def may_store(request, response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return False
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            return False  # the page holds a CSRF token: it belongs to one visitor
        messages = getattr(request, "_messages", None)
        if messages is not None and (messages.used or getattr(messages, "_queued_messages", [])):
            return False
        cache_control = response.get("Cache-Control", "")
        return not any(word in cache_control for word in ("private", "no-cache", "no-store"))

    @staticmethod
    def key(request, generation):
        url = f"{request.get_host()}{request.get_full_path()}"
        digest = hashlib.sha256(url.encode()).hexdigest()
        return f"page:{generation}:{digest}"

    @staticmethod
    def snapshot(response):
        headers = {name: response[name] for name in KEPT_HEADERS if name in response}
        return (response.status_code, headers, response.content)

    def rebuild(self, cached):
        status, headers, content = cached
        response = HttpResponse(content, status=status)
        for name, value in headers.items():
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return response
