"""The visitor's IP address for django-axes, also behind the load balancer.

Behind a proxy REMOTE_ADDR is the proxy itself, so every visitor would share one lockout.
Each trusted proxy appends the address it received the request from to X-Forwarded-For; the
entry that many places from the right is the one no client could forge.
"""

from django.conf import settings


def client_ip(request):
    proxies = getattr(settings, "VVG_TRUSTED_PROXY_COUNT", 0)
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")
