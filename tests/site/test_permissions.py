"""Who may do what, with the real groups the data migration creates: the permission matrix for
anonymous visitors, news editors, news moderators, cooperation administrators and superusers."""

from types import SimpleNamespace

from django.contrib.auth.models import Group, User
from django.urls import reverse

from wagtail.models import GroupPagePermission
from wagtail.test.utils.form_data import nested_form_data, streamfield

from pages.models import NewsPage
from pages.permissions import (
    COOPERATION_ADMINS,
    NEWS_EDITORS,
    NEWS_MODERATORS,
    grant_page_permissions,
)
from tests import factories
from tests.module_data import module_data


def make_user(username, *groups, is_superuser=False):
    user = User.objects.create_user(
        username, password="x", is_superuser=is_superuser, is_staff=is_superuser
    )
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


def news_form(title, slug, action="action-publish"):
    """The admin's add form; action None saves a draft, as the "Išsaugoti juodraštį" button."""
    actions = {action: "1"} if action else {}
    return {
        **nested_form_data(
            {
                "title": title,
                "slug": slug,
                "date": "2022-09-30",
                "lead": "Trumpai.",
                "main_image_alt": "",
                "body": streamfield([]),
                "tags": "",
            }
        ),
        **actions,
    }


def build_staff():
    news_index = factories.make_news_index()
    project = factories.make_project(title="Žydinti Lietuva")
    editor = make_user("redaktore", NEWS_EDITORS)
    other_editor = make_user("kita-redaktore", NEWS_EDITORS)
    moderator = make_user("moderatorius", NEWS_MODERATORS)
    cooperation_admin = make_user("administratore", COOPERATION_ADMINS)
    superuser = make_user("vadove", is_superuser=True)
    others_news = factories.make_news(title="Kitos redaktorės naujiena", owner=other_editor)
    return SimpleNamespace(
        news_index=news_index,
        project=project,
        editor=editor,
        other_editor=other_editor,
        moderator=moderator,
        cooperation_admin=cooperation_admin,
        superuser=superuser,
        others_news=others_news,
    )


_staff_once, staff = module_data(
    build_staff,
    "staff",
    "A news index, a project, a user of each group, one editor's news (built once per module).",
)


def add_news(client, news_index, user, slug, action="action-publish"):
    client.force_login(user)
    return client.post(
        f"/admin/pages/add/pages/newspage/{news_index.pk}/",
        news_form(f"Naujiena {slug}", slug, action),
    )


def delete(client, user, page):
    """Whether the page is still there after the user's attempt to delete it."""
    client.force_login(user)
    client.post(f"/admin/pages/{page.pk}/delete/")
    return NewsPage.objects.filter(pk=page.pk).exists()


def can_open(client, user, url):
    if user is not None:
        client.force_login(user)
    return client.get(url).status_code == 200


def test_the_migration_creates_the_three_groups(staff):
    names = set(Group.objects.values_list("name", flat=True))
    assert {COOPERATION_ADMINS, NEWS_EDITORS, NEWS_MODERATORS} <= names


def test_who_can_see_the_admin(staff, client, subtests):
    assert not can_open(client, None, "/admin/")
    assert client.get("/admin/").status_code == 302
    for user in (staff.editor, staff.moderator, staff.cooperation_admin, staff.superuser):
        with subtests.test(user=user.username):
            assert can_open(client, user, "/admin/")


def test_who_can_manage_agreements_partners_and_agreement_types(staff, subtests):
    manage = [
        f"partnerships.{action}_{model}"
        for model in ("partnership", "partner", "agreementtype")
        for action in ("add", "change", "delete")
    ] + ["partnerships.publish_partnership"]
    for user in (staff.cooperation_admin, staff.superuser):
        with subtests.test(user=user.username):
            assert user.has_perms(manage)
    for user in (staff.editor, staff.moderator):
        with subtests.test(user=user.username):
            assert not any(user.has_perm(perm) for perm in manage)
    anonymous = User()
    anonymous.is_active = False
    assert not anonymous.has_perm("partnerships.change_partnership")


