"""The load benchmark: production settings under gunicorn on loopback, driven by wrk.

    make bench                                  # N = 24 and 2,000 on SQLite
    DATABASE_URL=postgres://... make bench      # the same on a scratch PostgreSQL database
    make bench BENCH_ARGS="--sizes 24 --duration 3 --urls bench/urls.txt"

For each N it builds a fresh database (migrate, the initial content when `load_initial_data`
exists, `seed_benchmark --partnerships N`), starts gunicorn, and measures each URL with a fixed
number of connections for a fixed time, sending `X-Forwarded-Proto: https` as the load balancer
does. A URL that answers 404 is skipped with a note (a part of the site not merged yet).
Nothing here is part of the test suite.
"""

import argparse
import json
import os
import re
import subprocess
import tempfile
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

# {index}, {partner}, {partner_slug}, {year}, {static} are filled in from the seeded database.
DEFAULT_URLS = [
    ("static file (ceiling)", "{static}"),
    ("/healthz/", "/healthz/"),
    ("home", "/"),
    ("Bendradarbiavimas", "{index}"),
    ("filtered", "{index}?partner={partner_slug}&year={year}"),
    ("page 3", "{index}?page=3"),
    ("partner page", "{partner}"),
    ("export.json", "{index}export.json"),
    ("news index", "/naujienos/"),
    ("search", "/paieska/?q=druskininkai"),
    ("search, 2 words", "/paieska/?q=vietos+veiklos+grupes"),
    ("search, one kind", "/paieska/?q=sutartis&rusis=sutartys&page=2"),
    ("filtered by words", "{index}?q=sumaniu+kaimu"),
    ("type-ahead", "/paieska/pasiulymai/?q=drus"),
]

DISCOVER = """
import json
from django.templatetags.static import static
from partnerships.models import Partner, Partnership, PartnershipIndexPage
index = PartnershipIndexPage.objects.live().first()
agreement = (
    Partnership.objects.live().filter(partner_links__isnull=False).order_by("-signed_on").first()
)
partner = agreement.partners[0]
print(json.dumps({
    "static": static("css/site.css"),
    "index": index.url,
    "partner": index.route_url("partner", partner.slug),
    "partner_slug": partner.slug,
    "year": agreement.signed_on.year,
}))
"""


def parse_duration_ms(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def run_wrk(wrk, url, args, duration=None):
    duration = duration or args.duration
    command = [wrk, f"-t{args.threads}", f"-c{args.connections}", f"-d{duration}s",
               "--latency", "--timeout", "10s", "-H", "X-Forwarded-Proto: https", url]  # fmt: skip
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    percentiles = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", output, re.M))
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output)) + int(
        (re.search(r"Non-2xx or 3xx responses: (\d+)", output) or [0, 0])[1]
    )
    return {
        "rps": rps,
        "p50_ms": parse_duration_ms(percentiles["50"]),
        "p99_ms": parse_duration_ms(percentiles["99"]),
        "errors": errors,
    }


def bench_size(size, args, wrk, workdir):
    notes = []
    with scratch_database(size, workdir) as (database_url, _):
        env = production_env(
            database_url, workdir, PAGE_CACHE_ENABLED="0" if args.no_page_cache else "1"
        )
        manage(env, "collectstatic", "--noinput", "-v0")
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "load_initial_data")
        # A developer's command: the dev settings install it, on the same scratch database.
        manage(
            {**env, "DJANGO_SETTINGS_MODULE": "vvg_site.settings.dev"},
            "seed_benchmark",
            "--partnerships",
            str(size),
        )
        found = json.loads(manage(env, "shell", "--no-imports", "-c", DISCOVER).strip())
        urls = [(label, template.format(**found)) for label, template in args.urls]

        rows = []
        with gunicorn(env, args.workers) as base:
            for label, path in urls:
                status = fetch(base, path)[0]  # the first request also fills the page cache
                if status == 404:
                    notes.append(f"{label} ({path}) answers 404: skipped")
                    continue
                if status != 200:
                    notes.append(f"{label} ({path}) answers {status}: skipped, see the log above")
                    continue
                # Every worker loads URLs, templates and connections on its first requests.
                run_wrk(wrk, base + path, args, duration=2)
                result = run_wrk(wrk, base + path, args)
                rows.append({"label": label, "path": path, "status": status, **result})

        measured = json.loads(
            subprocess.run(
                [PYTHON, "bench/queries.py", *[row["path"] for row in rows]],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        for row in rows:
            row.update(measured.get(row["path"], {}))
    return rows, notes


def print_table(size, rows, notes):
    ceiling = next((r["rps"] for r in rows if r["label"].startswith("static")), None)
    print(f"\nN = {size} agreements")
    header = (f"{'page':<22} {'status':>6} {'req/s':>8} {'median':>8} {'p99':>8} {'errors':>6} "
              f"{'÷static':>7} {'SQL':>4} {'KB gz':>6}")  # fmt: skip
    print(header)
    print("-" * len(header))
    for r in rows:
        ratio = f"{r['rps'] / ceiling:.0%}" if ceiling else "-"
        print(
            f"{r['label']:<22} {r['status']!s:>6} {r['rps']:>8.0f} {r['p50_ms']:>6.1f}ms "
            f"{r['p99_ms']:>6.1f}ms {r['errors']:>6} {ratio:>7} {r.get('queries', '-')!s:>4} "
            f"{r.get('page_bytes_gz', 0) / 1024:>6.1f}"
        )
    for note in notes:
        print(f"  note: {note}")


def read_urls(path):
    urls = []
    for line in Path(path).read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            label, _, url = line.partition("\t")
            urls.append((label.strip(), url.strip() or label.strip()))
    return urls


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="24,2000", help="comma-separated agreement counts")
    parser.add_argument("--duration", type=int, default=10, help="seconds per URL")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--workers", type=int, default=(os.cpu_count() or 1) * 2 + 1)
    parser.add_argument(
        "--urls", type=read_urls, default=DEFAULT_URLS, help="file of 'label<TAB>path' lines"
    )
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument(
        "--no-page-cache", action="store_true", help="measure every request rendered afresh"
    )
    args = parser.parse_args()

    wrk = ensure_wrk()
    on_postgres = os.environ.get("DATABASE_URL", "").startswith("postgres")
    database = "PostgreSQL" if on_postgres else "SQLite"
    print(
        f"machine: {os.cpu_count()} CPUs, {cpu_model()}; database: {database}; "
        f"gunicorn workers: {args.workers}; wrk: {args.connections} connections, "
        f"{args.duration}s per URL; page cache {'off' if args.no_page_cache else 'on'}"
    )
    results = {}
    with tempfile.TemporaryDirectory(prefix="vvg-bench-") as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            rows, notes = bench_size(size, args, wrk, Path(tmp))
            print_table(size, rows, notes)
            results[size] = {"rows": rows, "notes": notes}
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False))


def cpu_model():
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


if __name__ == "__main__":
    main()
