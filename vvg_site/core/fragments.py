"""Pieces of HTML drawn once and kept in the cache under a digest of exactly what they show.

A card (an agreement's, a news item's) appears under many addresses: every filter, page number
and page that lists it. `draw_once` keeps each drawn card under a key made of its kind, its
record's id and a digest of its material: every value the card shows, the reader's language,
the addresses it links to and the release (vvg_site.core.release). Change any of them and the
key changes, so the next request draws that card afresh and reuses every other one. Nothing is
ever invalidated by deletion, which could not reach every worker's memory or survive Redis
being away; unused keys expire. One `get_many` and at most one `set_many` per list; while the
cache is away every card is drawn (slower, never wrong).
"""

import hashlib

from django.core.cache import caches

from vvg_site.core.release import release

# A card unused for a week leaves the cache; a changed card has a new key at once.
FRAGMENT_SECONDS = 7 * 24 * 60 * 60


def fragment_key(kind, pk, material):
    """`kind:pk:digest` of the material (any repr-able values) and the release."""
    digest = hashlib.blake2b(repr((release(), material)).encode(), digest_size=16).hexdigest()
    return f"{kind}:{pk}:{digest}"


def draw_once(items, key_of, draw):
    """The HTML of each item, in order: from the cache under `key_of(item)`, else `draw(item)`
    (then stored)."""
    if not items:
        return []
    cache = caches["default"]
    keys = [key_of(item) for item in items]
    found = cache.get_many(keys)
    drawn = {}
    html = []
    for item, key in zip(items, keys, strict=True):
        fragment = found.get(key)
        if fragment is None:
            fragment = drawn[key] = draw(item)
        html.append(fragment)
    if drawn:
        cache.set_many(drawn, FRAGMENT_SECONDS)
    return html
