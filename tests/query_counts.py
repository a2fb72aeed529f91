"""SQL queries per page render, as a test pins them: cold (the first request of a new worker,
or the first after a publish: nothing cached, nothing kept for the content generation) and warm
(the next request of the same generation)."""

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from vvg_site.sitecache.generation import generation_memo


def forget_everything():
    """As a new worker: empty caches, nothing kept for the content generation."""
    for cache in caches.all():
        cache.clear()
    generation_memo.clear()


def queries_of(client, url, status=200):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return len(context.captured_queries)


def render_costs(client, url, status=200):
    """(cold, warm) queries of a render of `url`."""
    forget_everything()
    cold = queries_of(client, url, status)
    return cold, queries_of(client, url, status)
