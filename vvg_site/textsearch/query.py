"""Searching: a QuerySet narrowed to the records whose index has every word of the query.

One EXISTS per query word, on the model's own QuerySet, so the search composes with any other
filter (live, public, a year, a partner) and reads the same on SQLite and PostgreSQL.

The EXISTS and the ranking are written as SQL here (`IndexHas`, `ranked`) rather than as
querysets of IndexedTerm: Django built each nested subquery with its Q tree of term lists and
prefixes in about 2 ms, several times what the database then took to run it, on every search
and every filtered list. The SQL is the same the querysets produced, on both databases.
"""

import functools

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import BooleanField, Expression
from django.utils import translation

from vvg_site.textsearch.models import IndexedTerm
from vvg_site.textsearch.registry import registered_models, registrations
from vvg_site.textsearch.words import DEFAULT_LANGUAGE, fold, query_words, reading_languages


def content_type_ids(model):
    """The registered model itself, or its registered subclasses (Page: every page type)."""
    models = [m for m in registered_models() if issubclass(m, model)]
    return [ContentType.objects.get_for_model(m).pk for m in models]


def language_for(model, language=None):
    """The language asked for, else the request's when `model` (or a registered subclass) is
    indexed in it, else DEFAULT_LANGUAGE: an English page searches English fields once they
    are registered, Lithuanian ones until then."""
    if language:
        return language
    active = (translation.get_language() or DEFAULT_LANGUAGE).split("-")[0]
    indexed = {
        registration.language
        for m in registered_models()
        if issubclass(m, model)
        for registration in registrations(m)
    }
    return active if active in indexed else DEFAULT_LANGUAGE


class IndexCondition:
    """A condition on index rows, as SQL on the index table's alias `TERM` and its parameters."""

    def __init__(self, sql=(), params=()):
        self.sql, self.params = tuple(sql), tuple(params)

    @classmethod
    def of_records(cls, model, language, min_weight=None):
        """Rows of the model's records (or its registered subclasses') in the languages a
        reader of `language` searches, of fields weighing at least `min_weight`."""
        types, languages = content_type_ids(model), reading_languages(language)
        condition = cls(
            [
                f"{TERM}.content_type_id IN ({placeholders(types)})",
                f"{TERM}.language IN ({placeholders(languages)})",
            ],
            [*types, *languages],
        )
        if min_weight is not None:
            condition = condition.also(f"{TERM}.weight >= %s", [min_weight])
        return condition

    def also(self, sql, params):
        return IndexCondition([*self.sql, sql], [*self.params, *params])

    def word(self, words_by_language):
        """Rows with one query word's terms, in any of the languages it is searched in."""
        sql, params = either(term_tests(words_by_language))
        return self.also(f"({sql})", params)

    def where(self):
        return " AND ".join(self.sql)


TERM = "vvg_term"
TERM_TABLE = connection.ops.quote_name(IndexedTerm._meta.db_table)
# A prefix match, as Django's `startswith` writes it on this database (escaped pattern).
LIKE = connection.operators["startswith"]


def placeholders(values):
    return ", ".join(["%s"] * len(values))


def term_tests(words_by_language):
    """[(SQL, params)]: the tests an index row passes when it holds one query word's terms,
    each on its own (a language and its stems; a language and one beginning of an unfinished
    word), so that a query may hand each to an index."""
    tests = []
    for code, word in words_by_language.items():
        terms = sorted(word.terms)
        tests.append((f"{TERM}.language = %s AND {TERM}.term IN ({placeholders(terms)})",
                      [code, *terms]))  # fmt: skip
        for start in sorted(word.starts) if word.prefix else ():
            tests.append(prefix_test(code, start))
    return tests


def either(tests):
    """(SQL, params) of a row passing any of `tests` ([(SQL, params)])."""
    return " OR ".join(f"({sql})" for sql, _params in tests), [p for _s, ps in tests for p in ps]


def prefix_test(code, start):
    """Rows in the language whose term begins with `start`. SQLite compares text by its bytes,
    in which the words that begin with `start` are exactly those from `start` up to the same
    letters with the last one the next in Unicode: a range the term index reads, and a test
    SQLite prepares once (a LIKE with a bound pattern it prepares again on every run and tries
    on every row of the content type). PostgreSQL's collation may not order words as their
    bytes do, so there it is a LIKE."""
    if connection.vendor == "sqlite":
        sql = f"{TERM}.language = %s AND {TERM}.term >= %s AND {TERM}.term < %s"
        return sql, [code, start, start[:-1] + chr(ord(start[-1]) + 1)]
    sql = f"{TERM}.language = %s AND {TERM}.term {LIKE}"
    return sql, [code, connection.ops.prep_for_like_query(start) + "%"]


