"""Settings shared by every environment, safe for production on their own.

Nothing here is a secret and DEBUG is off: dev.py and test.py relax what they need,
production.py adds the HTTPS hardening. Configuration comes from environment variables.
"""

import os
from datetime import timedelta
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "pages",
    "partnerships",
    "vvg_site.signin",
    "vvg_site.sitecache",
    "vvg_site.sanitising",
    "vvg_site.snapshots",
    "vvg_site.dashboard",
    "vvg_site.reminders",
    "vvg_site.textsearch",
    "vvg_site.adminlanguage",
    "wagtail.contrib.forms",
    # Pages in English: editors copy a page (or a whole section) with "Translate" and translate it
    # in place (README: English version).
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # WhiteNoise right after security, so static files skip the rest of the stack.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "vvg_site.middleware.SiteCSPMiddleware",
    "vvg_site.middleware.PermissionsPolicyMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # ETag and 304 outside the page cache, so hits get them too (the ETag itself is set below).
    "django.middleware.http.ConditionalGetMiddleware",
    # Before sessions and CSRF: a cached page for an anonymous visitor needs none of them.
    "vvg_site.sitecache.middleware.AnonymousPageCacheMiddleware",
    # Inside the page cache, which keeps one compressed copy per encoding.
    "vvg_site.sitecache.compression.PublicCompressionMiddleware",
    # Cache-Control and the ETag (of the uncompressed body) for public responses.
    "vvg_site.sitecache.public.PublicCacheHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # The site and the page a path routes to, from the generation's page tree (no queries).
    "vvg_site.middleware.PageTreeMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(), then the admin's demand for a second factor.
    "django_otp.middleware.OTPMiddleware",
    "vvg_site.signin.middleware.RequireTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "vvg_site.signin.backends.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Superusers must enrol an authenticator app and enter its code; other editors may opt in.
VVG_REQUIRE_2FA_FOR_SUPERUSERS = True
# The name authenticator apps show beside the codes.
OTP_TOTP_ISSUER = "Alytaus rajono VVG"

# Failed sign-ins: five wrong passwords for one username from one address lock that pair out.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "vvg_site.signin.views.lockout"
AXES_CLIENT_IP_CALLABLE = "vvg_site.signin.client_ip.client_ip"
# How many proxies in front of the site append to X-Forwarded-For (production: the load balancer).
VVG_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

ROOT_URLCONF = "vvg_site.urls"
WSGI_APPLICATION = "vvg_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                # LANGUAGE_CODE: <html lang>, and lang="lt" on Lithuanian text in other languages.
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                # fragment_version and fragment_cache for {% cache %} (vvg_site.sitecache).
                "vvg_site.sitecache.context_processors.fragments",
            ],
        },
    },
]

# The embedded default is an SQLite file beside manage.py; DATABASE_URL switches to PostgreSQL.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # An unreachable server fails a request in seconds (the 503 page, or a stale cached copy)
    # instead of waiting for the operating system's TCP time-out.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 3)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers work while one writer commits; IMMEDIATE takes the write lock at BEGIN,
    # so concurrent writers queue (up to the timeout) instead of failing with "database is locked".
    # Connections are kept like PostgreSQL's: a new one reads the whole schema on its first
    # query (about 2 ms here), more than serving a cached page takes.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if os.environ.get("REDIS_URL"):
    # Shared by every app server: cached pages survive a restart or a second machine. While Redis
    # is unreachable the site renders without it (sitecache.backends), checking again every
    # RETRY_AFTER seconds.
    CACHES = {
        "default": {
            "BACKEND": "vvg_site.sitecache.backends.ResilientRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "vvg",
            "OPTIONS": {"RETRY_AFTER": float(os.environ.get("CACHE_RETRY_SECONDS", 5))},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

# Previews draw every cached fragment afresh (sitecache.context_processors).
CACHES["uncached"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}

# Whole-page cache for anonymous visitors (sitecache); any content change invalidates all of it.
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE_ENABLED", "1") != "0"
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_SECONDS = 24 * 60 * 60
# /kalendorius/: each member of staff's private agreements calendar (vvg_site.reminders).
PAGE_CACHE_EXCLUDED_PREFIXES = ["/admin/", "/healthz/", "/dokumentai/", "/kalendorius/"]
# Apps whose every saved record is public (pages and agreements count when published).
PAGE_CACHE_CONTENT_APPS = ["pages", "partnerships"]
# The generation is bumped after the commit of a change (sitecache.signals); test.py bumps at once.
PAGE_CACHE_BUMP_ON_COMMIT = True
# Cache-Control of public responses (sitecache.public): browsers cannot be purged, so they keep a
# page briefly; a CDN is purged on every change and revalidates with the ETag after s-maxage;
# while the site answers errors a CDN may serve its copy for a day (stale-if-error).
PUBLIC_BROWSER_SECONDS = 60
PUBLIC_CDN_SECONDS = int(os.environ.get("CDN_CACHE_SECONDS", 300))
PUBLIC_STALE_IF_ERROR_SECONDS = 24 * 60 * 60
PUBLIC_NOT_FOUND_SECONDS = 60
# Brotli 5 compresses the cooperation page smaller than gzip at about gzip's speed (11 is far
# slower for a few per cent more); each page is compressed once per generation and encoding.
BROTLI_QUALITY = 5
# After the database failed, the page cache serves its stale copies without asking it again
# for this many seconds (then one request tries).
DATABASE_RETRY_SECONDS = float(os.environ.get("DATABASE_RETRY_SECONDS", 2))
# Sessions (editors only: visitors have none) stay in the database even with Redis: a session
# cached in Redis could outlive a sign-out made while Redis was unreachable.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "lt"
# Lithuanian at today's addresses, English under /en/ (vvg_site.urls: i18n_patterns).
LANGUAGES = [("lt", _("lietuvių")), ("en", _("anglų"))]
# The project's own catalogues first; then its Lithuanian for the installed apps (Wagtail,
# Django, ...), whose own Lithuanian covers about half of what the staff see (README: Translations).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "vendor"]
TIME_ZONE = "Europe/Vilnius"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Compressed files with hashed names, served far-future cached by WhiteNoise.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    # Uploads in S3-compatible object storage, so app servers keep no files of their own.
    # Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, read by boto3 itself.
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "default_acl": None,
            "file_overwrite": False,
            # Private objects behind signed URLs: documents keep Wagtail's privacy checks.
            "querystring_auth": True,
        },
    }

