"""Run inside the benchmark's database: SQL queries and compressed bytes for each page.

Usage (bench/run.py does it): python bench/queries.py URL... ; prints one JSON object.
Each page is rendered with the page cache off, twice: `cold` as the first request of a new
worker (nothing cached, nothing kept for the content generation), `warm` as the next one.
"""

import gzip
import json
import re
import sys
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import caches  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

try:  # what a process keeps per content generation (none before it existed)
    from vvg_site.sitecache.generation import generation_memo  # noqa: E402
except ImportError:
    generation_memo = None

ASSET = re.compile(r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"')


def gzipped(body):
    return len(gzip.compress(body, compresslevel=6))


def count(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    # Read now: the next request through the client resets the connection's query log.
    return response, len(queries)


def main(paths):
    settings.PAGE_CACHE_ENABLED = False
    client = Client(
        HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https", raise_request_exception=False
    )
    client.get("/healthz/")  # the connection itself
    results = {}
    for path in paths:
        for cache in caches.all():
            cache.clear()
        if generation_memo is not None:
            generation_memo.clear()
        _response, cold = count(client, path)
        response, warm = count(client, path)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        total = gzipped(body)
        if response.get("Content-Type", "").startswith("text/html"):
            for asset in set(ASSET.findall(body.decode(errors="replace"))):
                asset_response = client.get(asset)
                if asset_response.status_code == 200:
                    content = b"".join(asset_response.streaming_content)
                    total += gzipped(content)
        results[path] = {
            "status": response.status_code,
            "cold": cold,
            "warm": warm,
            "html_bytes_gz": gzipped(body),
            "page_bytes_gz": total,
        }
    print(json.dumps(results))


if __name__ == "__main__":
    main(sys.argv[1:])
