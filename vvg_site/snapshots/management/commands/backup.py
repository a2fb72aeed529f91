from django.conf import settings
from django.core.management.base import BaseCommand

from vvg_site.snapshots.snapshot import write_backup


class Command(BaseCommand):
    help = (
        "Writes a consistent snapshot of the database and the uploaded files into one "
        "timestamped .tar.gz (restore it with `manage.py restore FILE`)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            default=str(settings.BASE_DIR / "backups"),
            help="Where to write the archive (default: backups/ beside manage.py).",
        )

    def handle(self, *args, output_dir, **options):
        path = write_backup(output_dir)
        self.stdout.write(self.style.SUCCESS(f"Atsarginė kopija: {path}"))
