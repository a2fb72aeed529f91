import pytest

from tests.site.production_server import ProductionServer


@pytest.fixture(scope="session")
def production_server(tmp_path_factory):
    """The site under the production settings in gunicorn, shared by the session's tests.

    Its database is its own (a migrated SQLite file): data a test adds with run_python() stays
    for later tests, so add what your test needs under names of its own.
    """
    server = ProductionServer(tmp_path_factory.mktemp("production-server"))
    server.prepare()
    server.start()
    yield server
    server.stop()
