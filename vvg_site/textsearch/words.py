"""Words to index terms: lowercase, stem with Snowball for the language, fold diacritics.

The same function turns a record's text and a visitor's query into terms, so "Druskininkai",
"Druskininkų" and "druskininku" all become `druskinink`. Each word gives the stem of the word as
written and the stem of its folded form (both folded), so a query typed without Lithuanian
letters ("zydinti") meets text written with them ("Žydinti").

That is not enough where the stemmer reads the Lithuanian letters. It takes endings that have
them (-ų, -ėmis, -iškųjų) and turns a stem's last č or dž back into the t or d of the other
forms: "sutarčių" and "sutartis" both give `sutart`, but plain "sutarciu" gives `sutarc`, a stem
only the form "sutarčių" itself has. The index cannot fix that: it stores the stems of the forms
a text contains, and the plain spelling of every other form of every word is not among them.
So a query word typed in plain letters is also stemmed as each Lithuanian spelling it may stand
for (`plain_spellings`): its last SPELLING_WINDOW letters, where the endings and the stem's last
consonant are, may carry the letters the stemmer reads (ą, ę, ė, į, ų, ū; č; dž; š of -išk-,
-ykšt-, -šv-), at most MAX_RESTORED of them at once. A spelling counts only when the stemmer
used every letter it restored (the stem it gives is plain): a restored letter left inside the
stem changed nothing the stemmer saw, and the stems of such non-words would only add noise.
The stems found join the word's own in the word's one IN list, so a query word is still one
EXISTS with no extra query, and they are computed once per word in Python (a few dozen
stemmings, cached). Doing it at query time keeps the index as it is: no new rows, and no
rebuild or data migration for existing databases. A word typed with any Lithuanian letter is
taken as spelled.
"""

import functools
import itertools
import re
import threading
import unicodedata
from dataclasses import dataclass

import snowballstemmer

from vvg_site.textsearch.models import TERM_MAX_LENGTH

WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Language:
    """A Snowball stemmer and the short words a query may contain that no record is found by.
    `spells_plain`: a query word typed in plain letters is also stemmed as the language's
    spellings of it (`plain_spellings`)."""

    stemmer: str
    stopwords: frozenset
    spells_plain: bool = False


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
    "lt": Language("lithuanian", frozenset(LITHUANIAN_STOPWORDS), spells_plain=True),
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


# The plain letters that may stand for Lithuanian ones the stemmer reads: the vowels of endings,
# and č, dž, š (č and dž where a stem's t and d turn soft: sutarčių, žodžių; š in -išk-, -ykšt-,
# -ykšč-, -šv-).
PLAIN_VOWELS = {"a": "ą", "e": "ėę", "i": "į", "u": "ųū"}
# The stemmer reads the end of a word: its longest endings with the suffixes it strips before
# them (-iuosiuose of didžiuosiuose, -iškiausiųjų) and the consonant before those fit in these.
SPELLING_WINDOW = 10
# Lithuanian letters restored in one spelling: the stem of every form tried in
# tests/search/test_plain_spellings.py turns on two at most (didžiųjų: the ž and an ų).
MAX_RESTORED = 2


def _lithuanian_letters(word, position):
    """The Lithuanian letters that the plain letter at `position` may stand for."""
    letter = word[position]
    before, after = word[position - 1 : position], word[position + 1 : position + 2]
    if letter in PLAIN_VOWELS:
        return PLAIN_VOWELS[letter]
    if letter == "c":
        return "č"
    if letter == "z" and before == "d":
        return "ž"
    if letter == "s" and after in {"k", "t", "c", "v"}:
        return "š"
    return ""


def plain_spellings(word):
    """The Lithuanian spellings a word typed in plain letters may stand for, differing from it
    in its last SPELLING_WINDOW letters: "zodziu" → "zodžiu", "žodžių", "zodziū", …"""
    start = max(1, len(word) - SPELLING_WINDOW)
    choices = [
        (position, letters)
        for position in range(start, len(word))
        if (letters := _lithuanian_letters(word, position))
    ]
    for count in range(1, MAX_RESTORED + 1):
        for chosen in itertools.combinations(choices, count):
            for letters in itertools.product(*(letters for _position, letters in chosen)):
                spelled = list(word)
                for (position, _letters), letter in zip(chosen, letters, strict=True):
                    spelled[position] = letter
                yield "".join(spelled)


@functools.lru_cache(maxsize=10_000)
def spelling_terms(word, language):
    """The stems of a lowercased query word typed in plain letters, read as each spelling of it
    whose restored letters the stemmer used ("sutarciu" → `sutart`); none for a word with any
    Lithuanian letter, or in a language whose words are not spelled so."""
    if not LANGUAGES[language].spells_plain or fold(word) != word:
        return frozenset()
    terms = set()
    for spelled in plain_spellings(word):
        stemmed = stem(spelled, language)
        if fold(stemmed) == stemmed:
            terms.add(stemmed[:TERM_MAX_LENGTH])
    return frozenset(terms)


@dataclass(frozen=True)
class QueryWord:
    """A word of a query: as typed, and its terms. `prefix` also takes words that begin with
    one of `starts`."""

    text: str
    terms: frozenset
    prefix: bool = False
    starts: frozenset = frozenset()

    def matches(self, term):
        if term in self.terms:
            return True
        return self.prefix and any(term.startswith(start) for start in self.starts)


def query_words(text, language=DEFAULT_LANGUAGE, *, prefix=True):
    """The words of a query that must all match, each once, with the terms of their plain
    spellings (`spelling_terms`). With `prefix`, the last word may be unfinished ("Druskinink",
    while typing): of PREFIX_LETTERS or more, it also takes the words that begin with its
    letters or with one of its stems, even when it is a stop word ("prie" → Prienų). Only stems
    as long as its plain spelling's stem begin words: a shorter one came off an ending the
    stemmer read in Lithuanian letters ("tur" of "turinčius", "zod" of "žodžių") and is matched
    whole, since as a beginning it would take in words that merely begin alike (turizmas,
    zodiakas)."""
    found = list(dict.fromkeys(words(text)))
    result = []
    for position, word in enumerate(found):
        last = prefix and position == len(found) - 1 and len(fold(word)) >= PREFIX_LETTERS
        terms = word_terms(word, language, keep_stopwords=last)
        if not terms:
            continue
        terms |= spelling_terms(word, language)
        starts = frozenset()
        if last:
            shortest = len(stem(fold(word), language))
            starts = {term for term in terms if len(term) >= shortest}
            starts = frozenset({*starts, fold(word)[:TERM_MAX_LENGTH]})
        result.append(QueryWord(word, terms, prefix=last, starts=starts))
    return result
