"""The home page ("Pradžia") and the pages of prose under it (contacts, statements)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.models.news import NewsPage
from pages.models.news_index import NewsIndexPage
from pages.models.projects import ProjectPage
from pages.models.publicity import EAFRD_2014_2020_TEXT
from pages.news_cards import draw_news_cards
from partnerships import listing
from partnerships.models import Partnership, PartnershipIndexPage
from vvg_site.core.blocks import BodyStreamBlock
from vvg_site.core.pagetree import page_tree, public

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
    def latest_news(self, request=None, limit=HOME_LIST_LENGTH):
        news = public(NewsPage.objects.live().filter(locale=self.locale_id), request)
        return news.newest_first().for_listing()[:limit]

    def latest_partnerships(self, request=None, limit=HOME_LIST_LENGTH):
        latest = Partnership.objects.live().newest_first()[:limit]
        # The home page names partners, not countries.
        return listing.load_agreements(latest, countries=False, request=request)

    def running_projects(self, request=None):
        projects = public(ProjectPage.objects.live().filter(locale=self.locale_id), request)
        return projects.running().order_by("-start_date", "title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = draw_news_cards(self.latest_news(request), request, heading="h3")
        context["latest_partnerships"] = listing.prepare(self.latest_partnerships(request), request)
        context["running_projects"] = self.running_projects(request)
        context["feeds"] = feeds = []
        tree = page_tree(request)
        news_index = tree.one_of(NewsIndexPage)
        if news_index is not None:
            context["news_index_url"] = tree.url(news_index, request)
            feeds += [
                (f"{news_index.title} (RSS)", "application/rss+xml", "rss", news_index),
                (f"{news_index.title} (Atom)", "application/atom+xml", "atom", news_index),
            ]
        cooperation = tree.one_of(PartnershipIndexPage)
        if cooperation is not None:
            feeds.append((_("Naujos sutartys"), "application/atom+xml", "feed", cooperation))
        context["feeds"] = [
            {"title": title, "type": kind, "url": tree.route_url(entry, request, route)}
            for title, kind, route, entry in feeds
        ]
        context["eafrd_acknowledgement"] = EAFRD_2014_2020_TEXT
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
