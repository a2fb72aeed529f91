"""Operations: mail settings from the environment, a production install without test tools, and
a test that hangs failing with a message instead of stalling CI."""

import re
import shutil
import subprocess
import sys
import tomllib
from importlib import metadata

from packaging.requirements import Requirement

from tests.site.test_settings_and_health import ROOT, run_with_settings

PRODUCTION = {
    "SECRET_KEY": "x" * 60,
    "ALLOWED_HOSTS": "vvg.example",
    "PUBLIC_BASE_URL": "https://vvg.example",
}
MAIL_SETTINGS = (
    "EMAIL_BACKEND EMAIL_HOST EMAIL_PORT EMAIL_HOST_USER EMAIL_HOST_PASSWORD EMAIL_USE_TLS "
    "EMAIL_USE_SSL DEFAULT_FROM_EMAIL WAGTAILADMIN_NOTIFICATION_FROM_EMAIL"
)
PRINT_MAIL = (
    "import django; django.setup(); from django.conf import settings; "
    f"print(*(getattr(settings, name) for name in {MAIL_SETTINGS.split()!r}))"
)
DEV_TOOLS = {"pytest", "pytest-django", "pytest-playwright", "pytest-timeout", "hypothesis", "ruff"}


def test_production_mail_comes_from_the_environment():
    result = run_with_settings(
        "vvg_site.settings.production",
        {
            **PRODUCTION,
            "EMAIL_HOST": "smtp.vvg.example",
            "EMAIL_PORT": "587",
            "EMAIL_HOST_USER": "svetaine",
            "EMAIL_HOST_PASSWORD": "pasto-slaptazodis",
            "EMAIL_USE_TLS": "1",
            "DEFAULT_FROM_EMAIL": "info@vvg.example",
            "WAGTAILADMIN_NOTIFICATION_FROM_EMAIL": "redakcija@vvg.example",
        },
        code=PRINT_MAIL,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.core.mail.backends.smtp.EmailBackend",
        "smtp.vvg.example",
        "587",
        "svetaine",
        "pasto-slaptazodis",
        "True",
        "False",
        "info@vvg.example",
        "redakcija@vvg.example",
    ]


def test_production_mail_is_smtp_even_without_settings():
    result = run_with_settings(
        "vvg_site.settings.production",
        {**PRODUCTION, "DEFAULT_FROM_EMAIL": "info@vvg.example"},
        code=PRINT_MAIL,
    )

    assert result.returncode == 0, result.stderr
    values = result.stdout.split()
    assert values[0] == "django.core.mail.backends.smtp.EmailBackend"
    assert values[-1] == "info@vvg.example"  # notifications default to the site's address


def test_production_refuses_tls_and_ssl_together():
    result = run_with_settings(
        "vvg_site.settings.production",
        {**PRODUCTION, "EMAIL_USE_TLS": "1", "EMAIL_USE_SSL": "1"},
    )

    assert result.returncode != 0
    assert "EMAIL_USE_TLS or EMAIL_USE_SSL" in result.stderr


def test_make_install_prod_installs_the_pinned_runtime_only():
    command = subprocess.run(
        [shutil.which("make"), "-n", "install-prod"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pip_line = next(line for line in command.splitlines() if "pip install" in line)
    assert "--constraint constraints.txt" in pip_line
    assert "[dev]" not in pip_line and "--editable" not in pip_line

    # Everything the runtime dependencies pull in (as installed here) is pinned, and no test tool.
    pins = {
        line.split("==")[0].lower().replace("_", "-")
        for line in (ROOT / "constraints.txt").read_text().splitlines()
        if "==" in line
    }
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    needed = runtime_closure([Requirement(r) for r in project["dependencies"]])
    assert needed - pins == set()
    assert needed & DEV_TOOLS == set()


def runtime_closure(requirements):
    found, queue = set(), list(requirements)
    while queue:
        requirement = queue.pop()
        name = requirement.name.lower().replace("_", "-")
        if name in found:
            continue
        found.add(name)
        for text in metadata.requires(name) or []:
            nested = Requirement(text)
            extras = requirement.extras or {""}
            if nested.marker is None or any(
                nested.marker.evaluate({"extra": extra}) for extra in extras
            ):
                queue.append(nested)
    return found


def test_a_hanging_test_fails_with_a_message(tmp_path):
    (tmp_path / "test_hangs.py").write_text(
        "import time\n\ndef test_hangs():\n    time.sleep(60)\n"
    )
    # The project's own pytest configuration, with its timeout shortened for this demonstration.
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:django",
            "-c",
            str(ROOT / "pyproject.toml"),
            "--rootdir",
            str(tmp_path),
            "-o",
            "timeout=2",
            str(tmp_path / "test_hangs.py"),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=50,
    )

    assert result.returncode == 1
    assert "Timeout (>2.0s) from pytest-timeout" in result.stdout
    assert "1 failed" in result.stdout


def test_the_default_timeout_leaves_room_for_the_slowest_test():
    options = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]
    assert re.fullmatch(r"\d+", str(options["timeout"]))
    assert 200 <= int(options["timeout"]) <= 600
