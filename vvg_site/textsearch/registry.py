"""Which records are searchable, by which fields, in which language.

Each app registers its own models in its AppConfig.ready(), so this module knows none of them:

    register(Partner, {"name": TITLE, "short_name": TITLE, "region": BODY})
    register(ProjectPage, {"title_en": TITLE, "summary_en": BODY}, language="en")

A field is an attribute or method name (or a function of the record) giving text, rich text or a
StreamField; its weight says how much a match there counts when results are ranked.
`refresh_when_saved(Model, records_of)` re-indexes records whose text includes another model's
(an agreement names its partners: renaming a partner re-indexes its agreements).
"""

from dataclasses import dataclass

from vvg_site.textsearch.words import DEFAULT_LANGUAGE, LANGUAGES

# Field weights: a match in a name counts more than one in a summary.
TITLE = 4
NAME = 3
LEAD = 2
BODY = 1


@dataclass(frozen=True)
class Registration:
    model: type
    fields: dict
    language: str
    prepare: object = None  # QuerySet -> QuerySet with what the fields read, for rebuilds

    def field_names(self):
        return {name for name in self.fields if isinstance(name, str)}


_registrations = {}  # model -> [Registration], one per language
_dependants = []  # (model, records_of, field names or None)


def register(model, fields, *, language=DEFAULT_LANGUAGE, prepare=None):
    """Index `model`'s `fields` ({name or function: weight}) in `language` ("lt", "en").
    `prepare(queryset)` may add the select_related/prefetch_related the fields need, so
    rebuilding the whole index costs a few queries per batch, not several per record."""
    if language not in LANGUAGES:
        raise ValueError(f"No stemmer for language {language!r}: add it to words.LANGUAGES.")
    existing = [r for r in _registrations.get(model, []) if r.language != language]
    _registrations[model] = [*existing, Registration(model, dict(fields), language, prepare)]


def refresh_when_saved(model, records_of, fields=None):
    """When a `model` instance is saved or deleted, re-index `records_of(instance)`. `fields`:
    only when a save may have changed one of these (None: every save)."""
    _dependants.append((model, records_of, set(fields) if fields else None))


def registrations(model):
    return _registrations.get(model, [])


def registered_models():
    return list(_registrations)


def dependants(model):
    return [(records_of, fields) for m, records_of, fields in _dependants if issubclass(model, m)]


def languages(model):
    return [registration.language for registration in registrations(model)]
