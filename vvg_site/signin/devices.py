"""A user's second factors: checking a code, backup codes, and resetting them all.

A code is checked against the user's own devices of the kind it can belong to, one device at a
time, each through django-otp's throttling: a six-digit code goes to the authenticator apps, any
other code to the backup codes. django-otp's match_token() would instead try every device and
count a failure against each one the code was never meant for (a backup code would throttle the
authenticator app), so it is not used.
"""

from django.db import transaction
from django.utils import timezone

import django_otp
from axes.utils import reset as reset_lockouts
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

BACKUP_DEVICE_NAME = "Atsarginiai kodai"
BACKUP_CODE_COUNT = 10


def normalise_code(code):
    """What was typed, as stored: no spaces or dashes, backup codes in lower case."""
    return "".join(code.split()).replace("-", "").lower()


def candidate_devices(user, code):
    """The user's confirmed devices this code could belong to: apps for digits, else backups."""
    apps = [
        device
        for device in TOTPDevice.objects.devices_for_user(user, confirmed=True)
        if code.isdigit() and len(code) == device.digits
    ]
    return apps or list(StaticDevice.objects.devices_for_user(user, confirmed=True))


def verify_code(user, code, devices=None):
    """(the device that accepted the code, or None; when none did because every candidate is
    throttled, the moment the earliest one may be tried again, else None)."""
    locked_until, refused = [], False
    for device in candidate_devices(user, code) if devices is None else devices:
        allowed, details = device.verify_is_allowed()
        if not allowed:
            locked_until.append((details or {}).get("locked_until") or timezone.now())
            continue
        # By persistent id: django-otp locks the device row and checks it is this user's.
        verified = django_otp.verify_token(user, device.persistent_id, code)
        if verified is not None:
            return verified, None
        refused = True
    # A device that was free to check the code refused it: the code is wrong, not throttled.
    return None, (None if refused or not locked_until else min(locked_until))


def backup_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


@transaction.atomic
def new_backup_codes(user):
    """Replace the user's backup codes with fresh ones; returns them (shown once, never again)."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name=BACKUP_DEVICE_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = []
    while len(codes) < BACKUP_CODE_COUNT:
        code = StaticToken.random_token()
        if code not in codes:
            codes.append(code)
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


@transaction.atomic
def reset_second_factor(user):
    """Remove every authenticator app and backup code of the user and lift the sign-in lockout
    for their username. Returns (devices removed, lockout records cleared)."""
    apps = TOTPDevice.objects.filter(user=user).delete()[1].get(TOTPDevice._meta.label, 0)
    backups = StaticDevice.objects.filter(user=user).delete()[1].get(StaticDevice._meta.label, 0)
    attempts = reset_lockouts(username=user.get_username())
    return apps + backups, attempts
