"""Searching: a QuerySet narrowed to the records whose index has every word of the query.

One EXISTS per query word, on the model's own QuerySet, so the search composes with any other
filter (live, public, a year, a partner) and reads the same on SQLite and PostgreSQL.

The EXISTS and the rank are written as SQL here (`IndexHas`, `IndexRank`) rather than as
querysets of IndexedTerm: Django built each nested subquery with its Q tree of term lists and
prefixes in about 2 ms, several times what the database then took to run it, on every search
and every filtered list. The SQL is the same the querysets produced, on both databases.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import BooleanField, Expression, IntegerField, Value
from django.db.models.functions import Coalesce
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
        alternatives, params = [], []
        for code, word in words_by_language.items():
            tests = [f"{TERM}.term IN ({placeholders(word.terms)})"]
            params += [code, *sorted(word.terms)]
            if word.prefix:
                for start in sorted(word.starts):
                    tests.append(f"{TERM}.term {LIKE}")
                    params.append(connection.ops.prep_for_like_query(start) + "%")
            alternatives.append(f"({TERM}.language = %s AND ({' OR '.join(tests)}))")
        return self.also("(" + " OR ".join(alternatives) + ")", params)

    def any_of(self, words):
        """Rows with any of the query words (each made by `word()` on this condition)."""
        own = len(self.params)
        sql = " OR ".join(word.sql[-1] for word in words)
        return self.also(f"({sql})", [p for word in words for p in word.params[own:]])

    def where(self):
        return " AND ".join(self.sql)


TERM = "vvg_term"
TERM_TABLE = connection.ops.quote_name(IndexedTerm._meta.db_table)
# A prefix match, as Django's `startswith` writes it on this database (escaped pattern).
LIKE = connection.operators["startswith"]


def placeholders(values):
    return ", ".join(["%s"] * len(values))


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


class IndexRank(IndexExpression):
    """The sum of the weights of the record's index rows meeting the condition (any word)."""

    output_field = IntegerField()

    def as_sql(self, compiler, connection):
        sql, params = self.rows_sql(compiler, f"SUM({TERM}.weight)")
        return f"({sql})", params


def word_conditions(text, language, records, *, prefix=True):
    """One condition on index rows (narrowing `records`, an IndexCondition) per word of the
    query. Lithuanian words are searched as Lithuanian; in another language a word matches in
    that language's index or, stemmed as Lithuanian, in the Lithuanian one (partner, place and
    project names stay Lithuanian on an English page: "Druskininkai" finds "Druskininkų VVG").
    A stop word of the reader's language ("and", "ir") is no condition."""
    languages = reading_languages(language)
    by_language = {
        code: {word.text: word for word in query_words(text, code, prefix=prefix)}
        for code in languages
    }
    return [
        records.word(
            {
                code: by_language[code][text_word]
                for code in languages
                if text_word in by_language[code]
            }
        )
        for text_word in by_language[language]
    ]


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


def with_rank(queryset, text, *, language=None, prefix=True):
    """`matching`, each record annotated with `search_rank`: the sum of the weights of the
    fields its words were found in (a title counts more than a summary)."""
    language = language_for(queryset.model, language)
    records = IndexCondition.of_records(queryset.model, language)
    conditions = word_conditions(text, language, records, prefix=prefix)
    if not conditions:
        return queryset.annotate(search_rank=Value(0))
    rank = Coalesce(IndexRank(records.any_of(conditions)), Value(0))
    return matching(queryset, text, language=language, prefix=prefix).annotate(search_rank=rank)


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
