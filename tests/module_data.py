"""Data a module's tests share: built once per module, handed to each test as a fresh copy."""

import copy
import inspect

import pytest


def module_data(builder, name, doc):
    """The two fixtures of a module's shared data, registered as `_<name>_once` and `<name>`.

    The first builds `builder()` once in a transaction rolled back at the module's end (the
    session's `build_once`); the second gives each test a deep copy, so an object one test
    changes is fresh for the next. Use: `_news_once, news = module_data(build_news, "news", "…")`.
    """
    once_name = f"_{name}_once"

    @pytest.fixture(scope="module", name=once_name)
    def once(build_once):
        with build_once(builder) as data:
            yield data

    def per_test(**fixtures):
        return copy.deepcopy(fixtures[once_name])

    # It asks for the shared data and `db` by name, as a written-out fixture would: pytest sets
    # the module's data up first (wider scope), then the test's savepoint inside it, and
    # pytest-django counts the test among the database tests (run before the transactional
    # ones, whose flush would empty what the migrations made).
    per_test.__signature__ = inspect.Signature(
        [inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY) for n in (once_name, "db")]
    )
    per_test.__doc__ = doc
    return once, pytest.fixture(name=name)(per_test)
