"""Clean rich text before anything is saved: RichTextFields, StreamFields and revisions.

`{{ value|richtext }}` trusts whatever the database holds, and fixtures, the shell, an importer
or a forged form post can put anything there. Drafts are stored as JSON in Revision.content and
rendered by the admin's previews and "view draft" pages, whose CSP allows inline scripts, so a
revision's rich text is cleaned as it is saved, field by field, as the model's own would be.
"""

import json

from wagtail.fields import RichTextField, StreamField
from wagtail.models import Revision

from modelcluster.models import get_all_child_relations

from vvg_site.sanitising.rich_text import clean_rich_text
from vvg_site.sanitising.stream import clean_block_data, clean_stream_field


def clean_rich_text_fields(sender, instance, raw=False, update_fields=None, **kwargs):
    """pre_save, for every model: clean the rich text of the fields about to be written."""
    if sender is Revision:
        clean_revision_content(instance)
        return
    for field in sender._meta.concrete_fields:
        if update_fields is not None and field.name not in update_fields:
            continue
        if isinstance(field, RichTextField):
            value = getattr(instance, field.attname)
            if value:
                setattr(instance, field.attname, clean_rich_text(value))
        elif isinstance(field, StreamField):
            cleaned = clean_stream_field(field, getattr(instance, field.attname))
            if cleaned is not None:
                setattr(instance, field.attname, cleaned)


def clean_revision_content(revision):
    model = revision.content_type.model_class() if revision.content_type_id else None
    if model is not None and isinstance(revision.content, dict):
        revision.content = clean_serialized(model, revision.content)


def clean_serialized(model, data):
    """An object's serialised form (Revision.content), its rich text and its children's cleaned."""
    data = dict(data)
    for field in model._meta.concrete_fields:
        value = data.get(field.name)
        if not value:
            continue
        if isinstance(field, RichTextField) and isinstance(value, str):
            data[field.name] = clean_rich_text(value)
        elif isinstance(field, StreamField):
            # Stored as a JSON string inside the revision's JSON.
            stream = json.loads(value) if isinstance(value, str) else value
            cleaned = clean_block_data(field.stream_block, stream)
            if cleaned != stream:
                data[field.name] = json.dumps(cleaned) if isinstance(value, str) else cleaned
    for relation in get_all_child_relations(model):
        name = relation.get_accessor_name()
        children = data.get(name)
        if isinstance(children, list):
            related = relation.related_model
            data[name] = [
                clean_serialized(related, child) if isinstance(child, dict) else child
                for child in children
            ]
    return data
