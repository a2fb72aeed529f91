"""Showing why a record was found: the query's words marked in its text."""

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from vvg_site.textsearch.words import DEFAULT_LANGUAGE, WORD, query_words, word_terms

# Words of context shown before the first match in an excerpt.
LEAD_IN_WORDS = 8


def _is_match(word, query, language):
    terms = word_terms(word.lower(), language)
    return any(any(query_word.matches(term) for term in terms) for query_word in query)


def highlight(text, query_text, *, language=DEFAULT_LANGUAGE, prefix=True):
    """`text`, escaped, with every word that matches a query word in <mark>."""
    query = query_words(query_text, language, prefix=prefix)
    text = str(text or "")
    if not query:
        return escape(text)
    parts, position = [], 0
    for found in WORD.finditer(text):
        parts.append(escape(text[position : found.start()]))
        word = escape(found[0])
        parts.append(f"<mark>{word}</mark>" if _is_match(found[0], query, language) else word)
        position = found.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece escaped above


def excerpt(text, query_text, *, length=220, language=DEFAULT_LANGUAGE):
    """A piece of `text` of about `length` characters around its first match, marked; the
    beginning when nothing matches."""
    text = " ".join(str(text or "").split())
    query = query_words(query_text, language)
    matches = [m for m in WORD.finditer(text) if query and _is_match(m[0], query, language)]
    start = 0
    if matches:
        before = list(WORD.finditer(text[: matches[0].start()]))
        if len(before) > LEAD_IN_WORDS:
            start = before[-LEAD_IN_WORDS].start()
    piece = Truncator(text[start:]).chars(length)
    return highlight(("… " if start else "") + piece, query_text, language=language)
