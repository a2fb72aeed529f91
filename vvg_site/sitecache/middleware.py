"""Whole-page caching for anonymous visitors, so a burst of readers costs one render per page."""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from vvg_site.core.release import release
from vvg_site.sitecache.generation import REQUEST_ATTRIBUTE, current_generation
from vvg_site.sitecache.outage import DATABASE_DOWN, database_outage, service_unavailable
from vvg_site.sitecache.public import (
    is_anonymous_request,
    is_public_response,
    stale_cache_control,
    vary_headers,
    vary_key_value,
)

# Headers a cached copy keeps; everything per-response (cookies, CSP, HSTS) is added afresh.
KEPT_HEADERS = (
    "Content-Type",
    "Content-Language",
    "Content-Disposition",
    "Content-Encoding",
    "Link",
    "Vary",
    "Cache-Control",
    "ETag",
)
# The last generation any worker read, for a worker that starts while the database is away.
LAST_GENERATION_KEY = "page-generation"


class AnonymousPageCacheMiddleware:
    """Serves and stores complete responses for anonymous GETs, keyed by generation, full URL
    and the request headers the response varies on (sitecache.public.vary_key_value).

    Placed near the top of the stack, so a hit skips sessions, CSRF and the view altogether.
    Bypassed entirely for anyone with a session or a pending message (editors, previews, form
    users): authentication here is by session only, so no session cookie means anonymous. Also
    bypassed for the admin and the paths in PAGE_CACHE_EXCLUDED_PREFIXES. A response is stored
    only when it is a public 200 (sitecache.public) that does not vary on everything (`Vary: *`).

    While the database is unreachable, a hit needs only the cache: the generation last read
    (kept in this process and in the cache) finds the last copy, served marked stale; a miss
    gets the 503 page at once.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.cache = caches[settings.PAGE_CACHE_ALIAS]
        self.timeout = settings.PAGE_CACHE_SECONDS
        self.database = database_outage()
        self.last_generation = None
        # url key -> the request headers its response varies on, as learnt in this process: a
        # hit then costs one cache read, not two (the key holds the generation, so it is exact).
        self.vary_learnt = {}

    def __call__(self, request):
        if not (settings.PAGE_CACHE_ENABLED and is_anonymous_request(request)):
            return self.get_response(request)

        generation = self.generation()
        if generation is None:
            return self.serve_stale(request)
        # What the view keeps per generation (sitecache.generation) uses the same number.
        setattr(request, REQUEST_ATTRIBUTE, generation)

        cached = self.lookup(request, generation)
        if cached is not None:
            return self.rebuild(cached, "hit")

        response = self.get_response(request)
        if request.method == "GET" and self.may_store(request, response):
            self.store(request, generation, response)
        return response

    def generation(self):
        """The database's generation, or None when the database cannot be reached."""
        if not self.database.should_try():
            return None
        try:
            generation = current_generation()
        except DATABASE_DOWN as error:
            self.database.failed(error)
            return None
        self.database.succeeded()
        if generation != self.last_generation:
            self.last_generation = generation
            self.cache.set(LAST_GENERATION_KEY, generation, None)
        return generation

    def serve_stale(self, request):
        generation = self.last_generation
        if generation is None:
            generation = self.cache.get(LAST_GENERATION_KEY)
        cached = None
        if generation is not None:
            # Any copy will do while nothing can be rendered: uncompressed if not the asked one.
            cached = self.lookup(request, generation) or self.lookup(
                request, generation, encoding="identity"
            )
        if cached is None:
            return service_unavailable(request)
        response = self.rebuild(cached, "stale")
        del response["Cache-Control"]
        patch_cache_control(response, **stale_cache_control())
        return response

    @staticmethod
    def may_store(request, response):
        return (
            response.status_code == 200
            and not response.streaming
            and is_public_response(request, response)
        )

    def lookup(self, request, generation, encoding=None):
        url_key = self.url_key(request, generation)
        headers = self.vary_learnt.get(url_key)
        if headers is None:
            headers = self.cache.get(f"page-vary:{url_key}")
            if headers is None:
                return None
            self.learn_vary(url_key, headers)
        return self.cache.get(self.variant_key(request, url_key, headers, encoding))

    VARY_LEARNT_MAX = 20_000

    def learn_vary(self, url_key, headers):
        if len(self.vary_learnt) >= self.VARY_LEARNT_MAX:
            self.vary_learnt = {}
        self.vary_learnt[url_key] = headers

    def store(self, request, generation, response):
        # The header list is learnt from the response, as Django's learn_cache_key does; the
        # next request finds it first, then the copy made for its values of those headers.
        url_key = self.url_key(request, generation)
        headers = tuple(sorted(set(vary_headers(response))))
        self.cache.set(f"page-vary:{url_key}", headers, self.timeout)
        self.learn_vary(url_key, headers)
        key = self.variant_key(request, url_key, headers)
        self.cache.set(key, self.snapshot(response), self.timeout)

    @staticmethod
    def url_key(request, generation):
        # The release too: a page the previous deployment drew is not this one's (with Redis,
        # cached pages outlive a deployment).
        url = f"{request.get_host()}{request.get_full_path()}"
        return f"{release()}:{generation}:{hashlib.sha256(url.encode()).hexdigest()}"

    @staticmethod
    def variant_key(request, url_key, headers, encoding=None):
        def value(header):
            if encoding and header == "accept-encoding":
                return encoding
            return vary_key_value(request, header)

        values = "\n".join(f"{header}={value(header)}" for header in headers)
        return f"page:{url_key}:{hashlib.sha256(values.encode()).hexdigest()}"

    @staticmethod
    def snapshot(response):
        headers = {name: response[name] for name in KEPT_HEADERS if name in response}
        return (response.status_code, headers, response.content)

    @staticmethod
    def rebuild(cached, state):
        status, headers, content = cached
        response = HttpResponse(content, status=status)
        for name, value in headers.items():
            response[name] = value
        response["Content-Length"] = str(len(content))
        response["X-Page-Cache"] = state
        return response
