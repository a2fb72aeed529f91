"""The search boxes' type-ahead as a keyboard user meets it: typing the beginning of a partner's
name offers the name in the browser's own list; without JavaScript the box is a plain field."""

import pytest

from tests import factories as f
from tests.browser import gates


@pytest.fixture
def record(transactional_db):
    f.make_partnership_index()
    druskininkai = f.make_partner("Druskininkų vietos veiklos grupė", slug="druskininku-vvg")
    f.make_partnership(druskininkai, title="Sutartis su Druskininkų VVG")


def offered(page, input_id):
    return page.locator(f"#{input_id}-pasiulymai option").evaluate_all(
        "options => options.map(o => o.value)"
    )


@pytest.mark.parametrize(
    ("path", "input_id"), [("/paieska/", "site-search-q"), ("/bendradarbiavimas/", "filter-q")]
)
def test_typing_a_names_beginning_offers_the_name(record, page, live_server, path, input_id):
    gates.watch_console(page)
    page.goto(live_server.url + path)
    page.locator(f"#{input_id}").focus()

    page.keyboard.type("Drusk")

    page.wait_for_function(
        f"() => document.querySelectorAll('#{input_id}-pasiulymai option').length > 0"
    )
    assert offered(page, input_id) == ["Druskininkų vietos veiklos grupė"]
    assert page.locator(f"#{input_id}").get_attribute("list") == f"{input_id}-pasiulymai"

    page.keyboard.type("ininkai")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "q=Druskininkai" in page.url
    assert page.console_problems == []
    assert page.evaluate("() => window.__cspViolations || []") == []


def test_without_javascript_the_box_is_a_plain_search_field(record, new_context, live_server):
    page = new_context(viewport=gates.DESKTOP, java_script_enabled=False).new_page()
    page.goto(live_server.url + "/paieska/?q=Druskininkai")

    assert page.locator("#site-search-q").get_attribute("list") is None
    assert "Druskininkų vietos veiklos grupė" in page.locator("main").inner_text()
