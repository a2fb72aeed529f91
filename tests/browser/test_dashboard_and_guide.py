"""The staff's dashboard and the editor's guide pass the accessibility gate in a real browser,
with every panel showing, and the help menu opens the guide."""

import datetime

import pytest
from playwright.sync_api import expect

from tests import factories as f
from tests.browser.gates import assert_accessible


@pytest.fixture
def work(transactional_db):
    """Something for every panel: an incomplete agreement, a draft, a scheduled news item."""
    f.make_news_index()
    f.make_project_index()
    f.make_partnership(title="Jungtinės veiklos sutartis dėl projekto „Žydinti Lietuva“")
    f.make_partnership(title="Neskelbta sutartis", live=False)
    scheduled = f.make_news(title="Suplanuota naujiena", live=False)
    scheduled.go_live_at = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=2)
    scheduled.save_revision().publish()


def test_the_dashboard_and_the_guide_are_accessible(work, admin_page, live_server):
    assert_accessible(admin_page, live_server.url + "/admin/", "darbalaukis")
    for panel in ("Greiti veiksmai", "Naujausi pakeitimai", "Paskelbimo laukia", "Trūksta duomenų"):
        expect(admin_page.locator("main")).to_contain_text(panel)

    assert_accessible(admin_page, live_server.url + "/admin/vadovas/", "redaktoriaus vadovas")


def test_the_help_menu_opens_the_lithuanian_guide(work, admin_page, live_server):
    admin_page.goto(live_server.url + "/admin/")
    admin_page.get_by_role("button", name="Pagalba").click()
    with admin_page.expect_navigation():
        admin_page.get_by_role("link", name="Redaktoriaus vadovas").first.click()

    assert admin_page.url == live_server.url + "/admin/vadovas/"
    expect(admin_page.locator("h1")).to_have_text("Redaktoriaus vadovas")
