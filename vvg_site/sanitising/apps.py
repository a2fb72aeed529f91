from django.apps import AppConfig
from django.db.models.signals import pre_save
from django.utils.translation import gettext_lazy as _


class SanitisingConfig(AppConfig):
    """Cleans rich text (fields, StreamField blocks, revisions) before every save."""

    name = "vvg_site.sanitising"
    verbose_name = _("Raiškiojo teksto valymas")

    def ready(self):
        from vvg_site.sanitising.signals import clean_rich_text_fields

        pre_save.connect(clean_rich_text_fields, dispatch_uid="sanitising-rich-text")
