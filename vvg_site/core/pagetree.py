"""The page tree as public pages need it, read once per content generation.

Every public page asks the same questions of the tree: which site and home page serve this
request, which page this path is, its ancestors (breadcrumbs), the menu, its translation in the
other language (the switcher, hreflang), the one cooperation or news page of a language, and
whether a view restriction applies. Wagtail answers each with a query or two per request (about
a dozen on every page). Here they are answered from one snapshot of the tree, built on the
first request of a content generation (sitecache.generation) and shared by every request of
that generation in the process: a publish, move, unpublish or new view restriction bumps the
generation, so no answer is ever older than the last change.

Wagtail keeps the last word on URLs and routing: the snapshot hands Wagtail's `serve` view the
site and route it found through the attributes Wagtail itself caches them in on the request,
page URLs are built by Wagtail's `Page.get_url`, and a routable page resolves its sub-path with
its own resolver. Only the queries are saved.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Q
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation
from django.utils.translation import get_language

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import (
    MATCH_DEFAULT,
    MATCH_HOSTNAME,
    MATCH_HOSTNAME_DEFAULT,
    MATCH_HOSTNAME_PORT,
    SiteRootPath,
)

from vvg_site.sitecache.generation import memoized
from vvg_site.sitecache.public import is_anonymous_request

PAGE_FIELDS = (
    "id",
    "path",
    "depth",
    "slug",
    "url_path",
    "title",
    "seo_title",
    "live",
    "locale_id",
    "locale__language_code",
    "translation_key",
    "content_type_id",
    "show_in_menus",
    "last_published_at",
)


@dataclass(eq=False)
class PageEntry:
    """One page of the snapshot: what menus, breadcrumbs, switchers and routing read."""

    id: int
    path: str
    depth: int
    slug: str
    url_path: str
    title: str
    seo_title: str
    live: bool
    language: str
    translation_key: object
    model: type
    show_in_menus: bool
    last_published_at: object
    restricted: bool = False  # this page or an ancestor has a view restriction
    urls: dict = field(default_factory=dict, repr=False)

    @property
    def pk(self):
        return self.id

    def is_a(self, model):
        return self.model is not None and issubclass(self.model, model)


@dataclass(frozen=True)
class PageLink:
    """A page as links show it: its id (to mark the current one), URL, title and path."""

    pk: int
    url: str
    title: str
    path: str = ""


class PageTree:
    def __init__(self):
        self.locale_ids = {}
        models = {}
        self.entries = {}
        self.by_path = {}
        self.children = {}  # parent path -> {slug: entry}, live or not (Wagtail routes both)
        self.translations = {}  # (translation_key, language) -> entry
        restricted_paths = []
        pages = Page.objects.annotate(
            has_restriction=Exists(PageViewRestriction.objects.filter(page=OuterRef("pk")))
        )
        for row in pages.order_by("path").values_list(*PAGE_FIELDS, "has_restriction"):
            values = dict(zip(PAGE_FIELDS, row[:-1], strict=True))
            if row[-1]:
                restricted_paths.append(values["path"])
            language = values.pop("locale__language_code")
            self.locale_ids[language] = values.pop("locale_id")
            content_type_id = values.pop("content_type_id")
            if content_type_id not in models:
                models[content_type_id] = ContentType.objects.get_for_id(
                    content_type_id
                ).model_class()
            entry = PageEntry(language=language, model=models[content_type_id], **values)
            self.entries[entry.id] = entry
            self.by_path[entry.path] = entry
            self.children.setdefault(entry.path[: -Page.steplen], {})[entry.slug] = entry
            self.translations[(entry.translation_key, entry.language)] = entry
        # The sections behind a view restriction; the restrictions themselves are read only when
        # such a page is served (restrictions()).
        self.restricted_paths = tuple(restricted_paths)
        self._restrictions = None
        for entry in self.entries.values():
            entry.restricted = bool(self.restricted_paths) and entry.path.startswith(
                self.restricted_paths
            )
        self.sites = list(Site.objects.select_related("root_page"))
        self.site_root_paths = self._site_root_paths()

    def _site_root_paths(self):
        """Site.get_site_root_paths() from the snapshot: the same list in the same order, without
        its two queries (and its own cache entry, which outlives a moved page's old path)."""
        sites = sorted(self.sites, key=lambda site: (not site.is_default_site, site.hostname))
        sites.sort(key=lambda site: site.root_page.url_path, reverse=True)
        paths = []
        for site in sites:
            root = self.entries[site.root_page_id]
            translations = [
                entry
                for (key, _language), entry in self.translations.items()
                if key == root.translation_key
            ]
            paths.extend(
                SiteRootPath(site.id, entry.url_path, site.root_url, entry.language)
                for entry in sorted(translations, key=lambda entry: entry.path)
            )
        return paths

    # --- sites, as Wagtail's get_site_for_hostname() picks them -------------------------------

    def site_for(self, request):
        if request is None:
            return None
        if not hasattr(request, "_vvg_site"):
            hostname = split_domain_port(request._get_raw_host())[0]
            request._vvg_site = self._site_for_hostname(hostname, request.get_port())
        return request._vvg_site

    def _site_for_hostname(self, hostname, port):
        def match(site):
            if site.hostname == hostname and str(site.port) == str(port):
                return MATCH_HOSTNAME_PORT
            if site.hostname == hostname and site.is_default_site:
                return MATCH_HOSTNAME_DEFAULT
            return MATCH_DEFAULT if site.is_default_site else MATCH_HOSTNAME

        found = sorted(
            (s for s in self.sites if s.hostname == hostname or s.is_default_site), key=match
        )
        if not found:
            return None
        if len(found) == 1 or match(found[0]) in (MATCH_HOSTNAME_PORT, MATCH_HOSTNAME_DEFAULT):
            return found[0]
        if match(found[0]) == MATCH_DEFAULT:
            # The default site, unless exactly one other site has this hostname.
            return found[len(found) == 2]
        return None

    # --- pages -------------------------------------------------------------------------------

    def get(self, page_id):
        return self.entries.get(page_id)

    def translation(self, entry, language):
        """The page's live translation in the language (the page itself in its own), or None."""
        if entry is None:
            return None
        found = self.translations.get((entry.translation_key, language))
        return found if found is not None and found.live else None

    def translated_titles(self, translation_keys, language=None):
        """{translation_key: title} of the live pages translated into the language (default: the
        reader's); empty in the source language (languages.translated_titles, without a query)."""
        language = language or active_language()
        if language == settings.LANGUAGE_CODE:
            return {}
        found = (self.translations.get((key, language)) for key in translation_keys)
        return {entry.translation_key: entry.title for entry in found if entry and entry.live}

    def localized(self, entry, language=None):
        """As Wagtail's `Page.localized`: the live translation in the language, else the page."""
        return self.translation(entry, language or active_language()) or entry

    def home(self, request, language=None):
        """The home page of the request's site in the language (Wagtail's `root_page.localized`)."""
        site = self.site_for(request)
        root = self.entries.get(site.root_page_id) if site else None
        return self.localized(root, language) if root else None

    def ancestors(self, entry):
        """From the tree's root down to the page's parent."""
        paths = (entry.path[: n * Page.steplen] for n in range(1, entry.depth))
        return [self.by_path[path] for path in paths if path in self.by_path]

    def menu(self, home):
        """The home page's live, public children marked "show in menus", in tree order."""
        if home is None:
            return []
        children = self.children.get(home.path, {}).values()
        found = [c for c in children if c.live and c.show_in_menus and not c.restricted]
        return sorted(found, key=lambda entry: entry.path)

    def one_of(self, model, language=None):
        """The live, public page of a one-per-language type (the cooperation page, the news
        index) in the language, or the Lithuanian one while it has no translation."""
        language = language or active_language()
        found = {}
        for entry in self.entries.values():
            if entry.live and not entry.restricted and entry.is_a(model):
                found.setdefault(entry.language, entry)
        return found.get(language) or found.get(settings.LANGUAGE_CODE)

    def url(self, entry, request, *, full=False):
        """Wagtail's own URL for the page (relative on a single site, or `full`), computed once
        per page and site of the generation."""
        site = self.site_for(request) if request is not None else None
        key = (site.pk if site else None, full)
        if key not in entry.urls:
            stub = Page(id=entry.id, url_path=entry.url_path)
            entry.urls[key] = stub.get_full_url(request) if full else stub.get_url(request)
        return entry.urls[key]

    def translation_url(self, entry, language, request, route=None, *, full=False):
        """The URL of the page's live translation in the language (the page itself in its own),
        with the same route of a routable page (its path in that language: partneriai/ ->
        partners/), or None."""
        translated = self.translation(entry, language)
        url = self.url(translated, request, full=full) if translated else None
        if url is None or route is None:
            return url
        name, args, kwargs = route
        with translation.override(language):
            return url + translated.model.get_resolver().reverse(name, *args, **kwargs)

    def public(self, pages):
        """Wagtail's `PageQuerySet.public()` with the snapshot's view restrictions (no query to
        read them): pages outside every restricted section."""
        private = Q(pk__in=[])
        for path in self.restricted_paths:
            private |= Q(path__startswith=path)
        return pages.exclude(private)

    def route_url(self, entry, request, name, *args):
        """The URL of a routable page's route (a feed, an export), reversed in its language."""
        with translation.override(entry.language):
            return self.url(entry, request) + entry.model.get_resolver().reverse(name, *args)

    def view_restrictions(self, entry):
        """The restrictions on the page and its ancestors (Page.get_view_restrictions())."""
        if not entry.restricted:
            return []
        if self._restrictions is None:
            self._restrictions = list(PageViewRestriction.objects.select_related("page"))
        return [r for r in self._restrictions if entry.path.startswith(r.page.path)]

    # --- routing -----------------------------------------------------------------------------

    def route(self, request, path):
        """What Wagtail's `Page.route_for_request` finds for the path, with one query (the page
        itself); None when Wagtail would answer 404."""
        site = self.site_for(request)
        entry = self.home(request) if site else None
        if entry is None:
            return None
        components = [component for component in path.split("/") if component]
        while True:
            routable = entry.live and entry.is_a(RoutablePageMixin)
            if components and routable and resolves(entry.model, components):
                break  # the routable page takes the rest, as its route() does first
            if not components:
                break
            entry = self.children.get(entry.path, {}).get(components[0])
            if entry is None:
                return None
            components = components[1:]
        if entry.is_a(RoutablePageMixin) and is_anonymous_request(request):
            # Shared by every address under it (filters, permalinks, partner pages), so kept for
            # the generation; a page of one address is read afresh, as are pages for editors,
            # who bypass the page cache and read the database as it is.
            page = memoized(request, ("page", entry.id), lambda: self.live_page(entry))
        else:
            page = self.live_page(entry)
        if page is None:
            return None
        try:
            return page.route(request, components)
        except Http404:
            return None

    def live_page(self, entry):
        """The page as its specific model, shared by the requests of the generation, which only
        read it (a publish makes a new generation and so a new instance)."""
        manager = entry.model._default_manager
        page = manager.select_related("locale").filter(pk=entry.id).first()
        if page is not None:
            # Wagtail's view-restriction check asks the page; the snapshot knows the answer.
            page.get_view_restrictions = lambda: self.view_restrictions(entry)
        return page


def resolves(model, components):
    try:
        model.get_resolver().resolve("/" + "/".join(components) + "/")
    except Http404:
        return False
    return True


def active_language():
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


def page_tree(request):
    """The snapshot for this request's content generation."""
    return memoized(request, "page-tree", PageTree)


def public(pages, request):
    """`pages.public()` without the query for the view restrictions (from the snapshot)."""
    return page_tree(request).public(pages) if request is not None else pages.public()


def prepare_request(request):
    """Give Wagtail the site and its root paths from the snapshot, in the attributes where
    Wagtail caches them per request (Site.find_for_request, Page._get_site_root_paths)."""
    tree = page_tree(request)
    if not hasattr(request, "_wagtail_site"):
        request._wagtail_site = tree.site_for(request)
    if not hasattr(request, "_wagtail_cached_site_root_paths"):
        request._wagtail_cached_site_root_paths = tree.site_root_paths
    return tree
