"""`make screenshots` (tests/browser/screenshots.py) writes one full-page PNG per page type and
width, named after the page type, and names a page that answers with an unexpected status."""

from PIL import Image

from tests.browser import screenshots
from tests.browser.site_pages import SitePage


def test_each_page_type_and_width_gives_one_full_page_png(browser, live_server, tmp_path):
    from tests import factories

    factories.make_standard_page(title="Apie mus", slug="apie-mus", intro="Kas mes esame. " * 300)
    pages = {
        "turinio puslapis": SitePage("/apie-mus/valdyba/", initial="/apie-mus/"),
        "EN turinio puslapis": SitePage("/en/about-us/", initial=None),
        "404": SitePage("/tokio-puslapio-nera/", status=404),
        "pradžios puslapis": SitePage("/"),
    }
    targets = screenshots.public_targets(pages)
    assert targets == [
        ("turinio-puslapis", "/apie-mus/", 200),
        ("404", "/tokio-puslapio-nera/", 404),
        ("pradzios-puslapis", "/", 200),
    ]
    # The home page is said to be missing: a page that moved is named, not photographed silently.
    targets[2] = ("pradzios-puslapis", "/", 404)
    problems = screenshots.take_screenshots(browser, live_server.url, targets, [360], tmp_path)
    assert problems == ["/ answered 200, its page type expects 404"]
    assert sorted(p.name for p in (tmp_path / "360").iterdir()) == [
        "404.png",
        "pradzios-puslapis.png",
        "turinio-puslapis.png",
    ]
    with Image.open(tmp_path / "360" / "turinio-puslapis.png") as picture:
        assert picture.format == "PNG"
        assert picture.width == 360
        assert picture.height > 2 * screenshots.HEIGHT  # the whole page, not the first screen
