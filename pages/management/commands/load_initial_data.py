"""Loads the organisation's initial content (fixtures/) into a database, never overwriting edits.

`make run` calls it on every start: a fresh database gets the whole page tree, the 24 agreements,
the two memberships in networks and the first news; a loaded one is left as it is; on one an
editor has changed, it refuses unless told to add only what is missing (`--add-missing`), and even
then it never modifies what exists.
Its messages are for the staff who run it, in Lithuanian.
"""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pages.initial_content import (
    InitialContent,
    load_english,
    load_memberships,
    load_news,
    load_pages,
    load_partnerships,
)

# Each step adds what is missing of one part of the content, in this order (projects before the
# agreements that link to them, agreements before the memberships and news that link to them; the
# English translation of all of it last).
STEPS = [load_pages, load_partnerships, load_memberships, load_news, load_english]


class Command(BaseCommand):
    help = gettext_lazy(
        "Įkelia pradinius puslapius, bendradarbiavimo įrašus, narystes tinkluose ir naujienas iš "
        "fixtures/ (tik tai, ko trūksta)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--add-missing",
            action="store_true",
            help=gettext_lazy(
                "Kai duomenų bazėje jau yra dalis turinio, pridėti tik tai, ko trūksta "
                "(esamas turinys nekeičiamas)."
            ),
        )

    def handle(self, *args, add_missing=False, **options):
        with transaction.atomic():
            content = InitialContent()
            for step in STEPS:
                step(content)

            if not content.added:
                self.stdout.write(
                    _(
                        "Pradinis turinys jau įkeltas (%(found)s): nieko nepakeista, "
                        "visi pakeitimai išlieka."
                    )
                    % {"found": content.summary(content.found)}
                )
                return
            if content.found and not add_missing:
                # Part of the content is there: an editor has changed (or deleted) something.
                transaction.set_rollback(True)
                self.stdout.write(
                    self.style.WARNING(
                        _(
                            "Duomenų bazėje jau yra dalis pradinio turinio (%(found)s), galbūt "
                            "pakeista: palikta nepakeista.\nTrūksta: %(missing)s.\nKad būtų "
                            "pridėta tik tai, ko trūksta (esamas turinys nekeičiamas), paleiskite "
                            "`manage.py load_initial_data --add-missing`."
                        )
                        % {
                            "found": content.summary(content.found),
                            "missing": content.labels(content.added),
                        }
                    )
                )
                return

        if content.found:
            done = _("Pridėtas trūkstamas pradinis turinys: %(added)s.")
        else:
            done = _("Įkeltas pradinis turinys: %(added)s.")
        self.stdout.write(self.style.SUCCESS(done % {"added": content.summary(content.added)}))
        if content.found:
            self.stdout.write(_("Pridėta: %(items)s.") % {"items": content.labels(content.added)})
