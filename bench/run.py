"""The load benchmark: production settings under gunicorn on loopback, driven by wrk.

    make bench                                  # N = 24 and 2,000 on SQLite
    DATABASE_URL=postgres://... make bench      # the same on a scratch PostgreSQL database
    make bench BENCH_ARGS="--sizes 24 --duration 3 --modes fresh"
    make bench BENCH_ARGS="--pages search,cooperation --no-publish"   # some page types only

For each N it builds a fresh database (migrate, the initial content, `seed_benchmark
--partnerships N`), then measures every public page type in both languages twice: with the page
cache off (a fresh render: what a URL nobody asked for since the last publish costs) and on (a
cached copy), each beside the static file (WhiteNoise, the ceiling) in the same server. Rotating
rows request a few hundred distinct URLs in turn (filter combinations, permalinks, partner
pages, searches), so nothing particular to one URL can be reused. "After publish" is the first
request for a page right after an agreement is published (a new content generation), beside
the steady fresh render. SQL counts are a fresh render's, cold (a new worker) and warm.
Nothing here is part of the test suite.
"""

import argparse
import json
import os
import random
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

# (label, Lithuanian path, English path); {...} are filled in from the seeded database.
PAGES = [
    ("home", "/", "/en/"),
    ("cooperation", "{coop}", "{coop_en}"),
    ("cooperation, filtered", "{coop}?partner={partner_slug}&year={year}",
     "{coop_en}?partner={partner_slug}&year={year}"),
    ("cooperation, ?page=2", "{coop}?page=2", "{coop_en}?page=2"),
    ("cooperation, a late page", "{coop}?page={late_page}", "{coop_en}?page={late_page}"),
    ("agreement permalink", "{agreement}", "{agreement_en}"),
    ("partner page", "{partner}", "{partner_en}"),
    ("projects", "/projektai/", "/en/projects/"),
    ("a project", "{project}", "{project_en}"),
    ("news index", "/naujienos/", "/en/news/"),
    ("a news item", "{news}", "{news_en}"),
    ("search, a word", "/paieska/?q=druskininkai", "/en/search/?q=cooperation"),
    ("type-ahead", "/paieska/pasiulymai/?q=drus", "/en/search/suggestions/?q=drus"),
    ("prose page", "/kontaktai/", "/en/contact/"),
    ("profile", "/apie-mus/", "/en/about-us/"),
    ("documents", "/apie-mus/dokumentai/", "/en/about-us/documents/"),
    ("partner map", "{coop}zemelapis/", "{coop_en}map/"),
]  # fmt: skip

DISCOVER = """
import json, random
from django.templatetags.static import static
from wagtail.models import Locale
from pages.models import NewsPage, ProjectPage
from partnerships.models import Partner, Partnership, PartnershipIndexPage
from partnerships.filters import PartnershipFilterSet

def url_in(page, language):
    found = page.get_translation_or_none(Locale.objects.get_for_language(language))
    return found.url if found is not None and found.live else None

coop = PartnershipIndexPage.objects.live().get(locale__language_code="lt")
coop_en = coop.get_translation(Locale.objects.get_for_language("en"))
agreement = (
    Partnership.objects.live().filter(partner_links__isnull=False).order_by("-signed_on").first()
)
partner = agreement.partners[0]
project = ProjectPage.objects.live().filter(locale__language_code="lt").first()
news = NewsPage.objects.live().filter(locale__language_code="lt").order_by("-date").first()
live = Partnership.objects.live()
facets = PartnershipFilterSet().facets
rng = random.Random(7)
filters = []
for year in facets["year"]:
    filters.append(f"year={year.value}")
for kind in facets["type"]:
    filters.append(f"type={kind.value}")
    for year in facets["year"][:6]:
        filters.append(f"type={kind.value}&year={year.value}")
for country in facets["country"]:
    filters.append(f"country={country.value}")
for p in facets["partner"]:
    filters.append(f"partner={p.value}")
for project_option in facets["project"]:
    filters.append(f"project={project_option.value}")
for scope in ("national", "international"):
    for year in facets["year"][:10]:
        filters.append(f"scope={scope}&from={year.value}")
for word in ("sutartis", "bendradarbiavimo", "vietos", "grupe", "turizmo", "kaimo", "projekto"):
    filters.append(f"q={word}")
rng.shuffle(filters)
slugs = list(live.values_list("slug", flat=True))
rng.shuffle(slugs)
partners = Partner.objects.filter(agreement_links__partnership__live=True).distinct()
partner_slugs = list(partners.values_list("slug", flat=True))
rng.shuffle(partner_slugs)
words = ["druskininkai", "vietos", "veiklos", "grupe", "sutartis", "sutarciu", "projektas",
         "turizmas", "kaimo", "bendradarbiavimas", "alytaus", "zydinti", "lietuva", "vokietija",
         "austrija", "estija", "sakartvelas", "universitetas", "biblioteka", "kultura"]
print(json.dumps({
    "static": static("css/site.css"),
    "coop": coop.url, "coop_en": coop_en.url,
    "agreement": coop.route_url("agreement", agreement.slug),
    "agreement_en": coop_en.route_url("agreement", agreement.slug),
    "partner": coop.route_url("partner", partner.slug),
    "partner_en": coop_en.route_url("partner", partner.slug),
    "partner_slug": partner.slug,
    "year": agreement.signed_on.year,
    "late_page": max(1, (live.count() - 1) // 20 + 1 - 1),
    "project": project.url, "project_en": url_in(project, "en"),
    "news": news.url, "news_en": url_in(news, "en"),
    "rotations": {
        "cooperation, filter URLs in turn": [coop.url + "?" + f for f in filters[:300]],
        "cooperation (en), filter URLs in turn": [coop_en.url + "?" + f for f in filters[:300]],
        "permalinks in turn": [coop.route_url("agreement", s) for s in slugs[:300]],
        "partner pages in turn": [coop.route_url("partner", s) for s in partner_slugs[:300]],
        "search, words in turn": [f"/paieska/?q={w}" for w in words],
        "search (en), words in turn": [f"/en/search/?q={w}" for w in words],
    },
}))
"""

