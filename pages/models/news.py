"""A news item about the organisation's projects and agreements, and the words to list them."""

import bisect
import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase

from partnerships.listing import project_link
from partnerships.models import PartnershipIndexPage
from vvg_site.core.blocks import BodyStreamBlock
from vvg_site.core.dates import PartialDate
from vvg_site.core.languages import current_language
from vvg_site.core.pagetree import page_tree, public
from vvg_site.sitecache.generation import memoized
from vvg_site.textsearch import query as textsearch


class NewsPageQuerySet(PageQuerySet):
    """The domain words for news; each composes with the others."""

    def newest_first(self):
        # Pages with the same date keep a stable order across paginated pages.
        return self.order_by("-date", "-pk")

    def about_project(self, project):
        return self.filter(related_projects=project)

    def tagged(self, tag_slug):
        return self.filter(tags__slug=tag_slug)

    def in_year(self, year):
        return self.filter(date__year=year)

    def matching(self, text):
        """News with every word of `text` in any form (the site search's index)."""
        return textsearch.matching(self, text)

    def for_listing(self):
        """What a news card shows (pages.news_cards): the item and its main picture, not its
        body (a list never shows it)."""
        return self.defer_streamfields().select_related("main_image")


# What a news item shows of an agreement it names: its title, date and address.
AGREEMENT_LINK_FIELDS = ("id", "slug", "title", "title_en", "signed_on", "live", "project_id")


def news_order(request):
    """{locale id: [(date, id), ...]} of every live public news item, oldest first."""
    order = {}
    rows = public(NewsPage.objects.live(), request).values_list("locale_id", "date", "pk")
    for locale_id, date, pk in rows.order_by("date", "pk"):
        order.setdefault(locale_id, []).append((date, pk))
    return order


def news_link(tree, entry, request):
    return {"url": tree.url(entry, request), "title": entry.title} if entry else None


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "pages.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsPage(Page):
    """One news item: what happened, when, and which projects and agreements it concerns."""

    date = models.DateField(
        _("data"), default=datetime.date.today, help_text=_("Kada tai įvyko ar buvo paskelbta.")
    )
    lead = models.TextField(
        _("santrauka"),
        max_length=500,
        help_text=_("Vienas ar du sakiniai: rodomi sąraše, sklaidos kanaluose ir paieškoje."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("turinys"))
    main_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("pagrindinė nuotrauka"),
    )
    main_image_alt = models.CharField(
        _("nuotraukos alternatyvusis tekstas"),
        max_length=250,
        blank=True,
        help_text=_("Ką nuotrauka rodo žmogui, kuris jos nemato."),
    )
    related_projects = ParentalManyToManyField(
        "pages.ProjectPage", blank=True, related_name="news_pages", verbose_name=_("projektai")
    )
    related_partnerships = ParentalManyToManyField(
        "partnerships.Partnership",
        blank=True,
        related_name="news_pages",
        verbose_name=_("sutartys"),
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("žymos"))

    objects = PageManager.from_queryset(NewsPageQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldPanel("main_image"), FieldPanel("main_image_alt")],
            heading=capfirst(_("pagrindinė nuotrauka")),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("related_projects", widget=forms.CheckboxSelectMultiple),
                FieldPanel("related_partnerships", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading=capfirst(_("susiję įrašai")),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("naujiena")
        verbose_name_plural = _("naujienos")

    def clean(self):
        super().clean()
        if self.main_image_id and not self.main_image_alt.strip():
            message = _("Aprašykite, ką nuotrauka rodo, kad ją suprastų ir nematantys.")
            raise ValidationError({"main_image_alt": message})

    @property
    def date_display(self):
        """The news date in the reader's language ("2022 m. rugsėjo 30 d.", "30 September 2022")."""
        return PartialDate(self.date).display()

    @property
    def published_at(self):
        """The news date as an aware datetime (midnight in Vilnius), for feeds and metadata."""
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time()))

    # The links are filtered in Python: in the admin's preview they are unsaved, in-memory lists.
    def live_projects(self):
        return sorted((p for p in self.related_projects.all() if p.live), key=lambda p: p.title)

    def live_partnerships(self):
        agreements = self.related_partnerships.filter(live=True).only(*AGREEMENT_LINK_FIELDS)
        return sorted(agreements, key=lambda a: (a.signed_on, -(a.pk or 0)), reverse=True)

    def project_ids(self):
        # Ids only: the page tree has each project's title and address (unsaved in a preview).
        return [project.pk for project in self.related_projects.only("id")]

    def neighbours(self, request):
        """(the next older item, the next newer one) of the same language, as links, from the
        order of every live public news item, read once per content generation."""
        order = memoized(request, "news-order", lambda: news_order(request))
        mine = [key for key in order.get(self.locale_id, []) if key[1] != self.pk]
        position = bisect.bisect_left(mine, (self.date, self.pk or 0))
        older = mine[position - 1] if position > 0 else None
        newer = mine[position] if position < len(mine) else None
        tree = page_tree(request)
        return tuple(
            news_link(tree, tree.get(key[1]), request) if key else None for key in (older, newer)
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        tree = page_tree(request)
        language = current_language()
        projects = (project_link(tree, pk, language, request) for pk in self.project_ids())
        projects = [project for project in projects if project is not None and project.url]
        context["projects"] = sorted(projects, key=lambda project: project.title)
        context["tags"] = list(self.tags.all())
        context["partnerships"] = PartnershipIndexPage.with_permalinks(
            self.live_partnerships(), "agreement", request=request
        )
        context["previous_news"], context["next_news"] = self.neighbours(request)
        # The news index is this item's parent (also in the preview of a new item).
        parent = tree.by_path.get(self.path[: -self.steplen]) if self.path else None
        context["news_index_url"] = (
            tree.url(parent, request) if parent else self.get_parent().get_url(request)
        )
        return context
