"""Fixtures of the search tests: the organisation's initial content, loaded once per module."""

from django.test import Client

from tests.module_data import module_data
from tests.pages.seed import load

_initial_once, initial = module_data(
    load,
    "initial",
    "The database as `load_initial_data` leaves an empty one (loaded once per module).",
)


def search(client: Client, **params):
    response = client.get("/paieska/", params)
    assert response.status_code == 200
    return response


def found(response, kind):
    """The slugs of one kind's results on the page."""
    group = next((g for g in response.context["groups"] if g.kind == kind), None)
    return [] if group is None else [item.slug for item in group.items]
