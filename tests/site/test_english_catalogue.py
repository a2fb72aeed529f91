"""The English interface: locale/en holds a finished translation of every string of the
project's own code, and what it renders reads as English (dates at their precision included)."""

import datetime
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
