"""Editors publish while visitors read: no errors for readers, no lost writes for editors.

    .venv/bin/python bench/publish_while_reading.py                 # SQLite (WAL)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
        .venv/bin/python bench/publish_while_reading.py

Production settings under gunicorn on 127.0.0.1; `wrk` reads the home page and a content page
for a fixed time while two editor processes each publish a fixed number of revisions of the same
page and of an agreement. Passes when every read got a 2xx, both editors finished, every revision
is in the database and the site serves the last published title. Bounded: --seconds, --publishes.
"""

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from server import (
    PYTHON,
    ROOT,
    ensure_wrk,
    fetch,
    gunicorn,
    manage,
    production_env,
    scratch_database,
)

CREATE = """
from tests.factories import make_partnership, make_standard_page
make_standard_page(title="Naujienos redakcijoje", slug="redakcija")
make_partnership(title="Redaguojama sutartis", slug="redaguojama-sutartis")
"""
PUBLISH = """
from pages.models import StandardPage
from partnerships.models import Partnership
for n in range({count}):
    page = StandardPage.objects.get(slug="redakcija")
    page.title = "Redaktorius {editor}, leidimas " + str(n + 1)
    page.save_revision().publish()
    agreement = Partnership.objects.get(slug="redaguojama-sutartis")
    agreement.title = "Sutartis, redaktorius {editor}, leidimas " + str(n + 1)
    agreement.save_revision().publish()
"""
COUNT = """
import json
from wagtail.models import Revision
from pages.models import StandardPage
from partnerships.models import Partnership
page = StandardPage.objects.get(slug="redakcija")
agreement = Partnership.objects.get(slug="redaguojama-sutartis")
print(json.dumps({
    "page_revisions": Revision.page_revisions.filter(object_id=str(page.pk)).count(),
    "agreement_revisions": Revision.objects.for_instance(agreement).count(),
    "title": page.title,
}))
"""


def wrk_errors(output):
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    return requests, errors + (int(non_2xx.group(1)) if non_2xx else 0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--publishes", type=int, default=40, help="per editor, page and agreement")
    args = parser.parse_args()
    wrk = ensure_wrk()

    with (
        tempfile.TemporaryDirectory(prefix="vvg-publish-") as tmp,
        scratch_database("publish", Path(tmp)) as (url, on_postgres),
    ):
        env = production_env(url, Path(tmp))
        manage(env, "collectstatic", "--noinput", "-v0")
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "shell", "--no-imports", "-c", CREATE)
        with gunicorn(env, workers=5) as base:
            readers = [
                subprocess.Popen(
                    [
                        wrk,
                        "-t1",
                        "-c8",
                        f"-d{args.seconds}s",
                        "--timeout",
                        "10s",
                        "-H",
                        "X-Forwarded-Proto: https",
                        base + path,
                    ],  # fmt: skip
                    stdout=subprocess.PIPE,
                    text=True,
                )
                for path in ("/", "/redakcija/")
            ]
            started = time.monotonic()
            editors = [
                subprocess.Popen(
                    [
                        PYTHON,
                        "manage.py",
                        "shell",
                        "--no-imports",
                        "-c",
                        PUBLISH.format(count=args.publishes, editor=editor),
                    ],  # fmt: skip
                    cwd=ROOT,
                    env=env,
                    stderr=subprocess.PIPE,
                    text=True,
                )
                for editor in (1, 2)
            ]
            editor_results = [(e.wait(), e.stderr.read()) for e in editors]
            publish_seconds = time.monotonic() - started
            read_results = [wrk_errors(r.communicate()[0]) for r in readers]

            counts = json.loads(manage(env, "shell", "--no-imports", "-c", COUNT).strip())
            served = fetch(base, "/redakcija/")[2]

    expected = 1 + 2 * args.publishes  # the factory's first publish, then both editors'
    database = "PostgreSQL" if on_postgres else "SQLite (WAL)"
    print(f"{database}: 2 editors × {args.publishes} publishes of a page and an agreement "
          f"in {publish_seconds:.1f} s, while wrk read for {args.seconds} s")  # fmt: skip
    for path, (requests, errors) in zip(("/", "/redakcija/"), read_results, strict=True):
        print(f"  reads of {path}: {requests} requests, {errors} errors")
    for n, (code, stderr) in enumerate(editor_results, start=1):
        print(f"  editor {n}: exit {code}" + (f"\n{stderr}" if code else ""))
    print(f"  last published title served: {counts['title'] in served}")
    print(f"  revisions: page {counts['page_revisions']}/{expected}, "
          f"agreement {counts['agreement_revisions']}/{expected}")  # fmt: skip
    ok = (
        all(errors == 0 for _, errors in read_results)
        and all(code == 0 for code, _ in editor_results)
        and counts["page_revisions"] == expected
        and counts["agreement_revisions"] == expected
        and counts["title"] in served
    )
    print("PASS: no read errors, no lost writes" if ok else "FAIL")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
