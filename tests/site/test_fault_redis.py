"""Redis goes away under the production settings in gunicorn: the site keeps serving every page
(rendered without the cache), editors stay signed in, /healthz/ says `degraded` with a 200, the
outage is logged once per worker, and all comes back when Redis does.

Redis is reached through a TCP proxy the test stops and starts, so connections are cut
mid-run while Redis itself keeps its data (as in a network fault).
"""

import pytest

from tests.site.faults import (
    REDIS_DB,
    REDIS_PORT,
    Readers,
    editor_session,
    is_signed_in,
    require_service,
    sign_out,
    wait_for,
)
from tests.site.tcp_proxy import TcpProxy

PAGES = """
import json
from tests.factories import make_partnership, make_partnership_index, make_standard_page
index = make_partnership_index(title="Bendradarbiavimas (Redis)", slug="bendradarbiavimas-redis")
make_partnership(title="Sutartis prieš Redis gedimą")
page = make_standard_page(title="Apie mus (Redis)", slug="apie-mus-redis")
print(json.dumps({"index": index.url, "page": page.url}))
"""


@pytest.fixture(scope="module")
def redis_proxy():
    require_service(REDIS_PORT, "Redis")
    proxy = TcpProxy(REDIS_PORT).start()
    yield proxy
    proxy.stop()


@pytest.fixture(scope="module")
def server(production_server, redis_proxy):
    """The session's production server, restarted with Redis behind the proxy for this module."""
    production_server.restart(
        REDIS_URL=f"redis://127.0.0.1:{redis_proxy.port}/{REDIS_DB}", CACHE_RETRY_SECONDS=1
    )
    yield production_server
    production_server.restart()


@pytest.fixture(scope="module")
def pages(server):
    return server.run_json(PAGES)


def test_redis_outage_degrades_to_rendering_and_recovers(server, redis_proxy, pages):
    paths = [pages["index"], pages["page"], "/"]
    for path in paths:  # (the first render of all creates the site's settings record: a bump)
        assert wait_for(lambda path=path: server.get(path).header("x-page-cache") == "hit")
    assert server.get("/healthz/").body == b"ok"
    log_before = server.log_tail(size=10**6)

    with Readers(server, paths) as readers:
        wait_for(lambda: sum(readers.answers.values()) >= 6)
        redis_proxy.stop()  # connections cut while visitors are reading
        wait_for(lambda: readers.answers[(200, None)] >= 30)
        health = server.get("/healthz/")
        assert (health.status, health.body) == (200, b"degraded: cache unavailable")
        redis_proxy.start()
        assert wait_for(lambda: server.get("/healthz/").body == b"ok", timeout=10)
        wait_for(lambda: readers.answers[(200, "hit")] >= 40)

    assert readers.errors == []
    assert set(readers.answers) <= {(200, "hit"), (200, None)}, readers.answers
    assert readers.answers[(200, None)] >= 30  # rendered without the cache during the outage
    # Logged once per outage and worker (two workers), not per request; the recovery too.
    log = server.log_tail(size=10**6)[len(log_before) :]
    assert 1 <= log.count("unavailable, retrying every") <= 2, log
    assert 1 <= log.count("available again") <= 2, log
    assert "Traceback" not in log
    # What was cached before the fault is served from Redis again (each worker after its back-off).
    assert wait_for(lambda: server.get(pages["index"]).header("x-page-cache") == "hit")
    assert "Sutartis prieš Redis gedimą" in server.get(pages["index"]).body.decode()


def test_editors_stay_signed_in_while_redis_is_down(server, redis_proxy):
    session = editor_session(server, "redis-redaktore")
    assert is_signed_in(server, session)

    redis_proxy.stop()
    try:
        assert is_signed_in(server, session)
    finally:
        redis_proxy.start()
    assert is_signed_in(server, session)


def test_signing_out_while_redis_is_down_stays_signed_out_when_it_returns(server, redis_proxy):
    session = editor_session(server, "redis-atsijungianti")
    assert is_signed_in(server, session)  # read once while Redis works, as a cache would keep it

    redis_proxy.stop()
    try:
        assert sign_out(server, session).status == 302
        assert not is_signed_in(server, session)
    finally:
        redis_proxy.start()

    assert wait_for(lambda: server.get("/healthz/").body == b"ok", timeout=10)
    assert not is_signed_in(server, session)
