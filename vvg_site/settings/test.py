"""The test suite: base settings (DEBUG off, as in production), fast hashing, no collectstatic."""

import os
import tempfile

from .base import *  # noqa: F403

# Developer commands (ensure_local_admin, seed_benchmark): never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "vvg_site.devtools"]  # noqa: F405
SECRET_KEY = "test-only-key-3c8e0b6a1f2d4e5a9b7c"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = tempfile.mkdtemp(prefix="vvg-test-media-")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The test client's host is the site's public address (`migrate` writes it into the Site record).
PUBLIC_BASE_URL = WAGTAILADMIN_BASE_URL = "http://testserver"
# Serve static files from the source folders, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Admin tests sign superusers in directly; the two-factor tests switch this on themselves.
VVG_REQUIRE_2FA_FOR_SUPERUSERS = False
# Tests change content inside transactions that never commit, so the cache would never be
# invalidated; the page-cache tests switch it on and run the commit hooks themselves.
PAGE_CACHE_ENABLED = False
# Tests never commit: a change bumps the content generation at once, so what is kept per
# generation (sitecache.generation) is fresh on a test's next request, as after a commit.
PAGE_CACHE_BUMP_ON_COMMIT = False
# The live server's thread must not keep a connection open, or PostgreSQL cannot drop the test DB.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not memory: the browser tests' live server then gives each request thread its own
    # connection, instead of all threads sharing one in-memory connection (which can hang).
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.path.join(tempfile.gettempdir(), f"vvg-test-{os.getpid()}.sqlite3")
    }
