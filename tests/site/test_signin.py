"""Admin sign-in: a second factor for superusers (optional for editors), lockout after guessing."""

from io import StringIO

from django.core.management import CommandError, call_command
from django.test import RequestFactory

import pytest
from axes.utils import reset as reset_axes
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.site.signin_support import ADMIN, ENROL, LOGIN, VERIFY, app_of, code_of, sign_in
from vvg_site.signin.client_ip import client_ip

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_lockouts():
    reset_axes()
    yield
    reset_axes()


@pytest.fixture
def two_factor_required(settings):
    settings.VVG_REQUIRE_2FA_FOR_SUPERUSERS = True


def test_a_superuser_must_enrol_before_reaching_the_dashboard(
    client, home, superuser, two_factor_required
):
    sign_in(client, "vadove")

    response = client.get(ADMIN)

    assert response.status_code == 302
    assert response["Location"] == f"{ENROL}?next=%2Fadmin%2F"
    assert client.get("/admin/pages/").status_code == 302


def test_the_enrolment_page_shows_a_qr_code_and_the_otpauth_address(
    client, home, superuser, two_factor_required
):
    sign_in(client, "vadove")

    html = client.get(ENROL).content.decode()

    assert "<svg" in html
    assert "otpauth://totp/" in html
    assert 'for="id_token"' in html


def test_a_correct_code_from_the_new_app_completes_enrolment_and_opens_the_admin(
    client, home, superuser, two_factor_required
):
    sign_in(client, "vadove")
    client.get(ENROL)
    device = TOTPDevice.objects.get(user=superuser, confirmed=False)

    response = client.post(ENROL, {"token": code_of(device), "next": ADMIN})

    assert response.status_code == 302
    # First the backup codes, shown once, with a way on to the admin page asked for.
    assert response["Location"] == "/admin/dvieju-veiksniu/atsarginiai-kodai/?next=%2Fadmin%2F"
    device.refresh_from_db()
    assert device.confirmed
    assert client.get(ADMIN).status_code == 200


def test_a_wrong_enrolment_code_confirms_nothing(client, home, superuser, two_factor_required):
    sign_in(client, "vadove")
    client.get(ENROL)
    device = TOTPDevice.objects.get(user=superuser, confirmed=False)
    wrong = f"{(int(code_of(device)) + 1) % 1_000_000:06d}"

    response = client.post(ENROL, {"token": wrong})

    assert response.status_code == 200
    assert "Kodas neteisingas" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=superuser, confirmed=True).exists()
    assert client.get(ADMIN).status_code == 302


def test_an_enrolled_superuser_enters_a_code_after_the_password(
    client, home, superuser, two_factor_required
):
    device = app_of(superuser)
    sign_in(client, "vadove")

    to_code = client.get("/admin/pages/")
    assert to_code.status_code == 302
    assert to_code["Location"] == f"{VERIFY}?next=%2Fadmin%2Fpages%2F"
    # Without a code, adding another device is not a way round the first one.
    assert client.get(ENROL)["Location"].startswith(VERIFY)

    wrong = client.post(VERIFY, {"token": "000000x", "next": "/admin/pages/"})
    assert wrong.status_code == 200
    assert client.get(ADMIN).status_code == 302

    right = client.post(VERIFY, {"token": code_of(device), "next": "/admin/pages/"})
    assert right.status_code == 302
    assert right["Location"] == "/admin/pages/"
    assert client.get(ADMIN).status_code == 200


def test_a_used_code_cannot_be_replayed(client, home, superuser, two_factor_required):
    device = app_of(superuser)
    token = code_of(device)
    sign_in(client, "vadove")
    client.post(VERIFY, {"token": token})

    other = client.__class__()
    sign_in(other, "vadove")
    response = other.post(VERIFY, {"token": token})

    assert response.status_code == 200
    assert other.get(ADMIN).status_code == 302


def test_after_the_code_the_redirect_never_leaves_the_site(
    client, home, superuser, two_factor_required
):
    device = app_of(superuser)
    sign_in(client, "vadove")

    response = client.post(VERIFY, {"token": code_of(device), "next": "https://kenkejas.example/"})

    assert response["Location"] == ADMIN


def test_an_editor_without_a_device_is_not_forced(client, home, editor, two_factor_required):
    sign_in(client, "redaktore")

    assert client.get(ADMIN).status_code == 200


def test_an_editor_who_enrolled_must_enter_the_code(client, home, editor, two_factor_required):
    device = app_of(editor)
    sign_in(client, "redaktore")

    assert client.get(ADMIN)["Location"].startswith(VERIFY)
    client.post(VERIFY, {"token": code_of(device)})
    assert client.get(ADMIN).status_code == 200


def test_an_editor_can_opt_in_from_the_account_page(client, home, editor):
    sign_in(client, "redaktore")

    account = client.get("/admin/account/").content.decode()

    assert ENROL in account
    assert client.get(ENROL).status_code == 200


def test_with_the_setting_off_a_superuser_signs_in_with_a_password_alone(
    client, home, superuser, settings
):
    settings.VVG_REQUIRE_2FA_FOR_SUPERUSERS = False
    sign_in(client, "vadove")

    assert client.get(ADMIN).status_code == 200


def test_the_public_site_never_asks_for_a_code(client, home, superuser, two_factor_required):
    sign_in(client, "vadove")

    assert client.get(home.url).status_code == 200


def test_five_wrong_passwords_lock_the_account_and_the_right_one_is_then_refused(
    client, home, superuser, settings
):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "vadove", "spejimas").status_code == 200  # the form again
    locked = sign_in(client, "vadove", "spejimas")
    assert locked.status_code == 429

    refused = sign_in(client, "vadove")

    assert refused.status_code == 429
    assert "Prisijungimas laikinai užblokuotas" in refused.content.decode()
    assert "Bandykite vėl po 30 min." in refused.content.decode()
    assert client.get(ADMIN)["Location"].startswith(LOGIN)


def test_fewer_wrong_passwords_than_the_limit_still_let_the_owner_in(
    client, home, superuser, settings
):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "vadove", "spejimas")

    assert sign_in(client, "vadove")["Location"] == ADMIN
    assert client.get(ADMIN).status_code == 200


def test_behind_the_load_balancer_the_client_address_is_the_one_it_appended(settings):
    settings.VVG_TRUSTED_PROXY_COUNT = 1
    request = RequestFactory().get(
        "/", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7", REMOTE_ADDR="10.0.0.2"
    )

    assert client_ip(request) == "203.0.113.7"


def test_without_a_trusted_proxy_forwarded_headers_are_ignored(settings):
    settings.VVG_TRUSTED_PROXY_COUNT = 0
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="6.6.6.6", REMOTE_ADDR="198.51.100.4")

    assert client_ip(request) == "198.51.100.4"


def test_reset_two_factor_lets_a_user_who_lost_the_phone_enrol_again(
    client, home, superuser, two_factor_required, settings
):
    app_of(superuser)
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "vadove", "spejimas")

    call_command("reset_two_factor", "vadove", stdout=StringIO())

    assert sign_in(client, "vadove")["Location"] == ADMIN
    assert client.get(ADMIN)["Location"].startswith(ENROL)


def test_reset_two_factor_names_an_unknown_user():
    with pytest.raises(CommandError, match="Naudotojo „nera“ nėra"):
        call_command("reset_two_factor", "nera")
