from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AdminLanguageConfig(AppConfig):
    """The last English in the Wagtail admin: labels Wagtail derives from a field's name instead
    of a translated string (tests/browser/test_admin_speaks_lithuanian.py finds them)."""

    name = "vvg_site.adminlanguage"
    verbose_name = _("Administravimo kalba")

    def ready(self):
        from vvg_site.adminlanguage.labels import translate_derived_labels

        translate_derived_labels()
