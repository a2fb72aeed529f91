"""The content generation as one request sees it, and what a process computes once per generation.

The generation (sitecache.models.CacheGeneration) is bumped by every public change. It is read
from the database once per request, so whatever a process keeps under a generation number is
fresh for every request that reads the same number, on every worker and machine sharing the
database: a private memory is as correct as a shared cache, and never needs invalidating.

`generation_memo` is that memory: site-wide facts many URLs share (the page tree, menus, the
organisation's details, the vocabulary of partners and agreement types), built on the first
request of a generation and dropped as soon as a request sees a newer one. It is a plain dict in
the process, so it costs neither a network round trip nor unpickling, and it does not depend on
Redis being up. Nothing per URL goes here (that would be a page cache in disguise).
"""

import threading

from django.db import connection

from vvg_site.core.release import release

GENERATION_SQL = "SELECT value FROM sitecache_cachegeneration WHERE id = 1"
REQUEST_ATTRIBUTE = "_vvg_content_generation"


def current_generation():
    # Plain SQL: this runs on every request, where the ORM's query building would dominate.
    with connection.cursor() as cursor:
        cursor.execute(GENERATION_SQL)
        row = cursor.fetchone()
    return row[0] if row else 0


def request_generation(request):
    """The generation this request works with: read once (the page cache may have read it)."""
    if request is None:
        return current_generation()
    generation = getattr(request, REQUEST_ATTRIBUTE, None)
    if generation is None:
        generation = current_generation()
        setattr(request, REQUEST_ATTRIBUTE, generation)
    return generation


class GenerationMemo:
    """Values keyed by name, valid for one generation; a newer generation empties it.

    A request that still works with an older generation (it began before a publish) computes
    its values without storing them.
    """

    def __init__(self):
        self._state = (None, {})  # (generation, values), replaced whole so readers need no lock
        self._lock = threading.Lock()

    def get(self, generation, key, build):
        held, values = self._state
        if held == generation and key in values:
            return values[key]
        value = build()
        with self._lock:
            held, values = self._state
            if held is None or generation > held:
                held, values = generation, {}
                self._state = (held, values)
            if generation == held:
                values[key] = value
        return value

    def clear(self):
        with self._lock:
            self._state = (None, {})


generation_memo = GenerationMemo()


def memoized(request, key, build):
    """`build()` computed once per generation and process, e.g. memoized(request, ("menu", "lt"),
    lambda: ...). The key names what the value depends on besides the content."""
    return generation_memo.get(request_generation(request), key, build)


def fragment_version(request):
    """For `{% cache %}` fragments that many addresses share and only a publish changes (a
    page's introduction, a chart of every agreement): the release and the generation."""
    return f"{release()}-{request_generation(request)}"
