from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets.button import Button

from vvg_site.signin import reset_views, views


@hooks.register("register_admin_urls")
def two_factor_urls():
    # Wagtail wraps these in its admin-access check: only signed-in editors reach them.
    return [
        path("dvieju-veiksniu/", views.enrol, name="signin_enrol"),
        path("dvieju-veiksniu/kodas/", views.verify, name="signin_verify"),
        path("dvieju-veiksniu/atsarginiai-kodai/", views.backup_codes, name="signin_backup_codes"),
        path(
            "dvieju-veiksniu/atstatyti/<int:user_id>/",
            reset_views.ResetTwoFactorView.as_view(),
            name="signin_reset",
        ),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("signin_enrol"),
        "label": _("Dviejų veiksnių prisijungimas"),
        "help_text": _("Prijunkite autentifikavimo programėlę: prisijungiant reikės ir jos kodo."),
    }


@hooks.register("register_user_listing_buttons")
def two_factor_reset_button(user, request_user):
    if not reset_views.may_reset(request_user, user):
        return []
    return [
        Button(
            _("Atstatyti antrąjį veiksnį"),
            reverse("signin_reset", args=[user.pk]),
            icon_name="key",
            priority=60,
        )
    ]


@hooks.register("register_log_actions")
def two_factor_log_actions(actions):
    actions.register_action(
        reset_views.LOG_ACTION,
        _("Antrasis veiksnys atstatytas"),
        _("Antrasis prisijungimo veiksnys atstatytas"),
    )
