"""What search engines and link previews read, whatever the page: canonical URLs, descriptions,
share images and JSON-LD elements. The schema.org objects themselves are built by each app."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.encoding import iri_to_uri
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from wagtail.images.models import SourceImageIOError
from wagtail.models import Site

# Meta descriptions beyond this are cut off in search results anyway.
DESCRIPTION_LENGTH = 160

# A rendition for link previews and search results: never enlarged, JPEG for every reader.
SHARE_IMAGE_SPEC = "width-1200|format-jpeg"

# As Django's json_script: inside <script> these could end the element or open a comment.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def site_root_url(request):
    """The public scheme and host ("https://example.lt"), as Wagtail's own page URLs use."""
    site = Site.find_for_request(request)
    return site.root_url if site else request.build_absolute_uri("/").rstrip("/")


def canonical_url(request):
    """This address without its query, percent-encoded as the sitemap and Wagtail write it.

    request.path is decoded ("/naujienos/pasirašyta/"); one page must have one spelling.
    """
    return site_root_url(request) + iri_to_uri(request.path)


def json_ld(data):
    """A <script type="application/ld+json"> element whose text cannot break out of it."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(_JSON_SCRIPT_ESCAPES)),  # noqa: S308 - escaped just above
    )


def without_empty(data):
    """A schema.org object without the properties nobody filled in."""
    return {key: value for key, value in data.items() if value}


def absolute_url(root_url, url):
    """Media may already be served from another host; a path gets the site's host."""
    return root_url + url if url.startswith("/") else url


def share_image_url(image, root_url):
    """An absolute URL of the image's share rendition; None when its file is missing."""
    if not image:
        return None
    try:
        return absolute_url(root_url, image.get_rendition(SHARE_IMAGE_SPEC).url)
    except SourceImageIOError:
        return None  # a lost original: better no image in previews than a broken page
