"""Who may do what, with the real groups the data migration creates: the permission matrix for
anonymous visitors, news editors, news moderators, cooperation administrators and superusers."""

from django.contrib.auth.models import Group, User
from django.test import TestCase

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


class PermissionMatrixTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.news_index = factories.make_news_index()
        cls.project = factories.make_project(title="Žydinti Lietuva")
        cls.editor = make_user("redaktore", NEWS_EDITORS)
        cls.other_editor = make_user("kita-redaktore", NEWS_EDITORS)
        cls.moderator = make_user("moderatorius", NEWS_MODERATORS)
        cls.cooperation_admin = make_user("administratore", COOPERATION_ADMINS)
        cls.superuser = make_user("vadove", is_superuser=True)
        cls.others_news = factories.make_news(
            title="Kitos redaktorės naujiena", owner=cls.other_editor
        )

    def add_news(self, user, slug, action="action-publish"):
        self.client.force_login(user)
        return self.client.post(
            f"/admin/pages/add/pages/newspage/{self.news_index.pk}/",
            news_form(f"Naujiena {slug}", slug, action),
        )

    def delete(self, user, page):
        self.client.force_login(user)
        self.client.post(f"/admin/pages/{page.pk}/delete/")
        return NewsPage.objects.filter(pk=page.pk).exists()

    def can_open(self, user, url):
        if user is not None:
            self.client.force_login(user)
        return self.client.get(url).status_code == 200

    def test_the_migration_creates_the_three_groups(self):
        names = set(Group.objects.values_list("name", flat=True))
        self.assertLessEqual({COOPERATION_ADMINS, NEWS_EDITORS, NEWS_MODERATORS}, names)

    def test_who_can_see_the_admin(self):
        self.assertFalse(self.can_open(None, "/admin/"))
        self.assertEqual(self.client.get("/admin/").status_code, 302)
        for user in (self.editor, self.moderator, self.cooperation_admin, self.superuser):
            with self.subTest(user=user.username):
                self.assertTrue(self.can_open(user, "/admin/"))

    def test_who_can_manage_agreements_partners_and_agreement_types(self):
        manage = [
            f"partnerships.{action}_{model}"
            for model in ("partnership", "partner", "agreementtype")
            for action in ("add", "change", "delete")
        ] + ["partnerships.publish_partnership"]
        for user in (self.cooperation_admin, self.superuser):
            with self.subTest(user=user.username):
                self.assertTrue(user.has_perms(manage))
        for user in (self.editor, self.moderator):
            with self.subTest(user=user.username):
                self.assertFalse(any(user.has_perm(perm) for perm in manage))
        anonymous = User()
        anonymous.is_active = False
        self.assertFalse(anonymous.has_perm("partnerships.change_partnership"))

    def test_who_can_open_the_agreements_in_the_admin(self):
        from django.urls import reverse

        agreement = factories.make_partnership(title="Sutartis su VDU")
        urls = [
            reverse("wagtailsnippets_partnerships_partnership:list"),
            reverse("wagtailsnippets_partnerships_partnership:edit", args=[agreement.pk]),
            reverse("wagtailsnippets_partnerships_partner:add"),
            reverse("wagtailsnippets_partnerships_agreementtype:list"),
        ]
        for user, allowed in [
            (None, False),
            (self.editor, False),
            (self.moderator, False),
            (self.cooperation_admin, True),
            (self.superuser, True),
        ]:
            for url in urls:
                with self.subTest(user=getattr(user, "username", "anonymous"), url=url):
                    self.client.logout()
                    self.assertEqual(self.can_open(user, url), allowed)

    def test_a_news_editor_adds_and_publishes_news(self):
        self.add_news(self.editor, "redaktores")
        news = NewsPage.objects.get(slug="redaktores")
        self.assertTrue(news.live)
        self.assertEqual(news.owner, self.editor)
        self.assertEqual(self.client.get(news.url).status_code, 200)

    def test_a_cooperation_admin_cannot_add_news(self):
        self.add_news(self.cooperation_admin, "administratores")
        self.assertFalse(NewsPage.objects.filter(slug="administratores").exists())
        edit_url = f"/admin/pages/{self.others_news.pk}/edit/"
        self.assertFalse(self.can_open(self.cooperation_admin, edit_url))

    def test_a_news_editor_edits_own_news_and_projects_but_not_a_colleagues_news(self):
        self.add_news(self.editor, "savo")
        own = NewsPage.objects.get(slug="savo")
        self.assertTrue(self.can_open(self.editor, f"/admin/pages/{own.pk}/edit/"))
        self.assertTrue(self.can_open(self.editor, f"/admin/pages/{self.project.pk}/edit/"))
        self.assertFalse(self.can_open(self.editor, f"/admin/pages/{self.others_news.pk}/edit/"))
        self.assertTrue(self.can_open(self.moderator, f"/admin/pages/{self.others_news.pk}/edit/"))

    def test_a_news_editor_can_not_publish_a_project_nor_delete_a_live_one(self):
        perms = self.project.permissions_for_user(self.editor)
        self.assertTrue(perms.can_edit())
        self.assertFalse(perms.can_publish())
        self.assertFalse(perms.can_delete())

    def test_only_the_author_moderators_and_superusers_delete_news(self):
        self.assertTrue(self.delete(self.editor, self.others_news))  # still there
        self.assertTrue(self.delete(self.cooperation_admin, self.others_news))
        self.assertFalse(self.delete(self.other_editor, self.others_news))  # the author: gone

        self.add_news(self.editor, "moderatoriui")
        self.assertFalse(self.delete(self.moderator, NewsPage.objects.get(slug="moderatoriui")))
        self.add_news(self.editor, "vadovei")
        self.assertFalse(self.delete(self.superuser, NewsPage.objects.get(slug="vadovei")))

    def test_anonymous_visitors_see_no_drafts(self):
        self.add_news(self.editor, "juodrastis", action=None)
        self.client.logout()
        draft = NewsPage.objects.get(slug="juodrastis")
        self.assertFalse(draft.live)
        self.assertEqual(self.client.get("/naujienos/juodrastis/").status_code, 404)

    def test_granting_page_permissions_is_idempotent(self):
        before = GroupPagePermission.objects.count()
        self.assertEqual(grant_page_permissions(), 0)
        self.assertEqual(grant_page_permissions(), 0)
        self.assertEqual(GroupPagePermission.objects.count(), before)
        self.assertTrue(
            GroupPagePermission.objects.filter(
                group__name=NEWS_EDITORS, page=self.news_index, permission__codename="add_page"
            ).exists()
        )
        self.assertFalse(
            GroupPagePermission.objects.filter(
                group__name=NEWS_EDITORS,
                page=self.news_index,
                permission__codename__in=["change_page", "bulk_delete_page"],
            ).exists()
        )
