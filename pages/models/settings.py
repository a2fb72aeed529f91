"""The organisation's details: entered once in the admin, shown in every page's footer."""

from django.conf import settings as django_settings
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Site

from vvg_site.sitecache.generation import memoized


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
            heading=capfirst(_("organizacija")),
        ),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")],
            heading=capfirst(_("kontaktai")),
        ),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("youtube_url"), FieldPanel("instagram_url")],
            heading=capfirst(_("socialiniai tinklai")),
        ),
        MultiFieldPanel(
            [
                FieldPanel("funding_text"),
                FieldPanel("eu_emblem"),
                FieldPanel("programme_logo"),
                FieldPanel("leader_logo"),
            ],
            heading=capfirst(_("finansavimas")),
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

    @classmethod
    def load(cls, request_or_site=None):
        """The details, read once per content generation for requests (sitecache.generation):
        saving them bumps the generation, so the next request reads them again. The one copy
        is shared by the public pages, which only read it; the admin gets its own."""
        if request_or_site is None or isinstance(request_or_site, Site):
            return super().load(request_or_site)
        if request_or_site.path_info.startswith(django_settings.ADMIN_URL_PREFIX):
            return super().load(request_or_site)
        attribute = cls.get_cache_attr_name()
        if not hasattr(request_or_site, attribute):
            setattr(
                request_or_site,
                attribute,
                memoized(request_or_site, "organisation-settings", cls._with_logos),
            )
        return getattr(request_or_site, attribute)

    @classmethod
    def _with_logos(cls):
        return (
            cls.base_queryset().select_related("eu_emblem", "programme_logo", "leader_logo").first()
            or cls._get_or_create()
        )

    @property
    def funding_logos(self):
        return [logo for logo in (self.eu_emblem, self.programme_logo, self.leader_logo) if logo]
