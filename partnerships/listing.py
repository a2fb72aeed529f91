"""Agreements as listings show them: loaded in three queries (or, once a list of the content
generation has read them, only their ids), each card drawn once per version.

A listing (the cooperation page, a partner's page, a permalink) shows each agreement as a card,
`templates/partnerships/includes/partnership_item.html`. Drawing cards is the costliest part of
a listing, and one card appears under many addresses: every filter, page number and partner page
that includes the agreement. So each card is kept in the cache under a key that is a digest of
exactly what it shows:

- every field of the agreement a card shows (and `updated_at`, which every save changes), of its
  agreement type, of each party (the link and the partner) and the countries it names besides
  them; its status today (in force, ended...: partnerships.models.lifecycle);
- its project as the reader sees it (the translation's title and address, from the page tree);
- the reader's language, the cooperation page's address, the heading level, the release (code,
  templates, catalogues);
- the content generation, only for a summary that links to a page or document (whose address
  the rich text resolves when drawn).

Change any of them (rename a partner, translate a type, retitle a project, edit the agreement)
and the key changes, so the next request draws that card afresh and every other card is reused.
Unpublished or deleted agreements are not listed, so their cards are never asked for. One
`get_many` per listing; while the cache is away every card is drawn (slower, never wrong).
"""

from typing import NamedTuple

from django.apps import apps
from django.template.loader import render_to_string
from django.utils import timezone, translation

from partnerships.models.agreements import Partnership
from partnerships.models.lifecycle import Lifecycle
from partnerships.models.parties import PartnershipCountry, PartnershipPartner
from partnerships.models.vocabulary import AgreementType, Partner
from vvg_site.core.fragments import draw_once, fragment_key
from vvg_site.core.languages import current_language
from vvg_site.core.pagetree import page_tree
from vvg_site.sitecache.generation import memoized, request_generation

CARD_TEMPLATE = "partnerships/includes/partnership_item.html"
# Rich text that names a page or a document by id, resolved to its address when drawn.
INTERNAL_LINK_MARK = "linktype="


def fields_of(model, prefix=""):
    return [prefix + field.attname for field in model._meta.concrete_fields]


class RowState(NamedTuple):
    """An AgreementRow's values, kept for the content generation (load_rows)."""

    values: tuple
    type_values: tuple
    parties: tuple
    countries: tuple | None  # None: read without its countries


class AgreementRow:
    """One listed agreement as the database gave it: its own fields, its type's, its parties'
    (link and partner) and its countries', as plain values. Enough to key its card; turned into
    model instances only when a card must be drawn or the record exported."""

    __slots__ = ("values", "type_values", "parties", "countries", "card", "_agreement")
    # `countries` is None when the listing did not load them (they are then read on first use).

    def __init__(self, values, type_values):
        self.values, self.type_values = values, type_values
        self.parties, self.countries = [], []
        self.card = self._agreement = None

    def state(self):
        """What the database gave, as plain values another request may reuse."""
        countries = None if self.countries is None else tuple(self.countries)
        return RowState(self.values, self.type_values, tuple(self.parties), countries)

    @classmethod
    def from_state(cls, state):
        row = cls(state.values, state.type_values)
        row.parties = list(state.parties)
        row.countries = None if state.countries is None else list(state.countries)
        return row

    @property
    def pk(self):
        return self.values[0]

    def __getattr__(self, name):
        # Only for names the row does not hold itself: a field it loaded, else the agreement.
        if name.startswith("_"):
            raise AttributeError(name)
        index = FIELD_INDEX.get(name)
        if index is not None:
            return self.values[index]
        return getattr(self.agreement, name)

    @property
    def agreement(self):
        """The agreement as model instances, its parties and countries set in memory (as a form
        or a revision sets them), so nothing reads the database again."""
        if self._agreement is None:
            agreement = Partnership.from_db(DATABASE, AGREEMENT_FIELDS, self.values)
            agreement.agreement_type = AgreementType.from_db(
                DATABASE, TYPE_FIELDS, self.type_values
            )
            links = []
            for link_values, partner_values in self.parties:
                link = PartnershipPartner.from_db(DATABASE, LINK_FIELDS, link_values)
                link.partner = Partner.from_db(DATABASE, PARTNER_FIELDS, partner_values)
                links.append(link)
            agreement.partner_links = links
            if self.countries is not None:
                agreement.country_links = [
                    PartnershipCountry.from_db(DATABASE, COUNTRY_FIELDS, values)
                    for values in self.countries
                ]
            self._agreement = agreement
        return self._agreement


