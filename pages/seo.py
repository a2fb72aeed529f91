"""What search engines and link previews read: robots.txt, canonical URLs, structured data."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.shortcuts import render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from wagtail.models import Site

# The networks the organisation belongs to, as its own cooperation text states them
# ("Lietuvos VVG tinklo narė"; "nuo 2015 m. spalio 1 d. yra Lietuvos kaimo bendruomenių
# sąjungos narė"). Only names: no addresses or links the source does not give.
NETWORKS = [
    {"@type": "Organization", "name": "Lietuvos vietos veiklos grupių tinklas"},
    {"@type": "Organization", "name": "Lietuvos kaimo bendruomenių sąjunga"},
]

# As Django's json_script: inside <script> these could end the element or open a comment.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def site_root_url(request):
    """The public scheme and host ("https://example.lt"), as Wagtail's own page URLs use."""
    site = Site.find_for_request(request)
    return site.root_url if site else request.build_absolute_uri("/").rstrip("/")


@require_safe
@cache_control(max_age=60 * 60 * 24)
def robots_txt(request):
    context = {"sitemap_url": site_root_url(request) + reverse("sitemap")}
    return render(request, "robots.txt", context, content_type="text/plain; charset=utf-8")


def json_ld(data):
    """A <script type="application/ld+json"> element whose text cannot break out of it."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(_JSON_SCRIPT_ESCAPES)),  # noqa: S308 - escaped just above
    )


def organisation_data(organisation, root_url):
    """schema.org Organization from the details editors entered; empty fields are left out."""
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": organisation.name,
        "url": root_url + "/",
        "email": organisation.email,
        "telephone": organisation.phone,
        "address": organisation.address,
        "identifier": organisation.company_code,
        "sameAs": [url for _label, url in organisation.social_links],
        "memberOf": NETWORKS,
    }
    return {key: value for key, value in data.items() if value}
