"""The organisation's initial content: its page tree and its cooperation record, from fixtures/.

Every step adds only what is missing and records what it found and what it added, so the
`load_initial_data` command can tell a fresh database (load it all), a loaded one (nothing to do)
and one an editor has changed (refuse, or add only what is missing) apart. Nothing that already
exists is ever modified: an editor's changes always win.

A step is a function taking an `InitialContent`: pages (fixtures/pages.json), the cooperation
record (fixtures/partnerships.json), the memberships in networks (fixtures/memberships.json),
which link to agreements, then the news (fixtures/news.json), which link to both.
"""

from pages.initial_content.content import (
    FIXTURES_DIR,
    MEMBERSHIPS_FIXTURE,
    NEWS_FIXTURE,
    PAGES_FIXTURE,
    PARTNERSHIPS_FIXTURE,
    InitialContent,
)
from pages.initial_content.english import load_english
from pages.initial_content.news import create_news, load_news, seed_news
from pages.initial_content.profile import load_memberships
from pages.initial_content.records import load_pages, load_partnerships

__all__ = [
    "FIXTURES_DIR",
    "MEMBERSHIPS_FIXTURE",
    "NEWS_FIXTURE",
    "PAGES_FIXTURE",
    "PARTNERSHIPS_FIXTURE",
    "InitialContent",
    "create_news",
    "load_english",
    "load_memberships",
    "load_news",
    "load_pages",
    "load_partnerships",
    "seed_news",
]
