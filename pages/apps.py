from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Svetainės puslapiai")

    def ready(self):
        from django.db.models.signals import post_migrate, post_save

        from pages import permissions, search_index, site_address
        from pages.models import NewsIndexPage, ProfilePage, ProjectIndexPage

        search_index.connect()

        for model in (NewsIndexPage, ProjectIndexPage, ProfilePage):
            post_save.connect(permissions.grant_on_index_created, sender=model)
        post_migrate.connect(permissions.grant_after_migrate, sender=self)
        post_migrate.connect(site_address.sync_after_migrate, sender=self)
