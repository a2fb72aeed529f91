"""The organisation's public documents: statutes, the strategy and its amendments, reports,
decisions, protocols (their list is "Dokumentai", pages.models.document_index).

A public document is a record around a Wagtail document: its type, date and title in both
languages. The file's collection decides who may open it; a document in a restricted collection
is never listed or linked on a public page (Wagtail's document view refuses it anyway).
"""

from django.db import models
from django.db.models import Exists, F, OuterRef, Subquery
from django.db.models.lookups import StartsWith
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import CollectionViewRestriction

from vvg_site.core.dates import PartialDate
from vvg_site.core.languages import localized
from vvg_site.textsearch import query as textsearch


class DocumentType(models.TextChoices):
    """Also the list's `type` filter values, the same in both languages."""

    STATUTES = "istatai", _("įstatai")
    STRATEGY = "strategija", _("vietos plėtros strategija")
    STRATEGY_AMENDMENT = "strategijos-pakeitimas", _("strategijos pakeitimas")
    REPORT = "ataskaita", _("ataskaita")
    DECISION = "sprendimas", _("sprendimas")
    PROTOCOL = "protokolas", _("protokolas")


def in_restricted_collection():
    """The condition "the file's collection, or one above it, is restricted" (Wagtail's tree
    paths: a collection's path begins with its ancestors')."""
    restrictions = CollectionViewRestriction.objects.filter(
        StartsWith(OuterRef("document__collection__path"), F("collection__path"))
    )
    return Exists(restrictions)


def with_records_lastmod(page, urls, *models):
    """A page's sitemap entries with `lastmod` moved up to the newest change of the records it
    shows (their `updated_at`), read with the page in one query."""
    newest = {
        f"_{model._meta.model_name}": Subquery(
            model.objects.order_by("-updated_at").values("updated_at")[:1]
        )
        for model in models
    }
    changes = type(page).objects.filter(pk=page.pk).annotate(**newest).values_list(*newest)
    latest = max((moment for row in changes for moment in row if moment), default=None)
    if latest is None:
        return urls
    return [
        {**url, "lastmod": max(url["lastmod"], latest) if url.get("lastmod") else latest}
        for url in urls
    ]


class PublicDocumentQuerySet(models.QuerySet):
    def public(self):
        """Documents anybody may open: none whose file sits in a restricted collection."""
        return self.exclude(in_restricted_collection())

    def newest_first(self):
        return self.order_by("-date", "-pk")

    def of_type(self, document_type):
        return self.filter(document_type=document_type)

    def in_year(self, year):
        return self.filter(date__year=year)

    def of_strategy(self, strategy):
        """The documents of a strategy page or of any of its translations."""
        return self.filter(strategy__translation_key=strategy.translation_key)

    def matching(self, text):
        """Documents with every word of `text` in their title, in any form (the site search)."""
        return textsearch.matching(self, text)

    def for_listing(self):
        return self.select_related("document")


class PublicDocument(models.Model):
    """One public document: what it is, its date, its title, and the file itself."""

    title = models.CharField(
        _("pavadinimas"),
        max_length=255,
        help_text=_("Pvz. „2023 m. veiklos ataskaita“ arba „Valdybos posėdžio protokolas Nr. 5“."),
    )
    title_en = models.CharField(
        _("pavadinimas anglų kalba"),
        max_length=255,
        blank=True,
        help_text=_("Angliškoje svetainės versijoje; jei tuščia, rodomas lietuviškas."),
    )
    document_type = models.CharField(_("tipas"), max_length=30, choices=DocumentType.choices)
    date = models.DateField(
        _("data"), help_text=_("Dokumento data: priėmimo, pasirašymo ar posėdžio diena.")
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("failas"),
        help_text=_(
            "Dokumentas iš ribotos prieigos kolekcijos svetainėje nerodomas ir lieka privatus."
        ),
    )
    strategy = models.ForeignKey(
        "pages.StrategyPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="documents",
        verbose_name=_("strategija"),
        help_text=_("Strategijos tekstas ar jos pakeitimas: pasirinkite, kuriai strategijai."),
    )
    updated_at = models.DateTimeField(_("atnaujinta"), auto_now=True)

    objects = PublicDocumentQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("title_en"),
        FieldPanel("document_type"),
        FieldPanel("date"),
        FieldPanel("document"),
        FieldPanel("strategy"),
    ]

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("viešas dokumentas")
        verbose_name_plural = _("vieši dokumentai")

    def __str__(self):
        return self.title

    def localized(self, field="title"):
        return localized(self, field)

    @cached_property
    def dated(self):
        return PartialDate(self.date)

    @property
    def url(self):
        return self.document.url

    @property
    def file_extension(self):
        return self.document.file_extension.upper()
