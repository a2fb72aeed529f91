"""The English locale, beside the Lithuanian one Wagtail created first: English pages are
translations of the Lithuanian ones (README: English version)."""

from django.db import migrations


def create_english(apps, schema_editor):
    apps.get_model("wagtailcore", "Locale").objects.get_or_create(language_code="en")


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0004_editor_groups"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create_english, migrations.RunPython.noop)]
