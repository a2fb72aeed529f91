"""The anonymous page cache: fast for visitors, never stale after a publish, never personal."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory

from wagtail.models import Collection, CollectionViewRestriction

import pytest
from pytest_django.asserts import assertContains

from partnerships.models import AgreementType, Partner
from tests import factories
from tests.site.test_settings_and_health import run_with_settings
from vvg_site.sitecache.generation import current_generation
from vvg_site.sitecache.middleware import AnonymousPageCacheMiddleware
from vvg_site.sitecache.models import CacheGeneration


def is_hit(response):
    return response.get("X-Page-Cache") == "hit"


@pytest.fixture
def about(settings, db):
    """The page cache switched on (the test settings leave it off), and a page in the menu."""
    settings.PAGE_CACHE_ENABLED = True
    return factories.make_standard_page(title="Apie mus", slug="apie-mus", show_in_menus=True)


def publish_title(capture_on_commit, page, title):
    """An editor's publish, with the commit hooks run as a real commit would run them."""
    page.title = title
    with capture_on_commit(execute=True):
        page.save_revision().publish()


def test_second_anonymous_request_is_served_from_the_cache(about, client):
    first = client.get(about.url)
    second = client.get(about.url)

    assert first.status_code == second.status_code == 200
    assert not is_hit(first)
    assert is_hit(second)
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_each_query_string_is_its_own_entry(about, client):
    client.get(about.url + "?page=2")

    assert not is_hit(client.get(about.url + "?page=3"))
    assert is_hit(client.get(about.url + "?page=2"))


def test_cached_responses_still_carry_the_security_headers(about, client):
    client.get(about.url)
    response = client.get(about.url)

    assert is_hit(response)
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_publishing_a_page_shows_the_new_version_at_once(
    about, client, django_capture_on_commit_callbacks
):
    client.get(about.url)

    publish_title(django_capture_on_commit_callbacks, about, "Apie vietos veiklos grupę")
    response = client.get(about.url)

    assert not is_hit(response)
    assertContains(response, "Apie vietos veiklos grupę")


def test_unpublishing_a_page_removes_it_at_once(about, client, django_capture_on_commit_callbacks):
    client.get(about.url)

    with django_capture_on_commit_callbacks(execute=True):
        about.unpublish()

    assert client.get(about.url).status_code == 404


def test_other_pages_menus_change_when_a_page_is_renamed(
    about, client, django_capture_on_commit_callbacks
):
    home = client.get("/")
    assert home.status_code == 200

    publish_title(django_capture_on_commit_callbacks, about, "Kontaktai")

    assertContains(client.get("/"), "Kontaktai")


def test_post_requests_are_never_cached(about, client):
    client.post(about.url)
    assert not is_hit(client.get(about.url))


def test_logged_in_editors_never_get_a_cached_page(about, client):
    client.get(about.url)  # cached for anonymous visitors
    # A change that bypasses the publish signals: only a cache miss can show it.
    type(about).objects.filter(pk=about.pk).update(title="Redaktoriaus vaizdas")
    client.force_login(make_editor())

    response = client.get(about.url)

    assert not is_hit(response)
    assertContains(response, "Redaktoriaus vaizdas")


def test_pages_seen_by_editors_are_not_stored_for_visitors(about, client):
    client.force_login(make_editor())
    client.get(about.url)
    client.logout()
    client.cookies.clear()

    assert not is_hit(client.get(about.url))


def test_a_response_with_a_pending_message_is_not_cached(about, client):
    client.cookies[CookieStorage.cookie_name] = encoded_message("Išsaugota.")
    with_message = client.get(about.url)
    assert with_message.status_code == 200
    del client.cookies[CookieStorage.cookie_name]

    assert not is_hit(with_message)
    assert not is_hit(client.get(about.url))


def test_a_page_with_a_csrf_token_is_not_cached(about):
    def form_view(request):
        return HttpResponse(f"<form>{get_token(request)}</form>")

    middleware = AnonymousPageCacheMiddleware(form_view)
    request = RequestFactory().get("/forma/")
    request.user = AnonymousUser()
    middleware(request)
    again = RequestFactory().get("/forma/")
    again.user = AnonymousUser()

    assert not is_hit(middleware(again))


