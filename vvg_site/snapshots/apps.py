from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SnapshotsConfig(AppConfig):
    name = "vvg_site.snapshots"
    verbose_name = _("Atsarginės kopijos")
