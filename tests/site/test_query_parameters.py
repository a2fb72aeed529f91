"""Whatever a visitor puts in the query string, public pages answer without a server error
and never echo it back unescaped (Hypothesis property tests, through the page cache too)."""

import re

from django.core.cache import cache
from django.test import override_settings

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from tests import factories

PARAMETERS = [
    "page",
    "partner",
    "year",
    "from",
    "to",
    "type",
    "country",
    "scope",
    "q",
    "project",
    "tag",
]
HOSTILE = st.sampled_from(
    ['"><script>alert(1)</script>', "javascript:alert(1)", "-1", "99999999999999999999", "%00"]
)
VALUES = st.one_of(HOSTILE, st.text(max_size=40))
INJECTION = re.compile(r'<[a-zA-Z/!?]|"\s*>|"\s*[\w-]+\s*=')


@pytest.fixture
def listing_urls(db):
    """Made once per test; Hypothesis runs every example against the same pages."""
    return [
        "/",
        factories.make_project_index().url,
        factories.make_partnership_index().url,
        factories.make_news_index().url,
        "/paieska/",
    ]


@pytest.fixture
def plain_pages(client, listing_urls):
    """Each listing without a query string: the markup of its own."""
    return {url: client.get(url).content.decode() for url in listing_urls}


@override_settings(PAGE_CACHE_ENABLED=True)
@hypothesis_settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.dictionaries(st.sampled_from(PARAMETERS), VALUES, max_size=4))
def test_listings_survive_any_query_string(client, listing_urls, plain_pages, query):
    cache.clear()
    for url in listing_urls:
        response = client.get(url, query)

        assert response.status_code < 500
        body = response.content.decode()
        for value in query.values():
            # Reflected raw, such a value would open a tag or leave an attribute; one the page's
            # own markup holds anyway (a lone `"`, `<p`) proves nothing either way.
            if INJECTION.search(value) and value not in plain_pages[url]:
                assert value not in body
