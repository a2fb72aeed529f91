"""What the bench scripts share: a scratch database, production settings, gunicorn on loopback."""

import contextlib
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
# The load balancer terminates TLS and says so; the production settings redirect without it.
HEADERS = {"X-Forwarded-Proto": "https"}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args, capture=True):
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=capture, text=True
    )
    if result.returncode != 0:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stderr}")
    return result.stdout


def ensure_wrk():
    if shutil.which("wrk"):
        return shutil.which("wrk")
    print("wrk is missing: installing Debian's package (apt-get install wrk) ...")
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=False)
    if not shutil.which("wrk"):
        sys.exit("wrk is required: apt-get install wrk")
    return shutil.which("wrk")


@contextlib.contextmanager
def scratch_database(name, workdir):
    """A fresh database: an SQLite file, or a scratch database on DATABASE_URL's server, dropped
    afterwards. Yields (its URL, whether it is PostgreSQL)."""
    base_url = os.environ.get("DATABASE_URL", "")
    if not base_url.startswith("postgres"):
        yield f"sqlite:///{workdir / f'bench-{name}.sqlite3'}", False
        return
    parts = urlsplit(base_url)
    database = f"vvg_bench_{name}"
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    drop = f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(drop)
        admin.execute(f'CREATE DATABASE "{database}"')
    try:
        yield urlunsplit(parts._replace(path=f"/{database}")), True
    finally:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(drop)


def production_env(database_url, workdir, **extra):
    """The production settings on a scratch database, with a throwaway secret key."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "vvg_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        # The servers answer on other ports; the address only names the site in its pages.
        "PUBLIC_BASE_URL": "http://127.0.0.1",
        "DATABASE_URL": database_url,
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "PYTHONWARNINGS": "ignore",
        **extra,
    }


def fetch(base, path):
    """(status, X-Page-Cache, body) of a GET, or (None, None, "") when nothing answers."""
    request = urllib.request.Request(base + path, headers=HEADERS)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            body = response.read().decode()
            return response.status, response.headers.get("X-Page-Cache"), body
    except urllib.error.HTTPError as error:
        return error.code, None, ""
    except (urllib.error.URLError, TimeoutError):
        return None, None, ""


@contextlib.contextmanager
def gunicorn(env, workers):
    """A gunicorn on a free loopback port, answering /healthz/; yields its base URL."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [GUNICORN, "vvg_site.wsgi", "--bind", f"127.0.0.1:{port}",
               "--workers", str(workers), "--log-level", "warning"]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, env=env)
    try:
        for _ in range(100):
            if process.poll() is not None:
                sys.exit("gunicorn exited during start-up")
            if fetch(base, "/healthz/")[0] == 200:
                break
            time.sleep(0.2)
        else:
            sys.exit("gunicorn did not answer /healthz/")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)
