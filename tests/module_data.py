"""Data a module's tests share: built once per module, handed to each test as a fresh copy."""

import copy

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

    @pytest.fixture(name=name)
    def per_test(request):
        # The shared data first, then the test's savepoint inside its transaction.
        data = request.getfixturevalue(once_name)
        request.getfixturevalue("db")
        return copy.deepcopy(data)

    per_test.__doc__ = doc
    return once, per_test
