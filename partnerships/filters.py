"""The public filters of "Bendradarbiavimas": one FilterSet shared by the page, exports and feed.

The GET parameter names (q, year, from, to, type, partner, country, scope, project, status) are
the page's public contract (see vvg_site.core.filtering). The options of the choice filters are
the facets, each with its count of live agreements.
"""

from collections import Counter

from django.conf import settings
from django.db.models import CharField, Count, Q, Value
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

import django_filters
from django_countries import countries

from partnerships.models.agreements import (
    Partnership,
    PartnershipCountry,
    PartnershipPartner,
    abroad,
)
from partnerships.models.lifecycle import STATUS_FILTER_OPTIONS
from partnerships.models.vocabulary import HOME_COUNTRY, AgreementType, Scope
from vvg_site.core.filtering import PublicFilterSet, YearFilter
from vvg_site.core.languages import (
    current_language,
    localized,
    translated_titles,
)
from vvg_site.core.pagetree import page_tree
from vvg_site.sitecache.generation import memoized

# Each status's value as the name of its count in the facets' query (a plain string).
STATUS_OPTIONS = [(str(value), label) for value, label in STATUS_FILTER_OPTIONS]


def source_language():
    """settings.LANGUAGE_CODE on another language's page (its text is then Lithuanian)."""
    return None if current_language() == settings.LANGUAGE_CODE else settings.LANGUAGE_CODE


def fallback(text):
    return text.language if text.is_fallback else None


def lithuanian_name(country):
    return source_language() if country == HOME_COUNTRY else None


# A filter chooses a set of agreements: its scope options are named in the plural.
SCOPE_OPTIONS = [
    (Scope.NATIONAL, _("tik su Lietuvos partneriais")),
    (Scope.INTERNATIONAL, _("tarptautinės")),
]
FACET_FILTERS = ("type", "partner", "country", "project", "scope", "status")
# Facets whose options are the site's own words, never a name in another language.
WORDED_FACETS = ("scope", "status")


