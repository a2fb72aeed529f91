from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteCacheConfig(AppConfig):
    name = "vvg_site.sitecache"
    verbose_name = _("Puslapių podėlis")

    def ready(self):
        from vvg_site.sitecache import signals

        signals.connect()
