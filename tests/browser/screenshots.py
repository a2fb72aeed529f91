"""`make screenshots`: every public page type at 360, 768 and 1280 px in both languages, and the
admin's dashboard and agreement form, as full-page PNG files for a person to look at.

The gates read a page's structure; a person reads its pixels (a link drawn in the colour of its
background passes every structural check). Run it after any change to a template or the CSS and
look at the pictures, at least at 360 and 1280 px in both languages:

    make screenshots                    # -> screenshots/<width>/<page type>.png
    .venv/bin/python -m tests.browser.screenshots --widths 360 --only bendradarbiavimas

It builds a throw-away SQLite database with the initial content (`load_initial_data`), serves it
with the test settings (DEBUG off, as in production) on a free port of 127.0.0.1 and photographs
it in Debian's Chromium. The page types are the gates' own list (site_pages.py), each at its
path in the initial content (SitePage.initial_path); a page that answers with another status
than its type expects is named and makes the run fail. Nothing is compared with earlier pictures.
"""

import argparse
import os
import re
import shutil
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WIDTHS = (360, 768, 1280)
HEIGHT = 800  # the first screen's height; the pictures are of the whole page
ADMIN_USER = "ekrano-nuotraukos"
ADMIN_PASSWORD = "ekrano-nuotraukos-slaptažodis"  # noqa: S105 - a throw-away database's account


def file_name(name):
    """A page type's name as a file name: "EN bendradarbiavimas, filtruota" ->
    "en-bendradarbiavimas-filtruota"."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def page_types():
    """{name: SitePage} of the gates' page types, learnt by building their data in a transaction
    that is rolled back: only the names and the initial content's paths are kept."""
    from django.db import transaction

    from tests.browser.site_pages import build_site_pages

    with transaction.atomic():
        pages = build_site_pages()
        transaction.set_rollback(True)
    return pages


def public_targets(pages):
    """[(file name, path, expected status)] of the page types the initial content has."""
    return [
        (file_name(name), site_page.initial_path, site_page.status)
        for name, site_page in pages.items()
        if site_page.initial_path is not None
    ]


def admin_targets():
    """[(file name, path, 200)] of the admin screens: the dashboard, a new agreement's form and
    the form of the initial content's newest agreement."""
    from django.urls import reverse

    from partnerships.models import Partnership

    newest = Partnership.objects.order_by("-signed_on", "pk").first()
    return [
        ("admin-darbalaukis", reverse("wagtailadmin_home"), 200),
        ("admin-nauja-sutartis", reverse("wagtailsnippets_partnerships_partnership:add"), 200),
        (
            "admin-sutarties-forma",
            reverse("wagtailsnippets_partnerships_partnership:edit", args=[newest.pk]),
            200,
        ),
    ]


_TALLEST_CONTENT = """() => Math.max(document.documentElement.scrollHeight,
    ...[...document.querySelectorAll("*")].filter((el) =>
        /(auto|scroll)/.test(getComputedStyle(el).overflowY)).map((el) => el.scrollHeight))"""


