"""Without Chromium the browser tests say so: skipped with the reason locally, failed in CI."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KEYBOARD_TESTS = ROOT / "tests" / "browser" / "test_keyboard.py"


def run_browser_tests_without_chromium(**env):
    environment = {k: v for k, v in os.environ.items() if k != "REQUIRE_BROWSER"}
    environment.update(CHROMIUM_PATH="/nonexistent/chromium", **env)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", str(KEYBOARD_TESTS)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_missing_chromium_skips_the_browser_tests_and_says_why():
    result = run_browser_tests_without_chromium()
    assert result.returncode == 0, result.stdout
    assert "browser tests (tests/browser/) will NOT run" in result.stdout
    assert "SKIPPED" in result.stdout
    assert "Chromium not found at /nonexistent/chromium" in result.stdout
    assert " passed" not in result.stdout


def test_a_missing_chromium_fails_when_the_browser_is_required():
    result = run_browser_tests_without_chromium(REQUIRE_BROWSER="1")
    assert result.returncode == 1, result.stdout
    assert "Chromium not found at /nonexistent/chromium" in result.stdout
    assert "REQUIRE_BROWSER=1" in result.stdout
    assert "skipped" not in result.stdout.lower().split("short test summary")[-1]
