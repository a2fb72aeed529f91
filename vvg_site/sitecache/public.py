"""Which requests and responses are public (the same for every anonymous visitor), and the HTTP
caching headers those get.

One definition serves the page cache (what it may store), compression (what may be compressed
without a BREACH risk: nothing that holds a CSRF token or personal data) and the Cache-Control a
CDN and a browser see. A response is public when it was made for a request without a session or
a pending message, for nobody signed in, used no CSRF token, showed no message, sets no cookie
and did not ask to stay private.
"""

from django.conf import settings
from django.conf.urls.i18n import is_language_prefix_patterns_used
from django.contrib.messages.storage.cookie import CookieStorage
from django.utils.cache import cc_delim_re, patch_cache_control, set_response_etag
from django.utils.translation import get_language_from_path, get_language_from_request

CACHEABLE_METHODS = {"GET", "HEAD"}
PRIVATE_WORDS = {"private", "no-cache", "no-store"}


def is_anonymous_request(request):
    """A GET or HEAD outside the admin and the excluded paths, from someone with no session."""
    if request.method not in CACHEABLE_METHODS:
        return False
    if request.path_info.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PREFIXES)):
        return False
    personal = (settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name)
    return not any(name in request.COOKIES for name in personal)


def is_personal_response(request, response):
    """Made for one person: a signed-in user, a CSRF token, a cookie or a message."""
    if response.cookies:
        return True
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return True
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return True  # get_token() was called: the page holds this visitor's CSRF token
    messages = getattr(request, "_messages", None)
    return messages is not None and bool(messages.used or getattr(messages, "_queued_messages", []))


def vary_headers(response):
    return [h.strip().lower() for h in cc_delim_re.split(response.get("Vary", "")) if h.strip()]


def is_public_response(request, response):
    if not is_anonymous_request(request) or is_personal_response(request, response):
        return False
    cache_control = {
        word.split("=")[0].strip().lower()
        for word in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    return not (cache_control & PRIVATE_WORDS) and "*" not in vary_headers(response)


def public_cache_control(status):
    """The Cache-Control of a public response: short in browsers (they cannot be purged), longer
    in a CDN (purged on every change, and revalidated with the ETag after s-maxage), kept by
    the CDN while the site is failing (stale-if-error)."""
    if status == 404:
        return {"public": True, "max_age": settings.PUBLIC_NOT_FOUND_SECONDS}
    return {
        "public": True,
        "max_age": settings.PUBLIC_BROWSER_SECONDS,
        "s_maxage": settings.PUBLIC_CDN_SECONDS,
        "stale_while_revalidate": settings.PUBLIC_BROWSER_SECONDS,
        "stale_if_error": settings.PUBLIC_STALE_IF_ERROR_SECONDS,
    }


def stale_cache_control():
    """For a cached copy served while the database is away: revalidated at once next time, but
    a CDN may keep serving it while the site answers errors."""
    return {
        "public": True,
        "max_age": 0,
        "stale_if_error": settings.PUBLIC_STALE_IF_ERROR_SECONDS,
    }


class PublicCacheHeadersMiddleware:
    """Cache-Control and an ETag for public responses, `private` for personal ones.

    Sits inside the compression and the page cache, so the ETag is computed once, on the
    uncompressed body, and stored with every cached copy; ConditionalGetMiddleware, outside the
    page cache, answers a matching If-None-Match with 304 on hits and misses alike. A view's own
    Cache-Control (robots.txt, never_cache) is left alone.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response
        if is_public_response(request, response) and response.status_code in (200, 404):
            patch_cache_control(response, **public_cache_control(response.status_code))
            if response.status_code == 200 and not response.streaming:
                set_response_etag(response)
        elif is_personal_response(request, response):
            patch_cache_control(response, private=True)
        return response


def vary_key_value(request, header):
    """The part of a request a response varies on, reduced to what can change the response:
    the encoding the compression step will pick, the language the site will answer in, the
    cookies other than the CSRF one (a stored response never used a CSRF token)."""
    if header == "accept-encoding":
        return preferred_encoding(request.META.get("HTTP_ACCEPT_ENCODING", ""))
    if header == "accept-language":
        return answered_language(request)
    if header == "cookie":
        return "; ".join(
            f"{name}={value}"
            for name, value in sorted(request.COOKIES.items())
            if name != settings.CSRF_COOKIE_NAME
        )
    meta_name = "HTTP_" + header.upper().replace("-", "_")
    return request.META.get(meta_name, "").strip()


def answered_language(request):
    """The language the site answers this request in, as LocaleMiddleware picks it: the URL's
    prefix (/en/); an unprefixed address under i18n_patterns is always the default language
    (Lithuanian), whatever the browser asks, so it needs one copy, not one per Accept-Language."""
    urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
    i18n_patterns_used, prefixed_default = is_language_prefix_patterns_used(urlconf)
    if i18n_patterns_used:
        language = get_language_from_path(request.path_info)
        if language or not prefixed_default:
            return language or settings.LANGUAGE_CODE
    return get_language_from_request(request, check_path=i18n_patterns_used)


def preferred_encoding(accept_encoding):
    """br when accepted, else gzip, else identity; `;q=0` refuses an encoding."""
    accepted = set()
    for item in accept_encoding.lower().split(","):
        name, _, params = item.strip().partition(";")
        quality = params.strip()
        if quality.startswith("q="):
            try:
                if float(quality[2:]) <= 0:
                    continue
            except ValueError:
                continue
        accepted.add(name.strip())
    for encoding in ("br", "gzip"):
        if encoding in accepted:
            return encoding
    return "identity"