def sign_in(page, base_url, username, password):
    page.goto(base_url + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    with page.expect_navigation():
        page.press("input[name=password]", "Enter")
    if not page.url.rstrip("/").endswith("/admin"):
        raise RuntimeError(f"signing in to the admin failed: at {page.url}")


def take_screenshots(browser, base_url, targets, widths, folder, *, signed_in_as=None):
    """Photograph each (file name, path, status) of targets at each width into
    folder/<width>/<file name>.png. Returns the list of problems (a status not as expected)."""
    problems = []
    for width in widths:
        (Path(folder) / str(width)).mkdir(parents=True, exist_ok=True)
        context = browser.new_context(viewport={"width": width, "height": HEIGHT}, locale="lt-LT")
        page = context.new_page()
        if signed_in_as:
            sign_in(page, base_url, *signed_in_as)
        for name, path, status in targets:
            response = page.goto(base_url + path)
            # A page that loads nothing later (fonts, images) has settled; the admin's scripts
            # draw its panels after the load event.
            page.wait_for_load_state("networkidle")
            if response is None or response.status != status:
                got = response.status if response else "no response"
                problems.append(f"{path} answered {got}, its page type expects {status}")
            # The admin scrolls inside its own panel, which a full-page picture would cut at the
            # window's height: the window grows to the tallest scrolling content instead.
            tallest = page.evaluate(_TALLEST_CONTENT)
            if tallest > HEIGHT:
                page.set_viewport_size({"width": width, "height": tallest})
            page.screenshot(path=str(Path(folder) / str(width) / f"{name}.png"), full_page=True)
            page.set_viewport_size({"width": width, "height": HEIGHT})
        context.close()
    return problems


def _prepare_database(folder):
    """Point Django at a new SQLite database and media folder in `folder`, with the initial
    content and an admin account (before django.setup(): the settings read the environment)."""
    os.environ["DATABASE_URL"] = f"sqlite:///{Path(folder) / 'screenshots.sqlite3'}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "vvg_site.settings.test"
    # The ORM is used from the thread Playwright's sync API keeps an event loop in.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    import logging

    import django

    django.setup()
    # The 404 page types answer 404 on purpose: no "Not Found" line for each.
    logging.getLogger("django.request").setLevel(logging.ERROR)
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    settings.MEDIA_ROOT = str(Path(folder) / "media")
    call_command("migrate", verbosity=0, interactive=False)
    pages = page_types()
    call_command("load_initial_data", verbosity=0)
    get_user_model().objects.create_superuser(ADMIN_USER, "", ADMIN_PASSWORD)
    return pages


def _serve():
    """The live server the browser tests use (pytest-django's), on a free port of 127.0.0.1."""
    from pytest_django.live_server_helper import LiveServer

    return LiveServer("127.0.0.1")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(ROOT / "screenshots"), help="folder (emptied first)")
    parser.add_argument("--widths", default=",".join(map(str, WIDTHS)), help="e.g. 360,1280")
    parser.add_argument("--only", help="only the page types whose file name contains this")
    args = parser.parse_args(argv)
    widths = [int(width) for width in args.widths.split(",")]

    sys.path.insert(0, str(ROOT))
    from tests.browser import gates

    missing = [m for m in gates.missing_tools() if "Chromium" in m]
    if missing:
        sys.exit("screenshots not taken: " + "; ".join(missing))

    out = Path(args.out)
    with tempfile.TemporaryDirectory(prefix="vvg-screenshots-") as folder:
        print("Building the initial content in a throw-away database…", flush=True)
        pages = _prepare_database(folder)
        targets = public_targets(pages)
        admin = admin_targets()
        if args.only:
            targets = [t for t in targets if args.only in t[0]]
            admin = [t for t in admin if args.only in t[0]]
        server = _serve()
        base_url = server.url
        shutil.rmtree(out, ignore_errors=True)
        from playwright.sync_api import sync_playwright

        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=gates.CHROMIUM_PATH, args=gates.CHROMIUM_ARGS
                )
                problems = take_screenshots(browser, base_url, targets, widths, out)
                if admin:
                    problems += take_screenshots(
                        browser,
                        base_url,
                        admin,
                        widths,
                        out,
                        signed_in_as=(ADMIN_USER, ADMIN_PASSWORD),
                    )
                browser.close()
        finally:
            server.stop()
    skipped = [name for name, page in pages.items() if page.initial_path is None]
    count = (len(targets) + len(admin)) * len(widths)
    print(f"{count} screenshots in {out}/<width>/ (widths {', '.join(map(str, widths))}).")
    if skipped and not args.only:
        print("Not in the initial content, so not photographed: " + ", ".join(skipped) + ".")
    if problems:
        sys.exit("Pages that did not answer as their type expects:\n    " + "\n    ".join(problems))


if __name__ == "__main__":
    main()
