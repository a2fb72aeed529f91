"""Completes locale/lt after `makemessages`: every entry translated, none left to a fallback.

The project's strings are written in Lithuanian, so such an entry is its own translation; the
few English ones (Wagtail templates the project overrides, labels it sets) take the Lithuanian of
the vendor catalogue. Plural entries need Lithuanian's three forms written by a person: they are
listed, not guessed.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

import polib

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "lt" / "LC_MESSAGES" / "django.po"
VENDOR = Path(settings.BASE_DIR) / "locale" / "vendor" / "lt" / "LC_MESSAGES" / "django.po"


def complete(catalogue, vendor):
    """Fill the untranslated singular entries of `catalogue` (polib); return the plural entries
    still without their forms."""
    vendor_translations = {
        e.msgid: e.msgstr for e in vendor if e.translated() and not e.msgid_plural
    }
    plural_left = []
    for entry in catalogue:
        if entry.obsolete or entry.translated():
            continue
        if entry.msgid_plural:
            plural_left.append(entry.msgid)
            continue
        entry.msgstr = vendor_translations.get(entry.msgid, entry.msgid)
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    return plural_left


class Command(BaseCommand):
    help = gettext_lazy(
        "Užpildo lietuvišką katalogą po makemessages: kiekvienas įrašas išverstas (tik kūrimui)."
    )

    def handle(self, *args, **options):
        catalogue = polib.pofile(str(CATALOGUE), wrapwidth=79)
        before = len(catalogue.untranslated_entries())
        plural_left = complete(catalogue, polib.pofile(str(VENDOR)))
        catalogue.save()
        filled = before - len(plural_left)
        self.stdout.write(
            ngettext("Užpildytas %(count)d įrašas.", "Užpildyti %(count)d įrašai.", filled)
            % {"count": filled}
        )
        for msgid in plural_left:
            self.stdout.write(
                self.style.WARNING(_("Trūksta daugiskaitos formų: %(msgid)s") % {"msgid": msgid})
            )
