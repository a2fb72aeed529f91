"""The anonymous page cache: fast for visitors, never stale after a publish, never personal."""

from django.contrib.auth.models import AnonymousUser
from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory, TestCase, override_settings

import pytest

from partnerships.models import AgreementType, Partner
from tests import factories
from tests.site.test_settings_and_health import run_with_settings
from vvg_site.sitecache.middleware import AnonymousPageCacheMiddleware
from vvg_site.sitecache.models import CacheGeneration


def is_hit(response):
    return response.get("X-Page-Cache") == "hit"


@override_settings(PAGE_CACHE_ENABLED=True)
class PageCacheTestCase(TestCase):
    def setUp(self):
        cache.clear()
        self.page = factories.make_standard_page(
            title="Apie mus", slug="apie-mus", show_in_menus=True
        )
        self.url = self.page.url

    def publish_title(self, page, title):
        """An editor's publish, with the commit hooks run as a real commit would run them."""
        page.title = title
        with self.captureOnCommitCallbacks(execute=True):
            page.save_revision().publish()


class AnonymousCachingTests(PageCacheTestCase):
    def test_second_anonymous_request_is_served_from_the_cache(self):
        first = self.client.get(self.url)
        second = self.client.get(self.url)

        assert first.status_code == second.status_code == 200
        assert not is_hit(first)
        assert is_hit(second)
        assert second.content == first.content
        assert second["Content-Type"] == first["Content-Type"]

    def test_each_query_string_is_its_own_entry(self):
        self.client.get(self.url + "?page=2")

        assert not is_hit(self.client.get(self.url + "?page=3"))
        assert is_hit(self.client.get(self.url + "?page=2"))

    def test_cached_responses_still_carry_the_security_headers(self):
        self.client.get(self.url)
        response = self.client.get(self.url)

        assert is_hit(response)
        assert "script-src 'self'" in response["Content-Security-Policy"]
        assert response["X-Content-Type-Options"] == "nosniff"

    def test_publishing_a_page_shows_the_new_version_at_once(self):
        self.client.get(self.url)

        self.publish_title(self.page, "Apie vietos veiklos grupę")
        response = self.client.get(self.url)

        assert not is_hit(response)
        self.assertContains(response, "Apie vietos veiklos grupę")

    def test_unpublishing_a_page_removes_it_at_once(self):
        self.client.get(self.url)

        with self.captureOnCommitCallbacks(execute=True):
            self.page.unpublish()

        assert self.client.get(self.url).status_code == 404

    def test_other_pages_menus_change_when_a_page_is_renamed(self):
        home = self.client.get("/")
        assert home.status_code == 200

        self.publish_title(self.page, "Kontaktai")

        self.assertContains(self.client.get("/"), "Kontaktai")

    def test_post_requests_are_never_cached(self):
        self.client.post(self.url)
        assert not is_hit(self.client.get(self.url))


class PersonalResponsesTests(PageCacheTestCase):
    def test_logged_in_editors_never_get_a_cached_page(self):
        self.client.get(self.url)  # cached for anonymous visitors
        # A change that bypasses the publish signals: only a cache miss can show it.
        type(self.page).objects.filter(pk=self.page.pk).update(title="Redaktoriaus vaizdas")
        self.client.force_login(self.make_editor())

        response = self.client.get(self.url)

        assert not is_hit(response)
        self.assertContains(response, "Redaktoriaus vaizdas")

    def test_pages_seen_by_editors_are_not_stored_for_visitors(self):
        self.client.force_login(self.make_editor())
        self.client.get(self.url)
        self.client.logout()
        self.client.cookies.clear()

        assert not is_hit(self.client.get(self.url))

    def test_a_response_with_a_pending_message_is_not_cached(self):
        self.client.cookies[CookieStorage.cookie_name] = self.encoded_message("Išsaugota.")
        with_message = self.client.get(self.url)
        assert with_message.status_code == 200
        del self.client.cookies[CookieStorage.cookie_name]

        assert not is_hit(with_message)
        assert not is_hit(self.client.get(self.url))

    def test_a_page_with_a_csrf_token_is_not_cached(self):
        def form_view(request):
            return HttpResponse(f"<form>{get_token(request)}</form>")

        middleware = AnonymousPageCacheMiddleware(form_view)
        request = RequestFactory().get("/forma/")
        request.user = AnonymousUser()
        middleware(request)
        again = RequestFactory().get("/forma/")
        again.user = AnonymousUser()

        assert not is_hit(middleware(again))

    def make_editor(self):
        from django.contrib.auth import get_user_model

        return get_user_model().objects.create_superuser("redaktorius", "r@example.com", "pw")

    @staticmethod
    def encoded_message(text):
        storage = CookieStorage(RequestFactory().get("/"))
        return storage._encode([Message(constants.SUCCESS, text)])


