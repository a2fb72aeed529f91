"""Admin views to enrol an authenticator app (TOTP), to see backup codes once, and to enter a
code after signing in."""

import math
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_http_methods

import segno
from axes.helpers import get_cool_off
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from vvg_site.signin.devices import backup_codes_left, new_backup_codes, verify_code
from vvg_site.signin.forms import SignInCodeForm, TokenForm

DEVICE_NAME = "Autentifikavimo programėlė"
# Fresh backup codes wait here for the one page that shows them.
BACKUP_CODES_SESSION_KEY = "signin_new_backup_codes"
WRONG_CODE = gettext_lazy("Kodas neteisingas arba pasenęs. Įveskite naują kodą.")


def next_url(request):
    """Where to go after the code: the admin page asked for, never another site."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


def pending_device(user):
    """The user's unconfirmed device, made once so the QR code stays the same on reload."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


@never_cache
@sensitive_post_parameters("token")
def enrol(request):
    device = pending_device(request.user)
    form = TokenForm(request.POST or None)
    if form.is_valid():
        verified, locked_until = verify_code(request.user, form.cleaned_data["token"], [device])
        if verified is not None:
            device.refresh_from_db()
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            messages.success(request, _("Dviejų veiksnių prisijungimas įjungtas."))
            if not StaticDevice.objects.filter(user=request.user).exists():
                request.session[BACKUP_CODES_SESSION_KEY] = new_backup_codes(request.user)
                return redirect(with_next(reverse("signin_backup_codes"), next_url(request)))
            return redirect(next_url(request))
        form.add_error("token", refusal(locked_until))
    config_url = device.config_url
    context = {
        "form": form,
        "next": next_url(request),
        "config_url": config_url,
        "qr_svg": segno.make(config_url, error="m").svg_inline(scale=5, title=_("QR kodas")),
        "has_device": TOTPDevice.objects.filter(user=request.user, confirmed=True).exists(),
    }
    return TemplateResponse(request, "signin/enrol.html", context)


@never_cache
@sensitive_post_parameters("token")
def verify(request):
    if not user_has_device(request.user, confirmed=True):
        query = request.GET.urlencode()
        return redirect(reverse("signin_enrol") + (f"?{query}" if query else ""))
    form = SignInCodeForm(request.POST or None)
    if form.is_valid():
        device, locked_until = verify_code(request.user, form.cleaned_data["token"])
        if device is not None:
            otp_login(request, device)
            if isinstance(device, StaticDevice):
                left = backup_codes_left(request.user)
                messages.warning(
                    request,
                    ngettext(
                        "Panaudojote atsarginį kodą. Liko %(count)d atsarginis kodas.",
                        "Panaudojote atsarginį kodą. Liko %(count)d atsarginiai kodai.",
                        left,
                    )
                    % {"count": left},
                )
            return redirect(next_url(request))
        form.add_error("token", refusal(locked_until))
    context = {"form": form, "next": next_url(request)}
    return TemplateResponse(request, "signin/verify.html", context)


@never_cache
@require_http_methods(["GET", "POST"])
@sensitive_variables("codes")
def backup_codes(request):
    """Fresh backup codes, shown once right after they are made; a POST makes new ones."""
    if not TOTPDevice.objects.filter(user=request.user, confirmed=True).exists():
        return redirect("signin_enrol")
    if request.method == "POST":
        request.session[BACKUP_CODES_SESSION_KEY] = new_backup_codes(request.user)
        return redirect(with_next(reverse("signin_backup_codes"), next_url(request)))
    codes = request.session.pop(BACKUP_CODES_SESSION_KEY, None)
    context = {"codes": codes, "left": backup_codes_left(request.user), "next": next_url(request)}
    return TemplateResponse(request, "signin/backup_codes.html", context)


def with_next(url, target):
    return f"{url}?{urlencode({'next': target})}"


def refusal(locked_until):
    """Why a code was not accepted: wrong, or too many wrong ones in a row for now."""
    if locked_until is None:
        return WRONG_CODE
    seconds = max(1, math.ceil((locked_until - timezone.now()).total_seconds()))
    return _(
        "Per daug neteisingų kodų iš eilės. Palaukite %(seconds)d s ir įveskite naują kodą."
    ) % {"seconds": seconds}


def lockout(request, original_response=None, credentials=None):
    """The page django-axes shows once a sign-in has used up its attempts."""
    cool_off = get_cool_off(request)
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cooloff_minutes": int(cool_off.total_seconds() // 60) if cool_off else None,
    }
    return TemplateResponse(
        request, "signin/lockout.html", context, status=settings.AXES_HTTP_RESPONSE_CODE
    ).render()
