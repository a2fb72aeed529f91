"""Fixtures of the pages' tests."""

import pytest

from tests.pages.seed import load


@pytest.fixture(scope="module")
def _loaded_once(build_once):
    with build_once(load) as output:
        yield output


@pytest.fixture
def loaded(_loaded_once, db):
    """The database as `load_initial_data` leaves an empty one (loaded once per module); the
    command's output."""
    return _loaded_once
