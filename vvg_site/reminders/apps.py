from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RemindersConfig(AppConfig):
    """Before an agreement runs out: e-mail reminders to the person responsible (or the
    agreements' administrators) and a private calendar of the end dates, per member of staff.

    Its own app, above `partnerships` and `pages`: its records (what was sent, the calendars'
    secret addresses) are not public content, so saving them never makes cached pages stale.
    """

    name = "vvg_site.reminders"
    label = "reminders"
    verbose_name = _("Priminimai")
