"""Paths a person takes through the site, on the fixtures other browser tests build on."""

from tests.browser import gates


def test_a_phone_visitor_without_javascript_reaches_a_project_with_the_keyboard(
    new_context, site_pages
):
    context = new_context(
        viewport=gates.PHONE, is_mobile=True, has_touch=True, java_script_enabled=False
    )
    page = context.new_page()
    page.goto(site_pages["pradžios puslapis"][0])
    # Skip link, site title, then the menu's "Apie mus" and "Projektai".
    for _ in range(4):
        page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.innerText") == "Projektai"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text() == "Projektai"
    page.get_by_role("link", name="Dzūkijos piliakalnių kelias").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text() == "Dzūkijos piliakalnių kelias"
    assert "2018 m. – 2019 m. birželio mėn." in page.locator(".facts").inner_text()
    page.get_by_role("navigation", name="Kelias iki šio puslapio").get_by_role(
        "link", name="Projektai"
    ).click()
    assert page.url == site_pages["projektų sąrašas"][0]


def test_an_editor_logs_in_and_publishes_a_page_the_public_then_sees(admin_page, live_server):
    from tests.factories import home_page

    admin_page.goto(f"{live_server.url}/admin/pages/add/pages/standardpage/{home_page().pk}/")
    admin_page.fill("#id_title", "Kontaktai")
    admin_page.fill("#id_intro", "Kaip mus rasti.")
    admin_page.get_by_role("button", name="Daugiau veiksmų").click()
    with admin_page.expect_navigation():
        admin_page.get_by_role("button", name="Paskelbti").click()
    visitor = admin_page.context.browser.new_page()
    visitor.goto(f"{live_server.url}/kontaktai/")
    assert visitor.locator("h1").inner_text() == "Kontaktai"
    assert visitor.locator(".lead").inner_text() == "Kaip mus rasti."
    visitor.close()
