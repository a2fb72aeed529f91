from django.core.cache import caches

import pytest


@pytest.fixture(autouse=True)
def _empty_caches():
    """Each test starts with empty caches: database ids restart after a rollback, so a cached
    rendition or page of an earlier test could otherwise answer for a later test's object."""
    for cache in caches.all():
        cache.clear()
    yield


@pytest.fixture
def home(db):
    from tests.factories import home_page

    return home_page()


def pytest_report_header(config):
    from tests.browser.gates import CHROMIUM_PATH, missing_tools

    missing = missing_tools()
    if missing:
        return ["browser tests (tests/browser/) will NOT run: " + "; ".join(missing)]
    return [f"browser tests: Chromium at {CHROMIUM_PATH}"]
