from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DashboardConfig(AppConfig):
    """The admin's home for the staff (their agreements and news, what waits for them) and the
    editor's guide in Lithuanian."""

    name = "vvg_site.dashboard"
    label = "dashboard"
    verbose_name = _("Darbalaukis")
