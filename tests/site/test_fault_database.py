"""PostgreSQL goes away under the production settings in gunicorn: anonymous readers keep the
last cached copy of each page (marked stale), everything else gets the Lithuanian 503 page
(never a 500 or a traceback), /healthz/ answers 503, and the site recovers by itself, with
nothing written before the fault lost.

The database is reached through a TCP proxy the test stops and starts, cutting the workers'
kept connections mid-run. It runs in the PostgreSQL pass of the suite, on a database of its own
named after DATABASE_URL's (`..._fault`), created and dropped here.
"""

import os

import dj_database_url
import psycopg
import pytest

from tests.site.faults import (
    REDIS_DB,
    REDIS_PORT,
    Readers,
    editor_session,
    is_signed_in,
    require_service,
    wait_for,
)
from tests.site.production_server import ProductionServer
from tests.site.tcp_proxy import TcpProxy

DATABASE_URL = os.environ.get("DATABASE_URL", "")
pytestmark = pytest.mark.skipif(
    not DATABASE_URL.startswith("postgres"), reason="runs in the PostgreSQL pass of the suite"
)

CONTENT = """
import json
from tests.factories import make_partnership, make_partnership_index, make_standard_page
index = make_partnership_index()
make_partnership(title="Sutartis prieš duomenų bazės gedimą")
page = make_standard_page(title="Apie mus", slug="apie-mus")
unvisited = make_standard_page(title="Kontaktai", slug="kontaktai")
print(json.dumps({"index": index.url, "page": page.url, "unvisited": unvisited.url}))
"""
PUBLISH_AFTER = """
from tests.factories import make_partnership
make_partnership(title="Sutartis po duomenų bazės gedimo")
"""


@pytest.fixture(scope="module")
def database():
    settings = dj_database_url.parse(DATABASE_URL)
    name = f"{settings['NAME']}_fault"
    auth = settings["USER"] + (f":{settings['PASSWORD']}" if settings["PASSWORD"] else "")
    server = f"postgres://{auth}@{settings['HOST']}:{settings['PORT']}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    yield {"port": int(settings["PORT"] or 5432), "auth": auth, "name": name}
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def proxy(database):
    proxy = TcpProxy(database["port"]).start()
    yield proxy
    proxy.stop()


@pytest.fixture(scope="module")
def server(tmp_path_factory, database, proxy):
    require_service(REDIS_PORT, "Redis")
    server = ProductionServer(
        tmp_path_factory.mktemp("database-fault"),
        database_url=f"postgres://{database['auth']}@127.0.0.1:{proxy.port}/{database['name']}",
        # Shared by both workers, as in production: either can serve the other's copy.
        REDIS_URL=f"redis://127.0.0.1:{REDIS_PORT}/{REDIS_DB}",
        DATABASE_RETRY_SECONDS=1,
    )
    server.prepare()
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def content(server):
    return server.run_json(CONTENT)


def assert_outage_page(response):
    assert response.status == 503
    assert response.header("retry-after") == "30"
    assert "no-store" in response.header("cache-control")
    body = response.body.decode()
    assert "Svetainė laikinai nepasiekiama" in body
    assert "Traceback" not in body and "OperationalError" not in body


def test_database_outage_serves_cached_pages_stale_and_recovers(server, proxy, content):
    cached = [content["index"], content["page"], "/"]
    for path in cached:  # (the first render of all creates the site's settings record: a bump)
        assert wait_for(lambda path=path: server.get(path).header("x-page-cache") == "hit")
    session = editor_session(server, "duomenu-redaktore")
    assert is_signed_in(server, session)
    log_before = server.log_tail(size=10**6)

    with Readers(server, cached) as readers:
        wait_for(lambda: sum(readers.answers.values()) >= 6)
        proxy.stop()  # the workers' kept connections are cut while visitors are reading
        assert wait_for(lambda: readers.answers[(200, "stale")] >= 30)

        stale = server.get(content["index"], headers={"Accept-Encoding": "br"})
        assert (stale.status, stale.header("x-page-cache")) == (200, "stale")
        assert stale.header("content-encoding") is None  # only the uncompressed copy was cached
        assert "stale-if-error=" in stale.header("cache-control")
        assert_outage_page(server.get(content["unvisited"]))
        assert_outage_page(server.get("/admin/", headers={"Cookie": f"sessionid={session}"}))
        assert_outage_page(server.get(content["index"] + "?page=2"))  # not cached yet
        assert (server.get("/healthz/").status, server.get("/healthz/").body) == (
            503,
            b"database unavailable",
        )
        proxy.start()
        assert wait_for(lambda: server.get("/healthz/").body == b"ok")
        wait_for(lambda: readers.answers[(200, "hit")] >= 60)

    assert readers.errors == []
    assert set(readers.answers) <= {(200, "hit"), (200, "stale")}, readers.answers
    # Everything works again (each worker within its retry interval of a second), and what was
    # written before the fault is all there.
    assert wait_for(lambda: server.get(content["unvisited"]).status == 200, timeout=5)
    assert is_signed_in(server, session)
    server.run_python(PUBLISH_AFTER)
    listing = server.get(content["index"]).body.decode()
    assert "Sutartis prieš duomenų bazės gedimą" in listing
    assert "Sutartis po duomenų bazės gedimo" in listing
    # The outage is logged once per worker, without a traceback per request.
    log = server.log_tail(size=10**6)[len(log_before) :]
    assert 1 <= log.count("database unavailable, retrying every") <= 2, log
    assert "Traceback" not in log, log
