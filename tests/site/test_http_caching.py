"""HTTP caching of public pages: Cache-Control a CDN and a browser can use, ETags with 304 on
page-cache hits and misses, and a page cache that honours Vary."""

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def about_page(home):
    return factories.make_standard_page(title="Apie mus", slug="apie-mus")


def cache_state(response):
    return response.get("X-Page-Cache")


def directives(response):
    return {word.strip() for word in response.get("Cache-Control", "").split(",") if word.strip()}


def test_public_pages_get_a_short_browser_and_a_longer_cdn_lifetime(client, about_page, settings):
    response = client.get(about_page.url)

    assert response.status_code == 200
    assert {
        "public",
        f"max-age={settings.PUBLIC_BROWSER_SECONDS}",
        f"s-maxage={settings.PUBLIC_CDN_SECONDS}",
        f"stale-if-error={settings.PUBLIC_STALE_IF_ERROR_SECONDS}",
    } <= directives(response)
    assert settings.PUBLIC_BROWSER_SECONDS < settings.PUBLIC_CDN_SECONDS


def test_cached_copies_carry_the_same_cache_control_and_etag(client, about_page, page_cache):
    first = client.get(about_page.url)
    second = client.get(about_page.url)

    assert cache_state(second) == "hit"
    assert second["Cache-Control"] == first["Cache-Control"]
    assert second["ETag"] == first["ETag"]


@pytest.mark.parametrize("cached", [False, True], ids=["miss", "hit"])
def test_a_matching_if_none_match_gets_304(
    client, about_page, settings, cached, django_assert_max_num_queries
):
    settings.PAGE_CACHE_ENABLED = cached
    etag = client.get(about_page.url)["ETag"]

    # A hit reads only the cache generation; a miss renders the page again.
    with django_assert_max_num_queries(1 if cached else 100):
        response = client.get(about_page.url, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag
    assert "public" in response["Cache-Control"]


def test_a_compressed_copy_revalidates_with_its_weak_etag(client, about_page, page_cache):
    etag = client.get(about_page.url, HTTP_ACCEPT_ENCODING="gzip")["ETag"]
    assert etag.startswith('W/"')

    assert (
        client.get(about_page.url, HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=etag).status_code
        == 304
    )
    assert client.get(about_page.url, HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_a_changed_page_no_longer_matches_the_old_etag(
    client, about_page, page_cache, django_capture_on_commit_callbacks
):
    etag = client.get(about_page.url)["ETag"]
    about_page.title = "Apie vietos veiklos grupę"
    with django_capture_on_commit_callbacks(execute=True):
        about_page.save_revision().publish()

    response = client.get(about_page.url, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200
    assert "Apie vietos veiklos grupę" in response.content.decode()


def test_signed_in_editors_get_private_responses(client, about_page, admin_user):
    client.force_login(admin_user)
    response = client.get(about_page.url, HTTP_ACCEPT_ENCODING="gzip, br")

    assert "private" in directives(response)
    assert "public" not in directives(response)
    assert "s-maxage" not in response.get("Cache-Control", "")


def test_the_admin_is_never_cached(client, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/")

    assert "no-store" in directives(response)
    assert "public" not in directives(response)


def test_a_missing_page_is_cached_briefly(client, home, settings):
    response = client.get("/tokio-puslapio-nera/")

    assert response.status_code == 404
    assert directives(response) == {"public", f"max-age={settings.PUBLIC_NOT_FOUND_SECONDS}"}


@pytest.mark.urls("tests.site.vary_urls")
def test_a_page_with_a_csrf_token_is_private(client):
    response = client.get("/forma/")

    assert "private" in directives(response)
    assert "public" not in directives(response)


@pytest.mark.urls("tests.site.vary_urls")
def test_a_response_varying_on_language_is_not_served_in_another(client, page_cache, settings):
    settings.LANGUAGES = [("lt", "Lithuanian"), ("en", "English")]

    english = client.get("/kalba/", HTTP_ACCEPT_LANGUAGE="en")
    lithuanian = client.get("/kalba/", HTTP_ACCEPT_LANGUAGE="lt")
    english_again = client.get("/kalba/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")

    assert "Accept-Language" in english["Vary"]
    assert english.content.startswith(b"<p>kalba=en</p>")
    assert lithuanian.content.startswith(b"<p>kalba=lt</p>")
    assert cache_state(lithuanian) is None
    # Another spelling of the same choice is the same copy.
    assert cache_state(english_again) == "hit"
    assert english_again.content.startswith(b"<p>kalba=en</p>")


@pytest.mark.urls("tests.site.vary_urls")
def test_a_response_varying_on_cookie_is_not_served_for_other_cookies(client, page_cache):
    client.cookies["tema"] = "tamsi"
    dark = client.get("/tema/")
    client.cookies["tema"] = "sviesi"
    light = client.get("/tema/")
    # The CSRF cookie never changes a stored page (none used a token): still the same copy.
    client.cookies["csrftoken"] = "a" * 32
    light_again = client.get("/tema/")

    assert dark.content.startswith(b"<p>tema=tamsi</p>")
    assert light.content.startswith(b"<p>tema=sviesi</p>")
    assert cache_state(light) is None
    assert cache_state(light_again) == "hit"


@pytest.mark.urls("tests.site.vary_urls")
def test_a_response_varying_on_everything_is_never_stored(client, page_cache):
    client.get("/viskas/")

    assert cache_state(client.get("/viskas/")) is None
