"""The admin screen of a member of staff's private calendar address: shown, created, renewed."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from vvg_site.reminders.calendar import feed_url, looked_after
from vvg_site.reminders.models import CalendarFeed
from vvg_site.reminders.sending import thresholds_text


class CalendarAddressView(WagtailAdminTemplateMixin, TemplateView):
    """GET shows the address (and what the calendar holds); POST creates it, or renews it: the
    old address stops working at once."""

    template_name = "reminders/calendar_address.html"
    page_title = gettext_lazy("Sutarčių kalendorius")
    header_icon = "date"

    def get_breadcrumbs_items(self):
        # Reached from the account menu: Pradžia › Paskyra › Sutarčių kalendorius.
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("wagtailadmin_account"), "label": _("Paskyra")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        feed = CalendarFeed.objects.filter(user=self.request.user).first()
        return {
            **super().get_context_data(**kwargs),
            "feed": feed,
            "feed_url": feed_url(feed) if feed else None,
            "agreement_count": looked_after(self.request.user).count(),
            "thresholds": thresholds_text(),
        }

    def post(self, request):
        feed, created = CalendarFeed.objects.get_or_create(user=request.user)
        if created:
            messages.success(request, _("Kalendoriaus adresas sukurtas."))
        else:
            feed.renew()
            messages.success(
                request, _("Sukurtas naujas kalendoriaus adresas; senasis nebeveikia.")
            )
        return redirect("agreement_calendar_address")
