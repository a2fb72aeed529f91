"""An editor's path through the Wagtail admin (in Lithuanian): a new partner, a new agreement
dated to the month, previewed, published, seen in its place; then a draft the public never sees."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from tests import factories as f


@pytest.fixture
def neighbours(transactional_db):
    """The listing, with agreements signed before and after the editor's new one."""
    f.make_partnership_index()
    f.make_type()
    lag = f.make_partner("Druskininkų vietos veiklos grupė", slug="druskininku-vvg")
    f.make_partnership(lag, title="Gegužės sutartis", signed_on=datetime.date(2023, 5, 10))
    f.make_partnership(lag, title="Rugsėjo sutartis", signed_on=datetime.date(2023, 9, 2))


def test_an_editor_adds_previews_and_publishes_an_agreement_then_saves_a_draft(
    neighbours, admin_page, live_server
):
    admin = admin_page
    admin.goto(live_server.url + "/admin/snippets/partnerships/partner/add/")
    admin.fill("#id_name", "Varėnos rajono vietos veiklos grupė")
    admin.select_option("#id_kind", "lag")
    with admin.expect_navigation():
        admin.get_by_role("button", name="Išsaugoti", exact=True).click()
    assert "/admin/snippets/partnerships/partner/add/" not in admin.url, admin.content()[:3000]

    admin.goto(live_server.url + "/admin/snippets/partnerships/partnership/add/")
    admin.fill("#id_title", "Liepos sutartis su Varėna")
    admin.fill("#id_signed_on", "2023-07-01")
    admin.keyboard.press("Escape")  # closes the date picker
    admin.select_option("#id_signed_precision", label="tik mėnuo")
    admin.select_option("#id_agreement_type", label="bendradarbiavimo sutartis")
    admin.locator("#id_partner_links-0-partner").locator("..").locator(
        "[data-chooser-action-choose]"
    ).first.click()
    modal = admin.locator(".modal-dialog")
    modal.get_by_role("link", name="Varėnos rajono vietos veiklos grupė").click()
    admin.wait_for_function(
        "() => document.getElementById('id_partner_links-0-partner').value !== ''"
    )

    # The preview panel renders the unsaved agreement with its month-precision date.
    admin.get_by_role("button", name="Rodyti / slėpti peržiūrą").click()
    preview = admin.frame_locator("#w-preview-iframe")
    expect(preview.locator("body")).to_contain_text("2023 m. liepos mėn.", timeout=20000)
    expect(preview.locator("h1")).to_have_text("Liepos sutartis su Varėna")

    admin.get_by_role("button", name="Daugiau veiksmų").click()
    with admin.expect_navigation():
        admin.get_by_role("button", name="Paskelbti").click()
    assert "/partnership/add/" not in admin.url, "publishing did not go through"

    visitor = admin.context.browser.new_page()
    visitor.goto(live_server.url + "/bendradarbiavimas/")
    titles = visitor.locator(".agreement__title").all_inner_texts()
    assert titles == ["Rugsėjo sutartis", "Liepos sutartis su Varėna", "Gegužės sutartis"]
    new_one = visitor.locator(".agreement", has_text="Liepos sutartis su Varėna")
    assert "2023 m. liepos mėn." in new_one.inner_text()
    assert "Varėnos rajono vietos veiklos grupė" in new_one.inner_text()

    # A draft with another title: the public keeps seeing the published one.
    admin.goto(live_server.url + "/admin/snippets/partnerships/partnership/")
    admin.get_by_role("link", name="Liepos sutartis su Varėna").first.click()
    admin.wait_for_url(re.compile(r"/edit/\d+/"))
    admin.fill("#id_title", "Juodraštinis pavadinimas")
    with admin.expect_navigation():
        admin.get_by_role("button", name="Išsaugoti juodraštį").click()
    assert admin.locator("#id_title").input_value() == "Juodraštinis pavadinimas"

    visitor.goto(live_server.url + "/bendradarbiavimas/")
    titles = visitor.locator(".agreement__title").all_inner_texts()
    assert "Liepos sutartis su Varėna" in titles
    assert "Juodraštinis pavadinimas" not in visitor.content()
    visitor.get_by_role("link", name="Liepos sutartis su Varėna").click()
    assert visitor.locator("h1").inner_text() == "Liepos sutartis su Varėna"
    visitor.close()
