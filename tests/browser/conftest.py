"""Browser tests: Debian's Chromium through pytest-playwright, pages served by `live_server`.

Without Chromium (or the npm checkers, or Java) these tests are skipped with the reason; with
REQUIRE_BROWSER=1 (set by .ci/run) the same lack is a failure.
"""

import os
from pathlib import Path

import pytest

from tests.browser import gates

# Playwright's sync API keeps an event loop running in this thread, which trips Django's
# async-safety check on every ORM call the tests make to build their data.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config, items):
    for item in items:
        if HERE in Path(item.path).resolve().parents:
            item.add_marker(pytest.mark.browser)
            if "live_server" in getattr(item, "fixturenames", ()):
                # The live server sees only committed data, which is flushed after each test;
                # serialized rollback restores what the migrations made (the home page, the
                # site) for the tests that follow.
                item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))


@pytest.fixture(scope="session", autouse=True)
def _browser_tools():
    missing = gates.missing_tools()
    if missing:
        reason = "browser tests not run: " + "; ".join(missing)
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(reason + " (REQUIRE_BROWSER=1)", pytrace=False)
        pytest.skip(reason)


@pytest.fixture(scope="session", autouse=True)
def _serialized_rollback_across_playwright(_browser_tools, django_db_setup, request):
    """Starting Playwright's sync API changes the thread's context variables, and Django keeps a
    connection object per context: the connection the tests then see lacks the database snapshot
    that serialized rollback restores. Hand the snapshot over once Playwright runs."""
    from django.db import connections

    snapshots = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    request.getfixturevalue("playwright")
    for alias, snapshot in snapshots.items():
        if not hasattr(connections[alias], "_test_serialized_contents"):
            connections[alias]._test_serialized_contents = snapshot


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": gates.CHROMIUM_PATH,
        "args": gates.CHROMIUM_ARGS,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "lt-LT"}


@pytest.fixture
def context(new_context):
    """The `page` fixture's browser: a 1280x800 desktop (new_context(viewport=...) for others)."""
    return new_context(viewport=gates.DESKTOP)


@pytest.fixture(autouse=True)
def _forget_cached_renditions():
    """Each test's data is flushed and ids come round again; Wagtail's cached renditions (and any
    other in-memory cache entry) would then describe the previous test's images."""
    from django.core.cache import caches
    from django.core.cache.backends.locmem import LocMemCache

    for cache in caches.all():
        if isinstance(cache, LocMemCache):
            cache.clear()


@pytest.fixture
def site_pages(live_server):
    """{name: absolute URL or (URL, status)} of every public page type, data included."""
    from tests.browser.site_pages import build_site_pages

    return {
        name: (live_server.url + page.path, page.status)
        for name, page in build_site_pages().items()
    }


EDITOR_PASSWORD = "slaptas-redaktoriaus-žodis"


@pytest.fixture
def admin_page(page, live_server):
    """A page logged into the Wagtail admin as superuser "redaktorius", through the login form."""
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_superuser("redaktorius", "", EDITOR_PASSWORD)
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", "redaktorius")
    page.fill("input[name=password]", EDITOR_PASSWORD)
    with page.expect_navigation():
        page.press("input[name=password]", "Enter")
    assert page.url.rstrip("/").endswith("/admin"), f"admin login failed: at {page.url}"
    return page
