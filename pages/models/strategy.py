"""The local development strategy ("vietos plėtros strategija"): one page per strategy, under
"Apie mus", with its period, priorities and measures, its documents and its amendments.

A page, not a snippet: a strategy is prose and structure that is translated as a whole (Wagtail's
page translation) and has an address of its own; its documents are public-document records that
name it, so each file is kept once and also appears in the list of documents.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.models.documents import DocumentType, PublicDocument
from vvg_site.core.filtering import FIRST_YEAR, LAST_YEAR


class MeasureBlock(blocks.StructBlock):
    code = blocks.CharBlock(
        label=capfirst(_("kodas")),
        required=False,
        max_length=60,
        help_text=_("Kaip strategijoje, pvz. „1.1“."),
    )
    title = blocks.CharBlock(label=capfirst(_("priemonės pavadinimas")), max_length=300)
    description = blocks.TextBlock(label=capfirst(_("aprašymas")), required=False)

    class Meta:
        icon = "list-ul"
        label = capfirst(_("priemonė"))


class PriorityBlock(blocks.StructBlock):
    code = blocks.CharBlock(
        label=capfirst(_("numeris")),
        required=False,
        max_length=20,
        help_text=_("Pvz. „1“ arba „I“."),
    )
    title = blocks.CharBlock(label=capfirst(_("prioriteto pavadinimas")), max_length=300)
    description = blocks.TextBlock(label=capfirst(_("aprašymas")), required=False)
    measures = blocks.ListBlock(MeasureBlock(), label=capfirst(_("priemonės")), default=[])

    class Meta:
        icon = "list-ol"
        label = capfirst(_("prioritetas"))


class StrategyPage(Page):
    """One local development strategy, e.g. for 2023–2027; the profile shows the one in force."""

    period_start = models.PositiveSmallIntegerField(
        _("laikotarpio pradžia"), help_text=_("Metai, pvz. 2023.")
    )
    period_end = models.PositiveSmallIntegerField(
        _("laikotarpio pabaiga"), help_text=_("Metai, pvz. 2027.")
    )
    summary = RichTextField(
        _("santrauka"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Strategijos tikslas ir teritorija keliais sakiniais."),
    )
    priorities = StreamField(
        [("priority", PriorityBlock())], blank=True, verbose_name=_("prioritetai ir priemonės")
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
        FieldPanel("summary"),
        FieldPanel("priorities"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("priorities"),
    ]

    parent_page_types = ["pages.ProfilePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("vietos plėtros strategija")
        verbose_name_plural = _("vietos plėtros strategijos")

    def clean(self):
        super().clean()
        errors = {}
        for field in ("period_start", "period_end"):
            year = getattr(self, field)
            if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
                errors[field] = _("Įrašykite metus, pvz. 2023.")
        start, end = self.period_start, self.period_end
        if not errors and start is not None and end is not None and end < start:
            errors["period_end"] = _("Pabaiga negali būti ankstesnė už pradžią.")
        if errors:
            raise ValidationError(errors)

    @property
    def period(self):
        """(first year, last year), e.g. (2023, 2027); the templates say "2023–2027 m."."""
        return self.period_start, self.period_end

    def covers(self, year):
        return self.period_start <= year <= self.period_end

    def public_documents(self):
        """Its public documents (of this page or its translation), newest first."""
        return PublicDocument.objects.public().of_strategy(self).newest_first().for_listing()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        documents = list(self.public_documents())
        context["strategy_documents"] = [
            d for d in documents if d.document_type != DocumentType.STRATEGY_AMENDMENT
        ]
        context["amendments"] = [
            d for d in documents if d.document_type == DocumentType.STRATEGY_AMENDMENT
        ]
        return context
