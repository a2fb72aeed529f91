"""Loads the organisation's initial content (fixtures/) into a database, never overwriting edits.

`make run` calls it on every start: a fresh database gets the whole page tree and the 24 agreements;
a loaded one is left as it is; on one an editor has changed, it refuses unless told to add only
what is missing (`--add-missing`), and even then it never modifies what exists.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from pages.initial_content import InitialContent, load_news, load_pages, load_partnerships

# Each step adds what is missing of one part of the content, in this order (projects before the
# agreements that link to them, both before the news that link to either).
STEPS = [load_pages, load_partnerships, load_news]


class Command(BaseCommand):
    help = "Load the initial pages and cooperation record from fixtures/ (only what is missing)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--add-missing",
            action="store_true",
            help="On a database that already holds some of the content, add only what is missing.",
        )

    def handle(self, *args, add_missing=False, **options):
        with transaction.atomic():
            content = InitialContent()
            for step in STEPS:
                step(content)

            if not content.added:
                self.stdout.write(
                    "The initial content is already loaded "
                    f"({content.summary(content.found)}): nothing changed; any edits are kept."
                )
                return
            if content.found and not add_missing:
                # Part of the content is there: an editor has changed (or deleted) something.
                transaction.set_rollback(True)
                self.stdout.write(
                    self.style.WARNING(
                        "The database already holds part of the initial content "
                        f"({content.summary(content.found)}), possibly edited: left unchanged.\n"
                        f"Missing: {self._labels(content.added)}.\n"
                        "To add only the missing items (nothing existing is modified), run "
                        "`manage.py load_initial_data --add-missing`."
                    )
                )
                return

        done = "Added the missing" if content.found else "Loaded the"
        self.stdout.write(
            self.style.SUCCESS(f"{done} initial content: {content.summary(content.added)}.")
        )
        if content.found:
            self.stdout.write(f"Added: {self._labels(content.added)}.")

    def _labels(self, items):
        return "; ".join(f"{model._meta.verbose_name} „{label}“" for model, label in items)
