import pytest


@pytest.fixture
def home(db):
    from tests.factories import home_page

    return home_page()


def pytest_report_header(config):
    from tests.browser.gates import CHROMIUM_PATH, missing_tools

    missing = missing_tools()
    if missing:
        return ["browser tests (tests/browser/) will NOT run: " + "; ".join(missing)]
    return [f"browser tests: Chromium at {CHROMIUM_PATH}"]
