"""One consistent snapshot of the site: the database and the uploaded files, in one archive.

The archive holds `manifest.json`, the database (`db.sqlite3` from SQLite's online backup API,
or `db.dump` from `pg_dump --format=custom`) and `media/`. Both the backup and the restore work
while the site is running; SQLite's backup API copies a consistent state even mid-write.
"""

import datetime
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.core.management.base import CommandError
from django.db import connection

FORMAT_VERSION = 1
DB_FILES = {"sqlite": "db.sqlite3", "postgresql": "db.dump"}


def vendor():
    if connection.vendor not in DB_FILES:
        raise CommandError(f"Atsarginės kopijos nepalaikomos duomenų bazei „{connection.vendor}“.")
    return connection.vendor


def media_root():
    """MEDIA_ROOT when uploads live on this disk; object storage keeps its own versions."""
    if isinstance(storages["default"], FileSystemStorage):
        return Path(settings.MEDIA_ROOT)
    return None


def pg_env_and_name():
    db = settings.DATABASES["default"]
    env = {**os.environ}
    for key, var in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER")):
        if db.get(key):
            env[var] = str(db[key])
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return env, db["NAME"]


def run(command, env=None):
    # pg_dump / pg_restore with arguments from the settings, never from a visitor.
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise CommandError(f"{command[0]} nepavyko: {result.stderr.strip()}")


def write_backup(output_dir):
    """Write the archive into output_dir and return its path."""
    engine = vendor()
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = output_dir / f"vvg-backup-{stamp}.tar.gz"

    with tempfile.TemporaryDirectory() as tmp:
        db_file = Path(tmp) / DB_FILES[engine]
        if engine == "sqlite":
            source = sqlite3.connect(settings.DATABASES["default"]["NAME"])
            copy = sqlite3.connect(db_file)
            with copy:
                source.backup(copy)
            copy.close()
            source.close()
        else:
            env, name = pg_env_and_name()
            run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges",
                 f"--file={db_file}", name], env=env)  # fmt: skip
        manifest = Path(tmp) / "manifest.json"
        manifest.write_text(
            json.dumps({"format": FORMAT_VERSION, "created": stamp, "engine": engine}, indent=2)
        )

        partial = target.with_suffix(".part")
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(manifest, "manifest.json")
            archive.add(db_file, db_file.name)
            media = media_root()
            if media is not None and media.is_dir():
                archive.add(media, "media")
        partial.rename(target)  # a half-written archive never looks like a backup
    return target


def database_is_empty():
    return not connection.introspection.table_names()


def restore_backup(archive_path, force=False):
    """Load the archive into the configured database and MEDIA_ROOT."""
    archive_path = Path(archive_path)
    if not archive_path.is_file():
        raise CommandError(f"Nėra failo {archive_path}.")
    engine = vendor()
    try:
        archive = tarfile.open(archive_path, "r:gz")  # noqa: SIM115 (closed by the with below)
    except tarfile.TarError as error:
        raise CommandError(f"{archive_path} nėra šios svetainės atsarginė kopija.") from error
    with tempfile.TemporaryDirectory() as tmp, archive:
        try:
            manifest = json.load(archive.extractfile("manifest.json"))
        except KeyError as error:
            raise CommandError(f"{archive_path} nėra šios svetainės atsarginė kopija.") from error
        if manifest.get("format") != FORMAT_VERSION:
            raise CommandError(f"Nežinomas atsarginės kopijos formatas: {manifest.get('format')}.")
        if manifest["engine"] != engine:
            raise CommandError(
                f"Kopija padaryta iš „{manifest['engine']}“, o dabartinė duomenų bazė – „{engine}“."
            )
        if not force and not database_is_empty():
            raise CommandError(
                "Duomenų bazė ne tuščia: atkūrimas ją perrašytų. Jei tikrai to norite, "
                "pakartokite su --force."
            )
        # The "data" filter refuses absolute paths, links out of the folder and device files.
        archive.extractall(tmp, filter="data")
        db_file = Path(tmp) / DB_FILES[engine]
        if engine == "sqlite":
            restore_sqlite(db_file)
        else:
            restore_postgresql(db_file, clean=force)
        restore_media(Path(tmp) / "media")


def restore_sqlite(db_file):
    connection.close()
    source = sqlite3.connect(db_file)
    target = sqlite3.connect(settings.DATABASES["default"]["NAME"])
    with target:
        source.backup(target)
    target.close()
    source.close()


def restore_postgresql(db_file, clean):
    connection.close()
    env, name = pg_env_and_name()
    command = ["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error",
               "--single-transaction", f"--dbname={name}"]  # fmt: skip
    if clean:
        command += ["--clean", "--if-exists"]
    run([*command, str(db_file)], env=env)


def restore_media(extracted):
    media = media_root()
    if media is None or not extracted.is_dir():
        return
    shutil.copytree(extracted, media, dirs_exist_ok=True)
