"""The search boxes' type-ahead as a keyboard user meets it: an inflected or plain-letter word
offers the names it matches in a listbox (the WAI-ARIA combobox pattern), the count is announced
in the page's language, arrows and Enter choose, Escape closes; without JavaScript the box is a
plain search field that submits."""

import pytest

from tests import factories as f
from tests.browser import gates

LISTED = "Sutartis su Druskininkų VVG"
NAME = "Druskininkų vietos veiklos grupė"


@pytest.fixture
def record(transactional_db):
    f.make_partnership_index()
    druskininkai = f.make_partner(NAME, slug="druskininku-vvg")
    f.make_partnership(druskininkai, title=LISTED)
    f.make_partnership(f.make_partner("Druskininkų savivaldybė"), title="Sutartis su savivaldybe")
    f.make_project(title="Druskininkų kraštas", slug="druskininku-krastas")
    f.make_project(title="Žydinti Lietuva", slug="zydinti-lietuva")


def tab_to(page, input_id):
    """Focus the field as a keyboard user does: Tab from the top of the page."""
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.id") == input_id:
            return
    pytest.fail(f"Tab never reached #{input_id}")


def announced(page, input_id):
    """What the field's polite live region says now."""
    region = page.locator(f"#{input_id}").locator("xpath=..").locator("[aria-live=polite]")
    return region.text_content()


def options(page, input_id):
    return page.locator(f"#{input_id}-pasiulymai [role=option]")


def wait_for_options(page, input_id, count):
    page.wait_for_function(
        f"() => document.querySelectorAll('#{input_id}-pasiulymai [role=option]').length"
        f" === {count} && !document.getElementById('{input_id}-pasiulymai').hidden"
    )


@pytest.mark.parametrize(
    ("path", "input_id", "result"),
    [
        ("/paieska/", "site-search-q", NAME),
        ("/paieska/", "search-page-q", NAME),
        ("/bendradarbiavimas/", "filter-q", LISTED),
    ],
)
def test_an_inflected_word_offers_the_name_and_the_keyboard_chooses_it(
    record, page, live_server, path, input_id, result
):
    gates.open_page(page, live_server.url + path)
    field = page.locator(f"#{input_id}")
    assert field.get_attribute("role") == "combobox"
    assert field.get_attribute("aria-expanded") == "false"
    tab_to(page, input_id)

    # The locative: a <datalist> would hide "Druskininkų…", which does not contain it.
    page.keyboard.type("Druskininkuose")
    wait_for_options(page, input_id, 3)
    assert announced(page, input_id) == (
        "Rasti 3 pasiūlymai. Pasirinkti galima rodyklėmis aukštyn ir žemyn."
    )
    assert field.get_attribute("aria-expanded") == "true"
    assert field.get_attribute("aria-autocomplete") == "list"
    assert field.get_attribute("aria-controls") == f"{input_id}-pasiulymai"
    assert options(page, input_id).all_inner_texts() == [
        "Druskininkų savivaldybė (partneris)",
        f"{NAME} (partneris)",
        "Druskininkų kraštas (projektas)",
    ]

    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    second = options(page, input_id).nth(1)
    assert field.get_attribute("aria-activedescendant") == second.get_attribute("id")
    assert second.get_attribute("aria-selected") == "true"
    page.keyboard.press("Enter")

    assert field.input_value() == NAME
    assert field.get_attribute("aria-expanded") == "false"
    assert page.locator(f"#{input_id}-pasiulymai").is_hidden()
    assert page.url == live_server.url + path  # choosing did not submit
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "q=Druskinink" in page.url
    assert result in page.locator("main").inner_text()
    assert gates.console_problems(page, None, 200) == []


