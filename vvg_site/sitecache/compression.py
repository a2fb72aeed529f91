"""Brotli or gzip for public responses only, so no secret is ever compressed beside a reflected
input (BREACH): a page with a CSRF token, for a signed-in editor, or setting a cookie goes out
uncompressed, the admin included.

Django's GZipMiddleware compresses everything; this keeps its gzip step (compress_string with
random padding of the header, Django's own BREACH hardening) and adds Brotli from Google's
`brotli` bindings. It sits inside the page cache, which keys its copies by the encoding picked
here, so a cache hit is served already compressed.
"""

from django.conf import settings
from django.utils.cache import patch_vary_headers
from django.utils.text import compress_sequence, compress_string

import brotli

from vvg_site.sitecache.public import is_public_response, preferred_encoding

COMPRESSIBLE_TYPES = (
    "text/",
    "application/json",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/javascript",
    "image/svg+xml",
)
# Django's GZipMiddleware leaves out bodies this short: the headers would outweigh the saving.
MIN_LENGTH = 200
GZIP_RANDOM_BYTES = 100


class PublicCompressionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not self.may_compress(request, response):
            return response
        patch_vary_headers(response, ("Accept-Encoding",))
        encoding = preferred_encoding(request.META.get("HTTP_ACCEPT_ENCODING", ""))
        if encoding == "identity":
            return response
        if response.streaming:
            if response.is_async or encoding != "gzip":
                return response  # streamed bodies (large exports) only as gzip, synchronously
            response.streaming_content = compress_sequence(
                response.streaming_content, max_random_bytes=GZIP_RANDOM_BYTES
            )
            del response.headers["Content-Length"]
        else:
            compressed = self.compress(response.content, encoding)
            if len(compressed) >= len(response.content):
                return response
            response.content = compressed
            response.headers["Content-Length"] = str(len(compressed))
        etag = response.get("ETag")
        if etag and etag.startswith('"'):
            # The body differs by encoding: the ETag stays weak-equal across them (RFC 9110 8.8.1).
            response.headers["ETag"] = "W/" + etag
        response.headers["Content-Encoding"] = encoding
        return response

    @staticmethod
    def may_compress(request, response):
        if response.has_header("Content-Encoding"):
            return False
        if not response.streaming and len(response.content) < MIN_LENGTH:
            return False
        content_type = response.get("Content-Type", "").lower()
        if not content_type.startswith(COMPRESSIBLE_TYPES):
            return False
        return is_public_response(request, response)

    @staticmethod
    def compress(content, encoding):
        if encoding == "br":
            return brotli.compress(content, mode=brotli.MODE_TEXT, quality=settings.BROTLI_QUALITY)
        return compress_string(content, max_random_bytes=GZIP_RANDOM_BYTES)
