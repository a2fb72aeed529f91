"""Headers that protect visitors and editors, checked with the production settings' values."""

import json

import pytest

from tests.site.test_settings_and_health import run_with_settings

PUBLIC_PATHS = ["/", "/no-such-page/"]


READ_SECURITY_SETTINGS = """
import json, django
django.setup()
from django.conf import settings
names = [n for n in dir(settings) if n.startswith(("SECURE_", "SESSION_COOKIE_", "CSRF_COOKIE_"))]
print(json.dumps({n: getattr(settings, n) for n in names}))
"""


@pytest.fixture(scope="module")
def production_values():
    result = run_with_settings(
        "vvg_site.settings.production",
        {
            "SECRET_KEY": "x" * 60,
            "ALLOWED_HOSTS": "vvg.example",
            "PUBLIC_BASE_URL": "https://vvg.example",
        },
        code=READ_SECURITY_SETTINGS,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def production_security(settings, production_values):
    """The security settings exactly as production.py sets them, on top of the test settings."""
    for name, value in production_values.items():
        if name == "SECURE_PROXY_SSL_HEADER" and value:
            value = tuple(value)
        setattr(settings, name, value)
    return settings


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


@pytest.mark.django_db
@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_public_responses_carry_every_security_header(client, production_security, path):
    response = client.get(path, secure=True)

    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]


@pytest.mark.django_db
def test_plain_http_is_redirected_to_https_except_the_health_check(client, production_security):
    assert client.get("/").status_code == 301
    assert client.get("/healthz/").status_code == 200


@pytest.mark.django_db
def test_public_pages_allow_no_inline_script_anywhere(client, production_security):
    policy = directives(client.get("/", secure=True))
    for directive in ("script-src", "default-src"):
        assert "'unsafe-inline'" not in policy[directive]
        assert "'unsafe-eval'" not in policy[directive]


@pytest.mark.django_db
def test_admin_policy_allows_inline_code_but_nothing_from_elsewhere(client, production_security):
    response = client.get("/admin/login/", secure=True)

    assert response.status_code == 200
    policy = directives(response)
    # Wagtail's date choosers and inline panels are inline scripts; eval and other hosts stay out.
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["object-src"] == ["'none'"]
    assert "blob:" in policy["img-src"]


@pytest.mark.django_db
def test_session_and_csrf_cookies_are_secure_and_hidden_from_scripts(
    client, production_security, django_user_model
):
    django_user_model.objects.create_superuser("editor", "editor@example.com", "pw")

    login_page = client.get("/admin/login/", secure=True)
    csrf_cookie = login_page.cookies["csrftoken"]
    response = client.post(
        "/admin/login/",
        {"username": "editor", "password": "pw", "csrfmiddlewaretoken": csrf_cookie.value},
        secure=True,
    )

    assert response.status_code == 302
    for cookie in (csrf_cookie, response.cookies["sessionid"]):
        assert cookie["secure"] is True
        assert cookie["httponly"] is True
