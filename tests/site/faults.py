"""What the fault tests share: an editor's session made in the server's own environment, HTTP
helpers for cookies and the admin's forms, and counting what the site answers during an outage."""

import collections
import secrets
import socket
import threading
import time

REDIS_PORT = 6379
# A Redis database of the fault tests' own (the suite never flushes it; keys carry the port).
REDIS_DB = 14

EDITOR_SESSION = """
import json
from importlib import import_module
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.auth.models import Permission
user = get_user_model().objects.create_user("{username}", password="nenaudojamas-slaptazodis")
user.user_permissions.add(Permission.objects.get(codename="access_admin"))
store = import_module(settings.SESSION_ENGINE).SessionStore()
store[SESSION_KEY] = str(user.pk)
store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
store[HASH_SESSION_KEY] = user.get_session_auth_hash()
store.save()
print(json.dumps({{"session": store.session_key}}))
"""


def require_service(port, name):
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    except OSError as error:
        raise AssertionError(f"{name} is not running on 127.0.0.1:{port}: {error}") from error


def editor_session(server, username):
    """A signed-in editor (admin access, no second factor enrolled): the session key."""
    return server.run_json(EDITOR_SESSION.format(username=username))["session"]


def sign_out(server, session_key):
    """Signs out through the admin's form, as a browser would: a CSRF cookie and the same value
    in the form (Django accepts the unmasked secret as the form's token)."""
    csrf = secrets.token_hex(16)  # 32 characters, CSRF_SECRET_LENGTH
    return server.request(
        "POST",
        "/admin/logout/",
        body=f"csrfmiddlewaretoken={csrf}",
        headers={
            "Cookie": f"sessionid={session_key}; csrftoken={csrf}",
            "Content-Type": "application/x-www-form-urlencoded",
            "Referer": f"https://127.0.0.1:{server.port}/admin/",
        },
    )


def is_signed_in(server, session_key):
    response = server.get("/admin/", headers={"Cookie": f"sessionid={session_key}"})
    assert response.status in (200, 302), response.status
    return response.status == 200


def wait_for(check, timeout=15, interval=0.2):
    """Polls check() until it returns something true; fails with its last value."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(interval)


class Readers:
    """Visitors reading paths in a loop from a thread, counting (status, X-Page-Cache) answers,
    so an outage can begin and end while requests are in flight."""

    def __init__(self, server, paths):
        self.server = server
        self.paths = paths
        self.answers = collections.Counter()
        self.errors = []
        self.running = threading.Event()
        self.thread = None

    def __enter__(self):
        self.running.set()
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.running.clear()
        self.thread.join(timeout=30)

    def _read(self):
        while self.running.is_set():
            for path in self.paths:
                try:
                    response = self.server.get(path, timeout=10)
                except OSError as error:
                    self.errors.append(repr(error))
                    continue
                self.answers[(response.status, response.header("x-page-cache"))] += 1
