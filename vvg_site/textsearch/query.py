"""Searching: a QuerySet narrowed to the records whose index has every word of the query.

One EXISTS per query word, on the model's own QuerySet, so the search composes with any other
filter (live, public, a year, a partner) and reads the same on SQLite and PostgreSQL.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, IntegerField, OuterRef, Q, Subquery, Sum, Value
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


def word_condition(word):
    condition = Q(term__in=word.terms)
    if word.prefix:
        for start in word.starts:
            condition |= Q(term__startswith=start)
    return condition


def word_conditions(text, language, *, prefix=True):
    """One condition on index rows per word of the query. Lithuanian words are searched as
    Lithuanian; in another language a word matches in that language's index or, stemmed as
    Lithuanian, in the Lithuanian one (partner, place and project names stay Lithuanian on an
    English page: "Druskininkai" finds "Druskininkų VVG"). A stop word of the reader's language
    ("and", "ir") is no condition."""
    languages = reading_languages(language)
    by_language = {
        code: {word.text: word for word in query_words(text, code, prefix=prefix)}
        for code in languages
    }
    conditions = []
    for text_word in by_language[language]:
        condition = Q()
        for code in languages:
            word = by_language[code].get(text_word)
            if word is not None:
                condition |= Q(language=code) & word_condition(word)
        conditions.append(condition)
    return conditions


def _terms(queryset, language):
    return IndexedTerm.objects.filter(
        content_type_id__in=content_type_ids(queryset.model),
        language__in=reading_languages(language),
        object_id=OuterRef("pk"),
    )


def matching(queryset, text, *, language=None, prefix=True, min_weight=None):
    """The records of `queryset` that have every word of `text` in any of its forms; all of
    them when `text` has no word to search by. `prefix`: the last word may be unfinished;
    `min_weight`: only in fields that weigh at least this much (registry.TITLE: names);
    `language`: see language_for()."""
    language = language_for(queryset.model, language)
    terms = _terms(queryset, language)
    if min_weight is not None:
        terms = terms.filter(weight__gte=min_weight)
    for condition in word_conditions(text, language, prefix=prefix):
        queryset = queryset.filter(Exists(terms.filter(condition)))
    return queryset


def with_rank(queryset, text, *, language=None, prefix=True):
    """`matching`, each record annotated with `search_rank`: the sum of the weights of the
    fields its words were found in (a title counts more than a summary)."""
    language = language_for(queryset.model, language)
    conditions = word_conditions(text, language, prefix=prefix)
    if not conditions:
        return queryset.annotate(search_rank=Value(0))
    any_word = Q()
    for condition in conditions:
        any_word |= condition
    weights = (
        _terms(queryset, language)
        .filter(any_word)
        .order_by()
        .values("object_id")
        .annotate(total=Sum("weight"))
        .values("total")
    )
    rank = Coalesce(Subquery(weights, output_field=IntegerField()), Value(0))
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
    return queryset.filter(
        Exists(_terms(queryset, language).filter(weight=weight, term__startswith=start))
    )
