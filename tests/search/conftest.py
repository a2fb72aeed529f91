"""Fixtures of the search tests: the organisation's initial content, loaded once per module."""

from django.test import Client

import pytest

from tests.pages.seed import load


@pytest.fixture(scope="module")
def _initial_once(build_once):
    with build_once(load) as output:
        yield output


@pytest.fixture
def initial(_initial_once, db):
    """The database as `load_initial_data` leaves an empty one (loaded once per module)."""
    return _initial_once


def search(client: Client, **params):
    response = client.get("/paieska/", params)
    assert response.status_code == 200
    return response


def found(response, kind):
    """The slugs of one kind's results on the page."""
    group = next((g for g in response.context["groups"] if g.kind == kind), None)
    return [] if group is None else [item.slug for item in group.items]
