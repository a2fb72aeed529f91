"""Run inside the benchmark's database: SQL queries and compressed bytes for each page.

Usage (bench/run.py does it): python bench/queries.py URL... ; prints one JSON object.
Each page is rendered twice with the page cache off, and the second (steady) render counted,
so per-process warm-ups such as the Site lookup do not hide growth with N.
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
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

ASSET = re.compile(r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"')


def gzipped(body):
    return len(gzip.compress(body, compresslevel=6))


def main(paths):
    settings.PAGE_CACHE_ENABLED = False
    client = Client(
        HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https", raise_request_exception=False
    )
    results = {}
    for path in paths:
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        # Read now: the next request through the client resets the connection's query log.
        query_count = len(queries)
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
            "queries": query_count,
            "html_bytes_gz": gzipped(body),
            "page_bytes_gz": total,
        }
    print(json.dumps(results))


if __name__ == "__main__":
    main(sys.argv[1:])
