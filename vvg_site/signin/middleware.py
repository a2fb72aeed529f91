"""Send admin users who must prove a second factor to the code or enrolment page first."""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse

from django_otp import user_has_device

# Reachable before the second factor: signing in and out, the code page, and what they load.
ALWAYS_OPEN = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "signin_verify",
}
# Enrolment is open only while the user has no device: adding one later needs a code first.
OPEN_WITHOUT_DEVICE = {"signin_enrol"}


def must_enrol(user):
    """Superusers must use two factors where the setting says so; for others it is a choice."""
    return user.is_superuser and settings.VVG_REQUIRE_2FA_FOR_SUPERUSERS


class RequireTwoFactorMiddleware:
    """After django_otp's OTPMiddleware: guards the Wagtail admin for signed-in users.

    A user with a confirmed device must enter a code once per session; a superuser without one
    (when VVG_REQUIRE_2FA_FOR_SUPERUSERS) must enrol one before anything else.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.redirect_for(request) or self.get_response(request)

    def redirect_for(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_verified():
            return None
        if not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        try:
            url_name = resolve(request.path_info).url_name
        except Resolver404:
            return None
        if url_name in ALWAYS_OPEN:
            return None
        has_device = user_has_device(user, confirmed=True)
        if has_device:
            target = "signin_verify"
        elif must_enrol(user):
            if url_name in OPEN_WITHOUT_DEVICE:
                return None
            target = "signin_enrol"
        else:
            return None
        next_url = request.get_full_path() if request.method == "GET" else ""
        query = f"?{urlencode({'next': next_url})}" if next_url else ""
        return redirect(reverse(target) + query)
