"""The settings split and the load balancers' health check."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import factories as f
from tests.query_counts import forget_everything, queries_of

ROOT = Path(__file__).resolve().parents[2]


def run_with_settings(module, extra_env, code="import django; django.setup(); print('started')"):
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    env.update({"DJANGO_SETTINGS_MODULE": module, **extra_env})
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = run_with_settings("vvg_site.settings.production", {"ALLOWED_HOSTS": "vvg.example"})
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_settings_start_with_a_secret_key_and_keep_debug_off():
    result = run_with_settings(
        "vvg_site.settings.production",
        {
            "SECRET_KEY": "x" * 60,
            "ALLOWED_HOSTS": "vvg.example",
            "PUBLIC_BASE_URL": "https://vvg.example",
        },
        code="import django; django.setup(); from django.conf import settings; "
        "print(settings.DEBUG, settings.SECURE_SSL_REDIRECT, settings.SESSION_COOKIE_SECURE)",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "True"]


def test_base_settings_are_safe_on_their_own():
    from vvg_site.settings import base

    assert base.DEBUG is False
    assert base.LANGUAGE_CODE == "lt"
    assert base.TIME_ZONE == "Europe/Vilnius"


def test_sqlite_default_uses_wal_and_immediate_transactions():
    result = run_with_settings(
        "vvg_site.settings.dev",
        {"DATABASE_URL": ""},
        code="import django; django.setup(); from django.conf import settings; "
        "o = settings.DATABASES['default']['OPTIONS']; "
        "print(o['transaction_mode'], 'WAL' in o['init_command'])",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["IMMEDIATE", "True"]


@pytest.mark.django_db
def test_healthz_answers_ok_when_the_database_works(client):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_asks_the_database_one_question_only(client):
    """A load balancer's check must not read the site's content (the page tree): during an
    outage it answers "database unavailable" itself, and it stays cheap when asked often."""
    f.home_page()
    forget_everything()
    assert queries_of(client, "/healthz/") == 1
