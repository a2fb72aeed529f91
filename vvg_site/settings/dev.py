"""A laptop: debug pages, a throw-away key, the SQLite file unless DATABASE_URL says otherwise."""

import os

from .base import *  # noqa: F403

# Developer commands (ensure_local_admin, seed_benchmark): never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "vvg_site.devtools"]  # noqa: F405
DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-key-never-used-in-production-3f9c1d7a2b")  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", *ALLOWED_HOSTS]  # noqa: F405
# runserver serves files from the app folders directly; no collectstatic needed.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Serve static files from the source folders, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# `make run`'s local admin signs in with a password alone.
VVG_REQUIRE_2FA_FOR_SUPERUSERS = False
