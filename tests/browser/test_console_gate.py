"""The console gate: any page the gates open fails on a console error, an uncaught exception or
a Content-Security-Policy violation, and the failure names the page and the message.

The faulty pages are served by Playwright's request interception at an address no server has.
"""

import pytest

from tests.browser import gates

HOST = "http://konsole.test"
HEAD = '<meta charset="utf-8"><title>Bandymas</title>'
SITE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'"


def serve(page, html, path="/", status=200, headers=None):
    page.route(
        f"{HOST}{path}",
        lambda route: route.fulfill(
            status=status, content_type="text/html", body=html, headers=headers or {}
        ),
    )
    return f"{HOST}{path}"


def test_console_gate_names_the_page_and_each_inline_style_and_script_the_policy_blocks(page):
    url = serve(
        page,
        f"""<!DOCTYPE html><html lang="lt"><head>{HEAD}</head><body><main><h1>Bandymas</h1>
        <p style="max-width: 10rem">Įterptas stilius</p>
        <script>document.title = "pakeista";</script></main></body></html>""",
        headers={"Content-Security-Policy": SITE_POLICY},
    )
    with pytest.raises(AssertionError) as failure:
        gates.assert_accessible(page, url, "su įterptu stiliumi")
    message = str(failure.value)
    assert 'page "su įterptu stiliumi" (/), browser console:' in message
    assert "CSP violation of style-src-attr: blocked inline at http://konsole.test/:2" in message
    assert "CSP violation of script-src-elem: blocked inline at http://konsole.test/:3" in message
    assert "console error: Applying inline style violates" in message


def test_console_gate_catches_script_errors_console_errors_and_missing_files(page):
    page.route(f"{HOST}/nera.png", lambda route: route.fulfill(status=404, body=""))
    url = serve(
        page,
        f"""<!DOCTYPE html><html lang="lt"><head>{HEAD}</head><body>
        <a href="#main">Pereiti prie turinio</a><main id="main"><h1>Bandymas</h1>
        <img src="/nera.png" alt="Paveikslėlis">
        <script>console.error("sugedo skaičiuoklė");</script>
        <script>neraTokiosFunkcijos();</script></main></body></html>""",
    )
    with pytest.raises(AssertionError) as failure:
        gates.assert_keyboard_operable(page, url, "su klaidomis")
    message = str(failure.value)
    assert 'page "su klaidomis" (/), browser console:' in message
    assert "console error: sugedo skaičiuoklė" in message
    assert "uncaught" in message and "neraTokiosFunkcijos is not defined" in message
    assert "status of 404" in message


def test_console_gate_accepts_an_error_page_answering_its_expected_status(page):
    url = serve(
        page,
        f"""<!DOCTYPE html><html lang="lt"><head>{HEAD}</head><body><main>
        <h1>Puslapis nerastas</h1></main></body></html>""",
        path="/nera/",
        status=404,
        headers={"Content-Security-Policy": SITE_POLICY},
    )

    gates.assert_accessible(page, url, "404", expected_status=404)

    with pytest.raises(AssertionError, match="answered 404, expected 200"):
        gates.assert_accessible(page, url, "404")
