"""The Wagtail admin still works in a real browser under the Content-Security-Policy."""

import pytest

from tests import factories

pytestmark = pytest.mark.browser


@pytest.fixture
def browser_page(browser):
    """A desktop tab that records every Content-Security-Policy violation Chromium reports."""
    context = browser.new_context()
    page = context.new_page()
    page.violations = []

    def record_violation(message):
        if "Content Security Policy" in message.text:
            page.violations.append(f"{page.url}: {message.text[:200]}")

    page.on("console", record_violation)
    yield page
    context.close()


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
    page.goto(live_server.url + snippet_edit)
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
