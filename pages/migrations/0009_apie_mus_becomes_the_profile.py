"""An existing "Apie mus" becomes the organisation's profile page (README: The organisation's
profile).

The page that `load_initial_data` made as a StandardPage (slug `apie-mus` under a home page) and
its translations change type to ProfilePage in place: same page, address, revisions, history and
permissions, its intro and body copied as they are. Both types keep intro and body alike, so
the rows are moved by SQL and every record naming the page's specific type (revisions, workflow
states, the reference index, logs, editing sessions, both search indexes) is pointed at the new
one. A database without that page (a fresh one) gets the profile from `load_initial_data`.
Reversible: every ProfilePage goes back to a StandardPage.
"""

from django.db import migrations

# Models that name a page's specific type beside its id: (app_label, model, id field, has base).
TYPED_RECORDS = [
    ("wagtailcore", "Revision", "object_id", True),
    ("wagtailcore", "WorkflowState", "object_id", True),
    ("wagtailcore", "ReferenceIndex", "object_id", True),
    ("wagtailadmin", "EditingSession", "object_id", False),
    ("wagtailadmin", "FormState", "object_id", False),
    ("wagtailsearch", "IndexEntry", "object_id", False),
    ("textsearch", "IndexedTerm", "object_id", False),
]


def convert(apps, schema_editor, pks, source, target):
    """Move the pages `pks` from the `source` page model's table to the `target`'s (both with
    `intro` and `body`) and name the new type wherever the old one was named."""
    if not pks:
        return
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    source_model = apps.get_model("pages", source)
    target_model = apps.get_model("pages", target)
    old_type = ContentType.objects.get_or_create(app_label="pages", model=source.lower())[0]
    new_type = ContentType.objects.get_or_create(app_label="pages", model=target.lower())[0]
    page_type = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")[0]

    quote = schema_editor.quote_name
    placeholders = ", ".join(["%s"] * len(pks))
    columns = ", ".join(quote(c) for c in ("page_ptr_id", "intro", "body"))
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {quote(target_model._meta.db_table)} ({columns}) "  # noqa: S608
            f"SELECT {columns} FROM {quote(source_model._meta.db_table)} "
            f"WHERE {quote('page_ptr_id')} IN ({placeholders})",
            pks,
        )
        cursor.execute(
            f"DELETE FROM {quote(source_model._meta.db_table)} "  # noqa: S608
            f"WHERE {quote('page_ptr_id')} IN ({placeholders})",
            pks,
        )

    Page.objects.filter(pk__in=pks).update(content_type=new_type)
    apps.get_model("wagtailcore", "PageLogEntry").objects.filter(
        page_id__in=pks, content_type=old_type
    ).update(content_type=new_type)
    text_ids = [str(pk) for pk in pks]
    for app_label, model_name, id_field, has_base in TYPED_RECORDS:
        model = apps.get_model(app_label, model_name)
        ids = pks if model_name == "IndexedTerm" else text_ids
        records = model.objects.filter(content_type=old_type, **{f"{id_field}__in": ids})
        if has_base:
            records = records.filter(base_content_type=page_type)
        records.update(content_type=new_type)
    # A revision's content names the type too (Wagtail reads the type from the page itself, but
    # the stored content should not contradict it).
    Revision = apps.get_model("wagtailcore", "Revision")
    for revision in Revision.objects.filter(base_content_type=page_type, object_id__in=text_ids):
        if revision.content.get("content_type") == old_type.pk:
            revision.content["content_type"] = new_type.pk
            revision.save(update_fields=["content"])


def apie_mus_pages(apps):
    """The StandardPage "apie-mus" directly under a home page, with its translations."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    StandardPage = apps.get_model("pages", "StandardPage")
    home_type = ContentType.objects.filter(app_label="pages", model="homepage").first()
    if home_type is None:
        return []
    for page in StandardPage.objects.filter(slug="apie-mus").order_by("path"):
        parent_path = page.path[: -4]
        if Page.objects.filter(path=parent_path, content_type=home_type).exists():
            keys = StandardPage.objects.filter(translation_key=page.translation_key)
            return list(keys.values_list("pk", flat=True))
    return []


def forwards(apps, schema_editor):
    if apps.get_model("pages", "ProfilePage").objects.exists():
        return
    convert(apps, schema_editor, apie_mus_pages(apps), "StandardPage", "ProfilePage")


def backwards(apps, schema_editor):
    pks = list(apps.get_model("pages", "ProfilePage").objects.values_list("pk", flat=True))
    convert(apps, schema_editor, pks, "ProfilePage", "StandardPage")


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0008_organisation_profile"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailsearch", "0010_add_text_fields"),
        ("textsearch", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
