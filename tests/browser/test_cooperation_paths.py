"""Bendradarbiavimas as a keyboard user meets it: filter by partner and year, read the count,
open the partner, come back and find the filters still applied. Desktop, phone, no JavaScript."""

import datetime

import pytest

from tests import factories as f
from tests.browser import gates


@pytest.fixture
def record(transactional_db):
    """Built before the browser starts (see test_partnership_page_browser.py)."""
    _, austria = f.druskininkai_and_elsbeere()
    f.make_partnership(
        austria, title="Ketinimų protokolas", signed_on=datetime.date(2018, 1, 1), precision="year"
    )


def tab_until(page, matches, what, limit=80):
    """Press Tab until the focused element matches (a JS test of `el`), as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(
            f"() => {{ const el = document.activeElement; return !!el && ({matches}); }}"
        ):
            return
    raise AssertionError(f"Tab never reached {what}")


def tab_to(page, element_id):
    tab_until(page, f"el.id === {element_id!r}", f"#{element_id}")


def choose_with_arrows(page, element_id, text):
    """Move through a focused <select> with the arrow keys until the option starting `text`."""
    selected = f"() => document.getElementById({element_id!r}).selectedOptions[0].text"
    for _ in range(40):
        if page.evaluate(selected).startswith(text):
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"#{element_id} has no option starting {text!r}")


def filter_by_partner_and_year_and_come_back(page, base_url):
    page.goto(base_url + "/bendradarbiavimas/")
    assert "Rasta sutarčių: 3" in page.locator("#results-heading").inner_text()

    if not page.locator("details.filters").evaluate("details => details.open"):
        # On a phone the filters wait one step away: the disclosure's summary opens them.
        tab_until(page, "el.matches('details.filters > summary')", "the filters' summary")
        page.keyboard.press("Enter")
    tab_to(page, "filter-year")
    choose_with_arrows(page, "filter-year", "2018")
    tab_to(page, "filter-partner")
    choose_with_arrows(page, "filter-partner", "Druskininkų")
    tab_until(page, "el.type === 'submit' && el.innerText === 'Rodyti'", "the Rodyti button")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    filtered_url = page.url
    assert "partner=druskininku-vvg" in filtered_url and "year=2018" in filtered_url
    assert "Rasta sutarčių: 1" in page.locator("#results-heading").inner_text()
    assert page.locator(".agreement__title").all_inner_texts() == [
        "CultTrips bendradarbiavimo sutartis"
    ]

    # From the results, on to the partner's own page.
    tab_until(
        page,
        "el.closest('.results') && el.matches('a[href$=\"/partneriai/elsbeere/\"]')",
        "the partner link in the results",
    )
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_by_role("heading", level=1).inner_text() == "LAG Elsbeere Wienerwald"

    page.go_back()
    assert page.url == filtered_url
    assert page.locator("#filter-partner").input_value() == "druskininku-vvg"
    assert page.locator("#filter-year").input_value() == "2018"
    assert "Rasta sutarčių: 1" in page.locator("#results-heading").inner_text()


def test_a_keyboard_user_filters_agreements_and_keeps_the_filters(record, page, live_server):
    filter_by_partner_and_year_and_come_back(page, live_server.url)


def test_the_same_on_a_phone(record, new_context, live_server):
    page = new_context(viewport=gates.PHONE, is_mobile=True, has_touch=True).new_page()
    filter_by_partner_and_year_and_come_back(page, live_server.url)
    assert page.evaluate("document.documentElement.scrollWidth") <= gates.PHONE["width"]


def test_the_same_without_javascript(record, new_context, live_server):
    page = new_context(viewport=gates.DESKTOP, java_script_enabled=False).new_page()
    filter_by_partner_and_year_and_come_back(page, live_server.url)
