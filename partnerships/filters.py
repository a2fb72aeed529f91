"""The public filters of "Bendradarbiavimas": one FilterSet shared by the page, exports and feed.

The GET parameter names (q, year, from, to, type, partner, country, scope, project) are a public
contract: a filtered view is a stable, shareable URL. Every value is validated; a value that does
not validate is ignored (and the page says so), never turned into an error page.
"""

from django import forms
from django.db.models import Count, Exists, OuterRef, Q
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

import django_filters
from django_countries import countries

from partnerships.models import HOME_COUNTRY, Partnership, PartnershipPartner

# Long enough for any real search, short enough to keep the SQL cheap.
QUERY_MAX_LENGTH = 100
FIRST_YEAR, LAST_YEAR = 1990, 2100


class Scope:
    NATIONAL = "national"
    INTERNATIONAL = "international"
    choices = [
        (NATIONAL, _("tik su Lietuvos partneriais")),
        (INTERNATIONAL, _("tarptautinės")),
    ]


class YearFilter(django_filters.Filter):
    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", FIRST_YEAR)
        kwargs.setdefault("max_value", LAST_YEAR)
        super().__init__(*args, **kwargs)


class PartnershipFilterSet(django_filters.FilterSet):
    """Filters over live agreements, expressed in the QuerySet's domain words.

    The options of the choice filters are the facets (each with its count of live agreements),
    computed once per request with one aggregate query each, so the form costs a fixed number of
    queries however many agreements there are.
    """

    q = django_filters.CharFilter(label=_("Paieška"), method="filter_text")
    year = YearFilter(label=_("Metai"), method="filter_year")
    # "from" is a Python keyword: attached to base_filters below the class.
    year_from = YearFilter(label=_("Nuo metų"), method="filter_from")
    to = YearFilter(label=_("Iki metų"), method="filter_to")
    type = django_filters.ChoiceFilter(label=_("Sutarties tipas"), method="filter_type")
    partner = django_filters.ChoiceFilter(label=_("Partneris"), method="filter_partner")
    country = django_filters.ChoiceFilter(label=_("Partnerio šalis"), method="filter_country")
    scope = django_filters.ChoiceFilter(
        label=_("Apimtis"), choices=Scope.choices, method="filter_scope"
    )
    project = django_filters.ChoiceFilter(label=_("Projektas"), method="filter_project")

    class Meta:
        model = Partnership
        fields = []

    def __init__(self, data=None, queryset=None, **kwargs):
        self.base_queryset = Partnership.objects.live() if queryset is None else queryset
        self.notes = []
        self.repeated = []
        self.query_truncated = False
        data = self._sanitised(data)
        super().__init__(data=data, queryset=self.base_queryset, **kwargs)
        self.facets = Facets(self.base_queryset)
        self.filters["type"].extra["choices"] = self.facets.choices("type")
        self.filters["partner"].extra["choices"] = self.facets.choices("partner")
        self.filters["country"].extra["choices"] = self.facets.choices("country")
        self.filters["project"].extra["choices"] = self.facets.choices("project")

    def _sanitised(self, data):
        """One value per parameter, the search text cut to a sane length; both noted."""
        if data is None:
            return None
        clean = QueryDict(mutable=True)
        for name in self.base_filters:
            values = data.getlist(name)
            if len(values) > 1:
                self.repeated.append(name)
            elif values:
                clean[name] = values[0]
        text = clean.get("q", "")
        if len(text) > QUERY_MAX_LENGTH:
            clean["q"] = text[:QUERY_MAX_LENGTH]
            self.query_truncated = True
        return clean

    # --- the filters, in the QuerySet's words -------------------------------------------------

    def filter_text(self, queryset, name, value):
        value = value.strip()
        return queryset.matching(value) if value else queryset

    def filter_year(self, queryset, name, value):
        return queryset.in_year(value) if value is not None else queryset

    def filter_from(self, queryset, name, value):
        return queryset.between_years(first=value) if value is not None else queryset

    def filter_to(self, queryset, name, value):
        return queryset.between_years(last=value) if value is not None else queryset

    def filter_type(self, queryset, name, value):
        return queryset.of_type(value) if value else queryset

    def filter_partner(self, queryset, name, value):
        return queryset.with_partner(value) if value else queryset

    def filter_country(self, queryset, name, value):
        return queryset.in_country(value) if value else queryset

    def filter_scope(self, queryset, name, value):
        if value == Scope.INTERNATIONAL:
            return queryset.international()
        if value == Scope.NATIONAL:
            return queryset.national()
        return queryset

    def filter_project(self, queryset, name, value):
        return queryset.for_project(value) if value else queryset

    # --- what the page says about them ---------------------------------------------------------

    @property
    def applied(self):
        """The filters in force: {parameter: cleaned value}, only the non-empty valid ones."""
        self.is_valid()
        cleaned = getattr(self.form, "cleaned_data", {})
        applied = {}
        for name, value in cleaned.items():
            if isinstance(value, str):
                value = value.strip()
            if value not in (None, ""):
                applied[name] = value
        return applied

    @property
    def ignored(self):
        """The labels of filters left out because their value was malformed, unknown or repeated."""
        self.is_valid()
        names = [name for name in self.filters if name in self.form.errors]
        names += [name for name in self.repeated if name not in names]
        return [self.filters[name].label for name in names]

    def applied_query(self):
        """A clean QueryDict of the filters in force, for links that keep them."""
        query = QueryDict(mutable=True)
        for name, value in self.applied.items():
            query[name] = str(value)
        return query

    def describe(self):
        """The active filters in words: [(parameter, label, value in words)]."""
        words = []
        for name, value in self.applied.items():
            text = str(value)
            if name in ("type", "partner", "country", "project", "scope"):
                text = {o.value: o.label for o in self.facets[name]}.get(value, text)
            words.append((name, self.filters[name].label, text))
        return words

    def listing(self):
        return self.qs.for_listing().newest_first()


