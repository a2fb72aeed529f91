"""The site's one public address (settings.PUBLIC_BASE_URL), written into Wagtail's Site record.

Wagtail builds every page URL from the default Site's hostname and port, and a fresh database
says "localhost:80", so canonical links, the sitemap and structured data would name a host the site
does not serve. `migrate` (post_migrate) makes the record match the configured address; `make run`
passes the address it serves.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import DEFAULT_DB_ALIAS, connections

from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def hostname_and_port(base_url):
    """("vvg.example", 443) for "https://vvg.example"; Wagtail's Site can only say https on 443."""
    parts = urlsplit(base_url)
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname or parts.path not in ("", "/"):
        raise ImproperlyConfigured(
            f"PUBLIC_BASE_URL must be a scheme and a host, e.g. https://vvg.example: {base_url!r}"
        )
    port = parts.port or DEFAULT_PORTS[parts.scheme]
    if parts.scheme == "https" and port != 443:
        raise ImproperlyConfigured("PUBLIC_BASE_URL: https is served on port 443 only.")
    return parts.hostname, port


def sync_default_site(base_url=None):
    """Give the default Site the configured address; returns the Site, or None when there is none
    (or no address is configured)."""
    base_url = settings.PUBLIC_BASE_URL if base_url is None else base_url
    site = Site.objects.filter(is_default_site=True).first()
    if not base_url or site is None:
        return None
    hostname, port = hostname_and_port(base_url)
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
    return site


def sync_after_migrate(sender, using=DEFAULT_DB_ALIAS, **kwargs):
    if Site._meta.db_table in connections[using].introspection.table_names():
        sync_default_site()
