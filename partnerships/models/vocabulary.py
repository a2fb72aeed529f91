"""The cooperation record's vocabulary: agreement types, partners and the words that classify them.

Partners and agreement types are shared by every agreement that names them; fixtures and URLs
refer to them by slug, which stays stable across databases.
"""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from anyascii import anyascii
from django_countries.fields import CountryField

from vvg_site.core.languages import localized

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


class PermalinkMixin:
    """get_absolute_url(): this record's route under the live cooperation page (None without one).

    For one record at a time; lists use PartnershipIndexPage.with_permalinks(), which looks the
    page up once. The page is found by name: its module imports the views, which import this.
    """

    permalink_route = None

    def get_absolute_url(self):
        index_page_model = self._meta.apps.get_model("partnerships", "PartnershipIndexPage")
        index_page = index_page_model.find_live()
        return index_page.route_url(self.permalink_route, self.slug) if index_page else None


class SlugNaturalKeyManager(models.Manager):
    """Fixtures refer to vocabulary and partners by slug, which stays stable across databases."""

    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Scope(models.TextChoices):
    """Derived from an agreement's partners, never typed: international when any is abroad."""

    NATIONAL = "national", _("nacionalinė")
    INTERNATIONAL = "international", _("tarptautinė")


class PartnerRole(models.TextChoices):
    """A party's role in an agreement or a project (a project has no host)."""

    COORDINATOR = "coordinator", _("koordinatorius")
    PARTNER = "partner", _("partneris")
    HOST = "host", _("priimančioji šalis")


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


class AgreementType(models.Model):
    """The small, editable vocabulary of agreement kinds ("bendradarbiavimo sutartis", ...)."""

    name = models.CharField(_("pavadinimas"), max_length=120, unique=True)
    name_en = models.CharField(
        _("pavadinimas anglų kalba"),
        max_length=120,
        blank=True,
        help_text=_("Angliškoje svetainės versijoje; jei tuščia, rodomas lietuviškas."),
    )
    slug = models.SlugField(_("trumpinys adrese"), max_length=120, unique=True)

    objects = SlugNaturalKeyManager()

    panels = [FieldPanel("name"), FieldPanel("name_en"), FieldPanel("slug")]

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

    def localized(self, field="name"):
        return localized(self, field)


class Partner(PermalinkMixin, index.Indexed, models.Model):
    """An organisation the LAG has signed with, named once and shared by all its agreements."""

    permalink_route = "partner"

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

    def natural_key(self):
        return (self.slug,)

    @property
    def is_foreign(self):
        return self.country.code != HOME_COUNTRY