def test_who_can_open_the_agreements_in_the_admin(staff, client, subtests):
    agreement = factories.make_partnership(title="Sutartis su VDU")
    urls = [
        reverse("wagtailsnippets_partnerships_partnership:list"),
        reverse("wagtailsnippets_partnerships_partnership:edit", args=[agreement.pk]),
        reverse("wagtailsnippets_partnerships_partner:add"),
        reverse("wagtailsnippets_partnerships_agreementtype:list"),
    ]
    for user, allowed in [
        (None, False),
        (staff.editor, False),
        (staff.moderator, False),
        (staff.cooperation_admin, True),
        (staff.superuser, True),
    ]:
        for url in urls:
            with subtests.test(user=getattr(user, "username", "anonymous"), url=url):
                client.logout()
                assert can_open(client, user, url) == allowed


def test_a_news_editor_adds_and_publishes_news(staff, client):
    add_news(client, staff.news_index, staff.editor, "redaktores")
    news = NewsPage.objects.get(slug="redaktores")
    assert news.live
    assert news.owner == staff.editor
    assert client.get(news.url).status_code == 200


def test_a_cooperation_admin_cannot_add_news(staff, client):
    add_news(client, staff.news_index, staff.cooperation_admin, "administratores")
    assert not NewsPage.objects.filter(slug="administratores").exists()
    edit_url = f"/admin/pages/{staff.others_news.pk}/edit/"
    assert not can_open(client, staff.cooperation_admin, edit_url)


def test_a_news_editor_edits_own_news_and_projects_but_not_a_colleagues_news(staff, client):
    add_news(client, staff.news_index, staff.editor, "savo")
    own = NewsPage.objects.get(slug="savo")
    assert can_open(client, staff.editor, f"/admin/pages/{own.pk}/edit/")
    assert can_open(client, staff.editor, f"/admin/pages/{staff.project.pk}/edit/")
    assert not can_open(client, staff.editor, f"/admin/pages/{staff.others_news.pk}/edit/")
    assert can_open(client, staff.moderator, f"/admin/pages/{staff.others_news.pk}/edit/")


def test_a_news_editor_can_not_publish_a_project_nor_delete_a_live_one(staff):
    perms = staff.project.permissions_for_user(staff.editor)
    assert perms.can_edit()
    assert not perms.can_publish()
    assert not perms.can_delete()


def test_only_the_author_moderators_and_superusers_delete_news(staff, client):
    assert delete(client, staff.editor, staff.others_news)  # still there
    assert delete(client, staff.cooperation_admin, staff.others_news)
    assert not delete(client, staff.other_editor, staff.others_news)  # the author: gone

    add_news(client, staff.news_index, staff.editor, "moderatoriui")
    assert not delete(client, staff.moderator, NewsPage.objects.get(slug="moderatoriui"))
    add_news(client, staff.news_index, staff.editor, "vadovei")
    assert not delete(client, staff.superuser, NewsPage.objects.get(slug="vadovei"))


def test_anonymous_visitors_see_no_drafts(staff, client):
    add_news(client, staff.news_index, staff.editor, "juodrastis", action=None)
    client.logout()
    draft = NewsPage.objects.get(slug="juodrastis")
    assert not draft.live
    assert client.get("/naujienos/juodrastis/").status_code == 404


def test_granting_page_permissions_is_idempotent(staff):
    before = GroupPagePermission.objects.count()
    assert grant_page_permissions() == 0
    assert grant_page_permissions() == 0
    assert GroupPagePermission.objects.count() == before
    assert GroupPagePermission.objects.filter(
        group__name=NEWS_EDITORS, page=staff.news_index, permission__codename="add_page"
    ).exists()
    assert not (
        GroupPagePermission.objects.filter(
            group__name=NEWS_EDITORS,
            page=staff.news_index,
            permission__codename__in=["change_page", "bulk_delete_page"],
        ).exists()
    )
