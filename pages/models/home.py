"""The home page ("Pradžia") and the pages of prose under it (contacts, statements)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.models.news import NewsPage
from pages.models.news_index import NewsIndexPage
from pages.models.organisation import NetworkMembership
from pages.models.projects import ProjectPage
from pages.models.publicity import EAFRD_2014_2020_TEXT
from pages.models.settings import OrganisationSettings
from pages.structured_data import organisation_data
from partnerships.models import Partnership, PartnershipIndexPage
from vvg_site.core.blocks import BodyStreamBlock
from vvg_site.core.languages import in_reader_language
from vvg_site.core.seo import site_root_url

HOME_LIST_LENGTH = 3


class HomePage(Page):
    """The site's root page ("Pradžia")."""

    intro = RichTextField(
        _("įžanga"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Trumpas tekstas po svetainės pavadinimu."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("turinys"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("pradžios puslapis")
        verbose_name_plural = _("pradžios puslapiai")

    # The home page's sections: each a single query (or a fixed few), whatever their length.
    def latest_news(self, limit=HOME_LIST_LENGTH):
        return NewsPage.objects.live().public().filter(locale=self.locale).newest_first()[:limit]

    def latest_partnerships(self, limit=HOME_LIST_LENGTH):
        return Partnership.objects.live().newest_first().for_listing()[:limit]

    def running_projects(self):
        projects = ProjectPage.objects.live().public().filter(locale=self.locale)
        return projects.running().order_by("-start_date", "title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = self.latest_news()
        partnership_index = PartnershipIndexPage.find_live()
        context["partnership_index"] = partnership_index
        context["latest_partnerships"] = PartnershipIndexPage.with_permalinks(
            self.latest_partnerships(), "agreement", index_page=partnership_index, request=request
        )
        context["running_projects"] = self.running_projects()
        context["news_index"] = in_reader_language(NewsIndexPage.objects.live().public())
        context["eafrd_acknowledgement"] = EAFRD_2014_2020_TEXT
        if not getattr(request, "is_preview", False):
            # The organisation with the networks it belongs to, from their records.
            context["organisation_ld"] = organisation_data(
                OrganisationSettings.load(request_or_site=request),
                site_root_url(request),
                networks=NetworkMembership.objects.for_listing(),
                day=timezone.localdate(),
            )
        return context


class StandardPage(Page):
    """A page of prose: contacts, statements, a subpage of "Apie mus"."""

    intro = models.TextField(
        _("santrauka"),
        blank=True,
        max_length=500,
        help_text=_("Vienas ar du sakiniai: rodomi po antrašte ir paieškos rezultatuose."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("turinys"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["pages.HomePage", "pages.StandardPage", "pages.ProfilePage"]

    class Meta:
        verbose_name = _("turinio puslapis")
        verbose_name_plural = _("turinio puslapiai")
