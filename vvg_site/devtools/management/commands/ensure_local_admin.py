"""Creates the local admin account that `make run` prints, once; later runs reuse it."""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

PASSWORD_FILE = Path(settings.BASE_DIR) / ".local-admin-password"


class Command(BaseCommand):
    help = gettext_lazy(
        "Sukuria vietinį administratorių „admin“ su atsitiktiniu slaptažodžiu (tik kūrimui)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        if not settings.DEBUG:
            raise CommandError(
                _("ensure_local_admin skirta tik kūrimo nustatymams (kai DEBUG įjungtas).")
            )
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is None:
            password = secrets.token_urlsafe(12)
            User.objects.create_superuser(username, email="", password=password)
            PASSWORD_FILE.write_text(password + "\n")
            PASSWORD_FILE.chmod(0o600)
            self.stdout.write(
                _("Sukurtas vietinis administratorius: %(user)s / %(password)s")
                % {"user": username, "password": password}
            )
        elif PASSWORD_FILE.exists():
            password = PASSWORD_FILE.read_text().strip()
            self.stdout.write(
                _("Vietinis administratorius: %(user)s / %(password)s (iš failo %(file)s)")
                % {"user": username, "password": password, "file": PASSWORD_FILE.name}
            )
        else:
            self.stdout.write(
                _(
                    "Vietinis administratorius: %(user)s (slaptažodis nustatytas anksčiau; "
                    "pakeisti jį: `.venv/bin/python manage.py changepassword %(user)s`)"
                )
                % {"user": username}
            )
