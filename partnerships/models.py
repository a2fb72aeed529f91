"""The cooperation record: every agreement the organisation has signed, and with whom.

No EU project database records the agreement itself (its type, signing date and parties), so
here it is a first-class record, edited as a Wagtail snippet with drafts and revisions.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PublishingPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    Page,
    PreviewableMixin,
    RevisionMixin,
)
from wagtail.search import index

from anyascii import anyascii
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from pages.blocks import BodyStreamBlock
from pages.dates import PartialDate, Precision, partial_date_errors

HOME_COUNTRY = "LT"


def unique_slug(instance, text, max_length=80):
    """An ASCII slug from Lithuanian text ("Dzūkijos" -> "dzukijos"), made unique in its table."""
    base = slugify(anyascii(text))[:max_length].strip("-") or "irasas"
    slug, n = base, 2
    others = type(instance)._default_manager.exclude(pk=instance.pk)
    while others.filter(slug=slug).exists():
        slug = f"{base[: max_length - 4]}-{n}"
        n += 1
    return slug


class SlugNaturalKeyManager(models.Manager):
    """Fixtures refer to vocabulary and partners by slug, which stays stable across databases."""

    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class AgreementType(models.Model):
    """The small, editable vocabulary of agreement kinds ("bendradarbiavimo sutartis", ...)."""

    name = models.CharField(_("pavadinimas"), max_length=120, unique=True)
    slug = models.SlugField(_("trumpinys adrese"), max_length=120, unique=True)

    objects = SlugNaturalKeyManager()

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("sutarties tipas")
        verbose_name_plural = _("sutarčių tipai")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.name)
        super().save(*args, **kwargs)

    def natural_key(self):
        return (self.slug,)


class PartnerKind(models.TextChoices):
    LAG = "lag", _("vietos veiklos grupė")
    FISHERIES_LAG = "fisheries_lag", _("žuvininkystės regiono vietos veiklos grupė")
    UNIVERSITY = "university", _("universitetas")
    LIBRARY = "library", _("biblioteka")
    CULTURE_CENTRE = "culture_centre", _("kultūros centras")
    HEALTH_BUREAU = "health_bureau", _("visuomenės sveikatos biuras")
    PUBLIC_INSTITUTION = "public_institution", _("kita viešoji įstaiga ar institucija")
    NGO = "ngo", _("nevyriausybinė organizacija, VšĮ")
    ASSOCIATION = "association", _("asociacija ar tinklas")
    FOREIGN_NGO = "foreign_ngo", _("užsienio nevyriausybinė organizacija")


class Partner(index.Indexed, models.Model):
    """An organisation the LAG has signed with, named once and shared by all its agreements."""

    name = models.CharField(
        _("pavadinimas"),
        max_length=255,
        help_text=_(
            "Vardininku, kaip organizacija rašo pati, pvz. „Druskininkų vietos veiklos grupė“."
        ),
    )
    short_name = models.CharField(
        _("trumpas pavadinimas"),
        max_length=100,
        blank=True,
        help_text=_("Pvz. „Druskininkų VVG“."),
    )
    kind = models.CharField(_("rūšis"), max_length=30, choices=PartnerKind.choices)
    country = CountryField(_("šalis"), default=HOME_COUNTRY)
    region = models.CharField(
        _("savivaldybė ar regionas"),
        max_length=120,
        blank=True,
        help_text=_("Pvz. Druskininkų savivaldybė."),
    )
    website = models.URLField(_("interneto svetainė"), blank=True)
    slug = models.SlugField(
        _("trumpinys adrese"),
        max_length=80,
        unique=True,
        blank=True,
        help_text=_("Partnerio puslapio adresui; jei tuščia, sukuriamas iš pavadinimo."),
    )

    objects = SlugNaturalKeyManager()

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("country"), FieldPanel("region")]),
        FieldPanel("website"),
        FieldPanel("slug"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("short_name"),
        index.SearchField("region"),
        index.FilterField("country"),
        index.FilterField("kind"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("partneris")
        verbose_name_plural = _("partneriai")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.short_name or self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return PartnershipIndexPage.subpage_url("partner", self.slug)

    def natural_key(self):
        return (self.slug,)

    @property
    def is_foreign(self):
        return self.country.code != HOME_COUNTRY


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
        return self.filter(
            Exists(
                PartnershipPartner.objects.filter(
                    partnership=OuterRef("pk"), partner__country=country_code
                )
            )
        )

    def _foreign_partner(self):
        return Exists(
            PartnershipPartner.objects.filter(partnership=OuterRef("pk")).exclude(
                partner__country=HOME_COUNTRY
            )
        )

    def international(self):
        return self.filter(self._foreign_partner())

    def national(self):
        return self.exclude(self._foreign_partner())

    def for_project(self, project_slug):
        return self.filter(project__slug=project_slug)

    def matching(self, text):
        """Plain substring search over the words a visitor may remember."""
        partner_match = PartnershipPartner.objects.filter(partnership=OuterRef("pk")).filter(
            Q(partner__name__icontains=text) | Q(partner__short_name__icontains=text)
        )
        return self.filter(
            Q(title__icontains=text)
            | Q(summary__icontains=text)
            | Q(agreement_type__name__icontains=text)
            | Q(project__title__icontains=text)
            | Exists(partner_match)
        )

    def for_listing(self):
        """Everything a listing shows, in a fixed number of queries."""
        return self.select_related("agreement_type", "project").prefetch_related(
            Prefetch(
                "partner_links",
                queryset=PartnershipPartner.objects.select_related("partner").order_by(
                    "sort_order", "pk"
                ),
            )
        )


class Partnership(
    DraftStateMixin,
    RevisionMixin,
    LockableMixin,
    PreviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    """One agreement the organisation signed: when, of what type, with whom, for which project."""

    title = models.CharField(
        _("pavadinimas"),
        max_length=255,
        help_text=_("Trumpai, pvz. „Bendradarbiavimo sutartis su Vytauto Didžiojo universitetu“."),
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

    panels = [
        FieldPanel("title"),
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
            heading=_("pasirašymo data"),
        ),
        FieldPanel("agreement_type"),
        InlinePanel("partner_links", heading=_("partneriai"), label=_("partneris"), min_num=1),
        FieldPanel("project"),
        FieldPanel("summary"),
        FieldPanel("document"),
        FieldPanel("external_url"),
        FieldPanel("slug"),
        PublishingPanel(),
    ]
    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.SearchField("summary"),
        index.RelatedFields("agreement_type", [index.SearchField("name")]),
        index.RelatedFields(
            "partner_links",
            [
                index.RelatedFields(
                    "partner", [index.SearchField("name"), index.SearchField("short_name")]
                )
            ],
        ),
        index.FilterField("live"),
        index.FilterField("signed_on"),
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

    def get_absolute_url(self):
        return PartnershipIndexPage.subpage_url("agreement", self.slug)

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

    @cached_property
    def signed(self):
        return PartialDate(self.signed_on, self.signed_precision, self.signed_until)

    @property
    def ordered_partner_links(self):
        # Uses the prefetch of for_listing() when present, and works on unsaved preview copies.
        return sorted(
            self.partner_links.all(), key=lambda link: (link.sort_order or 0, link.pk or 0)
        )

    @property
    def partners(self):
        return [link.partner for link in self.ordered_partner_links]

    @property
    def scope(self):
        """Derived, never typed: international when any partner is outside Lithuania."""
        return "international" if any(p.is_foreign for p in self.partners) else "national"

    def get_preview_template(self, request, mode_name):
        return "partnerships/partnership_detail.html"

    def get_preview_context(self, request, mode_name):
        # The live index page lets the preview link partners exactly as the public page does.
        index_page = PartnershipIndexPage.objects.live().first()
        return {"partnership": self, "is_preview": True, "page": index_page}


class PartnerRole(models.TextChoices):
    COORDINATOR = "coordinator", _("koordinatorius")
    PARTNER = "partner", _("partneris")
    HOST = "host", _("priimančioji šalis")


class PartnershipPartner(Orderable):
    """A party to an agreement, in the order the agreement names them."""

    partnership = ParentalKey(Partnership, on_delete=models.CASCADE, related_name="partner_links")
    partner = models.ForeignKey(
        Partner,
        on_delete=models.PROTECT,
        related_name="agreement_links",
        verbose_name=_("partneris"),
    )
    role = models.CharField(_("vaidmuo"), max_length=20, choices=PartnerRole.choices, blank=True)

    panels = [FieldPanel("partner"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("sutarties šalis")
        verbose_name_plural = _("sutarties šalys")
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "partner"], name="unique_partner_per_agreement"
            )
        ]

    def __str__(self):
        return str(self.partner)


class PartnershipIndexPage(RoutablePageMixin, Page):
    """ "Bendradarbiavimas": the public, filterable record of every live agreement.

    One per site. Its sub-routes hold the agreement permalinks, the partner pages and the
    open-data exports, so they all live under /bendradarbiavimas/.
    """

    intro = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("tekstas virš sąrašo"))
    closing = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("tekstas po sąrašu"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("closing")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("closing")]

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("bendradarbiavimo puslapis")
        verbose_name_plural = _("bendradarbiavimo puslapiai")

    # The routes only dispatch; partnerships/views.py does the work. File-like routes accept the
    # trailing slash Wagtail's router adds, and reverse without it (…/export.csv).

    @path("", name="listing")
    def listing(self, request):
        from partnerships.views import listing_context

        return self.render(request, context_overrides=listing_context(self, request))

    @re_path(r"^sutartys\.atom/?$", name="feed")
    def feed(self, request):
        from partnerships.views import feed

        return feed(self, request)

    @re_path(r"^export\.csv/?$", name="export_csv")
    def export_csv(self, request):
        from partnerships.views import export_csv

        return export_csv(self, request)

    @re_path(r"^export\.json/?$", name="export_json")
    def export_json(self, request):
        from partnerships.views import export_json

        return export_json(self, request)

    @path("partneriai/<slug:slug>/", name="partner")
    def partner(self, request, slug):
        from partnerships.views import partner_detail

        return partner_detail(self, request, slug)

    @path("<slug:slug>/", name="agreement")
    def agreement(self, request, slug):
        from partnerships.views import agreement_detail

        return agreement_detail(self, request, slug)

    def get_sitemap_urls(self, request=None):
        """The page, each live agreement's permalink and each partner page with live agreements."""
        base = self.get_full_url(request)
        if base is None:
            return super().get_sitemap_urls(request)
        agreements = Partnership.objects.live().order_by("pk").values_list("slug", "updated_at")
        live_links = PartnershipPartner.objects.filter(
            partner=OuterRef("pk"), partnership__live=True
        )
        partners = Partner.objects.filter(Exists(live_links)).order_by("slug")
        partners = partners.values_list("slug", flat=True)
        urls = super().get_sitemap_urls(request)
        urls += [
            {"location": base + self.reverse_subpage("agreement", args=[slug]), "lastmod": updated}
            for slug, updated in agreements
        ]
        urls += [{"location": base + self.reverse_subpage("partner", args=[s])} for s in partners]
        return urls

    @classmethod
    def subpage_url(cls, route_name, *args):
        """The URL of a sub-route of the live index page, or None when there is none."""
        index_page = cls.objects.live().first()
        if index_page is None:
            return None
        return index_page.url + index_page.reverse_subpage(route_name, args=args)
