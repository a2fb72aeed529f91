"""Writing the term index: one record at a time (on save) or everything (`rebuild_search_index`)."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.blocks import StreamValue
from wagtail.rich_text import RichText

from vvg_site.core.text import plain_text
from vvg_site.textsearch.models import IndexedTerm
from vvg_site.textsearch.registry import registered_models, registrations
from vvg_site.textsearch.words import text_terms

BATCH_SIZE = 500


def stream_strings(raw):
    """Every piece of text inside a StreamField's raw data (block types and ids left out)."""
    if isinstance(raw, str):
        if not raw.startswith(("http://", "https://")):
            yield raw
    elif isinstance(raw, dict):
        for key, value in raw.items():
            if key not in {"type", "id"}:
                yield from stream_strings(value)
    elif isinstance(raw, list | tuple):
        for value in raw:
            yield from stream_strings(value)


def field_text(record, field):
    value = field(record) if callable(field) else getattr(record, field, "")
    if callable(value):
        value = value()
    if isinstance(value, StreamValue):
        value = " ".join(stream_strings(list(value.raw_data)))
    elif isinstance(value, RichText):
        value = value.source
    elif isinstance(value, list | tuple | set):
        value = " ".join(str(item) for item in value)
    return plain_text(value) if value else ""


def terms_of(record):
    """{(language, term): weight} of a record, the heaviest field counting for each term."""
    weights = {}
    for registration in registrations(type(record)):
        for field, weight in registration.fields.items():
            for term in text_terms(field_text(record, field), registration.language):
                key = (registration.language, term)
                weights[key] = max(weight, weights.get(key, 0))
    return weights


def rows_of(record, content_type):
    return [
        IndexedTerm(
            content_type=content_type,
            object_id=record.pk,
            language=language,
            term=term,
            weight=weight,
        )
        for (language, term), weight in terms_of(record).items()
    ]


def index_record(record):
    """Replace a record's terms with those of the text the database now holds for it.

    The record is read afresh: the caller's instance may carry unsaved child rows or cached
    properties that indexing must neither trust nor fill.
    """
    content_type = ContentType.objects.get_for_model(record)
    stored = type(record)._default_manager.filter(pk=record.pk).first()
    with transaction.atomic():
        IndexedTerm.objects.filter(content_type=content_type, object_id=record.pk).delete()
        if stored is not None:
            IndexedTerm.objects.bulk_create(rows_of(stored, content_type), batch_size=BATCH_SIZE)


def remove_record(record):
    IndexedTerm.objects.filter(
        content_type=ContentType.objects.get_for_model(record), object_id=record.pk
    ).delete()


def rebuild(models=None):
    """Index every record of the registered models (all, or those given) afresh; return how many
    records were indexed."""
    count = 0
    with transaction.atomic():
        for model in models or registered_models():
            content_type = ContentType.objects.get_for_model(model)
            IndexedTerm.objects.filter(content_type=content_type).delete()
            rows = []
            records = model._default_manager.all()
            # Each preparation once, though several languages may share it.
            for prepare in dict.fromkeys(r.prepare for r in registrations(model) if r.prepare):
                records = prepare(records)
            for record in records.iterator(chunk_size=BATCH_SIZE):
                rows += rows_of(record, content_type)
                count += 1
                if len(rows) >= BATCH_SIZE:
                    IndexedTerm.objects.bulk_create(rows, batch_size=BATCH_SIZE)
                    rows = []
            IndexedTerm.objects.bulk_create(rows, batch_size=BATCH_SIZE)
    return count


def fill_after_migrate(using="default", **kwargs):
    """An existing database that gets the index table (an upgrade, a restore from before it)
    starts with it complete, not empty."""
    if IndexedTerm.objects.using(using).exists():
        return
    if any(model._default_manager.using(using).exists() for model in registered_models()):
        rebuild()
