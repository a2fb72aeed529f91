"""Every public page type passes axe-core (WCAG 2.1 A/AA), the Nu HTML Checker and a keyboard
walk, at desktop and phone widths. The pages are listed in site_pages.py."""

import pytest

from tests.browser import gates


def _url(target):
    return target if isinstance(target, str) else target[0]


def _status(target):
    return 200 if isinstance(target, str) else target[1]


@pytest.mark.parametrize("viewport", gates.VIEWPORTS)
def test_every_page_type_has_no_wcag_violations(page, site_pages, viewport):
    page.set_viewport_size(gates.VIEWPORTS[viewport])
    failures = []
    for name, target in site_pages.items():
        try:
            gates.assert_accessible(page, _url(target), name, _status(target))
        except AssertionError as error:
            failures.append(str(error))
    assert not failures, "\n".join(failures)


def test_every_page_type_is_valid_html(page, site_pages):
    gates.assert_valid_html(page, site_pages)


@pytest.mark.parametrize("viewport", gates.VIEWPORTS)
def test_every_page_type_is_operable_with_the_keyboard(page, site_pages, viewport):
    page.set_viewport_size(gates.VIEWPORTS[viewport])
    failures = []
    for name, target in site_pages.items():
        try:
            gates.assert_keyboard_operable(page, _url(target), name, _status(target))
        except AssertionError as error:
            failures.append(str(error))
    assert not failures, "\n".join(failures)


def test_the_server_error_page_passes_the_gates(page, live_server):
    # No address fails on purpose, so the browser gets the 500 template as Django would send it.
    from django.template.loader import render_to_string

    url = f"{live_server.url}/klaida/"
    page.route(
        url,
        lambda route: route.fulfill(
            status=500, content_type="text/html; charset=utf-8", body=render_to_string("500.html")
        ),
    )
    gates.assert_valid_html(page, {"500": (url, 500)})
    for viewport in gates.VIEWPORTS.values():
        page.set_viewport_size(viewport)
        gates.assert_accessible(page, url, "500", expected_status=500)
