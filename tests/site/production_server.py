"""The site as production runs it: `vvg_site.settings.production` under gunicorn, over real HTTP.

The test settings differ from production on purpose (DEBUG pages aside, they serve static files
from the source folders, skip the page cache, relax two-factor sign-in), so what only production
does (its URL routes, its middleware, HTTPS behind the load balancer) is proved here: a database
and media folder of its own in a temp directory (SQLite unless a database URL is given),
migrated, static files collected, gunicorn on a free loopback port. Tests make their data with
run_python() in the server's own environment and ask over HTTP with request(). restart() starts it
again with other environment variables (a Redis that is down, a database that is gone).
"""

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))

# Only what a process needs to run; nothing of the test run's own settings (DATABASE_URL,
# REDIS_URL, DJANGO_SETTINGS_MODULE) leaks into the server.
INHERITED = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "TZ")

PREPARE = """
from django.core.management import call_command
call_command("migrate", interactive=False, verbosity=0)
call_command("collectstatic", interactive=False, verbosity=0)
"""


class Response(NamedTuple):
    status: int
    headers: dict
    body: bytes

    def header(self, name, default=None):
        return self.headers.get(name.lower(), default)


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

    def run_python(self, code, timeout=300):
        """Run code with Django set up as the server has it; returns what it printed."""
        script = "import django\ndjango.setup()\n" + code
        result = subprocess.run(
            [PYTHON, "-c", script],
            cwd=ROOT,
            env=self.env,
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
        """Migrate the database and collect the static files, in one Python process."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.run_python(PREPARE)

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
