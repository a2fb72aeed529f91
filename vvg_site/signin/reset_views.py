"""A superuser resets another user's second factor from Settings → Users, not only the shell.

For an editor who lost the phone and the backup codes: a confirmation page, then a POST removes
the user's authenticator apps and backup codes and lifts their sign-in lockout; Wagtail's log
keeps who did it. Never for one's own account here: that would let a signed-in session drop the
factor that protects it (the `reset_two_factor` command remains for that).
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from django_otp import devices_for_user

from vvg_site.signin.devices import reset_second_factor
from vvg_site.signin.summary import reset_summary

LOG_ACTION = "vvg_signin.reset_two_factor"


def may_reset(request_user, user):
    return request_user.is_superuser and user.pk != request_user.pk


class ResetTwoFactorView(WagtailAdminTemplateMixin, View):
    template_name = "signin/reset.html"
    page_title = gettext_lazy("Antrojo prisijungimo veiksnio atstatymas")
    header_icon = "key"

    def dispatch(self, request, user_id):
        self.target = get_object_or_404(get_user_model(), pk=user_id)
        if not may_reset(request.user, self.target):
            raise PermissionDenied
        return super().dispatch(request, user_id)

    def get_page_subtitle(self):
        return self.target.get_username()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailusers_users:index"), "label": _("Naudotojai")},
            {
                "url": reverse("wagtailusers_users:edit", args=[self.target.pk]),
                "label": self.target.get_username(),
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get(self, request, user_id):
        return self.render_to_response(
            self.get_context_data(
                target=self.target,
                devices=len(list(devices_for_user(self.target, confirmed=None))),
                cancel_url=reverse("wagtailusers_users:index"),
            )
        )

    def post(self, request, user_id):
        devices, attempts = reset_second_factor(self.target)
        log(self.target, LOG_ACTION, user=request.user)
        messages.success(request, reset_summary(self.target.get_username(), devices, attempts))
        return redirect("wagtailusers_users:index")
