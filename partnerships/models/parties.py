"""The parties of an agreement and the countries it names besides them, in order."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey

from partnerships.models.vocabulary import Partner, PartnerRole


class PartnershipPartner(Orderable):
    """A party to an agreement, in the order the agreement names them."""

    partnership = ParentalKey(
        "partnerships.Partnership", on_delete=models.CASCADE, related_name="partner_links"
    )
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


class PartnershipCountry(models.Model):
    """A country an agreement involves without naming its partners there, e.g. "an agreement
    among LAG partners of 7 EU countries": it counts for scope, country filters and exports."""

    partnership = ParentalKey(
        "partnerships.Partnership", on_delete=models.CASCADE, related_name="country_links"
    )
    country = CountryField(_("šalis"))

    panels = [FieldPanel("country")]

    class Meta:
        ordering = ["pk"]
        verbose_name = _("sutarties šalis be partnerio")
        verbose_name_plural = _("sutarties šalys be partnerių")
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "country"], name="unique_country_per_agreement"
            )
        ]

    def __str__(self):
        return str(self.country.name)
