from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from vvg_site.signin import views


@hooks.register("register_admin_urls")
def two_factor_urls():
    # Wagtail wraps these in its admin-access check: only signed-in editors reach them.
    return [
        path("dvieju-veiksniu/", views.enrol, name="signin_enrol"),
        path("dvieju-veiksniu/kodas/", views.verify, name="signin_verify"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("signin_enrol"),
        "label": _("Dviejų veiksnių prisijungimas"),
        "help_text": _("Prijunkite autentifikavimo programėlę: prisijungiant reikės ir jos kodo."),
    }
