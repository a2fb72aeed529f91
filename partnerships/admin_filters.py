"""Filters of the admin listings of agreements and partners.

Each filter is a domain word of the QuerySet, so the admin narrows the list exactly as the public
page does. Malformed values make the filter form invalid, and an invalid form filters nothing.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet

import django_filters
from django_countries import countries

from partnerships.models import (
    AgreementType,
    Partner,
    PartnerKind,
    Partnership,
    PartnershipCountry,
)
from partnerships.models.lifecycle import AgreementStatus
from vvg_site.core.filtering import YearFilter


def partner_countries():
    """The countries agreements involve (their partners' and those named besides), by name."""
    codes = set(Partner.objects.order_by().values_list("country", flat=True).distinct())
    codes |= set(PartnershipCountry.objects.order_by().values_list("country", flat=True).distinct())
    return sorted(((code, countries.name(code)) for code in codes), key=lambda c: c[1])


class PublicationStatus:
    LIVE = "live"
    DRAFT = "draft"
    CHANGED = "changed"
    choices = [
        (LIVE, _("paskelbtos")),
        (DRAFT, _("neskelbti juodraščiai")),
        (CHANGED, _("paskelbtos, bet turi neskelbtų pakeitimų")),
    ]


#: "Baigia galioti per 90 dienų": the staff's horizon for renewing an agreement (the dashboard and
#: the first reminder look as far ahead).
ENDING_SOON_DAYS = 90


class PartnershipAdminFilterSet(WagtailFilterSet):
    agreement_type = django_filters.ModelChoiceFilter(
        label=_("Sutarties tipas"),
        queryset=AgreementType.objects.all(),
        empty_label=_("Visi"),
    )
    year_from = YearFilter(
        label=_("Pasirašyta nuo metų"),
        method="filter_year_from",
    )
    year_to = YearFilter(
        label=_("Pasirašyta iki metų (imtinai)"),
        method="filter_year_to",
    )
    partner = django_filters.ModelChoiceFilter(
        label=_("Partneris"),
        queryset=Partner.objects.all(),
        method="filter_partner",
        empty_label=_("Visi"),
    )
    country = django_filters.ChoiceFilter(
        label=_("Partnerio šalis"),
        choices=partner_countries,
        method="filter_country",
        empty_label=_("Visos"),
    )
    status = django_filters.ChoiceFilter(
        label=_("Būsena"),
        choices=PublicationStatus.choices,
        method="filter_status",
        empty_label=_("Visos"),
        widget=forms.RadioSelect,
    )

    validity = django_filters.ChoiceFilter(
        label=_("Galiojimas"),
        choices=AgreementStatus.choices,
        method="filter_validity",
        empty_label=_("Visi"),
        widget=forms.RadioSelect,
    )
    ending = django_filters.ChoiceFilter(
        label=_("Galiojimo pabaiga"),
        choices=[("soon", _("per 90 dienų"))],
        method="filter_ending",
        empty_label=_("bet kada"),
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Partnership
        fields = []

    def filter_validity(self, queryset, name, value):
        return queryset.with_status_in([value])

    def filter_ending(self, queryset, name, value):
        return queryset.ending_within(ENDING_SOON_DAYS)

    def filter_year_from(self, queryset, name, value):
        return queryset.between_years(first=value)

    def filter_year_to(self, queryset, name, value):
        return queryset.between_years(last=value)

    def filter_partner(self, queryset, name, value):
        return queryset.with_partner(value.slug)

    def filter_country(self, queryset, name, value):
        return queryset.in_country(value)

    def filter_status(self, queryset, name, value):
        if value == PublicationStatus.LIVE:
            return queryset.live()
        if value == PublicationStatus.DRAFT:
            return queryset.filter(live=False)
        return queryset.filter(live=True, has_unpublished_changes=True)


class PartnerAdminFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Rūšis"), choices=PartnerKind.choices, empty_label=_("Visos")
    )
    country = django_filters.ChoiceFilter(
        label=_("Šalis"), choices=partner_countries, empty_label=_("Visos")
    )

    class Meta:
        model = Partner
        fields = []
