"""The agreements themselves: what was signed, when, of what type, with whom, for which project.

No EU project database records the agreement itself (its type, signing date and parties), so
here it is a first-class record, edited as a Wagtail snippet with drafts and revisions.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Prefetch
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PublishingPanel,
)
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
)

from django_countries.fields import Country
from modelcluster.models import ClusterableModel

from partnerships.models.parties import PartnershipCountry, PartnershipPartner
from partnerships.models.vocabulary import (
    HOME_COUNTRY,
    AgreementType,
    PermalinkMixin,
    Scope,
    unique_slug,
)
from vvg_site.core.dates import PartialDate, Precision, partial_date_errors
from vvg_site.core.languages import localized
from vvg_site.textsearch import query as textsearch


def abroad():
    """The condition "involves a country other than Lithuania": a partner from abroad, or a
    foreign country the agreement names without naming its partners there."""
    partner_abroad = PartnershipPartner.objects.filter(partnership=OuterRef("pk")).exclude(
        partner__country=HOME_COUNTRY
    )
    country_abroad = PartnershipCountry.objects.filter(partnership=OuterRef("pk")).exclude(
        country=HOME_COUNTRY
    )
    return Exists(partner_abroad) | Exists(country_abroad)


class PartnershipQuerySet(models.QuerySet):
    """The domain words for agreements; each filter composes with the others."""

    def live(self):
        return self.filter(live=True)

    def newest_first(self):
        # Earliest possible date first; ties keep the order in which they were entered.
        return self.order_by("-signed_on", "pk")

    def in_year(self, year):
        return self.filter(signed_on__year=year)

    def between_years(self, first=None, last=None):
        qs = self
        if first is not None:
            qs = qs.filter(signed_on__year__gte=first)
        if last is not None:
            qs = qs.filter(signed_on__year__lte=last)
        return qs

    def of_type(self, type_slug):
        return self.filter(agreement_type__slug=type_slug)

    def with_partner(self, partner_slug):
        return self.filter(
            Exists(
                PartnershipPartner.objects.filter(
                    partnership=OuterRef("pk"), partner__slug=partner_slug
                )
            )
        )

    def in_country(self, country_code):
        """Agreements with a partner from the country, or that name it among their countries."""
        return self.filter(
            Exists(
                PartnershipPartner.objects.filter(
                    partnership=OuterRef("pk"), partner__country=country_code
                )
            )
            | Exists(
                PartnershipCountry.objects.filter(partnership=OuterRef("pk"), country=country_code)
            )
        )

    def international(self):
        return self.filter(abroad())

    def national(self):
        return self.exclude(abroad())

    def in_scope(self, scope):
        return self.international() if scope == Scope.INTERNATIONAL else self.national()

    def for_project(self, project_slug):
        return self.filter(project__slug=project_slug)

    def matching(self, text):
        """Agreements with every word of `text` in any form, in their title, summary, type,
        partners, countries or project (the site search's index: partnerships.search_index)."""
        return textsearch.matching(self, text)

    def for_listing(self):
        """Everything a listing shows, in a fixed number of queries."""
        return self.select_related("agreement_type", "project__locale").prefetch_related(
            Prefetch(
                "partner_links",
                queryset=PartnershipPartner.objects.select_related("partner").order_by(
                    "sort_order", "pk"
                ),
            ),
            "country_links",
        )


class Partnership(
    PermalinkMixin,
    DraftStateMixin,
    RevisionMixin,
    LockableMixin,
    PreviewableMixin,
    ClusterableModel,
):
    """One agreement the organisation signed: when, of what type, with whom, for which project."""

    permalink_route = "agreement"

    title = models.CharField(
        _("pavadinimas"),
        max_length=255,
        help_text=_("Trumpai, pvz. „Bendradarbiavimo sutartis su Vytauto Didžiojo universitetu“."),
    )
    title_en = models.CharField(
        _("pavadinimas anglų kalba"),
        max_length=255,
        blank=True,
        help_text=_("Angliškoje svetainės versijoje; jei tuščia, rodomas lietuviškas."),
    )
    slug = models.SlugField(
        _("trumpinys adrese"),
        max_length=80,
        unique=True,
        blank=True,
        help_text=_("Nuolatinės nuorodos adresui; jei tuščia, sukuriamas iš pavadinimo."),
    )
    signed_on = models.DateField(
        _("pasirašymo data"),
        help_text=_(
            "Jei žinomas tik mėnuo – pirmoji mėnesio diena; jei tik metai – sausio 1 d. "
            "Tikslumą nurodykite šalia."
        ),
    )
    signed_precision = models.CharField(
        _("datos tikslumas"), max_length=5, choices=Precision.choices, default=Precision.DAY
    )
    signed_until = models.DateField(
        _("paskutinė diena"),
        null=True,
        blank=True,
        help_text=_("Tik kai pasirašyta per kelių dienų renginį ar vizitą."),
    )
    agreement_type = models.ForeignKey(
        AgreementType,
        on_delete=models.PROTECT,
        related_name="partnerships",
        verbose_name=_("sutarties tipas"),
    )
    project = models.ForeignKey(
        "pages.ProjectPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="partnerships",
        verbose_name=_("bendras projektas"),
    )
    summary = RichTextField(
        _("santrauka"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Dėl ko susitarta: tik tai, ką sako sutartis ar patikimas šaltinis."),
    )
    summary_en = RichTextField(
        _("santrauka anglų kalba"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Angliškoje svetainės versijoje; jei tuščia, rodoma lietuviška su pastaba."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("pasirašytas dokumentas"),
    )
    external_url = models.URLField(_("išorinė nuoroda"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(_("atnaujinta"), auto_now=True)

    objects = PartnershipQuerySet.as_manager()

    # Wagtail capitalises the field labels it takes from verbose_name, never a heading given here:
    # capfirst() gives every heading the staff see the same style.
    panels = [
        FieldPanel("title"),
        FieldPanel("title_en"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("signed_on"),
                        FieldPanel("signed_precision"),
                        FieldPanel("signed_until"),
                    ]
                ),
            ],
            heading=capfirst(_("pasirašymo data")),
        ),
        FieldPanel("agreement_type"),
        InlinePanel(
            "partner_links", heading=capfirst(_("partneriai")), label=_("partneris"), min_num=1
        ),
        InlinePanel(
            "country_links",
            heading=capfirst(_("kitos šalys")),
            label=_("šalis"),
            help_text=_(
                "Šalys, kurias sutartis apima, bet kurių partnerių ji nevardija, pvz. „tarp 7 ES "
                "šalių vietos veiklos grupių“. Partnerių šalys įskaičiuojamos savaime."
            ),
        ),
        FieldPanel("project"),
        FieldPanel("summary"),
        FieldPanel("summary_en"),
        FieldPanel("document"),
        FieldPanel("external_url"),
        FieldPanel("slug"),
        PublishingPanel(),
    ]

    class Meta:
        ordering = ["-signed_on", "pk"]
        verbose_name = _("sutartis")
        verbose_name_plural = _("sutartys")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.title)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = partial_date_errors(
            self.signed_on,
            self.signed_precision,
            self.signed_until,
            start_field="signed_on",
            end_field="signed_until",
        )
        if errors:
            raise ValidationError(errors)

    def localized(self, field):
        """The title or summary in the reader's language (vvg_site.core.languages)."""
        return localized(self, field)

    @cached_property
    def signed(self):
        return PartialDate(self.signed_on, self.signed_precision, self.signed_until)

    @cached_property
    def ordered_partner_links(self):
        # Uses the prefetch of for_listing() when present, and works on unsaved preview copies.
        # Kept per instance, so the permalinks with_permalinks() attaches stay on these objects.
        return sorted(
            self.partner_links.all(), key=lambda link: (link.sort_order or 0, link.pk or 0)
        )

    @property
    def partners(self):
        return [link.partner for link in self.ordered_partner_links]

    @property
    def countries(self):
        """Every country the agreement involves: its partners' and those it names besides, once
        each, in the order they come (works on unsaved preview copies too)."""
        codes = [partner.country.code for partner in self.partners]
        codes += [link.country.code for link in self.country_links.all()]
        return [Country(code) for code in dict.fromkeys(codes)]

    @property
    def scope(self):
        """Derived, never typed: international when any country involved is not Lithuania."""
        if any(country.code != HOME_COUNTRY for country in self.countries):
            return Scope.INTERNATIONAL
        return Scope.NATIONAL

    def get_preview_template(self, request, mode_name):
        return "partnerships/partnership_detail.html"

    def get_preview_context(self, request, mode_name):
        # The preview links partners exactly as the public page does, through the live index
        # page (looked up by name, as in PermalinkMixin).
        index_page_model = self._meta.apps.get_model("partnerships", "PartnershipIndexPage")
        index_page = index_page_model.find_live()
        index_page_model.with_permalinks(
            [self], "agreement", index_page=index_page, request=request, partners=True
        )
        return {
            "partnership": self,
            "is_preview": True,
            "page": index_page,
            "listing_url": index_page.get_url(request) if index_page else None,
        }
