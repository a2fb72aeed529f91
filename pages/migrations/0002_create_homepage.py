"""Replace Wagtail's placeholder "Welcome" page with the site's HomePage ("Pradžia")."""

from django.db import migrations


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("pages.HomePage")
    Locale = apps.get_model("wagtailcore.Locale")

    # Only a fresh database holds the placeholder; anything else is an editor's and stays.
    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
    if HomePage.objects.exists():
        return

    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="pages")
    locale = Locale.objects.order_by("pk").first()
    home = HomePage.objects.create(
        title="Pradžia",
        draft_title="Pradžia",
        slug="pradzia",
        content_type=content_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/pradzia/",
        locale=locale,
    )
    root = Page.objects.get(depth=1)
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Alytaus rajono VVG"},
    )


def remove_homepage(apps, schema_editor):
    apps.get_model("pages.HomePage").objects.filter(slug="pradzia", depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
