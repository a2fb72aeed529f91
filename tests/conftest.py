"""Fixtures every area shares: empty caches per test, the home page, data built once per module."""

import contextlib

from django.core.cache import caches
from django.db import transaction
from django.utils import translation

import pytest

from vvg_site.sitecache.generation import generation_memo


@pytest.fixture(autouse=True)
def _empty_caches():
    """Each test starts with empty caches: database ids restart after a rollback, so a cached
    rendition or page of an earlier test could otherwise answer for a later test's object. The
    content generation restarts too, so what a process keeps per generation goes as well."""
    for cache in caches.all():
        cache.clear()
    generation_memo.clear()
    yield


@pytest.fixture(autouse=True)
def _default_language_after_each_test():
    """A request under /en/ leaves English active in the test's thread (LocaleMiddleware never
    resets it); the next test starts in the site's default language again, as a new request
    or command would."""
    yield
    translation.deactivate()


@pytest.fixture
def home(db):
    from tests.factories import home_page

    return home_page()


@pytest.fixture(scope="session")
def build_once(django_db_setup, django_db_blocker):
    """Data a module's tests share, built once, as Django's setUpTestData builds it.

    `with build_once(builder) as data:` in a module-scoped fixture runs the builder inside a
    transaction that is rolled back when the module ends; each test's `db` fixture then nests a
    savepoint in it, so a test's own changes are undone as before. Every database test of such a
    module must use the shared data (a module's other tests would see it too), and reach it through
    a function fixture that deep-copies it, so an object one test changes is fresh for the next.
    """

    @contextlib.contextmanager
    def build(builder):
        with django_db_blocker.unblock():
            outer = transaction.atomic()
            outer.__enter__()
            try:
                data = builder()
            except BaseException:
                transaction.set_rollback(True)
                outer.__exit__(None, None, None)
                raise
        try:
            yield data
        finally:
            with django_db_blocker.unblock():
                transaction.set_rollback(True)
                outer.__exit__(None, None, None)

    return build


def pytest_report_header(config):
    from tests.browser.gates import CHROMIUM_PATH, missing_tools

    missing = missing_tools()
    if missing:
        return ["browser tests (tests/browser/) will NOT run: " + "; ".join(missing)]
    return [f"browser tests: Chromium at {CHROMIUM_PATH}"]


def pytest_sessionstart(session):
    """Load the admin's URLs (and with them its views, forms and filters) in Lithuanian, as the
    web server does on its first request. The test database's `migrate` runs its checks with
    translations off (Django's @no_translations) and would otherwise load them first, leaving
    the few strings Wagtail translates at import time (e.g. the redirects' filter) in English."""
    from django.conf import settings
    from django.urls import get_resolver
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        get_resolver().url_patterns  # noqa: B018 - importing is the point
