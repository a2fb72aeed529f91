from django.db import migrations, models


def create_generation(apps, schema_editor):
    apps.get_model("sitecache", "CacheGeneration").objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="CacheGeneration",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("value", models.PositiveBigIntegerField(default=0)),
            ],
            options={
                "verbose_name": "puslapių podėlio karta",
                "verbose_name_plural": "puslapių podėlio kartos",
            },
        ),
        migrations.RunPython(create_generation, migrations.RunPython.noop),
    ]
