from django.core.management.base import BaseCommand

from vvg_site.snapshots.snapshot import restore_backup


class Command(BaseCommand):
    help = (
        "Restores an archive written by `manage.py backup` into the configured database and "
        "MEDIA_ROOT. Refuses to overwrite a database that already has tables unless --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The .tar.gz written by `manage.py backup`.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace the current database's content with the backup's.",
        )

    def handle(self, *args, file, force, **options):
        restore_backup(file, force=force)
        self.stdout.write(self.style.SUCCESS(f"Atkurta iš {file}."))