# "from" cannot be a class attribute name; the public parameter must still be called "from".
PartnershipFilterSet.base_filters["from"] = PartnershipFilterSet.base_filters.pop("year_from")
PartnershipFilterSet.base_filters = {
    name: PartnershipFilterSet.base_filters[name]
    for name in ("q", "year", "from", "to", "type", "partner", "country", "scope", "project")
}


class FacetOption:
    """One option of a filter: its parameter value, its words and how many live agreements."""

    def __init__(self, value, label, count, **extra):
        self.value, self.label, self.count = value, label, count
        self.__dict__.update(extra)

    def __str__(self):
        return f"{self.label} ({self.count})"

    def __repr__(self):
        return f"FacetOption({self.value!r}, {self.count})"


class Facets:
    """Counts of live agreements per year, type, partner, country, scope and project.

    One aggregate query each, made on first use; the options name only values that occur.
    """

    def __init__(self, queryset):
        self.queryset = queryset
        self._cache = {}

    def _links(self):
        return PartnershipPartner.objects.filter(partnership__in=self.queryset.values("pk"))

    def __getitem__(self, name):
        if name not in self._cache:
            self._cache[name] = getattr(self, f"_{name}")()
        return self._cache[name]

    def choices(self, name):
        # Lazy, so building the form costs no query until it is validated or shown.
        return lambda: [(option.value, option.label) for option in self[name]]

    def _year(self):
        rows = (
            self.queryset.order_by()
            .values("signed_on__year")
            .annotate(n=Count("pk"))
            .order_by("-signed_on__year")
        )
        return [FacetOption(r["signed_on__year"], str(r["signed_on__year"]), r["n"]) for r in rows]

    def _type(self):
        rows = (
            self.queryset.order_by()
            .values("agreement_type__slug", "agreement_type__name")
            .annotate(n=Count("pk"))
            .order_by("agreement_type__name")
        )
        return [
            FacetOption(r["agreement_type__slug"], r["agreement_type__name"], r["n"]) for r in rows
        ]

    def _partner(self):
        rows = (
            self._links()
            .order_by()
            .values("partner__slug", "partner__name", "partner__country")
            .annotate(n=Count("partnership", distinct=True))
            .order_by("partner__name")
        )
        return [
            FacetOption(
                r["partner__slug"],
                r["partner__name"],
                r["n"],
                country=r["partner__country"],
            )
            for r in rows
        ]

    def _country(self):
        rows = (
            self._links()
            .order_by()
            .values("partner__country")
            .annotate(n=Count("partnership", distinct=True))
        )
        options = [
            FacetOption(r["partner__country"], countries.name(r["partner__country"]), r["n"])
            for r in rows
            if r["partner__country"]
        ]
        # Home first, then by how often, then by name: the glance shows where cooperation goes.
        return sorted(options, key=lambda o: (o.value != HOME_COUNTRY, -o.count, str(o.label)))

    def _project(self):
        rows = (
            self.queryset.order_by()
            .filter(project__isnull=False, project__live=True)
            .values("project__slug", "project__title")
            .annotate(n=Count("pk"))
            .order_by("project__title")
        )
        return [FacetOption(r["project__slug"], r["project__title"], r["n"]) for r in rows]

    def _scope(self):
        foreign = Exists(
            PartnershipPartner.objects.filter(partnership=OuterRef("pk")).exclude(
                partner__country=HOME_COUNTRY
            )
        )
        totals = self.queryset.order_by().aggregate(
            international=Count("pk", filter=Q(foreign)), total=Count("pk")
        )
        counts = {
            Scope.INTERNATIONAL: totals["international"],
            Scope.NATIONAL: totals["total"] - totals["international"],
        }
        return [FacetOption(value, label, counts[value]) for value, label in Scope.choices]
