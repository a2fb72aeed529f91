"""Public pages go out compressed (Brotli when asked, else gzip); nothing holding a CSRF token or
made for a signed-in editor is ever compressed (BREACH); the page cache keeps one compressed
copy per encoding, so a hit costs no compression."""

import gzip

import brotli
import pytest

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def about_page(home):
    # Long enough that compressing it pays.
    return factories.make_standard_page(title="Bendradarbiavimas", slug="bendradarbiavimas")


def test_brotli_when_the_browser_accepts_it(client, about_page):
    plain = client.get(about_page.url)
    response = client.get(about_page.url, HTTP_ACCEPT_ENCODING="gzip, deflate, br, zstd")

    assert response["Content-Encoding"] == "br"
    assert "Accept-Encoding" in response["Vary"]
    assert brotli.decompress(response.content) == plain.content
    assert int(response["Content-Length"]) == len(response.content) < len(plain.content) / 2


def test_gzip_when_brotli_is_not_accepted(client, about_page):
    plain = client.get(about_page.url)
    for accept in ("gzip, deflate", "gzip, br;q=0"):
        response = client.get(about_page.url, HTTP_ACCEPT_ENCODING=accept)

        assert response["Content-Encoding"] == "gzip", accept
        assert gzip.decompress(response.content) == plain.content


def test_uncompressed_without_accept_encoding(client, about_page):
    response = client.get(about_page.url)

    assert "Content-Encoding" not in response
    assert "Accept-Encoding" in response["Vary"]


def test_a_missing_page_is_compressed_too(client, home):
    response = client.get("/tokio-puslapio-nera/", HTTP_ACCEPT_ENCODING="br")

    assert response.status_code == 404
    assert response["Content-Encoding"] == "br"


def test_pages_for_a_signed_in_editor_are_not_compressed(client, about_page, admin_user):
    client.force_login(admin_user)

    for path in (about_page.url, "/admin/", f"/admin/pages/{about_page.pk}/edit/"):
        response = client.get(path, HTTP_ACCEPT_ENCODING="gzip, br")
        assert response.status_code == 200, path
        assert "Content-Encoding" not in response, path


def test_the_sign_in_form_with_its_csrf_token_is_not_compressed(client):
    response = client.get("/admin/login/", HTTP_ACCEPT_ENCODING="gzip, br")

    assert response.status_code == 200
    assert b"csrfmiddlewaretoken" in response.content
    assert "Content-Encoding" not in response


@pytest.mark.urls("tests.site.vary_urls")
def test_a_public_page_with_a_csrf_token_is_not_compressed(client):
    response = client.get("/forma/", HTTP_ACCEPT_ENCODING="gzip, br")

    assert "Content-Encoding" not in response


def test_the_page_cache_keeps_one_copy_per_encoding(client, about_page, settings):
    settings.PAGE_CACHE_ENABLED = True
    stored = {
        encoding: client.get(about_page.url, HTTP_ACCEPT_ENCODING=encoding)
        for encoding in ("br", "gzip", "identity")
    }

    assert stored["br"]["Content-Encoding"] == "br"
    assert stored["gzip"]["Content-Encoding"] == "gzip"
    for encoding, first in stored.items():
        again = client.get(about_page.url, HTTP_ACCEPT_ENCODING=encoding)
        assert again["X-Page-Cache"] == "hit"
        assert again.get("Content-Encoding") == first.get("Content-Encoding")
        # gzip pads its header with random bytes (Django's BREACH hardening), so the same bytes
        # mean the stored copy was served, not compressed again.
        assert again.content == first.content
