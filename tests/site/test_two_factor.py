"""Two-factor sign-in: codes checked against the user's own devices one at a time (no
match_token), one-time backup codes shown once at enrolment, and a superuser's reset of another
user's second factor in the admin and from the command line, in Lithuanian."""

import re
from io import StringIO

from django.core.management import call_command
from django.urls import reverse

from wagtail.models import ModelLogEntry

import pytest
from axes.models import AccessAttempt
from axes.utils import reset as reset_axes
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.site.signin_support import ADMIN, BACKUP_CODES, ENROL, VERIFY, app_of, code_of, sign_in
from vvg_site.signin.devices import new_backup_codes

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_lockouts(settings):
    settings.VVG_REQUIRE_2FA_FOR_SUPERUSERS = True
    reset_axes()
    yield
    reset_axes()


def signed_in_with_code(client, user, device):
    """Password and a code: a fully verified admin session."""
    sign_in(client, user.username)
    assert client.post(VERIFY, {"token": code_of(device)}).status_code == 302
    return client


def shown_codes(html):
    return re.findall(r"<li><code>([a-z2-7]{8})</code></li>", html)


def test_enrolment_shows_ten_backup_codes_once(client, superuser):
    sign_in(client, "vadove")
    client.get(ENROL)
    device = TOTPDevice.objects.get(user=superuser, confirmed=False)

    confirmed = client.post(ENROL, {"token": code_of(device), "next": "/admin/pages/"})
    first = client.get(confirmed["Location"]).content.decode()
    again = client.get(BACKUP_CODES).content.decode()

    codes = shown_codes(first)
    assert len(codes) == len(set(codes)) == 10
    stored = StaticToken.objects.filter(device__user=superuser).values_list("token", flat=True)
    assert sorted(stored) == sorted(codes)
    assert "Kodai rodomi tik šį kartą." in first
    assert 'href="/admin/pages/"' in first
    assert shown_codes(again) == []
    assert "Liko 10 nepanaudotų atsarginių kodų." in again


def test_a_backup_code_signs_in_once_only(client, superuser):
    app_of(superuser)
    codes = new_backup_codes(superuser)

    sign_in(client, "vadove")
    response = client.post(VERIFY, {"token": codes[0].upper()[:4] + " " + codes[0][4:]})
    assert response.status_code == 302
    dashboard = client.get(response["Location"])
    assert dashboard.status_code == 200
    assert "Panaudojote atsarginį kodą. Liko 9 atsarginiai kodai." in dashboard.content.decode()

    other = client.__class__()
    sign_in(other, "vadove")
    replay = other.post(VERIFY, {"token": codes[0]})
    assert replay.status_code == 200
    assert "Kodas neteisingas" in replay.content.decode()
    assert other.get(ADMIN).status_code == 302
    assert StaticToken.objects.filter(device__user=superuser).count() == 9


def test_using_a_backup_code_leaves_the_authenticator_app_unthrottled(client, superuser):
    device = app_of(superuser)
    codes = new_backup_codes(superuser)
    sign_in(client, "vadove")

    assert client.post(VERIFY, {"token": codes[0]}).status_code == 302

    device.refresh_from_db()
    assert device.throttling_failure_count == 0
    other = client.__class__()
    sign_in(other, "vadove")
    assert other.post(VERIFY, {"token": code_of(device)}).status_code == 302


def test_a_wrong_app_code_leaves_the_backup_codes_unthrottled(client, superuser):
    device = app_of(superuser)
    codes = new_backup_codes(superuser)
    sign_in(client, "vadove")
    wrong = f"{(int(code_of(device)) + 1) % 1_000_000:06d}"

    client.post(VERIFY, {"token": wrong})

    assert StaticDevice.objects.get(user=superuser).throttling_failure_count == 0
    assert client.post(VERIFY, {"token": codes[1]}).status_code == 302


def test_another_users_backup_code_is_refused(client, superuser, editor):
    app_of(superuser)
    new_backup_codes(superuser)
    someone_elses = new_backup_codes(editor)
    sign_in(client, "vadove")

    response = client.post(VERIFY, {"token": someone_elses[0]})

    assert response.status_code == 200
    assert client.get(ADMIN).status_code == 302
    assert StaticToken.objects.filter(device__user=editor).count() == 10


def test_repeated_wrong_codes_are_throttled_with_a_clear_message(client, superuser):
    device = app_of(superuser)
    sign_in(client, "vadove")
    wrong = f"{(int(code_of(device)) + 1) % 1_000_000:06d}"
    for _attempt in range(5):
        client.post(VERIFY, {"token": wrong})

    # Locked for 2⁴ = 16 s now: even the right code waits, and the page says so.
    response = client.post(VERIFY, {"token": code_of(device)})

    assert response.status_code == 200
    assert "Per daug neteisingų kodų iš eilės. Palaukite" in response.content.decode()
    assert client.get(ADMIN).status_code == 302


