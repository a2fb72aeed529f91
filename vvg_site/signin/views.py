"""Admin views to enrol an authenticator app (TOTP) and to enter its code after signing in."""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

import segno
from axes.helpers import get_cool_off
from django_otp import login as otp_login
from django_otp import match_token, user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from vvg_site.signin.forms import TokenForm

DEVICE_NAME = "Autentifikavimo programėlė"


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
        if device.verify_token(form.cleaned_data["token"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            messages.success(request, _("Dviejų veiksnių prisijungimas įjungtas."))
            return redirect(next_url(request))
        form.add_error("token", _("Kodas neteisingas arba pasenęs. Įveskite naują kodą."))
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
    form = TokenForm(request.POST or None)
    if form.is_valid():
        device = match_token(request.user, form.cleaned_data["token"])
        if device is not None:
            otp_login(request, device)
            return redirect(next_url(request))
        form.add_error("token", _("Kodas neteisingas arba pasenęs. Įveskite naują kodą."))
    context = {"form": form, "next": next_url(request)}
    return TemplateResponse(request, "signin/verify.html", context)


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
