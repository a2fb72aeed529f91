"""The calendar address screen in the admin, reached from the user's account menu."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from partnerships.models import Partnership
from vvg_site.reminders.views import CalendarAddressView


@hooks.register("register_admin_urls")
def calendar_urls():
    # Wagtail wraps these in its admin-access check: only signed-in staff reach them.
    return [
        path(
            "sutarciu-kalendorius/",
            CalendarAddressView.as_view(),
            name="agreement_calendar_address",
        )
    ]


@hooks.register("register_account_menu_item")
def calendar_account_item(request):
    # For those who look after agreements: who may edit them, or is responsible for one.
    user = request.user
    policy = Partnership.snippet_viewset.permission_policy
    if not (
        policy.user_has_permission(user, "change")
        or Partnership.objects.filter(responsible=user).exists()
    ):
        return None
    return {
        "url": reverse("agreement_calendar_address"),
        "label": _("Sutarčių kalendorius"),
        "help_text": _(
            "Privatus kalendoriaus adresas: jūsų sutarčių galiojimo pabaigos ir priminimų "
            "dienos jūsų kalendoriaus programoje."
        ),
    }
