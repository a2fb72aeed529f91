"""The site as production runs it: `vvg_site.settings.production` under gunicorn, over real HTTP.

The test settings differ from production on purpose (they serve static files from the source
folders, skip the page cache, relax two-factor sign-in), so what only production does (its URL
routes, its middleware, HTTPS behind the load balancer) is proved here: a database and media
folder of its own in a temp directory (SQLite unless a database URL is given), migrated, static
files collected, gunicorn on a free loopback port. Tests make their data with run_python() in the
server's own environment and ask over HTTP with request(). restart() starts it again with other
environment variables (a Redis that is down, a database that is gone).

Migrating (some 15 CPU-seconds) and collecting static files (some 20: WhiteNoise compresses
Wagtail's admin files twice) are done once and kept in the temp folder for later sessions, each
under a fingerprint of everything that shapes it: every migration file, the project's apps' code
and the installed packages for the database; every static source file for the static files. A
session copies the database and serves the static files from there (read only).
"""

import contextlib
import hashlib
import http.client
import importlib.metadata
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

from django.apps import apps
from django.contrib.staticfiles import finders
from django.db.migrations.loader import MigrationLoader

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))

# Only what a process needs to run; nothing of the test run's own settings (DATABASE_URL,
# REDIS_URL, DJANGO_SETTINGS_MODULE) leaks into the server.
INHERITED = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "TZ")
CACHE = Path(tempfile.gettempdir())
# Cached builds unused for this long are removed when a new one is made.
CACHE_DAYS = 2

MIGRATE = """
from django.core.management import call_command
call_command("migrate", interactive=False, verbosity=0)
"""
# Everything in the database file itself (no write-ahead log beside it), so it can be moved.
AS_ONE_FILE = """
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    cursor.execute("PRAGMA journal_mode=DELETE")
connection.close()
"""
COLLECTSTATIC = """
from django.core.management import call_command
call_command("collectstatic", interactive=False, verbosity=0)
"""


class Response(NamedTuple):
    status: int
    headers: dict
    body: bytes

    def header(self, name, default=None):
        return self.headers.get(name.lower(), default)


def migrated_fingerprint():
    """Changes with anything that shapes a freshly migrated database: a migration file, the
    code of the project's apps (post_migrate handlers), an installed package's version."""
    digest = hashlib.sha256()
    loader = MigrationLoader(None, ignore_no_migrations=True)
    for key in sorted(loader.disk_migrations):
        digest.update(repr(key).encode())
        digest.update(
            Path(sys.modules[loader.disk_migrations[key].__module__].__file__).read_bytes()
        )
    for config in apps.get_app_configs():
        if ROOT in Path(config.path).parents:
            for path in sorted(Path(config.path).rglob("*.py")):
                digest.update(path.read_bytes())
    return _with_packages(digest)


def static_fingerprint():
    """Changes with any static source file (the project's or an app's) or package version."""
    digest = hashlib.sha256()
    for finder in finders.get_finders():
        for path, storage in sorted(finder.list([]), key=lambda found: found[0]):
            digest.update(path.encode())
            with storage.open(path) as file:
                digest.update(file.read())
    return _with_packages(digest)


def _with_packages(digest):
    for dist in sorted(
        f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions()
    ):
        digest.update(dist.encode())
    return digest.hexdigest()[:20]


def _publish(partial, final):
    """Move a finished build into the cache (another session may have put one there first),
    and remove builds nobody has used for CACHE_DAYS."""
    for old in CACHE.glob(final.name.rsplit("-", 1)[0] + "-*"):
        with contextlib.suppress(FileNotFoundError):
            if old != final and time.time() - old.stat().st_mtime > CACHE_DAYS * 86400:
                _remove(old)
    try:
        os.rename(partial, final)
    except OSError:  # a directory is already there
        _remove(partial)


