"""Site-wide pages: home, the profile pages, projects, and the organisation's details."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.blocks import BodyStreamBlock
from pages.dates import PartialDate, Precision, partial_date_errors


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


class StandardPage(Page):
    """A page of prose: the organisation's profile ("Apie mus"), contacts, statements."""

    intro = models.TextField(
        _("santrauka"),
        blank=True,
        max_length=500,
        help_text=_("Vienas ar du sakiniai: rodomi po antrašte ir paieškos rezultatuose."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("turinys"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["pages.HomePage", "pages.StandardPage"]

    class Meta:
        verbose_name = _("turinio puslapis")
        verbose_name_plural = _("turinio puslapiai")


class ProjectIndexPage(Page):
    """ "Projektai": the projects the organisation has run with its partners."""

    intro = RichTextField(_("įžanga"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.ProjectPage"]
    max_count = 1

    class Meta:
        verbose_name = _("projektų sąrašas")
        verbose_name_plural = _("projektų sąrašai")

    def projects(self):
        return ProjectPage.objects.live().public().child_of(self).order_by("-start_date", "title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["projects"] = self.projects()
        return context


class ProjectPage(Page):
    """One joint project, e.g. "Dzūkijos piliakalnių kelias"; agreements link to it."""

    programme = models.CharField(
        _("finansavimo programa"),
        max_length=255,
        blank=True,
        help_text=_("Pvz. Lietuvos kaimo plėtros 2014–2020 m. programa, LEADER."),
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

    content_panels = [
        *Page.content_panels,
        FieldPanel("programme"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_precision")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_precision")]),
            ],
            heading=_("laikotarpis"),
        ),
        FieldPanel("summary"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("programme"),
        index.SearchField("summary"),
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
        for field in ("start", "end"):
            errors.update(
                partial_date_errors(
                    getattr(self, f"{field}_date"),
                    getattr(self, f"{field}_precision"),
                    None,
                    start_field=f"{field}_date",
                    end_field=f"{field}_date",
                )
            )
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("Pabaiga negali būti ankstesnė už pradžią.")
        if errors:
            raise ValidationError(errors)


@register_setting(icon="group")
class OrganisationSettings(BaseGenericSetting):
    """The organisation's details, entered once and shown in every page's footer.

    Every field may stay empty: the footer shows only what an editor has filled in.
    """

    name = models.CharField(
        _("pavadinimas"), max_length=255, default="Alytaus rajono vietos veiklos grupė"
    )
    legal_form = models.CharField(
        _("teisinė forma"), max_length=100, blank=True, help_text=_("Pvz. asociacija.")
    )
    company_code = models.CharField(_("juridinio asmens kodas"), max_length=20, blank=True)
    address = models.CharField(_("adresas"), max_length=255, blank=True)
    phone = models.CharField(_("telefonas"), max_length=50, blank=True)
    email = models.EmailField(_("el. paštas"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    funding_text = models.TextField(
        _("finansavimo paminėjimas"),
        blank=True,
        help_text=_("ES ir LEADER paramos paminėjimas, rodomas kiekvieno puslapio apačioje."),
    )
    eu_emblem = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("ES emblema"),
    )
    programme_logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("programos logotipas"),
    )
    leader_logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("LEADER logotipas"),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("legal_form"), FieldPanel("company_code")],
            heading=_("organizacija"),
        ),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")],
            heading=_("kontaktai"),
        ),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("youtube_url"), FieldPanel("instagram_url")],
            heading=_("socialiniai tinklai"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("funding_text"),
                FieldPanel("eu_emblem"),
                FieldPanel("programme_logo"),
                FieldPanel("leader_logo"),
            ],
            heading=_("finansavimas"),
        ),
    ]

    class Meta:
        verbose_name = _("organizacijos duomenys")

    @property
    def social_links(self):
        links = [
            ("Facebook", self.facebook_url),
            ("YouTube", self.youtube_url),
            ("Instagram", self.instagram_url),
        ]
        return [(label, url) for label, url in links if url]

    @property
    def funding_logos(self):
        return [logo for logo in (self.eu_emblem, self.programme_logo, self.leader_logo) if logo]