# Publishes one agreement again (a new revision: its card changes, and a new content
# generation begins), then times the first request for the page and the next ones.
AFTER_PUBLISH = """
import json, os, time, urllib.request
from partnerships.models import Partnership
base, paths = os.environ["BENCH_BASE"], json.loads(os.environ["BENCH_PATHS"])
agreement = Partnership.objects.live().order_by("-signed_on").first()
timings = {}
def get(path):
    request = urllib.request.Request(base + path, headers={"X-Forwarded-Proto": "https"})
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=60) as response:
        response.read()
    return (time.perf_counter() - start) * 1000
for path in paths:
    get(path)
    # A visible change: the title gains or loses a star.
    marked = agreement.title.endswith("*")
    agreement.title = agreement.title.rstrip(" *") + ("" if marked else " *")
    agreement.save_revision().publish()
    first = get(path)
    # Each worker rebuilds what the generation shares once: take the slower of two.
    first = max(first, get(path))
    later = sorted(get(path) for _ in range(7))[3]
    timings[path] = {"after_publish_ms": first, "warm_ms": later}
print(json.dumps(timings))
"""

ROTATE_LUA = """
local paths = {%s}
local i = 0
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
"""


def parse_duration_ms(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def run_wrk(wrk, url, args, duration=None, script=None):
    duration = duration or args.duration
    command = [wrk, f"-t{args.threads}", f"-c{args.connections}", f"-d{duration}s",
               "--latency", "--timeout", "10s", "-H", "X-Forwarded-Proto: https"]  # fmt: skip
    if script:
        command += ["-s", script]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
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


def rotation_script(paths, workdir, name):
    script = workdir / f"rotate-{abs(hash(name))}.lua"
    script.write_text(ROTATE_LUA % ", ".join(json.dumps(path) for path in paths))
    return str(script)


def measure(base, wrk, args, urls, rotations, workdir, notes):
    rows = []
    for label, language, path in urls:
        status = fetch(base, path)[0]  # the first request also fills the page cache
        if status != 200:
            note = f"{label} ({path}) answers {status}: skipped"
            if note not in notes:  # (once, not once per mode)
                notes.append(note)
            continue
        # Every worker loads URLs, templates and connections on its first requests.
        run_wrk(wrk, base + path, args, duration=2)
        result = run_wrk(wrk, base + path, args)
        rows.append({"label": label, "language": language, "path": path, **result})
    for label, paths in rotations.items():
        if not paths:
            continue
        script = rotation_script(paths, workdir, label)
        result = run_wrk(wrk, base + paths[0], args, script=script)
        rows.append({"label": f"{label} ({len(paths)})", "language": "", "path": "", **result})
    return rows


def bench_size(size, args, wrk, workdir):
    notes = []
    with scratch_database(size, workdir) as (database_url, _):
        env = production_env(database_url, workdir)
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
        urls = [("static file (ceiling)", "", found["static"])]
        for label, lithuanian, english in PAGES:
            if args.pages and not any(word in label for word in args.pages):
                continue
            for language, template in (("lt", lithuanian), ("en", english)):
                path = template.format(**found)
                if "None" in path:
                    notes.append(f"{label} ({language}): no such page in this database")
                    continue
                urls.append((label, language, path))
        results = {}
        for mode in args.modes:
            mode_env = {**env, "PAGE_CACHE_ENABLED": "0" if mode == "fresh" else "1"}
            rotations = found["rotations"] if mode == "fresh" and not args.no_rotations else {}
            if args.pages:
                rotations = {
                    label: paths
                    for label, paths in rotations.items()
                    if any(word in label for word in args.pages)
                }
            with gunicorn(mode_env, args.workers) as base:
                results[mode] = measure(base, wrk, args, urls, rotations, workdir, notes)
                if mode == "fresh" and not args.no_publish:
                    # The pages measured (not the static file, nor one skipped as missing).
                    paths = [
                        row["path"]
                        for row in results[mode]
                        if row["path"] and not row["label"].startswith("static")
                    ]
                    publish_env = {**mode_env, "BENCH_BASE": base, "BENCH_PATHS": json.dumps(paths)}
                    out = manage(publish_env, "shell", "--no-imports", "-c", AFTER_PUBLISH)
                    results["after_publish"] = json.loads(out.strip().splitlines()[-1])

        measured = json.loads(
            subprocess.run(
                [PYTHON, "bench/queries.py", *[path for _l, _lang, path in urls[1:]]],
                cwd=ROOT,
                env={**env, "PAGE_CACHE_ENABLED": "0"},
                capture_output=True,
                text=True,
                check=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        results["queries"] = measured
    return results, notes


def print_table(size, results, notes):
    fresh = results.get("fresh", [])
    cached = {(r["label"], r["language"]): r for r in results.get("cached", [])}
    published = results.get("after_publish", {})
    queries = results.get("queries", {})

    def ceiling(rows):
        return next((r["rps"] for r in rows if r["label"].startswith("static")), None)

    fresh_ceiling, cached_ceiling = ceiling(fresh), ceiling(results.get("cached", []))
    print(f"\nN = {size} agreements")
    header = (f"{'page':<42} {'lang':<4} {'fresh/s':>8} {'median':>8} {'p99':>8} {'÷static':>7} "
              f"{'cached/s':>8} {'÷static':>7} {'publish':>8} {'SQL':>6} {'err':>4}")  # fmt: skip
    print(header)
    print("-" * len(header))
    for row in fresh or results.get("cached", []):
        key = (row["label"], row["language"])
        hit = cached.get(key)
        sql = queries.get(row["path"])
        after = published.get(row["path"], {}).get("after_publish_ms")
        sql_text = f"{sql['cold']}/{sql['warm']}" if sql else "-"
        after_text = f"{after:.0f}ms" if after else "-"
        hit_rps = hit["rps"] if hit else 0
        print(
            f"{row['label']:<42} {row['language']:<4} {row['rps']:>8.0f} "
            f"{row['p50_ms']:>6.1f}ms {row['p99_ms']:>6.1f}ms "
            f"{row['rps'] / fresh_ceiling if fresh_ceiling else 0:>7.3f} "
            f"{hit_rps:>8.0f} {hit_rps / cached_ceiling if cached_ceiling else 0:>7.3f} "
            f"{after_text:>8} {sql_text:>6} {row['errors'] + (hit['errors'] if hit else 0):>4}"
        )
    for note in notes:
        print(f"  note: {note}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="24,2000", help="comma-separated agreement counts")
    parser.add_argument("--duration", type=int, default=6, help="seconds per URL")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument("--modes", type=lambda text: text.split(","), default=["fresh", "cached"])
    parser.add_argument(
        "--pages",
        type=lambda text: text.split(","),
        help="only the page types whose label contains one of these words, e.g. search,home",
    )
    parser.add_argument("--no-rotations", action="store_true")
    parser.add_argument("--no-publish", action="store_true")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()

    wrk = ensure_wrk()
    on_postgres = os.environ.get("DATABASE_URL", "").startswith("postgres")
    database = "PostgreSQL" if on_postgres else "SQLite"
    print(
        f"machine: {os.cpu_count()} CPUs, {cpu_model()}; database: {database}; "
        f"gunicorn: {args.workers} sync workers; wrk: {args.threads} threads, "
        f"{args.connections} connections, {args.duration}s per URL"
    )
    random.seed(7)
    everything = {}
    with tempfile.TemporaryDirectory(prefix="vvg-bench-") as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            results, notes = bench_size(size, args, wrk, Path(tmp))
            print_table(size, results, notes)
            everything[size] = {**results, "notes": notes}
    if args.json:
        Path(args.json).write_text(json.dumps(everything, indent=2, ensure_ascii=False))


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
