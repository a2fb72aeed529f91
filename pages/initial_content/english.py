"""The English translation of the initial content (fixtures/en/), loaded after the Lithuanian.

Pages become Wagtail translations of their Lithuanian source (`copy_for_translation`, as the
admin's "Translate" does), so the language switcher and hreflang pair them; each is found by its
source's translation and only created when missing. The agreements and their types are one record
in both languages: their empty English fields (`title_en`, `summary_en`, `name_en`) are filled,
never ones an editor has written. Proper names stay as written (fixtures/en/NOTES.md).
"""

import json

from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from wagtail.models import Locale
from wagtail.rich_text import RichText

from pages.initial_content.content import FIXTURES_DIR
from pages.models import NewsIndexPage
from partnerships.models import AgreementType, Partnership

ENGLISH_DIR = FIXTURES_DIR / "en"
ENGLISH = "en"
# Not in fixtures/en/pages.json: the home page's title and slug (a sibling of the Lithuanian
# home, never in a URL) and the news index, created by the loader.
HOME = {"title": "Home", "slug": "home-en"}
NEWS_INDEX = {"slug": "news", "title": "News"}


def _read(name):
    return json.loads((ENGLISH_DIR / name).read_text(encoding="utf-8"))


def _english():
    try:
        return Locale.objects.get(language_code=ENGLISH)
    except Locale.DoesNotExist as error:
        raise CommandError(_("Nėra anglų kalbos: pirma paleiskite `manage.py migrate`.")) from error


def translate_page(content, source, *, title, slug, fields=None, set_fields=None):
    """The English translation of `source`, created (as a published copy with the English title,
    slug and fields) when it has none; its parent must be translated already."""
    locale = _english()
    existing = source.get_translation_or_none(locale)
    if existing is None:
        # An English page with this slug whose Lithuanian source was deleted and loaded again.
        parent = source.get_parent()
        if parent.depth > 1:  # the English home page is a sibling of the Lithuanian one
            parent = parent.get_translation_or_none(locale)
        existing = parent.get_children().filter(slug=slug).first() if parent else None
    if existing is not None:
        return content._found(existing.specific, existing.title)
    page = source.specific.copy_for_translation(locale).specific
    model = type(page)
    page.title, page.slug = title, slug
    for name, value in (fields or {}).items():
        setattr(page, name, content._field_value(model, name, value))
    if set_fields is not None:
        set_fields(page)
    page.save()
    page.save_revision().publish()
    return content._added(page, page.title)


def _source_child(parent, slug):
    page = parent.get_children().filter(slug=slug).first()
    if page is None:
        raise CommandError(
            _("fixtures/en nurodo lietuvišką puslapį „%(slug)s“, kurio nėra.") % {"slug": slug}
        )
    return page.specific


def _page_tree(content, source_parent, spec):
    source = _source_child(source_parent, spec["source_slug"])
    page = translate_page(
        content, source, title=spec["title"], slug=spec["slug"], fields=spec.get("fields", {})
    )
    for child in spec.get("children", []):
        _page_tree(content, source, child)
    return page


def _news(content, source_index):
    for spec in _read("news.json"):
        source = _source_child(source_index, spec["source_slug"])

        def english_text(page, spec=spec):
            page.lead = spec["lead"]
            page.body = [("paragraph", RichText(f"<p>{text}</p>")) for text in spec["paragraphs"]]
            page.tags.clear()
            page.tags.add(*spec["tags"])

        translate_page(
            content, source, title=spec["title"], slug=spec["slug"], set_fields=english_text
        )


def _agreement_texts():
    """Fill the English name of each agreement type and the English title and summary of each
    agreement where all of them are still empty (an editor's English always wins)."""
    data = _read("partnerships.json")
    for slug, texts in data["agreement_types"].items():
        AgreementType.objects.filter(slug=slug, name_en="").update(name_en=texts["name"])
    for slug, texts in data["agreements"].items():
        agreement = Partnership.objects.filter(slug=slug, title_en="", summary_en="").first()
        if agreement is None or agreement.has_unpublished_changes:
            continue
        agreement.title_en, agreement.summary_en = texts["title"], texts["summary"]
        revision = agreement.save_revision()
        if agreement.live:
            revision.publish()
        else:
            agreement.save()


def load_english(content):
    """The English home page, then the English pages under it in the order of their Lithuanian
    sources (fixtures/en/pages.json names each source by `source_slug`; the news index and the
    news come from the loader and fixtures/en/news.json), then the agreements' English texts."""
    data = _read("pages.json")
    home = content.home
    english_home = translate_page(content, home, **HOME, fields=data["home"]["fields"])
    specs = {spec["source_slug"]: spec for spec in data["pages"]}
    missing = set(specs) - set(home.get_children().values_list("slug", flat=True))
    if missing:
        raise CommandError(
            _("fixtures/en nurodo lietuvišką puslapį „%(slug)s“, kurio nėra.")
            % {"slug": ", ".join(sorted(missing))}
        )
    content.link_root = english_home
    try:
        for source in home.get_children().specific():
            if source.slug in specs:
                _page_tree(content, home, specs[source.slug])
            elif isinstance(source, NewsIndexPage):
                translate_page(content, source, **NEWS_INDEX)
                _news(content, source)
    finally:
        content.link_root = None
    _agreement_texts()
