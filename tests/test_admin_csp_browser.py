"""The Wagtail admin still works in a real browser under the Content-Security-Policy."""

import os
import shutil

import pytest

from tests import factories

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def browser_page(live_server):
    if not CHROMIUM:
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail("Chromium is required here (REQUIRE_BROWSER=1) but was not found")
        pytest.skip("Chromium is not installed")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the test's own queries are safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()
        page.violations = []

        def record_violation(message):
            if "Content Security Policy" in message.text:
                page.violations.append(f"{page.url}: {message.text[:200]}")

        page.on("console", record_violation)
        yield page
        browser.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


def test_admin_login_dashboard_and_editors_render_without_csp_violations(
    browser_page, live_server, django_user_model
):
    django_user_model.objects.create_superuser("redaktorius", "r@example.com", "slaptas-123")
    standard = factories.make_standard_page(title="Apie mus")
    agreement = factories.make_partnership(title="Sutartis su Druskininkų VVG")
    page = browser_page

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "redaktorius")
    page.fill("#id_password", "slaptas-123")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    assert page.locator("main").count() == 1

    page.goto(f"{live_server.url}/admin/pages/{standard.pk}/edit/")
    page.wait_for_selector("[data-draftail-input], .Draftail-Editor, #id_title")
    assert page.input_value("#id_title") == "Apie mus"

    snippet_edit = f"/admin/snippets/partnerships/partnership/edit/{agreement.pk}/"
    response = page.goto(live_server.url + snippet_edit)
    if response.status == 200:  # the agreement snippet is registered on the admin's branch
        page.wait_for_selector("#id_title")
        assert page.input_value("#id_title") == "Sutartis su Druskininkų VVG"

    page.goto(f"{live_server.url}/admin/settings/pages/organisationsettings/")
    page.wait_for_selector("#id_name")

    assert page.violations == [], "\n".join(page.violations)


def test_public_page_renders_without_csp_violations(browser_page, live_server):
    standard = factories.make_standard_page(title="Kontaktai")
    page = browser_page

    page.goto(live_server.url + standard.url)

    assert page.locator("h1").inner_text() == "Kontaktai"
    assert page.violations == [], "\n".join(page.violations)
