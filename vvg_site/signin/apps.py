from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SigninConfig(AppConfig):
    """Admin sign-in protection: two-factor codes (django-otp) and lockout (django-axes)."""

    name = "vvg_site.signin"
    verbose_name = _("Prisijungimo apsauga")
