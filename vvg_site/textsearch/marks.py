"""Showing why a record was found: the query's words marked in its text."""

import functools
import html
import unicodedata

from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator, add_truncation_text, calculate_truncate_chars_length

from vvg_site.textsearch.words import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    WORD,
    query_words,
    reading_languages,
    word_terms,
)

# Words of context shown before the first match in an excerpt.
LEAD_IN_WORDS = 8


def _reader_language(language):
    if language:
        return language
    active = (translation.get_language() or DEFAULT_LANGUAGE).split("-")[0]
    return active if active in LANGUAGES else DEFAULT_LANGUAGE


def _queries(query_text, language, prefix=True):
    """A matcher of the query's words stemmed each reading language's way, as
    query.word_conditions searches them (falsy when the query has no word to search by)."""
    return _matcher(query_text, _reader_language(language), prefix)


@functools.lru_cache(maxsize=256)
def _matcher(query_text, language, prefix):
    return Matcher(
        {
            code: words
            for code in reading_languages(language)
            if (words := query_words(query_text, code, prefix=prefix))
        }
    )


class Matcher:
    """Whether a word of a text matches the query; each distinct word is worked out once (a
    results page marks the same words in many titles and excerpts)."""

    def __init__(self, queries):
        self.queries = queries
        self._seen = {}

    def __bool__(self):
        return bool(self.queries)

    def __call__(self, word):
        word = word.lower()
        if word not in self._seen:
            self._seen[word] = _is_match(word, self.queries)
        return self._seen[word]


def _is_match(word, queries):
    for code, query in queries.items():
        terms = word_terms(word, code)
        if any(any(query_word.matches(term) for term in terms) for query_word in query):
            return True
    return False


def highlight(text, query_text, *, language=None, prefix=True):
    """`text`, escaped, with every word that matches a query word in <mark>; `language`: the
    reader's (default: the request's)."""
    queries = _queries(query_text, language, prefix=prefix)
    text = str(text or "")
    if not queries:
        return escape(text)
    # Only the matching words are cut out; the text between them is escaped in one piece.
    parts, position = [], 0
    for found in WORD.finditer(text):
        if queries(found[0]):
            parts.append(html.escape(text[position : found.start()]))
            parts.append(f"<mark>{html.escape(found[0])}</mark>")
            position = found.end()
    parts.append(html.escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece escaped above


def excerpt(text, query_text, *, length=220, language=None):
    """A piece of `text` of about `length` characters around its first match, marked; the
    beginning when nothing matches."""
    text = " ".join(str(text or "").split())
    queries = _queries(query_text, language)
    first = next((m for m in WORD.finditer(text) if queries(m[0])), None) if queries else None
    start = 0
    if first is not None:
        before = list(WORD.finditer(text[: first.start()]))
        if len(before) > LEAD_IN_WORDS:
            start = before[-LEAD_IN_WORDS].start()
    piece = cut(text[start:], length)
    return highlight(("… " if start else "") + piece, query_text, language=language)


def cut(text, length):
    """Truncator(text).chars(length), without its count letter by letter where it cannot
    change the result: a text no longer than `length`, or none of whose first letters is a
    combining mark (which Truncator does not count)."""
    text = unicodedata.normalize("NFC", text)
    if len(text) <= length:
        return text
    if any(map(unicodedata.combining, text[: length + 1])):
        return Truncator(text).chars(length)
    return add_truncation_text(text[: calculate_truncate_chars_length(length, None)], None)