class PartnershipFilterSet(PublicFilterSet):
    """Filters over live agreements, expressed in the QuerySet's domain words.

    The facets are computed once per content generation and language, in three aggregate
    queries (Facets), so the form costs a fixed number of queries however many agreements
    there are.
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
        label=_("Apimtis"), choices=SCOPE_OPTIONS, method="filter_scope"
    )
    project = django_filters.ChoiceFilter(label=_("Projektas"), method="filter_project")
    status = django_filters.ChoiceFilter(
        label=_("Būsena"), choices=STATUS_FILTER_OPTIONS, method="filter_status"
    )

    class Meta:
        model = Partnership
        fields = []

    def __init__(self, data=None, queryset=None, *, request=None, **kwargs):
        base_queryset = Partnership.objects.live() if queryset is None else queryset
        super().__init__(data=data, queryset=base_queryset, request=request, **kwargs)
        # Over every live agreement, whatever the filters: the same for every address of the
        # record, so computed once per content generation and language.
        self.facets = Facets.of_live(request) if queryset is None else Facets(base_queryset)
        for name in ("type", "partner", "country", "project"):
            self.filters[name].extra["choices"] = self.facets.choices(name)

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
        return queryset.in_scope(value) if value else queryset

    def filter_project(self, queryset, name, value):
        return queryset.for_project(value) if value else queryset

    def filter_status(self, queryset, name, value):
        return queryset.with_status_in([value]) if value else queryset

    # --- what the page says about them ---------------------------------------------------------

    def option_language(self, name, value):
        """The language of an option's text when it is not the page's (a Lithuanian name)."""
        if name not in FACET_FILTERS or name in WORDED_FACETS:
            return None
        return self.facets.languages(name).get(str(value))

    def option_choices(self, name):
        """Each option with its count; the year range spans every year of the record."""
        if name in ("from", "to"):
            return [(year, f"{year} ({count})") for year, count in self.year_span(name)]
        facet = "year" if name == "year" else name
        return [(option.value, f"{option.label} ({option.count})") for option in self.facets[facet]]

    def year_span(self, name):
        """Every year from the first agreement to the last (a range may start in a quiet year)."""
        counts = {option.value: option.count for option in self.facets["year"]}
        span = set(range(min(counts), max(counts) + 1)) if counts else set()
        if name in self.applied:
            span.add(self.applied[name])  # keep a valid year outside the record selected
        return [(year, counts.get(year, 0)) for year in sorted(span, reverse=True)]

    def describe(self):
        """The active filters in words: [(parameter, label, value in words)]."""
        words = []
        for name, value in self.applied.items():
            text = str(value)
            if name in FACET_FILTERS:
                text = {o.value: o.label for o in self.facets[name]}.get(value, text)
            words.append((name, self.filters[name].label, text))
        return words

    def listing(self):
        """The filtered agreements, newest first; `partnerships.listing.load_agreements()` loads
        a page of them with their parties."""
        return self.qs.newest_first()


# "from" cannot be a class attribute name; the public parameter must still be called "from".
PartnershipFilterSet.base_filters["from"] = PartnershipFilterSet.base_filters.pop("year_from")
PartnershipFilterSet.base_filters = {
    name: PartnershipFilterSet.base_filters[name]
    for name in (
        "q",
        "year",
        "from",
        "to",
        "type",
        "partner",
        "country",
        "scope",
        "project",
        "status",
    )
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
    """Counts of live agreements per year, type, partner, country, scope, project and status.

    Three aggregate queries for the seven, made on first use: per year and type (the year, type,
    scope and status facets), the parties and countries, the projects. The options name only
    values that occur.
    """

    NAMES = ("year", "type", "partner", "country", "project", "scope", "status")

    def __init__(self, queryset, tree=None):
        self.queryset = queryset
        self.tree = tree  # the page tree snapshot, when a request has one: project titles
        self._cache = {}

    @classmethod
    def of_live(cls, request):
        """The facets of every live agreement in the reader's language, computed once per
        content generation (sitecache.generation): publishing anything bumps it."""

        def compute():
            facets = cls(Partnership.objects.live(), page_tree(request))
            for name in cls.NAMES:
                facets[name]  # noqa: B018 - computed now, read by every request of the generation
                facets.languages(name)
            return facets

        if request is None:
            return cls(Partnership.objects.live())
        # The statuses are today's: a new day counts them again.
        key = ("partnership-facets", current_language(), timezone.localdate())
        return memoized(request, key, compute)

    def __getitem__(self, name):
        if name not in self._cache:
            self._cache[name] = getattr(self, f"_{name}")()
        return self._cache[name]

    def languages(self, name):
        """{value: the language of its text} of a facet's options whose text is not in the
        page's language."""
        key = f"{name}-languages"
        if key not in self._cache:
            self._cache[key] = {
                str(option.value): option.language
                for option in self[name]
                if getattr(option, "language", None)
            }
        return self._cache[key]

    def choices(self, name):
        # Lazy, so building the form costs no query until it is validated or shown.
        return lambda: [(option.value, option.label) for option in self[name]]

    def _groups(self):
        """Live agreements counted per year and type: in all, abroad, and in each status today.
        One query for the year, type, scope and status facets, ordered by the type's name (the
        database's collation orders the type options, as it did when they had a query of their
        own)."""
        if "groups" not in self._cache:
            statuses = {value: Count("pk", filter=Q(_status=value)) for value, _ in STATUS_OPTIONS}
            self._cache["groups"] = list(
                self.queryset.with_status()
                .order_by()
                .values(
                    "signed_on__year",
                    "agreement_type__slug",
                    "agreement_type__name",
                    "agreement_type__name_en",
                )
                .annotate(n=Count("pk"), international=Count("pk", filter=Q(abroad())), **statuses)
                .order_by("agreement_type__name", "agreement_type__slug", "-signed_on__year")
            )
        return self._cache["groups"]

    def _by_year(self):
        """Per year, newest first: its agreements, the international ones and those of each
        status today."""
        if "by-year" not in self._cache:
            columns = ["n", "international", *(value for value, _ in STATUS_OPTIONS)]
            years = {}
            for group in self._groups():
                year = years.setdefault(
                    group["signed_on__year"],
                    {"signed_on__year": group["signed_on__year"], **dict.fromkeys(columns, 0)},
                )
                for column in columns:
                    year[column] += group[column]
            # A year may be None only if a date is missing: such agreements count, last.
            self._cache["by-year"] = sorted(
                years.values(),
                key=lambda y: (y["signed_on__year"] is None, -(y["signed_on__year"] or 0)),
            )
        return self._cache["by-year"]

    def _total(self, column):
        return sum(row[column] for row in self._by_year())

    def total(self):
        """How many agreements the facets count: every live one, for the unfiltered list."""
        return self._total("n")

    def _year(self):
        return [
            FacetOption(r["signed_on__year"], str(r["signed_on__year"]), r["n"])
            for r in self._by_year()
        ]

    def _type(self):
        columns = ("agreement_type__slug", "agreement_type__name", "agreement_type__name_en")
        counts = Counter()
        for group in self._groups():  # by the type's name
            counts[tuple(group[column] for column in columns)] += group["n"]
        # The type's name in the reader's language (the Lithuanian one until it is translated).
        options = []
        for (slug, name_lt, name_en), n in counts.items():
            name = localized(AgreementType(name=name_lt, name_en=name_en), "name")
            options.append(FacetOption(slug, name.text, n, language=fallback(name)))
        return options

    def _parties(self):
        """(agreement, partner slug, partner name, country) of each party to a live agreement,
        by the partner's name, and (agreement, None, None, country) of each country an agreement
        names besides them: the partner and country facets in one query."""
        if "parties" not in self._cache:
            agreements = self.queryset.values("pk")
            nothing = Value(None, output_field=CharField())
            parties = (
                PartnershipPartner.objects.filter(partnership__in=agreements)
                .order_by()
                .values_list("partnership_id", "partner__slug", "partner__name", "partner__country")
            )
            named = (
                PartnershipCountry.objects.filter(partnership__in=agreements)
                .order_by()
                .annotate(slug=nothing, name=nothing)
                .values_list("partnership_id", "slug", "name", "country")
            )
            ordered = parties.union(named, all=True).order_by("partner__name", "partner__slug")
            self._cache["parties"] = list(ordered)
        return self._cache["parties"]

    def _partner(self):
        agreements, countries_of = {}, {}
        for agreement, slug, name, country in self._parties():  # by the partner's name
            if slug is not None:
                agreements.setdefault((slug, name), set()).add(agreement)
                countries_of[slug] = country
        return [
            FacetOption(
                slug,
                name,
                len(ids),
                country=countries_of[slug],
                # A Lithuanian organisation's name is Lithuanian text on another language's page.
                language=lithuanian_name(countries_of[slug]),
            )
            for (slug, name), ids in agreements.items()
        ]

    def _country(self):
        """Each country with the number of agreements involving it, through a partner or named
        besides them: one (agreement, country) pair however it is involved."""
        pairs = {(agreement, country) for agreement, _s, _n, country in self._parties() if country}
        counts = Counter(country for _agreement, country in pairs)
        options = [FacetOption(code, countries.name(code), n) for code, n in counts.items()]
        # Home first, then by how often, then by name: the glance shows where cooperation goes.
        return sorted(options, key=lambda o: (o.value != HOME_COUNTRY, -o.count, str(o.label)))

    def _project(self):
        rows = (
            self.queryset.order_by()
            .filter(project__isnull=False, project__live=True)
            .values("project__slug", "project__title", "project__translation_key")
            .annotate(n=Count("pk"))
            .order_by("project__title")
        )
        # The value stays the (Lithuanian) project's slug in every language; the label is the
        # title of its translation in the reader's language, when there is one.
        keys = [r["project__translation_key"] for r in rows]
        titles = self.tree.translated_titles(keys) if self.tree else translated_titles(keys)
        return [
            FacetOption(
                r["project__slug"],
                titles.get(r["project__translation_key"], r["project__title"]),
                r["n"],
                language=None if r["project__translation_key"] in titles else source_language(),
            )
            for r in rows
        ]

    def _scope(self):
        international = self._total("international")
        counts = {
            Scope.INTERNATIONAL: international,
            Scope.NATIONAL: self._total("n") - international,
        }
        return [FacetOption(value, label, counts[value]) for value, label in SCOPE_OPTIONS]

    def _status(self):
        """Agreements per status today (partnerships.models.lifecycle), every option counted."""
        return [FacetOption(value, label, self._total(value)) for value, label in STATUS_OPTIONS]
