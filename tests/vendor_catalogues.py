"""The installed apps' English source strings and the project's Lithuanian for them.

SOURCES lists every catalogue the admin can show; tests/site/test_admin_translations.py checks
that `locale/vendor/lt/LC_MESSAGES/` translates each of its strings, and the browser walk
(tests/browser/test_admin_speaks_lithuanian.py) uses `EnglishStrings` to recognise any of them
still shown in English. A Wagtail or Django upgrade that adds strings fails both until they are
translated (README: "Translations").
"""

import re
from pathlib import Path

import django
from django.conf import settings

import polib

SITE_PACKAGES = Path(django.__file__).resolve().parent.parent
VENDOR = Path(settings.BASE_DIR) / "locale" / "vendor" / "lt" / "LC_MESSAGES"

# (domain, package folder, catalogue language) of every catalogue the admin can show. Apps that
# ship no English catalogue are read from their German one: it lists the same msgids.
SOURCES = [
    ("django", "wagtail/admin", "en"),
    ("django", "wagtail", "en"),
    *[
        ("django", f"wagtail/{app}", "en")
        for app in (
            "images",
            "documents",
            "users",
            "snippets",
            "sites",
            "embeds",
            "search",
            "locales",
            "contrib/settings",
            "contrib/redirects",
            "contrib/forms",
            "contrib/simple_translation",
        )
    ],
    ("django", "django/conf", "en"),
    ("django", "django/contrib/auth", "en"),
    ("django", "django/contrib/contenttypes", "en"),
    ("django", "django/contrib/sessions", "en"),
    ("django", "taggit", "en"),
    ("django", "django_countries", "en"),
    ("django", "django_filters", "de"),
    ("django", "django_otp", "de"),
    ("django", "axes", "de"),
    ("djangojs", "wagtail/admin", "en"),
]


def source_catalogue(package, language, domain):
    return SITE_PACKAGES / package / "locale" / language / "LC_MESSAGES" / f"{domain}.po"


def vendor_catalogue(domain):
    return polib.pofile(str(VENDOR / f"{domain}.po"))


# %(name)s, %s, %d, {name}, {0}, {{ name }}: whatever a filled-in string shows in their place.
PLACEHOLDER = re.compile(r"%\([^)]+\)[sdif]|%[sdif]|\{\{?\s*[\w.]*\s*\}?\}")
TAG = re.compile(r"<[^>]+>")
LETTERS = re.compile(r"[^\W\d_]{2,}")


def normalise(text):
    """Compare text as a reader sees it: no tags, single spaces, any case."""
    return " ".join(TAG.sub(" ", text).split()).casefold()


def pattern_of(text):
    """A regex matching `text` with its placeholders filled in by anything, or None if it has
    none. Strings without two letters outside the placeholders say nothing in any language."""
    text = normalise(text)
    literal = PLACEHOLDER.sub(" ", text)
    if not LETTERS.search(literal):
        return None
    if not PLACEHOLDER.search(text):
        return text
    parts = PLACEHOLDER.split(text)
    return re.compile("^" + "(.+?)".join(re.escape(part) for part in parts) + "$")


class EnglishStrings:
    """Every msgid (and plural) of SOURCES whose Lithuanian differs from it, and its
    translations, to tell an English text on a screen from a Lithuanian one."""

    def __init__(self):
        lithuanian = {}
        for domain in ("django", "djangojs"):
            for entry in vendor_catalogue(domain):
                forms = [entry.msgstr, *entry.msgstr_plural.values()]
                lithuanian.setdefault(entry.msgid, set()).update(f for f in forms if f)
        self.exact = {}  # normalised English -> msgid
        self.patterns = []  # (compiled regex, longest literal chunk, msgid)
        self.lithuanian_exact = set()
        self.lithuanian_patterns = []
        for domain, package, language in SOURCES:
            for entry in polib.pofile(str(source_catalogue(package, language, domain))):
                if not entry.msgid or entry.obsolete:
                    continue
                translations = lithuanian.get(entry.msgid, set())
                for text in (entry.msgid, entry.msgid_plural):
                    if text:
                        self._add_english(text, entry.msgid, translations)
                for text in translations:
                    self._add_lithuanian(text)

    def _add_english(self, text, msgid, translations):
        if normalise(text) in {normalise(t) for t in translations}:
            return  # "Google", "URL": the same in both languages
        pattern = pattern_of(text)
        if pattern is None:
            return
        if isinstance(pattern, str):
            self.exact.setdefault(pattern, msgid)
        else:
            chunks = PLACEHOLDER.split(normalise(text))
            self.patterns.append((pattern, max(chunks, key=len).strip(), msgid))

    def _add_lithuanian(self, text):
        pattern = pattern_of(text)
        if isinstance(pattern, str):
            self.lithuanian_exact.add(pattern)
        elif pattern is not None:
            self.lithuanian_patterns.append(pattern)

    def is_lithuanian(self, text):
        return text in self.lithuanian_exact or any(p.match(text) for p in self.lithuanian_patterns)

    def source_of(self, text):
        """The English msgid that `text` shows, or None."""
        text = normalise(text)
        if not LETTERS.search(text):
            return None
        msgid = self.exact.get(text)
        if msgid is None:
            for pattern, chunk, candidate in self.patterns:
                if chunk in text and pattern.match(text):
                    msgid = candidate
                    break
        if msgid is None or self.is_lithuanian(text):
            return None
        return msgid
