"""Production: behind a TLS-terminating load balancer, served by gunicorn with WhiteNoise."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in the environment for production.")
if not PUBLIC_BASE_URL:  # noqa: F405
    raise ImproperlyConfigured(
        "PUBLIC_BASE_URL must be set in the environment for production, e.g. https://vvg.example."
    )

if EMAIL_USE_TLS and EMAIL_USE_SSL:  # noqa: F405
    raise ImproperlyConfigured("Set EMAIL_USE_TLS or EMAIL_USE_SSL, not both.")
# Mail really leaves by SMTP in production, whatever an edit of base.py might do.
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"

# The load balancer terminates TLS and says so in X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
# Load balancers probe over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
# The load balancer is the one proxy that appends the client's address to X-Forwarded-For.
VVG_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1"))
# Stated again (base.py has it too) so that no later edit of base.py can lift it here.
VVG_REQUIRE_2FA_FOR_SUPERUSERS = True