class InvalidationTests(PageCacheTestCase):
    """Every public record's change bumps the generation, so every cached URL goes stale."""

    def assert_bumps(self, change):
        before = CacheGeneration.current()
        with self.captureOnCommitCallbacks(execute=True):
            change()
        assert CacheGeneration.current() > before

    def test_publishing_an_agreement_invalidates(self):
        draft = factories.make_partnership(live=False)
        self.assert_bumps(lambda: draft.latest_revision.publish())

    def test_unpublishing_an_agreement_invalidates(self):
        agreement = factories.make_partnership()
        self.assert_bumps(agreement.unpublish)

    def test_deleting_an_agreement_invalidates(self):
        agreement = factories.make_partnership()
        self.assert_bumps(agreement.delete)

    def test_editing_or_deleting_a_partner_invalidates(self):
        partner = Partner.objects.create(name="Druskininkų vietos veiklos grupė", kind="lag")
        partner.region = "Druskininkų savivaldybė"
        self.assert_bumps(partner.save)
        self.assert_bumps(partner.delete)

    def test_editing_an_agreement_type_invalidates(self):
        agreement_type = AgreementType.objects.create(name="ketinimų protokolas")
        agreement_type.name = "ketinimų protokolas (memorandumas)"
        self.assert_bumps(agreement_type.save)

    def test_saving_an_agreement_draft_leaves_the_cache_alone(self):
        agreement = factories.make_partnership()
        agreement.title = "Dar neskelbiamas pavadinimas"
        before = CacheGeneration.current()
        with self.captureOnCommitCallbacks(execute=True):
            agreement.save_revision()
        assert CacheGeneration.current() == before


class AgreementListingFreshnessTests(PageCacheTestCase):
    def test_publishing_an_agreement_shows_it_to_the_next_anonymous_visitor(self):
        index = factories.make_partnership_index()
        factories.make_partnership(title="Sutartis su Druskininkų VVG")
        assert self.client.get(index.url).status_code == 200
        assert is_hit(self.client.get(index.url))

        draft = factories.make_partnership(live=False, title="Sutartis su Varėnos VVG")
        with self.captureOnCommitCallbacks(execute=True):
            draft.latest_revision.publish()

        response = self.client.get(index.url)
        assert not is_hit(response)
        self.assertContains(response, "Sutartis su Varėnos VVG")
        self.assertContains(response, "Sutartis su Druskininkų VVG")


def test_the_page_cache_is_on_outside_the_test_suite():
    result = run_with_settings(
        "vvg_site.settings.dev",
        {"PAGE_CACHE_ENABLED": ""},
        code="import django; django.setup(); from django.conf import settings; "
        "print(settings.PAGE_CACHE_ENABLED)",
    )
    assert result.stdout.split() == ["True"], result.stderr


@pytest.mark.django_db
def test_the_generation_read_on_every_hit_is_the_one_bumped():
    from vvg_site.sitecache.middleware import current_generation

    before = current_generation()
    CacheGeneration.bump()
    assert current_generation() == CacheGeneration.current() == before + 1
