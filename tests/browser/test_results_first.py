"""On a phone the record comes first: on the cooperation page with the initial content, the count
of agreements and the first agreement start on the first screen (360 x 800), in both languages,
and the filters are one tap away in a disclosure that says how many are in force. On a wide
screen the disclosure is open: by the script, or without JavaScript by the CSS."""

import io

from django.core.management import call_command

import pytest

from tests.browser import gates

PHONE = {"width": 360, "height": 800}
PAGES = ["/bendradarbiavimas/", "/en/cooperation/"]


@pytest.fixture
def initial_content(live_server):
    call_command("load_initial_data", stdout=io.StringIO())
    return live_server.url


def top(page, selector):
    return page.locator(selector).first.bounding_box()["y"]


def test_on_a_phone_the_count_and_the_first_agreement_are_on_the_first_screen(
    initial_content, new_context
):
    for javascript in (True, False):
        page = new_context(viewport=PHONE, java_script_enabled=javascript).new_page()
        for path in PAGES:
            page.goto(initial_content + path)
            assert top(page, "#results-heading") < PHONE["height"], (path, javascript)
            assert top(page, ".agreement") < PHONE["height"], (path, javascript)
            # The filters are closed, one tap away: a tap opens them.
            assert not page.locator("#filter-q").is_visible()
            page.locator("details.filters > summary").click()
            assert page.locator("#filter-q").is_visible()
            assert page.locator(".quick-links a").first.is_visible()
        page.close()


def test_on_a_wide_screen_the_filters_are_open_with_and_without_javascript(
    initial_content, new_context
):
    for javascript in (True, False):
        page = new_context(viewport=gates.DESKTOP, java_script_enabled=javascript).new_page()
        for path in PAGES:
            page.goto(initial_content + path)
            assert page.locator("#filter-q").is_visible(), (path, javascript)
            assert page.locator("#filter-type").is_visible(), (path, javascript)
        page.close()


SEEN = """summary => {
    const copy = summary.cloneNode(true);
    copy.querySelectorAll(".visually-hidden").forEach(hidden => hidden.remove());
    return copy.textContent.trim();
}"""


def test_the_disclosure_says_how_many_filters_are_in_force(initial_content, page):
    page.set_viewport_size(PHONE)
    for path, seen, heard in [
        ("/bendradarbiavimas/?scope=international&from=2015", "Paieška ir filtrai (2)",
         "Paieška ir filtrai (2: pritaikyti 2 filtrai)"),
        ("/en/cooperation/?q=druskininkai", "Search and filters (1)",
         "Search and filters (1: 1 filter applied)"),
        ("/bendradarbiavimas/", "Paieška ir filtrai", "Paieška ir filtrai"),
    ]:  # fmt: skip
        page.goto(initial_content + path)
        summary = page.locator("details.filters > summary")
        assert summary.evaluate(SEEN) == seen
        # A screen reader hears the count in words, with the plural of the page's language.
        assert " ".join(summary.text_content().split()) == heard