def test_arrows_go_round_and_escape_closes_then_clears(record, page, live_server):
    gates.open_page(page, live_server.url + "/paieska/")
    field = page.locator("#search-page-q")
    tab_to(page, "search-page-q")
    page.keyboard.type("druskininku")
    wait_for_options(page, "search-page-q", 3)
    ids = [options(page, "search-page-q").nth(n).get_attribute("id") for n in range(3)]

    def active():
        return field.get_attribute("aria-activedescendant")

    page.keyboard.press("ArrowUp")  # opens on the last
    assert active() == ids[2]
    page.keyboard.press("ArrowDown")  # round to the first
    assert active() == ids[0]
    page.keyboard.press("ArrowUp")  # and back round to the last
    assert active() == ids[2]

    page.keyboard.press("Escape")
    assert field.get_attribute("aria-expanded") == "false"
    assert active() is None
    assert field.input_value() == "druskininku"
    page.keyboard.press("Escape")
    assert field.input_value() == ""

    page.keyboard.type("zydincios lietuvos")  # plain letters, genitive: "Žydinčios Lietuvos"
    wait_for_options(page, "search-page-q", 1)
    assert announced(page, "search-page-q") == (
        "Rastas 1 pasiūlymas. Pasirinkti galima rodyklėmis aukštyn ir žemyn."
    )
    assert options(page, "search-page-q").all_inner_texts() == ["Žydinti Lietuva (projektas)"]
    page.keyboard.press("Tab")  # leaves, closing the list
    assert field.get_attribute("aria-expanded") == "false"
    assert page.evaluate("() => document.activeElement.id") != "search-page-q"


def test_a_click_chooses_and_the_open_list_passes_axe(record, page, live_server):
    gates.open_page(page, live_server.url + "/bendradarbiavimas/")
    tab_to(page, "filter-q")
    page.keyboard.type("druskinink")
    wait_for_options(page, "filter-q", 3)
    page.keyboard.press("ArrowDown")

    violations = gates.axe_violations(page)
    assert not violations, "\n".join(gates.describe_violations(violations, "open type-ahead"))

    options(page, "filter-q").nth(2).click()
    assert page.locator("#filter-q").input_value() == "Druskininkų kraštas"
    assert page.evaluate("() => document.activeElement.id") == "filter-q"
    assert gates.console_problems(page, None, 200) == []


def test_the_count_is_announced_in_english_on_english_pages(record, page, live_server):
    gates.open_page(page, live_server.url + "/en/search/")
    tab_to(page, "search-page-q")
    page.keyboard.type("druskininkuose")
    # The partners; the projects have no English pages to offer.
    wait_for_options(page, "search-page-q", 2)
    assert announced(page, "search-page-q") == (
        "2 suggestions found. Choose with the up and down arrow keys."
    )
    # Lithuanian organisations' names are marked as Lithuanian on an English page.
    assert options(page, "search-page-q").nth(0).locator("[lang=lt]").inner_text() == (
        "Druskininkų savivaldybė"
    )


@pytest.mark.parametrize(
    ("path", "input_id"),
    [
        ("/paieska/", "site-search-q"),
        ("/paieska/", "search-page-q"),
        ("/bendradarbiavimas/", "filter-q"),
    ],
)
def test_on_a_phone_the_list_fits_the_screen_and_leaves_the_button_usable(
    record, new_context, live_server, path, input_id
):
    page = new_context(viewport=gates.PHONE).new_page()
    gates.open_page(page, live_server.url + path)
    gates.open_filters(page)
    tab_to(page, input_id)
    page.keyboard.type("druskinink")
    wait_for_options(page, input_id, 3)

    box = page.locator(f"#{input_id}-pasiulymai").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= gates.PHONE["width"]
    assert page.evaluate("() => document.documentElement.scrollWidth") <= gates.PHONE["width"]
    # In the header the button wraps under the field: the list may touch its edge, no more.
    button = page.locator(f"#{input_id}").locator("xpath=ancestor::form//button").first
    button = button.bounding_box()
    width = min(box["x"] + box["width"], button["x"] + button["width"]) - max(box["x"], button["x"])
    height = min(box["y"] + box["height"], button["y"] + button["height"]) - max(
        box["y"], button["y"]
    )
    covered = max(width, 0) * max(height, 0)
    centre = (button["x"] + button["width"] / 2, button["y"] + button["height"] / 2)
    assert covered <= button["width"] * button["height"] / 4, (box, button)
    assert not (
        box["x"] <= centre[0] <= box["x"] + box["width"]
        and box["y"] <= centre[1] <= box["y"] + box["height"]
    ), (box, button)


def test_without_javascript_the_box_is_a_plain_search_field(record, new_context, live_server):
    page = new_context(viewport=gates.DESKTOP, java_script_enabled=False).new_page()
    page.goto(live_server.url + "/paieska/")
    field = page.locator("#search-page-q")
    assert field.get_attribute("role") is None
    assert page.locator("[role=listbox]").count() == 0

    field.focus()
    page.keyboard.type("Druskininkai")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert "q=Druskininkai" in page.url
    assert NAME in page.locator("main").inner_text()
