"""The staff's dashboard replaces Wagtail's default home, and the Lithuanian editor's guide
replaces the links to Wagtail's English one."""

from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from vvg_site.dashboard import panels, views

#: Wagtail's help-menu items that lead to its English pages (its guide and release notes).
WAGTAIL_ENGLISH_HELP = ("editor-guide",)
WAGTAIL_ENGLISH_HELP_PREFIX = "whats-new-in-wagtail"


@hooks.register("register_admin_urls")
def guide_urls():
    # Wagtail wraps these in its admin-access check: only signed-in staff reach them.
    return [path("vadovas/", views.EditorGuideView.as_view(), name="dashboard_guide")]


@hooks.register("construct_homepage_panels")
def staff_dashboard(request, panel_list):
    # Wagtail's panels (moderation with a query per task, the user's own page edits only, locked
    # pages) are replaced by the staff's own; the page lock is shown on the item's edit form.
    panel_list[:] = panels.dashboard_panels()


# After Wagtail's own apps (images, documents) have added their counts, which it replaces.
@hooks.register("construct_homepage_summary_items", order=100)
def staff_summary(request, items):
    items[:] = panels.summary_items(request)


@hooks.register("register_help_menu_item")
def guide_menu_item():
    return MenuItem(
        _("Redaktoriaus vadovas"), reverse_lazy("dashboard_guide"), icon_name="help", order=1000
    )


@hooks.register("construct_help_menu")
def without_wagtail_english_help(request, items):
    items[:] = [
        item
        for item in items
        if item.name not in WAGTAIL_ENGLISH_HELP
        and not item.name.startswith(WAGTAIL_ENGLISH_HELP_PREFIX)
    ]
