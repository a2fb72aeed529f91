"""For an editor who lost the phone: remove their authenticator apps and lift their lockout."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from axes.utils import reset as reset_lockouts
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = (
        "Remove a user's two-factor devices and failed sign-in records; a superuser enrols "
        "a new authenticator app at the next sign-in."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        devices, _by_model = TOTPDevice.objects.filter(user=user).delete()
        attempts = reset_lockouts(username=username)
        self.stdout.write(
            f"{username}: removed {devices} authenticator device(s), "
            f"cleared {attempts} lockout record(s)."
        )
