"""The English interface: locale/en holds a finished translation of every string of the
project's own code, and what it renders reads as English (dates at their precision included)."""

import datetime
import shutil
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.utils import translation

import polib
import pytest

from vvg_site.core.dates import PartialDate, Precision

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES" / "django.po"
D = datetime.date


def test_every_entry_of_the_english_catalogue_is_translated_and_none_is_fuzzy():
    catalogue = polib.pofile(str(CATALOGUE))
    entries = [entry for entry in catalogue if not entry.obsolete]

    untranslated = [entry.msgid for entry in entries if not entry.translated()]
    fuzzy = [entry.msgid for entry in entries if "fuzzy" in entry.flags]
    assert len(entries) > 300
    assert untranslated == []
    assert fuzzy == []
    assert "fuzzy" not in catalogue.metadata_as_entry().flags


# What makemessages reads: the project's own code and templates (not the tests or the bench).
SOURCES = ["manage.py", "pages", "partnerships", "vvg_site", "templates", "locale"]


def test_the_english_catalogue_has_every_string_of_the_code(tmp_path):
    """A string added to the code without refreshing locale/en would show in Lithuanian on the
    English pages: makemessages on a copy of the code finds nothing the catalogue lacks."""
    root = Path(settings.BASE_DIR)
    for name in SOURCES:
        source = root / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, tmp_path / name)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "en", "--no-location", "-v0"],
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "vvg_site.settings.dev"},
        check=True,
    )
    fresh = polib.pofile(str(tmp_path / "locale" / "en" / "LC_MESSAGES" / "django.po"))
    translated = {e.msgid for e in polib.pofile(str(CATALOGUE)) if e.translated()}
    missing = [e.msgid for e in fresh if not e.obsolete and e.msgid not in translated]
    assert missing == []


def test_the_english_catalogue_keeps_every_placeholder():
    for entry in polib.pofile(str(CATALOGUE)):
        forms = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for form in forms:
            for placeholder in ("%(", "{{", "{%"):
                assert form.count(placeholder) == entry.msgid.count(placeholder), entry.msgid


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (PartialDate(D(2022, 1, 11)), "11 January 2022"),
        (PartialDate(D(2022, 7, 1), Precision.MONTH), "July 2022"),
        (PartialDate(D(2021, 1, 1), Precision.YEAR), "2021"),
        (PartialDate(D(2012, 1, 24), Precision.SPAN, D(2012, 1, 26)), "24–26 January 2012"),
        (
            PartialDate(D(2019, 1, 30), Precision.SPAN, D(2019, 2, 2)),
            "30 January – 2 February 2019",
        ),
        (
            PartialDate(D(2019, 12, 30), Precision.SPAN, D(2020, 1, 2)),
            "30 December 2019 – 2 January 2020",
        ),
    ],
)
def test_dates_read_as_english_at_their_precision(value, text):
    with translation.override("en"):
        assert value.display() == text
    with translation.override("lt"):
        assert value.display() != text