def _remove(path):
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def copy_sqlite(source, target):
    """A consistent copy through SQLite's backup API."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ProductionServer:
    """One gunicorn with the production settings; see the module docstring."""

    def __init__(self, workdir, database_url=None, workers=2, **extra_env):
        self.workdir = Path(workdir)
        self.media_root = self.workdir / "media"
        self.database_url = database_url or f"sqlite:///{self.workdir / 'db.sqlite3'}"
        self.workers = workers
        self.base_env = {name: os.environ[name] for name in INHERITED if name in os.environ}
        self.base_env.update(
            DJANGO_SETTINGS_MODULE="vvg_site.settings.production",
            SECRET_KEY="production-server-test-key-" + os.urandom(16).hex(),
            ALLOWED_HOSTS="127.0.0.1,localhost",
            # The server's port is chosen later; the address only names the site in its pages.
            PUBLIC_BASE_URL="http://127.0.0.1",
            DATABASE_URL=self.database_url,
            MEDIA_ROOT=str(self.media_root),
            STATIC_ROOT=str(self.workdir / "static"),
            PYTHONWARNINGS="ignore",
        )
        self.extra_env = {key: str(value) for key, value in extra_env.items()}
        self.port = None
        self.process = None
        self.log_path = self.workdir / "gunicorn.log"

    @property
    def env(self):
        return {**self.base_env, **self.extra_env}

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    # --- the server's own environment -------------------------------------------------------

    def run_python(self, code, timeout=300, **env):
        """Run code with Django set up as the server has it; returns what it printed."""
        script = "import django\ndjango.setup()\n" + code
        result = subprocess.run(
            [PYTHON, "-c", script],
            cwd=ROOT,
            env={**self.env, **env},
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if result.returncode != 0:
            raise RuntimeError(f"production-settings script failed:\n{result.stderr[-4000:]}")
        return result.stdout

    def run_json(self, code):
        """run_python() for a script whose last printed line is JSON."""
        return json.loads(self.run_python(code).strip().splitlines()[-1])

    def prepare(self):
        """A migrated database and the collected static files, from the cache when it has them."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        sqlite_file = self.database_url.removeprefix("sqlite:///")
        if sqlite_file == self.database_url:  # another database server: migrated in place
            sqlite_file = None
        database = CACHE / f"vvg-migrated-{migrated_fingerprint()}.sqlite3" if sqlite_file else None
        static = CACHE / f"vvg-static-{static_fingerprint()}"
        steps, env, builds = "", {}, {}
        if database is None:
            steps += MIGRATE
        elif not database.exists():
            builds[database] = CACHE / f"{database.name}.{os.getpid()}.partial"
            steps += MIGRATE + AS_ONE_FILE
            env["DATABASE_URL"] = f"sqlite:///{builds[database]}"
        if not static.exists():
            builds[static] = CACHE / f"{static.name}.{os.getpid()}.partial"
            steps += COLLECTSTATIC
            env["STATIC_ROOT"] = str(builds[static])
        if steps:
            self.run_python(steps, **env)
        for final, partial in builds.items():
            _publish(partial, final)
        if database is not None:
            copy_sqlite(database, sqlite_file)
            os.utime(database)
        os.utime(static)
        self.base_env["STATIC_ROOT"] = str(static)

    # --- gunicorn ---------------------------------------------------------------------------

    def start(self, timeout=60):
        self.port = free_port()
        self.log = open(self.log_path, "ab")  # noqa: SIM115 (closed in stop())
        self.process = subprocess.Popen(
            [
                GUNICORN,
                "vvg_site.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.workers),
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited during start-up:\n{self.log_tail()}")
            try:
                if self.request("GET", "/healthz/").status in (200, 503):
                    return self
            except OSError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"gunicorn did not answer /healthz/ in {timeout} s:\n{self.log_tail()}")

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        if getattr(self, "log", None) is not None:
            self.log.close()
            self.log = None

    def restart(self, **extra_env):
        """Start again with these environment variables instead of the previous extra ones."""
        self.stop()
        self.extra_env = {key: str(value) for key, value in extra_env.items()}
        return self.start()

    def log_tail(self, size=4000):
        return self.log_path.read_bytes()[-size:].decode(errors="replace")

    # --- HTTP -------------------------------------------------------------------------------

    def request(self, method, path, headers=None, timeout=30, body=None):
        """Send path exactly as written (no normalising of dots or percent-escapes), as the
        load balancer would after TLS: with X-Forwarded-Proto: https unless told otherwise."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            connection.request(
                method, path, body=body, headers={"X-Forwarded-Proto": "https", **(headers or {})}
            )
            response = connection.getresponse()
            body = response.read()
            return Response(response.status, {k.lower(): v for k, v in response.getheaders()}, body)
        finally:
            connection.close()

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)
