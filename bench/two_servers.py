"""Proof that app servers hold no state: two gunicorns share PostgreSQL and Redis.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres REDIS_URL=redis://127.0.0.1:6379/5 \\
        .venv/bin/python bench/two_servers.py

Starts two gunicorn processes on different ports with the production settings, a scratch
PostgreSQL database and the given Redis; reads a page through both (so both caches hold it),
publishes a change from a third process (as an editor's server would) and checks that both
servers answer with the new content at once. Loopback only; the scratch database is dropped,
the cached pages stay in the given Redis database until they expire, so give it one of its own.
"""

import contextlib
import os
import sys
import tempfile
from pathlib import Path

from server import fetch, gunicorn, manage, production_env, scratch_database

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


def main():
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL server (its database is not touched).")
    if not os.environ.get("REDIS_URL"):
        sys.exit("Set REDIS_URL, e.g. redis://127.0.0.1:6379/5")
    with (
        tempfile.TemporaryDirectory(prefix="vvg-two-") as tmp,
        scratch_database("two", Path(tmp)) as (database_url, _),
        contextlib.ExitStack() as servers,
    ):
        env = production_env(database_url, Path(tmp))
        manage(env, "collectstatic", "--noinput", "-v0")
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "shell", "--no-imports", "-c", CREATE)
        bases = [servers.enter_context(gunicorn(env, workers=2)) for _ in range(2)]
        for base in bases:
            for _ in range(4):  # reach both workers, so every cache holds the page
                fetch(base, "/apie-mus/")
        assert all(fetch(b, "/apie-mus/")[1] == "hit" for b in bases), "pages were not cached"

        manage(env, "shell", "--no-imports", "-c", PUBLISH.format(title="Apie mus ir partnerius"))
        ok = True
        for base in bases:
            for _ in range(4):
                _, cache, html = fetch(base, "/apie-mus/")
                fresh = "Apie mus ir partnerius" in html
                ok &= fresh
                print(f"{base}: {'fresh' if fresh else 'STALE'} (cache: {cache or 'miss'})")
        print("both servers serve the published change" if ok else "FAILED: stale content")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