def test_the_code_page_explains_backup_codes(client, superuser):
    app_of(superuser)
    sign_in(client, "vadove")

    html = client.get(VERIFY).content.decode()

    assert "atsarginių kodų" in html
    assert 'inputmode="numeric"' not in html


# --- a superuser resets someone else's second factor in the admin ------------------------------


def locked_out(client, username, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, username, "spejimas")
    assert sign_in(client, username).status_code == 429


def test_a_superuser_resets_another_users_second_factor_in_the_admin(
    client, superuser, editor, settings
):
    app_of(editor)
    new_backup_codes(editor)
    locked_out(client.__class__(), "redaktore", settings)
    admin = signed_in_with_code(client, superuser, app_of(superuser))
    reset_url = reverse("signin_reset", args=[editor.pk])

    listing = admin.get("/admin/users/").content.decode()
    confirmation = admin.get(reset_url)
    assert TOTPDevice.objects.filter(user=editor).exists()  # a GET changes nothing
    done = admin.post(reset_url, follow=True)

    assert reset_url in listing
    assert confirmation.status_code == 200
    assert "Dabar naudotojas turi 2 įrenginius." in confirmation.content.decode()
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert not StaticDevice.objects.filter(user=editor).exists()
    assert not AccessAttempt.objects.filter(username="redaktore").exists()
    assert (
        "Naudotojo „redaktore“ antrasis veiksnys atstatytas: pašalinti 2 įrenginiai, "
        "išvalytas 1 nesėkmingų prisijungimų įrašas."
    ) in done.content.decode()
    entry = ModelLogEntry.objects.get(action="vvg_signin.reset_two_factor")
    assert (entry.object_id, entry.user) == (str(editor.pk), superuser)
    editor_client = client.__class__()
    assert sign_in(editor_client, "redaktore")["Location"] == ADMIN
    assert editor_client.get(ADMIN).status_code == 200
    # The superuser's own factor is untouched.
    assert TOTPDevice.objects.filter(user=superuser).exists()


def test_only_a_superuser_may_reset_a_second_factor(client, superuser, editor):
    app_of(superuser)
    editor_app = app_of(editor)
    signed_in_with_code(client, editor, editor_app)
    reset_url = reverse("signin_reset", args=[superuser.pk])

    # Wagtail answers a refused admin view with a redirect to the dashboard and a message.
    assert client.get(reset_url)["Location"] == ADMIN
    assert client.post(reset_url)["Location"] == ADMIN
    assert TOTPDevice.objects.filter(user=superuser).exists()


def test_a_superuser_cannot_reset_their_own_second_factor_in_the_admin(client, superuser):
    device = app_of(superuser)
    signed_in_with_code(client, superuser, device)
    own_url = reverse("signin_reset", args=[superuser.pk])

    assert own_url not in client.get("/admin/users/").content.decode()
    assert client.post(own_url)["Location"] == ADMIN
    assert TOTPDevice.objects.filter(user=superuser).exists()


def test_the_reset_page_needs_the_superusers_own_code_first(client, superuser, editor):
    app_of(superuser)
    app_of(editor)
    sign_in(client, "vadove")  # password only

    response = client.post(reverse("signin_reset", args=[editor.pk]))

    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY)
    assert TOTPDevice.objects.filter(user=editor).exists()


# --- the command, in Lithuanian with its three plural forms ------------------------------------


@pytest.mark.parametrize(
    ("devices", "said"),
    [
        (1, "pašalintas 1 įrenginys"),
        (2, "pašalinti 2 įrenginiai"),
        (10, "pašalinta 10 įrenginių"),
        (21, "pašalintas 21 įrenginys"),
    ],
)
def test_reset_two_factor_says_how_many_devices_in_lithuanian(superuser, devices, said):
    for _number in range(devices):
        app_of(superuser)
    out = StringIO()

    call_command("reset_two_factor", "vadove", stdout=out)

    assert out.getvalue().strip() == (
        f"Naudotojo „vadove“ antrasis veiksnys atstatytas: {said}, "
        "išvalyta 0 nesėkmingų prisijungimų įrašų."
    ), "is locale/lt compiled? run `manage.py compilemessages`"
    assert not TOTPDevice.objects.filter(user=superuser).exists()


def test_reset_two_factor_counts_lockout_records_from_each_address(client, superuser, settings):
    app_of(superuser)
    new_backup_codes(superuser)
    sign_in(client, "vadove", "spejimas", REMOTE_ADDR="192.0.2.1")
    sign_in(client, "vadove", "spejimas", REMOTE_ADDR="192.0.2.2")
    out = StringIO()

    call_command("reset_two_factor", "vadove", stdout=out)

    assert "pašalinti 2 įrenginiai, išvalyti 2 nesėkmingų prisijungimų įrašai." in out.getvalue()
    assert not StaticDevice.objects.filter(user=superuser).exists()
    assert ModelLogEntry.objects.filter(action="vvg_signin.reset_two_factor").exists()
