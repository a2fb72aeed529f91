"""Creates the local admin account that `make run` prints, once; later runs reuse it."""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

PASSWORD_FILE = Path(settings.BASE_DIR) / ".local-admin-password"


class Command(BaseCommand):
    help = "Create a local superuser 'admin' with a random password (development only)."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_local_admin is for development settings (DEBUG on) only.")
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is None:
            password = secrets.token_urlsafe(12)
            User.objects.create_superuser(username, email="", password=password)
            PASSWORD_FILE.write_text(password + "\n")
            PASSWORD_FILE.chmod(0o600)
            self.stdout.write(f"Created the local admin: {username} / {password}")
        elif PASSWORD_FILE.exists():
            password = PASSWORD_FILE.read_text().strip()
            self.stdout.write(f"Local admin: {username} / {password} (from {PASSWORD_FILE.name})")
        else:
            self.stdout.write(
                f"Local admin: {username} (password set earlier; reset it with "
                f"`.venv/bin/python manage.py changepassword {username}`)"
            )
