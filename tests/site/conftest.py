from django.contrib.auth.models import Group, User

import pytest

from tests.site.production_server import ProductionServer
from tests.site.signin_support import PASSWORD


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


@pytest.fixture
def superuser(home):
    return User.objects.create_superuser("vadove", "vadove@example.lt", PASSWORD)


@pytest.fixture
def editor(home):
    user = User.objects.create_user("redaktore", "redaktore@example.lt", PASSWORD)
    user.groups.add(Group.objects.get(name="Editors"))
    return user
