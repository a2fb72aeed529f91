"""What the editors' groups may do on the page tree, and the moderation workflow for news.

The groups themselves (with their model and collection permissions) come from the data migrations
`pages/migrations/0004_editor_groups.py` and `0010_profile_editors.py`. Page permissions hang on
pages, which a migration cannot count on, so `grant_page_permissions()` attaches them once
"Naujienos", "Projektai" and "Apie mus" exist. It is idempotent and runs automatically when one of
these pages is created (the post_save receiver below) and after every `migrate`;
`load_initial_data` may call it too.

Why news editors get "add" and "publish" on "Naujienos" but not "change": in Wagtail, "change"
lets a user edit *and delete* every page below, while "add" lets them create pages and edit, publish
and delete only the pages they own. So they cannot delete (or rewrite) a colleague's news; the
moderators, who have "change", can. No group gets "bulk_delete".
"""

from django.contrib.auth.models import Group, Permission
from django.db import DEFAULT_DB_ALIAS, connections, transaction

from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from pages.models import NewsIndexPage, ProfilePage, ProjectIndexPage

COOPERATION_ADMINS = "Bendradarbiavimo administratoriai"
NEWS_EDITORS = "Naujienų redaktoriai"
NEWS_MODERATORS = "Naujienų moderatoriai"
PROFILE_EDITORS = "Organizacijos profilio redaktoriai"

NEWS_WORKFLOW = "Naujienų moderavimas"
NEWS_APPROVAL_TASK = "Naujienų moderatorių patvirtinimas"

# group name -> {index page model name -> page permission codenames}
PAGE_PERMISSIONS = {
    NEWS_EDITORS: {
        "newsindexpage": ["add_page", "publish_page"],
        "projectindexpage": ["change_page"],
    },
    NEWS_MODERATORS: {
        "newsindexpage": ["change_page", "publish_page"],
    },
    # "Apie mus" itself, its strategies and the list of documents; nothing else in the tree.
    PROFILE_EDITORS: {
        "profilepage": ["add_page", "change_page", "publish_page"],
    },
}


def _index_pages():
    return {
        "newsindexpage": list(NewsIndexPage.objects.all()),
        "projectindexpage": list(ProjectIndexPage.objects.all()),
        "profilepage": list(ProfilePage.objects.all()),
    }


@transaction.atomic
def grant_page_permissions():
    """Attach the groups' page permissions and the news workflow to the existing index pages.

    Returns the number of permissions newly granted. Safe to call any number of times; does
    nothing for a group or page that does not exist (yet).
    """
    pages = _index_pages()
    granted = 0
    for group_name, per_page in PAGE_PERMISSIONS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for model_name, codenames in per_page.items():
            for page in pages[model_name]:
                for codename in codenames:
                    permission = Permission.objects.filter(
                        content_type__app_label="wagtailcore", codename=codename
                    ).first()
                    if permission is None:
                        continue
                    _, created = GroupPagePermission.objects.get_or_create(
                        group=group, page=page, permission=permission
                    )
                    granted += created
    for news_index in pages["newsindexpage"]:
        attach_news_workflow(news_index)
    return granted


def attach_news_workflow(news_index):
    """Give "Naujienos" its own workflow: a news item submitted for moderation waits for a
    "Naujienų moderatoriai" member's approval. An editor's own choice of workflow is kept."""
    moderators = Group.objects.filter(name=NEWS_MODERATORS).first()
    if moderators is None:
        return None
    task = GroupApprovalTask.objects.filter(name=NEWS_APPROVAL_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=NEWS_APPROVAL_TASK)
    task.groups.add(moderators)
    workflow, _ = Workflow.objects.get_or_create(name=NEWS_WORKFLOW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.get_or_create(page=news_index, defaults={"workflow": workflow})
    return workflow


def grant_on_index_created(sender, instance, created, raw=False, **kwargs):
    # Fixtures (raw) bring their own rows; only a page created by code or in the admin triggers.
    if created and not raw:
        grant_page_permissions()


def grant_after_migrate(sender, using=DEFAULT_DB_ALIAS, **kwargs):
    # Skipped when `migrate` went back to before the news or profile pages existed.
    tables = set(connections[using].introspection.table_names())
    if {NewsIndexPage._meta.db_table, ProfilePage._meta.db_table} <= tables:
        grant_page_permissions()
