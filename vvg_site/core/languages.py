"""Which language a visitor reads, and the texts one record keeps per language.

Pages are translated as Wagtail translations (one page per locale). A record shared by both
languages (an agreement, an agreement type) keeps its Lithuanian text in the field itself and the
English one beside it (`title_en`); `localized()` is the one way to pick the visitor's. Until an
editor fills the English field, the Lithuanian text is shown, marked `lang="lt"`.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language

from wagtail.models import Locale, Page

from vvg_site.core.pagetree import page_tree


def current_language():
    """The language of this request ("lt" or "en"), without a region."""
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


@dataclass(frozen=True)
class LocalizedText:
    """A text and the language it is written in; `is_fallback` when that is not the reader's."""

    text: str
    language: str
    is_fallback: bool = False

    def __str__(self):
        return self.text

    def __bool__(self):
        return bool(self.text)


def localized(record, field, language=None):
    """The record's `field` in the language (default: the request's): `<field>_<language>` when
    an editor filled it, else the source (Lithuanian) field, marked as a fallback."""
    language = language or current_language()
    source = getattr(record, field) or ""
    if language == settings.LANGUAGE_CODE:
        return LocalizedText(source, language)
    translated = getattr(record, f"{field}_{language}", "") or ""
    if translated:
        return LocalizedText(translated, language)
    return LocalizedText(source, settings.LANGUAGE_CODE, is_fallback=bool(source))


def in_reader_language(pages):
    """Of a one-per-language page (the cooperation page, the news index), the one in the reader's
    language, or the Lithuanian one while it has no translation."""
    return (
        pages.filter(locale__language_code=current_language()).first()
        or pages.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    )


def source_page(page):
    """The Lithuanian page a translation was made from (the page itself in Lithuanian): shared
    records (agreements, news links) point at it, so a translation lists what it lists."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return page
    return page.get_translation_or_none(Locale.get_default()) or page


def translated_titles(translation_keys, language=None):
    """{translation_key: title} of the live pages translated into the language (default: the
    reader's), in one query; empty in the source language."""
    language = language or current_language()
    if language == settings.LANGUAGE_CODE or not translation_keys:
        return {}
    pages = Page.objects.live().filter(
        translation_key__in=translation_keys, locale__language_code=language
    )
    return dict(pages.values_list("translation_key", "title"))


def sitemap_alternates(page, request, route=None):
    """For a sitemap entry: each language's absolute URL of the page (with the same route),
    and x-default (the Lithuanian one), when it has more than one language."""
    tree = page_tree(request)
    entry = tree.get(page.pk)
    urls = []
    for language, _name in settings.LANGUAGES:
        url = tree.translation_url(entry, language, request, route, full=True) if entry else None
        if url is not None:
            urls.append({"lang_code": language, "location": url})
    if len(urls) < 2:
        return []
    default = next(u["location"] for u in urls if u["lang_code"] == settings.LANGUAGE_CODE)
    return [*urls, {"lang_code": "x-default", "location": default}]
