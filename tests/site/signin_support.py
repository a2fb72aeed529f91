"""What the sign-in tests share: the admin's addresses, a staff password, devices and codes."""

from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "teisingas-slaptazodis-42"
ADMIN = "/admin/"
LOGIN = "/admin/login/"
ENROL = "/admin/dvieju-veiksniu/"
VERIFY = "/admin/dvieju-veiksniu/kodas/"
BACKUP_CODES = "/admin/dvieju-veiksniu/atsarginiai-kodai/"


def app_of(user):
    """An authenticator app the user has already confirmed."""
    return TOTPDevice.objects.create(user=user, name="telefonas", confirmed=True)


def code_of(device):
    """The code the app shows now."""
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def sign_in(client, username, password=PASSWORD, **extra):
    return client.post(LOGIN, {"username": username, "password": password, "next": ADMIN}, **extra)
