"""Proof that app servers hold no state: two gunicorns share PostgreSQL and Redis.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres REDIS_URL=redis://127.0.0.1:6379/5 \\
        .venv/bin/python bench/two_servers.py

Starts two gunicorn processes on different ports with the production settings, a scratch
PostgreSQL database and the given Redis; reads a page through both (so both caches hold it),
publishes a change from a third process (as an editor's server would) and checks that both
servers answer with the new content at once. Loopback only; the scratch database is dropped,
the cached pages stay in the given Redis database until they expire, so give it one of its own.
"""

import os
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import GUNICORN, ROOT, drop_database, fetch, free_port, manage, scratch_database  # noqa: E402

PUBLISH = """
from pages.models import StandardPage
page = StandardPage.objects.get(slug="apie-mus")
page.title = "{title}"
page.save_revision().publish()
"""
CREATE = """
from tests.factories import make_standard_page
make_standard_page(title="Apie mus", slug="apie-mus")
"""


def body(base, path):
    import urllib.request

    request = urllib.request.Request(base + path, headers={"X-Forwarded-Proto": "https"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read().decode(), response.headers.get("X-Page-Cache")


def main():
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL server (its database is not touched).")
    if not os.environ.get("REDIS_URL"):
        sys.exit("Set REDIS_URL, e.g. redis://127.0.0.1:6379/5")
    with tempfile.TemporaryDirectory(prefix="vvg-two-") as tmp:
        database_url, scratch = scratch_database(os.environ["DATABASE_URL"], "two", Path(tmp))
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "vvg_site.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1",
            # The servers answer on other ports; the address only names the site in its pages.
            "PUBLIC_BASE_URL": "http://127.0.0.1",
            "DATABASE_URL": database_url,
            "STATIC_ROOT": str(Path(tmp) / "static"),
            "PYTHONWARNINGS": "ignore",
        }
        servers = []
        try:
            manage(env, "collectstatic", "--noinput", "-v0")
            manage(env, "migrate", "--noinput", "-v0")
            manage(env, "shell", "--no-imports", "-c", CREATE)
            bases = []
            for _ in range(2):
                port = free_port()
                servers.append(
                    subprocess.Popen(
                        [
                            GUNICORN,
                            "vvg_site.wsgi",
                            "--bind",
                            f"127.0.0.1:{port}",
                            "--workers",
                            "2",
                            "--log-level",
                            "warning",
                        ],
                        cwd=ROOT,
                        env=env,
                    )
                )
                bases.append(f"http://127.0.0.1:{port}")
            for base in bases:
                for _ in range(100):
                    if fetch(base, "/healthz/")[0] == 200:
                        break
                    time.sleep(0.2)
            for base in bases:
                for _ in range(4):  # reach both workers, so every cache holds the page
                    body(base, "/apie-mus/")
            assert all(body(b, "/apie-mus/")[1] == "hit" for b in bases), "pages were not cached"

            manage(
                env, "shell", "--no-imports", "-c", PUBLISH.format(title="Apie mus ir partnerius")
            )
            ok = True
            for base in bases:
                for _ in range(4):
                    html, cache = body(base, "/apie-mus/")
                    fresh = "Apie mus ir partnerius" in html
                    ok &= fresh
                    print(f"{base}: {'fresh' if fresh else 'STALE'} (cache: {cache or 'miss'})")
            print("both servers serve the published change" if ok else "FAILED: stale content")
            sys.exit(0 if ok else 1)
        finally:
            for server in servers:
                server.terminate()
                server.wait(timeout=30)
            drop_database(scratch)


if __name__ == "__main__":
    main()