def make_editor():
    return get_user_model().objects.create_superuser("redaktorius", "r@example.com", "pw")


def encoded_message(text):
    storage = CookieStorage(RequestFactory().get("/"))
    return storage._encode([Message(constants.SUCCESS, text)])


# Every public record's change bumps the generation, so every cached URL goes stale.


def assert_bumps(capture_on_commit, change):
    before = CacheGeneration.current()
    with capture_on_commit(execute=True):
        change()
    assert CacheGeneration.current() > before


def test_publishing_an_agreement_invalidates(about, django_capture_on_commit_callbacks):
    draft = factories.make_partnership(live=False)
    assert_bumps(django_capture_on_commit_callbacks, lambda: draft.latest_revision.publish())


def test_unpublishing_an_agreement_invalidates(about, django_capture_on_commit_callbacks):
    agreement = factories.make_partnership()
    assert_bumps(django_capture_on_commit_callbacks, agreement.unpublish)


def test_deleting_an_agreement_invalidates(about, django_capture_on_commit_callbacks):
    agreement = factories.make_partnership()
    assert_bumps(django_capture_on_commit_callbacks, agreement.delete)


def test_editing_or_deleting_a_partner_invalidates(about, django_capture_on_commit_callbacks):
    partner = Partner.objects.create(name="Druskininkų vietos veiklos grupė", kind="lag")
    partner.region = "Druskininkų savivaldybė"
    assert_bumps(django_capture_on_commit_callbacks, partner.save)
    assert_bumps(django_capture_on_commit_callbacks, partner.delete)


def test_editing_an_agreement_type_invalidates(about, django_capture_on_commit_callbacks):
    agreement_type = AgreementType.objects.create(name="ketinimų protokolas")
    agreement_type.name = "ketinimų protokolas (memorandumas)"
    assert_bumps(django_capture_on_commit_callbacks, agreement_type.save)


def test_the_profiles_records_and_a_collections_restriction_invalidate(
    about, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    member = factories.make_member("Daugų bendruomenė")
    member.name = "Daugų kaimo bendruomenė"
    assert_bumps(capture, member.save)
    board = factories.make_body()
    assert_bumps(capture, lambda: factories.make_seat(board, member))
    assert_bumps(capture, lambda: factories.make_team_member("Ona Onaitė"))
    assert_bumps(capture, lambda: factories.make_network())
    assert_bumps(capture, lambda: factories.make_public_document("Įstatai", "istatai"))
    collection = Collection.get_first_root_node().add_child(name="Vidaus dokumentai")
    assert_bumps(
        capture,
        lambda: CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        ),
    )


def test_saving_an_agreement_draft_leaves_the_cache_alone(
    about, django_capture_on_commit_callbacks
):
    agreement = factories.make_partnership()
    agreement.title = "Dar neskelbiamas pavadinimas"
    before = CacheGeneration.current()
    with django_capture_on_commit_callbacks(execute=True):
        agreement.save_revision()
    assert CacheGeneration.current() == before


def test_publishing_an_agreement_shows_it_to_the_next_anonymous_visitor(
    about, client, django_capture_on_commit_callbacks
):
    index = factories.make_partnership_index()
    factories.make_partnership(title="Sutartis su Druskininkų VVG")
    assert client.get(index.url).status_code == 200
    assert is_hit(client.get(index.url))

    draft = factories.make_partnership(live=False, title="Sutartis su Varėnos VVG")
    with django_capture_on_commit_callbacks(execute=True):
        draft.latest_revision.publish()

    response = client.get(index.url)
    assert not is_hit(response)
    assertContains(response, "Sutartis su Varėnos VVG")
    assertContains(response, "Sutartis su Druskininkų VVG")


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
    before = current_generation()
    CacheGeneration.bump()
    assert current_generation() == CacheGeneration.current() == before + 1
