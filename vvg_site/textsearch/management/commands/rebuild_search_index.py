"""Rebuilds the site search's term index from the records themselves.

Saves keep the index current; this is for after `loaddata` or `restore` (which write rows
without the save signals), or after a new field or language is registered.
"""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext_lazy, ngettext

from vvg_site.textsearch.index import rebuild


class Command(BaseCommand):
    help = gettext_lazy("Iš naujo sudaro svetainės paieškos rodyklę.")

    def handle(self, *args, **options):
        count = rebuild()
        self.stdout.write(
            ngettext(
                "Paieškos rodyklė sudaryta: %(count)d įrašas.",
                "Paieškos rodyklė sudaryta: %(count)d įrašai.",
                count,
            )
            % {"count": count}
        )
