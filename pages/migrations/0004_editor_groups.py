"""The editors' groups: "Bendradarbiavimo administratoriai", "Naujienų redaktoriai" and
"Naujienų moderatoriai".

Model permissions and image/document (collection) permissions are set here. Permissions on pages
need the pages to exist, so `pages.permissions.grant_page_permissions()` attaches them later.
Django and Wagtail create some permissions only after `migrate` (post_migrate), so the few needed
here are created on the spot with the same codenames; the later step then finds them and skips.
"""

from django.db import migrations

COOPERATION_ADMINS = "Bendradarbiavimo administratoriai"
NEWS_EDITORS = "Naujienų redaktoriai"
NEWS_MODERATORS = "Naujienų moderatoriai"

# (app_label, model, codename) for each group's model permissions.
GROUP_PERMISSIONS = {
    COOPERATION_ADMINS: [
        ("wagtailadmin", "admin", "access_admin"),
        *[
            ("partnerships", model, f"{action}_{model}")
            for model in ("partnership", "partner", "agreementtype")
            for action in ("add", "change", "delete")
        ],
        ("partnerships", "partnership", "publish_partnership"),
        ("partnerships", "partnership", "lock_partnership"),
        ("partnerships", "partnership", "unlock_partnership"),
    ],
    NEWS_EDITORS: [("wagtailadmin", "admin", "access_admin")],
    NEWS_MODERATORS: [("wagtailadmin", "admin", "access_admin")],
}
# Image and document permissions are granted per collection in Wagtail: here, on the root one.
COLLECTION_PERMISSIONS = {
    COOPERATION_ADMINS: [
        ("wagtailimages", "image", "add_image"),
        ("wagtailimages", "image", "choose_image"),
        ("wagtaildocs", "document", "add_document"),
        ("wagtaildocs", "document", "choose_document"),
    ],
    NEWS_EDITORS: [
        ("wagtailimages", "image", "add_image"),
        ("wagtailimages", "image", "choose_image"),
        ("wagtaildocs", "document", "add_document"),
        ("wagtaildocs", "document", "choose_document"),
    ],
    NEWS_MODERATORS: [
        ("wagtailimages", "image", "choose_image"),
        ("wagtaildocs", "document", "choose_document"),
    ],
}


def get_permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    action, _, name = codename.partition("_")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": f"Can {action} {name}"},
    )
    return permission


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_collection = Collection.objects.filter(depth=1).first()

    for group_name in GROUP_PERMISSIONS:
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(
            *[get_permission(apps, *spec) for spec in GROUP_PERMISSIONS[group_name]]
        )
        if root_collection is None:
            continue
        for spec in COLLECTION_PERMISSIONS[group_name]:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=get_permission(apps, *spec),
            )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=list(GROUP_PERMISSIONS)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0003_projects_and_news"),
        ("partnerships", "0001_initial"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