DATABASE = "default"
# What cards and exports show, and `updated_at`, which every save of the agreement changes (its
# parties and countries are saved with it): a field left out here is read on first use.
SHOWN = {
    "id",
    "updated_at",
    "slug",
    "title",
    "title_en",
    "signed_on",
    "signed_precision",
    "signed_until",
    "agreement_type_id",
    "project_id",
    "summary",
    "summary_en",
    "first_published_at",
    "last_published_at",
    "document_id",
    "external_url",
    # The validity and how it ended (partnerships.models.lifecycle), and what it follows.
    "valid_from",
    "validity_end",
    "valid_until",
    "ended_how",
    "ended_on",
    "ended_precision",
    "follows_id",
}
# In the model's field order, as Model.from_db() takes them.
AGREEMENT_FIELDS = [name for name in fields_of(Partnership) if name in SHOWN]
TYPE_FIELDS = fields_of(AgreementType)
LINK_FIELDS = fields_of(PartnershipPartner)
PARTNER_FIELDS = fields_of(Partner)
COUNTRY_FIELDS = fields_of(PartnershipCountry)
FIELD_INDEX = {name: index for index, name in enumerate(AGREEMENT_FIELDS)}
SUMMARIES = [AGREEMENT_FIELDS.index("summary"), AGREEMENT_FIELDS.index("summary_en")]


def load_rows(queryset, *, countries=True, request=None):
    """A (sliced) queryset of agreements as rows, with their type, parties and (unless not
    shown) countries, in three queries whatever their number.

    With the `request`, rows already read in this content generation are reused: the list asks
    only for the ids of its agreements and reads the others (every agreement, its type, parties
    and countries change the generation when they change in public, so a row kept for it shows
    exactly the database). The first list of a generation reads everything at once, as before.
    """
    if request is None:
        return read_rows(queryset, countries=countries)
    known = memoized(request, ("agreement-rows",), dict)  # pk -> RowState

    def keep(rows):
        # A row read without its countries never replaces one read with them.
        known.update((row.pk, row.state()) for row in rows if countries or row.pk not in known)

    if not known:
        rows = read_rows(queryset, countries=countries)
        keep(rows)
        return rows
    ids = list(queryset.values_list("pk", flat=True))
    missing = [pk for pk in ids if pk not in known or (countries and known[pk].countries is None)]
    found = {}
    if missing:
        fresh = read_rows(Partnership.objects.filter(pk__in=missing), countries=countries)
        keep(fresh)
        found = {row.pk: row for row in fresh}
    rows = [
        found[pk] if pk in found else AgreementRow.from_state(known[pk])
        for pk in ids
        if pk in found or pk in known
    ]
    if not countries:
        for row in rows:
            row.countries = None
    return rows


def read_rows(queryset, *, countries=True):
    """load_rows() from the database."""
    type_columns = [f"agreement_type__{name}" for name in TYPE_FIELDS]
    rows = [
        AgreementRow(values[: len(AGREEMENT_FIELDS)], values[len(AGREEMENT_FIELDS) :])
        for values in queryset.values_list(*AGREEMENT_FIELDS, *type_columns)
    ]
    if not rows:
        return rows
    by_id = {row.pk: row for row in rows}
    parties = (
        PartnershipPartner.objects.filter(partnership_id__in=by_id)
        .order_by("sort_order", "pk")
        .values_list(*LINK_FIELDS, *(f"partner__{name}" for name in PARTNER_FIELDS))
    )
    for values in parties:
        row = by_id[values[LINK_FIELDS.index("partnership_id")]]
        row.parties.append((values[: len(LINK_FIELDS)], values[len(LINK_FIELDS) :]))
    if not countries:
        for row in rows:
            row.countries = None
        return rows
    named = PartnershipCountry.objects.filter(partnership_id__in=by_id).order_by("pk")
    for values in named.values_list(*COUNTRY_FIELDS):
        by_id[values[COUNTRY_FIELDS.index("partnership_id")]].countries.append(values)
    return rows


def load_agreements(queryset, *, countries=True, request=None):
    """The agreements of a (sliced) queryset as model instances with their type, parties and
    (unless not shown) countries, in three queries whatever their number (see load_rows)."""
    return [row.agreement for row in load_rows(queryset, countries=countries, request=request)]


def prepare(agreements, request, index_page=None, *, partners=True):
    """Each agreement's permalink, its project in the reader's language (`project_link`) and,
    with `partners`, its partners' permalinks: the addresses a card shows. Without the
    cooperation page, the live one in the reader's language."""
    links = Permalinks.of(index_page, request)
    tree = page_tree(request)
    language = current_language()
    for agreement in agreements:
        agreement.permalink = links.agreement(agreement.slug)
        agreement.project_link = project_link(tree, agreement.project_id, language, request)
        for link in agreement.ordered_partner_links if partners else ():
            link.partner.permalink = links.partner(link.partner.slug)
    return agreements


