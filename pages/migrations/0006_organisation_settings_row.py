"""The organisation's details as one row from the start (every field may stay empty), so that no
visitor's request has to create it: a public page only ever reads the database."""

from django.db import migrations


def create_row(apps, schema_editor):
    settings = apps.get_model("pages", "OrganisationSettings")
    if not settings.objects.exists():
        settings.objects.create()


class Migration(migrations.Migration):
    dependencies = [("pages", "0005_english_locale")]

    operations = [migrations.RunPython(create_row, migrations.RunPython.noop)]
