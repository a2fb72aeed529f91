"""The admin speaks Lithuanian: every string of the installed apps the staff can meet has the
project's Lithuanian translation, with Lithuanian's three plural forms.

The source strings are the apps' own English catalogues (for apps that ship none, their German
one lists the same msgids). A Wagtail or Django upgrade that adds strings fails here until
`locale/vendor/lt/LC_MESSAGES/` translates them (README: "Translations"). The browser walk
(tests/browser/test_admin_speaks_lithuanian.py) proves the same on every admin screen.
"""

import datetime
import functools

from django.contrib.auth.models import Permission
from django.utils import timezone, translation
from django.utils.timesince import timesince

import wagtail

import polib
import pytest

from tests.vendor_catalogues import SOURCES, VENDOR, EnglishStrings, source_catalogue
from vvg_site.adminlanguage.templatetags.admin_language import permission_name
from vvg_site.devtools.management.commands.complete_lithuanian_catalogue import (
    CATALOGUE as PROJECT_CATALOGUE,
)
from vvg_site.devtools.management.commands.complete_lithuanian_catalogue import complete

PLURAL_FORMS = (
    "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && (n%100<10 || n%100>=20) ? 1 : 2);"
)


def translated_keys(domain):
    catalogue = polib.pofile(str(VENDOR / f"{domain}.po"))
    keys = set()
    for entry in catalogue:
        if entry.obsolete or "fuzzy" in entry.flags:
            continue
        forms = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        if forms and all(form.strip() for form in forms):
            keys.add((entry.msgctxt, entry.msgid))
    return keys


@pytest.mark.parametrize(("domain", "package", "language"), SOURCES)
def test_every_source_string_of_the_installed_apps_has_a_lithuanian_translation(
    domain, package, language
):
    path = source_catalogue(package, language, domain)
    assert path.exists(), f"{package} no longer ships {path}: update SOURCES"
    translated = translated_keys(domain)
    missing = [
        entry.msgid
        for entry in polib.pofile(str(path))
        if entry.msgid and not entry.obsolete and (entry.msgctxt, entry.msgid) not in translated
    ]
    assert not missing, (
        f"{len(missing)} strings of {package} (Wagtail {wagtail.__version__}) have no Lithuanian "
        f"translation in {VENDOR}, e.g. {missing[:5]}"
    )


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_the_catalogues_use_lithuanians_three_plural_forms(domain):
    catalogue = polib.pofile(str(VENDOR / f"{domain}.po"))
    assert catalogue.metadata["Plural-Forms"].replace(" ", "") == PLURAL_FORMS.replace(" ", "")
    assert catalogue.metadata["Language"] == "lt"
    for entry in catalogue:
        if entry.msgid_plural:
            assert sorted(entry.msgstr_plural) == [0, 1, 2], entry.msgid


@pytest.mark.parametrize(
    ("minutes", "text"),
    [(1, "1 minutę"), (2, "2 minutes"), (10, "10 minučių"), (21, "21 minutę"), (27, "27 minutes")],
)
def test_relative_times_read_as_lithuanian(minutes, text):
    now = timezone.now()
    with translation.override("lt"):
        # Django joins the number and the unit with a no-break space.
        assert timesince(now - datetime.timedelta(minutes=minutes), now) == text.replace(
            " ", "\xa0"
        )


def test_counts_and_model_labels_in_the_admin_are_lithuanian():
    with translation.override("lt"):
        assert translation.gettext("Skip to main content") == "Pereiti prie pagrindinio turinio"
        # Wagtail builds "Add <model>" from a verbose name in the nominative: never "Pridėti
        # partneris" (accusative needed); the label follows a colon instead.
        assert translation.gettext("Add %(label)s") % {"label": "partneris"} == (
            "Pridėti: partneris"
        )
        pages = [
            translation.ngettext("%(num_pages)d page", "%(num_pages)d pages", n) % {"num_pages": n}
            for n in (1, 2, 20, 21)
        ]
    assert pages == ["1 puslapis", "2 puslapiai", "20 puslapių", "21 puslapis"]


@functools.cache
def english_strings():
    return EnglishStrings()


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Skip to main content", True),
        ("  Toggle\n sidebar ", True),
        ("20 Pages", True),
        ("New: Sutartis", True),
        ("Add partneris", True),
        ("Required. Letters, digits and @/./+/-/_ only.", True),
        ("Pereiti prie pagrindinio turinio", False),
        ("20 puslapių", False),
        ("Pridėti: partneris", False),
        ("Druskininkų vietos veiklos grupė", False),
        ("2023", False),
    ],
)
def test_the_browser_walk_tells_english_from_lithuanian(text, english):
    """What the browser walk (tests/browser/test_admin_speaks_lithuanian.py) reports: a text that
    is an installed app's English string, its placeholders filled in by anything."""
    assert (english_strings().source_of(text) is not None) == english


@pytest.mark.django_db
def test_group_permissions_are_named_in_lithuanian():
    """Django stores "Can add partneris"; the group form reads "Gali pridėti: partneris"."""
    with translation.override("lt"):
        add_partner = Permission.objects.get(codename="add_partner")
        publish = Permission.objects.get(codename="publish_page")
        assert permission_name(add_partner) == "Gali pridėti: partneris"
        assert permission_name(publish) == translation.gettext("Publish any page")
        assert permission_name(publish) != "Publish any page"


def test_the_projects_lithuanian_catalogue_is_complete_and_leaves_nothing_to_a_fallback():
    """Every string of the project's code has its Lithuanian in locale/lt: a Lithuanian source
    string itself, an English one (an overridden Wagtail template, a label the project sets)
    the vendor catalogue's Lithuanian, a plural its three forms."""
    catalogue = polib.pofile(str(PROJECT_CATALOGUE))
    vendor = {e.msgid: e.msgstr for e in polib.pofile(str(VENDOR / "django.po")) if e.translated()}
    entries = [entry for entry in catalogue if not entry.obsolete]
    assert catalogue.metadata["Plural-Forms"].replace(" ", "") == PLURAL_FORMS.replace(" ", "")
    assert [e.msgid for e in entries if not e.translated() or "fuzzy" in e.flags] == []
    assert [
        e.msgid for e in entries if e.msgid_plural and sorted(e.msgstr_plural) != [0, 1, 2]
    ] == []
    english = [e for e in entries if e.msgid in vendor and not e.msgid_plural]
    assert {e.msgid for e in english} >= {"Search", "Password", "Toggle all"}
    assert [e.msgid for e in english if e.msgstr != vendor[e.msgid]] == []


def test_completing_the_catalogue_fills_singulars_and_lists_plurals_for_a_person():
    catalogue = polib.POFile()
    lithuanian = polib.POEntry(msgid="Naujienos", msgstr="")
    english = polib.POEntry(msgid="Search", msgstr="", flags=["fuzzy"])
    plural = polib.POEntry(msgid="%(n)d sutartis", msgid_plural="%(n)d sutartys", msgstr_plural={})
    catalogue.extend([lithuanian, english, plural])
    vendor = polib.POFile()
    vendor.append(polib.POEntry(msgid="Search", msgstr="Paieška"))

    assert complete(catalogue, vendor) == ["%(n)d sutartis"]
    assert (lithuanian.msgstr, english.msgstr, english.flags) == ("Naujienos", "Paieška", [])
    assert not plural.translated()
