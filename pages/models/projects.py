"""The projects the organisation runs with its partners: "Projektai" and one page per project.

Agreements name the project they serve (Partnership.project) and news link to projects, so a
project page lists both, with the EU publicity its funding period requires.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from modelcluster.fields import ParentalKey

from pages.models.listing import ListingPage
from pages.models.news import NewsPage
from pages.models.publicity import FundingPeriod, funding_acknowledgement
from pages.models.settings import OrganisationSettings
from pages.news_cards import draw_news_cards
from partnerships.models import PartnerRole, Partnership, PartnershipIndexPage
from vvg_site.core.dates import PartialDate, Precision, partial_date_errors
from vvg_site.core.languages import source_page
from vvg_site.core.pagetree import page_tree, public

# A project has a coordinator and partners; "host" is a role at a signing, not in a project.
PROJECT_ROLES = [choice for choice in PartnerRole.choices if choice[0] != PartnerRole.HOST]


class ProjectIndexPage(ListingPage):
    """ "Projektai": the projects the organisation has run with its partners."""

    subpage_types = ["pages.ProjectPage"]

    class Meta:
        verbose_name = _("projektų sąrašas")
        verbose_name_plural = _("projektų sąrašai")

    def projects(self, request=None):
        projects = public(ProjectPage.objects.live().child_of(self), request)
        return projects.order_by("-start_date", "title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["projects"] = self.projects(request)
        return context


class ProjectStatus(models.TextChoices):
    PREPARING = "preparing", _("rengiamas")
    RUNNING = "running", _("vykdomas")
    COMPLETED = "completed", _("įgyvendintas")


class ProjectPageQuerySet(PageQuerySet):
    def running(self):
        return self.filter(status=ProjectStatus.RUNNING)


class ProjectPage(Page):
    """One joint project, e.g. "Dzūkijos piliakalnių kelias"; agreements and news link to it."""

    project_number = models.CharField(
        _("projekto numeris"),
        max_length=100,
        blank=True,
        help_text=_("Oficialus numeris iš finansavimo sutarties, jei jis yra."),
    )
    programme = models.CharField(
        _("finansavimo programa"),
        max_length=255,
        blank=True,
        help_text=_(
            "Pvz. Lietuvos kaimo plėtros 2014–2020 m. programa, LEADER, "
            "„VVG bendradarbiavimo projektų rengimas ir įgyvendinimas“."
        ),
    )
    funding_period = models.CharField(
        _("ES finansavimo laikotarpis"),
        max_length=10,
        blank=True,
        choices=FundingPeriod.choices,
        help_text=_(
            "Pagal jį puslapyje rodomas privalomas ES paramos paminėjimas ir logotipai "
            "(įkeliami „Organizacijos duomenyse“). Tuščia – projektas nefinansuotas iš ES."
        ),
    )
    territory = models.CharField(
        _("teritorija"),
        max_length=255,
        blank=True,
        help_text=_("Kur vykdomas, pvz. Birštono, Druskininkų ir Alytaus rajono savivaldybės."),
    )
    status = models.CharField(
        _("būsena"), max_length=10, choices=ProjectStatus.choices, default=ProjectStatus.PREPARING
    )
    start_date = models.DateField(_("pradžia"), null=True, blank=True)
    start_precision = models.CharField(
        _("pradžios tikslumas"),
        max_length=5,
        default=Precision.DAY,
        choices=[c for c in Precision.choices if c[0] != Precision.SPAN],
    )
    end_date = models.DateField(_("pabaiga"), null=True, blank=True)
    end_precision = models.CharField(
        _("pabaigos tikslumas"),
        max_length=5,
        default=Precision.DAY,
        choices=[c for c in Precision.choices if c[0] != Precision.SPAN],
    )
    summary = RichTextField(_("aprašymas"), blank=True, features=["bold", "italic", "link", "ul"])
    aims = RichTextField(_("tikslai"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    results = RichTextField(
        _("rezultatai"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    external_url = models.URLField(
        _("išorinė nuoroda"), blank=True, help_text=_("Pvz. projekto svetainė.")
    )

    objects = PageManager.from_queryset(ProjectPageQuerySet)()

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("project_number"),
                FieldPanel("programme"),
                FieldPanel("funding_period"),
                FieldPanel("territory"),
                FieldPanel("status"),
            ],
            heading=capfirst(_("finansavimas ir būsena")),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_precision")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_precision")]),
            ],
            heading=capfirst(_("laikotarpis")),
        ),
        FieldPanel("summary"),
        FieldPanel("aims"),
        FieldPanel("results"),
        InlinePanel("partner_links", heading=capfirst(_("partneriai")), label=_("partneris")),
        InlinePanel("gallery_images", heading=capfirst(_("nuotraukos")), label=_("nuotrauka")),
        InlinePanel("document_links", heading=capfirst(_("dokumentai")), label=_("dokumentas")),
        FieldPanel("external_url"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("project_number"),
        index.SearchField("programme"),
        index.SearchField("territory"),
        index.SearchField("summary"),
        index.SearchField("aims"),
        index.SearchField("results"),
        index.FilterField("status"),
    ]

    parent_page_types = ["pages.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("projektas")
        verbose_name_plural = _("projektai")

    @cached_property
    def start(self):
        return PartialDate(self.start_date, self.start_precision) if self.start_date else None

    @cached_property
    def end(self):
        return PartialDate(self.end_date, self.end_precision) if self.end_date else None

    def clean(self):
        super().clean()
        errors = {}
        for name in ("start", "end"):
            errors.update(
                partial_date_errors(
                    getattr(self, f"{name}_date"),
                    getattr(self, f"{name}_precision"),
                    None,
                    start_field=f"{name}_date",
                    end_field=f"{name}_date",
                )
            )
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("Pabaiga negali būti ankstesnė už pradžią.")
        if errors:
            raise ValidationError(errors)

    # What the page lists; each is one query whatever its length. A project not yet saved (the
    # admin's preview of a new page) has no agreements or news.
    def live_partnerships(self, request=None):
        if self.pk is None:
            return Partnership.objects.none()
        agreements = Partnership.objects.live().filter(project_id=self.source_id(request))
        return agreements.newest_first().select_related("agreement_type")

    def project_partners(self):
        # Sorted in Python so the admin preview's unsaved inline rows are shown too.
        links = self.partner_links.all().select_related("partner")
        return sorted(links, key=lambda link: (link.sort_order or 0, link.pk or 0))

    def news(self, request=None):
        if self.pk is None:
            return NewsPage.objects.none()
        news = public(NewsPage.objects.live().filter(locale_id=self.locale_id), request)
        return news.about_project(self.source_id(request)).newest_first()

    def source_id(self, request=None):
        """The Lithuanian project's id: agreements and news name it, not its translations."""
        if request is None:
            return source_page(self).pk
        tree = page_tree(request)
        source = tree.translation(tree.get(self.pk), settings.LANGUAGE_CODE)
        return source.id if source is not None else self.pk

    def gallery(self):
        """The photos with their renditions, in two queries however many there are."""
        images = self.gallery_images.all().select_related("image")
        if self.pk is not None:
            images = images.prefetch_related("image__renditions")
        return list(images)

    def documents(self):
        return list(self.document_links.all().select_related("document"))

    def funding_acknowledgement(self, org):
        """The EU publicity this project's period requires, with the logos editors uploaded."""
        return funding_acknowledgement(self.funding_period, org)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partnerships"] = PartnershipIndexPage.with_permalinks(
            self.live_partnerships(request), "agreement", request=request
        )
        links = self.project_partners()
        PartnershipIndexPage.with_permalinks(
            [link.partner for link in links], "partner", request=request
        )
        context["project_partners"] = links
        news = self.news(request).for_listing()
        context["news_items"] = draw_news_cards(news, request, heading="h3")
        context["gallery"] = self.gallery()
        context["documents"] = self.documents()
        context["acknowledgement"] = self.funding_acknowledgement(
            OrganisationSettings.load(request_or_site=request)
        )
        return context