class IndexExpression(Expression):
    """SQL over the index rows of the record the outer query is at (its primary key)."""

    def __init__(self, condition):
        super().__init__()
        self.condition = condition
        self.record = None

    def resolve_expression(
        self, query=None, allow_joins=True, reuse=None, summarize=False, for_save=False
    ):
        resolved = self.copy()
        resolved.record = query.resolve_ref("pk")
        return resolved

    def rows_sql(self, compiler, select):
        record_sql, record_params = compiler.compile(self.record)
        # Names from the models' metadata; every value is a parameter.
        where = f"{TERM}.object_id = {record_sql} AND {self.condition.where()}"
        sql = f"SELECT {select} FROM {TERM_TABLE} {TERM} WHERE {where}"  # noqa: S608
        return sql, (*record_params, *self.condition.params)


class IndexHas(IndexExpression):
    """EXISTS an index row of the record meeting the condition (one query word)."""

    output_field = BooleanField()
    conditional = True

    def as_sql(self, compiler, connection):
        sql, params = self.rows_sql(compiler, "1")
        return f"EXISTS ({sql})", params


# A results page asks it for each kind of record, the same words each time (read, never changed).
@functools.lru_cache(maxsize=512)
def query_terms(text, language, *, prefix=True):
    """Per word of the query, {language code: QueryWord}: the word as it is searched in each
    index language. Lithuanian words are searched as Lithuanian; in another language a word
    matches in that language's index or, stemmed as Lithuanian, in the Lithuanian one (partner,
    place and project names stay Lithuanian on an English page: "Druskininkai" finds
    "Druskininkų VVG"). A stop word of the reader's language ("and", "ir") is no word."""
    languages = reading_languages(language)
    by_language = {
        code: {word.text: word for word in query_words(text, code, prefix=prefix)}
        for code in languages
    }
    return tuple(
        {code: by_language[code][text_word] for code in languages if text_word in by_language[code]}
        for text_word in by_language[language]
    )


def word_conditions(text, language, records, *, prefix=True):
    """One condition on index rows (narrowing `records`, an IndexCondition) per word of the
    query (query_terms)."""
    return [records.word(word) for word in query_terms(text, language, prefix=prefix)]


def matching(queryset, text, *, language=None, prefix=True, min_weight=None):
    """The records of `queryset` that have every word of `text` in any of its forms; all of
    them when `text` has no word to search by. `prefix`: the last word may be unfinished;
    `min_weight`: only in fields that weigh at least this much (registry.TITLE: names);
    `language`: see language_for()."""
    language = language_for(queryset.model, language)
    records = IndexCondition.of_records(queryset.model, language, min_weight)
    for condition in word_conditions(text, language, records, prefix=prefix):
        queryset = queryset.filter(IndexHas(condition))
    return queryset


def ranked(models, text, *, prefix=True):
    """For each of `models`, {record id: rank} of its records (or its registered subclasses')
    whose index has every word of `text` in any of its forms, in the reader's language as
    `matching` reads it; the rank is the sum of the weights of the fields the words were found
    in (a title counts more than a summary). None for a model when `text` has no word to search
    by: every record matches, as with `matching`.

    One query on the index table for all the models together (a GROUP BY per model, joined by
    UNION ALL), not a ranked query per model over the records' own tables: which of the
    records found a reader may see is the caller's to know (pages.search keeps it per content
    generation), and Django building six such queries cost most of a search's time."""
    parts, params, found = [], [], []
    for position, model in enumerate(models):
        language = language_for(model)
        words = [term_tests(word) for word in query_terms(text, language, prefix=prefix)]
        found.append({} if words else None)
        if not words:
            continue
        records = IndexCondition.of_records(model, language)
        # Rows of the model with any word, as one OR of complete tests at the top of the WHERE,
        # so that each test reads its own part of the term index.
        rows = [(f"{records.where()} AND {test}", [*records.params, *test_params])
                for tests in words for test, test_params in tests]  # fmt: skip
        # Every word on some row of the record: a row may stand for several words at once.
        every_word = [either(tests) for tests in words]
        parts.append(
            f"SELECT {position}, {TERM}.object_id, SUM({TERM}.weight) "  # noqa: S608
            f"FROM {TERM_TABLE} {TERM} WHERE {' OR '.join(f'({sql})' for sql, _p in rows)} "
            f"GROUP BY {TERM}.object_id HAVING "
            + " AND ".join(f"SUM(CASE WHEN {sql} THEN 1 ELSE 0 END) > 0" for sql, _p in every_word)
        )
        params += [p for _sql, row_params in rows for p in row_params]
        params += [p for _sql, word_params in every_word for p in word_params]
    if parts:
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(parts), params)
            for position, record, rank in cursor.fetchall():
                found[position][record] = rank
    return found


def starting_like(queryset, text, *, weight, letters=4, language=None):
    """Records with a word weighing `weight` (a name: registry.TITLE) that begins like the
    query's first word: the suggestions when nothing was found ("Druskinkai" → Druskininkų)."""
    language = language_for(queryset.model, language)
    words = query_words(text, language)
    if not words:
        return queryset.none()
    start = fold(words[0].text)[:letters]
    if len(start) < min(letters, 3):
        return queryset.none()
    begins = IndexCondition.of_records(queryset.model, language).also(
        f"{TERM}.weight = %s AND {TERM}.term {LIKE}",
        [weight, connection.ops.prep_for_like_query(start) + "%"],
    )
    return queryset.filter(IndexHas(begins))
