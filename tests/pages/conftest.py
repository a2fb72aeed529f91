"""Fixtures of the pages' tests."""

from tests.module_data import module_data
from tests.pages.seed import load

_loaded_once, loaded = module_data(
    load,
    "loaded",
    "The database as `load_initial_data` leaves an empty one (loaded once per module); the "
    "command's output.",
)