class ProjectPartner(Orderable):
    """A partner in a project, with its role, in the order the project names them."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partner_links")
    partner = models.ForeignKey(
        "partnerships.Partner",
        on_delete=models.PROTECT,
        related_name="project_links",
        verbose_name=_("partneris"),
    )
    role = models.CharField(_("vaidmuo"), max_length=20, choices=PROJECT_ROLES, default="partner")

    panels = [FieldPanel("partner"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("projekto partneris")
        verbose_name_plural = _("projekto partneriai")
        constraints = [
            models.UniqueConstraint(fields=["page", "partner"], name="unique_partner_per_project")
        ]


class ProjectGalleryImage(Orderable):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("paveikslėlis"),
    )
    alt_text = models.CharField(
        _("alternatyvusis tekstas"),
        max_length=250,
        help_text=_("Ką nuotrauka rodo žmogui, kuris jos nemato."),
    )
    caption = models.CharField(_("paaiškinimas"), max_length=300, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("projekto nuotrauka")
        verbose_name_plural = _("projekto nuotraukos")


class ProjectDocument(Orderable):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="document_links")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("dokumentas"),
    )
    label = models.CharField(
        _("nuorodos tekstas"),
        max_length=200,
        blank=True,
        help_text=_("Jei tuščia, rodomas dokumento pavadinimas."),
    )

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("projekto dokumentas")
        verbose_name_plural = _("projekto dokumentai")
