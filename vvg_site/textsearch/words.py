"""Words to index terms: lowercase, stem with Snowball for the language, fold diacritics.

The same function turns a record's text and a visitor's query into terms, so "Druskininkai",
"Druskininkų" and "druskininku" all become `druskinink`. Each word gives the stem of the word as
written and the stem of its folded form (both folded), so a query typed without Lithuanian
letters ("zydinti") meets text written with them ("Žydinti").
"""

import functools
import re
import threading
import unicodedata
from dataclasses import dataclass

import snowballstemmer

from vvg_site.textsearch.models import TERM_MAX_LENGTH

WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Language:
    """A Snowball stemmer and the short words a query may contain that no record is found by."""

    stemmer: str
    stopwords: frozenset


LITHUANIAN_STOPWORDS = {
    "ir", "bei", "ar", "o", "bet", "kad", "su", "dėl", "del", "į", "i", "iš", "is", "per",
    "prie", "tarp", "nuo", "iki", "apie", "už", "uz", "po", "be", "ant", "pas", "tai", "yra",
    "m", "d",
}  # fmt: skip
ENGLISH_STOPWORDS = {
    "a", "an", "and", "or", "of", "in", "on", "to", "for", "with", "by", "at", "from", "the",
    "is", "are",
}  # fmt: skip
LANGUAGES = {
    "lt": Language("lithuanian", frozenset(LITHUANIAN_STOPWORDS)),
    "en": Language("english", frozenset(ENGLISH_STOPWORDS)),
}
DEFAULT_LANGUAGE = "lt"


def reading_languages(language):
    """The index languages a query in `language` searches: its own, and Lithuanian, in which
    names of partners, places and projects are written on every page."""
    return (language,) if language == DEFAULT_LANGUAGE else (language, DEFAULT_LANGUAGE)


# An unfinished last word shorter than this is not a prefix: "m" would match half the record.
PREFIX_LETTERS = 3

_stemmers = threading.local()  # a Snowball stemmer keeps state while it works: one per thread


def stem(word, language):
    cache = _stemmers.__dict__.setdefault("by_language", {})
    if language not in cache:
        cache[language] = snowballstemmer.stemmer(LANGUAGES[language].stemmer)
    return cache[language].stemWord(word)


def fold(text):
    """Without diacritics: ą→a, č→c, ė→e, ų→u, ž→z, ä→a…"""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text):
    return WORD.findall(str(text or "").lower())


# Records and results repeat the same words ("vietos veiklos grupė"): each is stemmed once.
@functools.lru_cache(maxsize=50_000)
def word_terms(word, language, *, keep_stopwords=False):
    """The terms of one lowercased word: none for a stop word, else one or two stems."""
    if not keep_stopwords and word in LANGUAGES[language].stopwords:
        return frozenset()
    folded = fold(word)
    return frozenset(
        fold(term)[:TERM_MAX_LENGTH] for term in (stem(word, language), stem(folded, language))
    )


def text_terms(text, language):
    """Every distinct term of a text, for the index."""
    terms = set()
    for word in set(words(text)):
        terms |= word_terms(word, language)
    return terms


@dataclass(frozen=True)
class QueryWord:
    """A word of a query: as typed, and its terms. `prefix` also takes words it begins."""

    text: str
    terms: frozenset
    prefix: bool = False

    @property
    def starts(self):
        """The beginnings a term may have when the word is an unfinished prefix."""
        return self.terms | {fold(self.text)[:TERM_MAX_LENGTH]}

    def matches(self, term):
        if term in self.terms:
            return True
        return self.prefix and any(term.startswith(start) for start in self.starts)


def query_words(text, language=DEFAULT_LANGUAGE, *, prefix=True):
    """The words of a query that must all match, each once. With `prefix`, the last word may be
    unfinished ("Druskinink", while typing): of PREFIX_LETTERS or more, it also takes the words
    it begins, even when it is a stop word ("prie" → Prienų)."""
    found = list(dict.fromkeys(words(text)))
    result = []
    for position, word in enumerate(found):
        last = prefix and position == len(found) - 1 and len(fold(word)) >= PREFIX_LETTERS
        terms = word_terms(word, language, keep_stopwords=last)
        if terms:
            result.append(QueryWord(word, terms, prefix=last))
    return result