WAGTAIL_SITE_NAME = "Alytaus rajono vietos veiklos grupė"
# The one public address of the site ("https://vvg.example"): canonical links, og:url, JSON-LD,
# the sitemap, feeds, exports and admin e-mails all use it. `migrate` writes it into Wagtail's
# default Site record (pages.site_address), from which page URLs are built.
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "").rstrip("/")
WAGTAILADMIN_BASE_URL = PUBLIC_BASE_URL or "http://127.0.0.1:8000"
# One page tree per language (wagtail Locale): English pages are translations of Lithuanian ones.
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("lt", "Lietuvių"), ("en", "English")]
WAGTAIL_USER_TIME_ZONES = ["Europe/Vilnius"]
# Wagtail's own index serves the admin's page search only; the public site's search (and the
# cooperation page's and the news' text filters) use vvg_site.textsearch, alike on every database.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "odt", "xls", "xlsx", "ods", "txt", "rtf"]
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatar requests to a third party from the admin (privacy, and a tighter admin CSP).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_MODERATION_ENABLED = True

COUNTRIES_FIRST = ["LT"]
# The organisation (and Lithuanian usage since 2024) says Sakartvelas, not Gruzija.
COUNTRIES_OVERRIDE = {"GE": _("Sakartvelas")}
# News tags get ASCII slugs ("lėtasis turizmas" -> letasis-turizmas) for readable ?tag= addresses.
TAGGIT_STRIP_UNICODE_WHEN_SLUGIFYING = True

SESSION_COOKIE_HTTPONLY = True
# Wagtail relaxes this to SAMEORIGIN on its own preview views.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# The public site has no inline script or style: everything comes from this origin, except
# the video players that Wagtail embeds in an iframe.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": [
            "'self'",
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# Added to the policy under /admin/ only (vvg_site.middleware.SiteCSPMiddleware). Wagtail 7.4's
# date choosers and inline panels (an agreement's partners) are inline <script>s with per-field
# data, so no hash or nonce can cover them; the admin stays same-origin and never 'unsafe-eval'.
ADMIN_URL_PREFIX = "/admin/"
ADMIN_CONTENT_SECURITY_POLICY = {
    "script-src": ["'unsafe-inline'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["blob:"],
}
PERMISSIONS_POLICY_DISABLED_FEATURES = [
    "accelerometer",
    "camera",
    "geolocation",
    "gyroscope",
    "magnetometer",
    "microphone",
    "payment",
    "usb",
]

# A CDN in front of the site, purged by Wagtail when content changes (sitecache.signals).
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE = {
        "cloudflare": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": os.environ["FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN"],
            "ZONEID": os.environ["FRONTEND_CACHE_CLOUDFLARE_ZONEID"],
        }
    }
elif os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    # Varnish, nginx or any cache that accepts HTTP PURGE requests.
    WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
        }
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")

# Mail (the moderation workflow's notifications, password resets) goes out by SMTP; dev.py and
# test.py keep it on the console and in memory. Without EMAIL_HOST it is a local MTA on port 25.
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", 25))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") in {"1", "true", "True"}
EMAIL_USE_SSL = os.environ.get("EMAIL_USE_SSL", "") in {"1", "true", "True"}
# A mail server that stops answering must not hold an editor's request for minutes.
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = os.environ.get(
    "WAGTAILADMIN_NOTIFICATION_FROM_EMAIL", DEFAULT_FROM_EMAIL
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"database_outage": {"()": "vvg_site.sitecache.outage.DatabaseOutageFilter"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    # A database outage is logged once (vvg_site.outage), not as one traceback per request.
    "loggers": {"django.request": {"filters": ["database_outage"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
