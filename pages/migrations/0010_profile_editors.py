"""The group "Organizacijos profilio redaktoriai": keeps the records of the organisation's profile
(members, decision-making bodies and their seats, team, network memberships, public documents)
and uploads the images and documents they show. Its page permissions on "Apie mus" (the page,
its strategies and the list of documents) are attached by `pages.permissions`, as the other
groups' are (README: Editors, moderation and scheduled publishing).
"""

from django.db import migrations

PROFILE_EDITORS = "Organizacijos profilio redaktoriai"

MODELS = ["member", "decisionbody", "teammember", "networkmembership", "publicdocument"]

GROUP_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    *[
        ("pages", model, f"{action}_{model}")
        for model in MODELS
        for action in ("add", "change", "delete")
    ],
]
# Granted on the root collection, so in every collection (a private one included: its files
# stay private on the site, see pages.models.documents).
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", "add_image"),
    ("wagtailimages", "image", "choose_image"),
    ("wagtaildocs", "document", "add_document"),
    ("wagtaildocs", "document", "choose_document"),
]


def get_permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    action, _, name = codename.partition("_")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": f"Can {action} {name}"}
    )
    return permission


def create_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    group, _ = Group.objects.get_or_create(name=PROFILE_EDITORS)
    group.permissions.add(*[get_permission(apps, *spec) for spec in GROUP_PERMISSIONS])
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is None:
        return
    for spec in COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root_collection, permission=get_permission(apps, *spec)
        )


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=PROFILE_EDITORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0009_apie_mus_becomes_the_profile"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
