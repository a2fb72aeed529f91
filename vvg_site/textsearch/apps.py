from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TextSearchConfig(AppConfig):
    name = "vvg_site.textsearch"
    label = "textsearch"
    verbose_name = _("Paieškos rodyklė")

    def ready(self):
        from django.db.models.signals import post_migrate

        from vvg_site.textsearch import index, signals

        signals.connect()
        post_migrate.connect(index.fill_after_migrate, sender=self)
