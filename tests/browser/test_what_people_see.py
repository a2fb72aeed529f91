"""What the gates' structure checks miss and a person sees at once: the header's and footer's
links drawn in a colour close to their background (the language switcher was green on green,
1:1), and pages that scroll sideways on a narrow phone. Every page type of site_pages.py, both
languages."""

import pytest

from tests.browser import gates


def _each_page(page, site_pages, check):
    failures = []
    for name, (url, status) in site_pages.items():
        try:
            check(page, url, name, status)
        except AssertionError as error:
            failures.append(str(error))
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("viewport", gates.VIEWPORTS)
def test_header_menu_and_footer_links_are_visible_with_enough_contrast(page, site_pages, viewport):
    page.set_viewport_size(gates.VIEWPORTS[viewport])
    _each_page(page, site_pages, gates.assert_readable_site_chrome)


def test_no_page_type_scrolls_sideways_at_320_px(page, site_pages):
    page.set_viewport_size(gates.NARROWEST)
    _each_page(page, site_pages, gates.assert_no_sideways_scroll)


def test_the_language_switcher_is_a_readable_link_in_both_languages(page, live_server):
    # The issue's own case, by name: each language's switcher was green on green, 1:1.
    from tests import factories

    factories.translate(factories.home_page(), title="Home", slug="home-en")
    for viewport in gates.VIEWPORTS.values():
        page.set_viewport_size(viewport)
        for path, label, expected in [
            ("/", "Kalba", '<a href=/en/> "English"'),
            ("/en/", "Language", '<a href=/> "Lietuviškai"'),
        ]:
            controls = gates.assert_readable_site_chrome(page, live_server.url + path)
            switcher = [c for c in controls if c["region"] == f'nav "{label}"']
            assert [c["element"] for c in switcher] == [expected]
            assert switcher[0]["ratio"] >= 4.5