def project_link(tree, project_id, language, request):
    """The project as a reader of the language sees it: its live translation, else the page."""
    source = tree.get(project_id) if project_id else None
    if source is None:
        return None
    project = tree.localized(source, language)
    return ProjectLink(
        url=tree.url(project, request) if project.live else None,
        title=project.title,
        language=project.language,
    )


def live_projects(rows, request):
    """The live projects of these agreements, once each in the order they come, as the reader
    of the language sees them."""
    tree = page_tree(request)
    language = current_language()
    found = {}
    for row in rows:
        project = project_link(tree, row.project_id, language, request)
        if project is not None and project.url and row.project_id not in found:
            found[row.project_id] = project
    return list(found.values())


class ProjectLink:
    __slots__ = ("url", "title", "language")

    def __init__(self, url, title, language):
        self.url, self.title, self.language = url, title, language

    def __repr__(self):
        return f"ProjectLink({self.url!r}, {self.title!r}, {self.language!r})"


class Permalinks:
    """Addresses under one cooperation page: its listing, agreements, partners and open data.
    Each route is reversed once, in the page's language; records only fill in their slug."""

    SLUG = "__slug__"
    ROUTES = ("agreement", "partner")

    def __init__(self, listing_url, model, language):
        self.listing = listing_url
        self._patterns = {}
        if listing_url is not None:
            with translation.override(language):
                resolver = model.get_resolver()
                for route in self.ROUTES:
                    self._patterns[route] = listing_url + resolver.reverse(route, self.SLUG)

    @classmethod
    def of(cls, index_page, request):
        """For a cooperation page (or None: the live one in the reader's language, from the
        page tree), once per request: every list of the request shares it."""
        memo = request.__dict__.setdefault("_vvg_permalinks", {}) if request else {}
        key = (getattr(index_page, "pk", None), current_language())
        if key not in memo:
            memo[key] = cls._build(index_page, request)
        return memo[key]

    @classmethod
    def _build(cls, index_page, request):
        if index_page is not None:
            language = index_page.locale.language_code
            return cls(index_page.get_url(request), type(index_page), language)
        tree = page_tree(request)
        entry = tree.one_of(cooperation_page_model())
        if entry is None:
            return cls(None, None, None)
        return cls(tree.url(entry, request), entry.model, entry.language)

    def _route(self, route, slug):
        # No address without the page, or for a record not saved yet (a new one in preview).
        if route not in self._patterns or not slug:
            return None
        return self._patterns[route].replace(self.SLUG, slug)

    def agreement(self, slug):
        return self._route("agreement", slug)

    def partner(self, slug):
        return self._route("partner", slug)


def cooperation_page_model():
    # By name: the page model's module imports the views, which import this module.
    return apps.get_model("partnerships", "PartnershipIndexPage")


def draw_cards(rows, request, index_page, *, heading=""):
    """Set `card` (the drawn HTML) on each row: from the cache where it holds the card for
    exactly this content, drawn and stored otherwise (vvg_site.core.fragments)."""
    language = current_language()
    tree = page_tree(request)
    listing_url = Permalinks.of(index_page, request).listing
    projects = {row.pk: project_link(tree, row.project_id, language, request) for row in rows}

    today = timezone.localdate()

    def key_of(row):
        project = projects[row.pk]
        material = [
            Lifecycle.rule(row, today),  # the status the card states is today's
            language,
            listing_url,
            heading,
            row.values,
            row.type_values,
            row.parties,
            row.countries,
            (project.url, project.title, project.language) if project else None,
        ]
        if any(INTERNAL_LINK_MARK in (row.values[i] or "") for i in SUMMARIES):
            # The rich text resolves the page or document it links to when drawn.
            material.append(request_generation(request))
        return fragment_key("agreement-card", row.pk, material)

    def draw(row):
        agreement = prepare([row.agreement], request, index_page)[0]
        context = {
            "partnership": agreement,
            "listing_url": listing_url,
            "heading": heading,
            "LANGUAGE_CODE": language,
        }
        return render_to_string(CARD_TEMPLATE, context)

    for row, card in zip(rows, draw_once(rows, key_of, draw), strict=True):
        row.card = card
    return rows


def live_agreement(slug, request=None):
    """One live agreement by slug, loaded as listings load them (None when there is none)."""
    found = load_rows(Partnership.objects.live().filter(slug=slug), request=request)
    return found[0] if found else None
