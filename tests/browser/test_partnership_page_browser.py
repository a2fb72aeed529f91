"""The two questions of the issue, answered on a 320px phone screen with JavaScript turned off."""

import datetime

import pytest

from tests import factories as f

pytestmark = pytest.mark.browser


@pytest.fixture
def phone(browser, live_server):
    """A 320px-wide tab with scripts disabled, pointed at the live test server."""
    context = browser.new_context(viewport={"width": 320, "height": 640}, java_script_enabled=False)
    tab = context.new_page()
    tab.base_url = live_server.url
    yield tab
    context.close()


def fits_the_screen(tab):
    return tab.evaluate("document.documentElement.scrollWidth") <= 320


@pytest.fixture
def small_record(transactional_db):
    """Built before the browser starts: ORM calls inside Playwright's loop would open a second
    database connection that nothing closes."""
    f.druskininkai_and_elsbeere()
    estonia = f.make_partner("Kodukant Läänemaa", country="EE", slug="kodukant")
    f.make_partnership(
        estonia, title="Susitarimas su Kodukant Läänemaa", signed_on=datetime.date(2010, 2, 5)
    )


def test_a_visitor_on_a_phone_finds_agreements_in_one_click(small_record, phone):

    phone.goto(phone.base_url + "/bendradarbiavimas/")
    assert fits_the_screen(phone)
    # The results come first; the filters are one tap away.
    assert not phone.get_by_label("Partneris").is_visible()
    phone.get_by_text("Paieška ir filtrai").click()
    assert phone.get_by_label("Partneris").is_visible()

    # "What have we signed with Druskininkai?": the partner's name on any agreement.
    phone.get_by_role("link", name="Druskininkų vietos veiklos grupė").first.click()
    assert phone.get_by_role("heading", level=1).inner_text() == "Druskininkų vietos veiklos grupė"
    titles = phone.locator(".agreement__title").all_inner_texts()
    assert titles == ["CultTrips bendradarbiavimo sutartis", "Sutartis su Druskininkų VVG"]
    assert fits_the_screen(phone)

    # "Which international agreements since 2015?": a quick link among the filters.
    phone.goto(phone.base_url + "/bendradarbiavimas/")
    phone.get_by_text("Paieška ir filtrai").click()
    phone.get_by_role("link", name="Tarptautinės nuo 2015 m.").click()
    assert phone.locator(".agreement__title").all_inner_texts() == [
        "CultTrips bendradarbiavimo sutartis"
    ]
    assert "Rasta sutarčių: 1" in phone.locator("#results-heading").inner_text()

    # The plain form works without scripts too.
    phone.goto(phone.base_url + "/bendradarbiavimas/")
    phone.get_by_text("Paieška ir filtrai").click()
    phone.get_by_label("Partnerio šalis").select_option("EE")
    phone.get_by_role("button", name="Rodyti").click()
    assert "country=EE" in phone.url
    assert phone.locator(".agreement__title").all_inner_texts() == [
        "Susitarimas su Kodukant Läänemaa"
    ]
    assert fits_the_screen(phone)
