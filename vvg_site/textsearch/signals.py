"""Keep the term index current: a registered record is re-indexed when it is saved (publishing
saves it) and removed when deleted; records that include another model's text are re-indexed
when that model changes (see registry.refresh_when_saved).

Visibility (live, public, in this site) is never in the index: every search filters the model's
own QuerySet, so publishing or unpublishing shows or hides a record at once. Fixtures loaded
with `loaddata` (raw saves) are skipped: run `manage.py rebuild_search_index` after them.
"""

from django.db.models.signals import post_delete, post_save

from vvg_site.textsearch.index import index_record, remove_record
from vvg_site.textsearch.registry import dependants, registrations


def _changes(fields, update_fields):
    return update_fields is None or fields is None or bool(fields & set(update_fields))


def record_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    own = registrations(type(instance))
    names = set().union(*(registration.field_names() for registration in own)) if own else None
    if own and _changes(names, update_fields):
        index_record(instance)
    refresh_dependants(instance, update_fields)


def record_deleted(sender, instance, **kwargs):
    if registrations(type(instance)):
        remove_record(instance)
    refresh_dependants(instance, None)


def refresh_dependants(instance, update_fields):
    for records_of, fields in dependants(type(instance)):
        if _changes(fields, update_fields):
            for record in records_of(instance):
                index_record(record)


def connect():
    post_save.connect(record_saved, dispatch_uid="textsearch_saved")
    post_delete.connect(record_deleted, dispatch_uid="textsearch_deleted")
