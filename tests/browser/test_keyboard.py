"""A keyboard user's way into every page: the skip link first, then the header, then the content."""

import pytest

from tests.browser import gates


@pytest.mark.parametrize("viewport", gates.VIEWPORTS)
def test_tab_from_the_top_reaches_the_skip_link_then_the_header_links(page, site_pages, viewport):
    page.set_viewport_size(gates.VIEWPORTS[viewport])
    page.goto(site_pages["turinio puslapis"][0])
    stops = gates.tab_stops(page, limit=4)
    assert [stop["description"] for stop in stops] == [
        '<a href=#main> "Pereiti prie turinio"',
        '<a href=/> "Alytaus rajono vietos veiklos grupė"',
        '<a href=/apie-mus/> "Apie mus"',
        '<a href=/projektai/> "Projektai"',
    ]
    for stop in stops:
        assert stop["focusVisible"] and stop["indicator"], stop["description"]
        assert stop["onScreen"], stop["description"]


def test_the_skip_link_takes_focus_past_the_header_into_the_content(page, site_pages):
    page.goto(site_pages["turinio puslapis"][0])
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => [document.activeElement.closest('main') !== null, document.activeElement.innerText]"
    )
    assert focused == [True, "Daugiau apie LEADER"]
