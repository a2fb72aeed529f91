"""`manage.py backup` and `restore`: a snapshot restored into an empty database loses nothing."""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

from django.conf import settings

import pytest

ROOT = Path(__file__).resolve().parents[2]

MAKE_CONTENT = """
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from tests import factories

page = factories.make_standard_page(title="Apie mus")
page.title = "Apie mus (juodraštis)"
page.save_revision()
druskininkai = factories.make_partner("Druskininkų vietos veiklos grupė")
vdu = factories.make_partner("Vytauto Didžiojo universitetas", kind="university")
factories.make_partnership(druskininkai, vdu, title="Sutartis su Druskininkų VVG ir VDU")
factories.make_partnership(vdu, title="Ketinimų protokolas", live=False)
get_document_model().objects.create(
    title="Sutartis", file=ContentFile(b"%PDF-1.4 sutartis", name="sutartis.pdf")
)
"""

COUNT_CONTENT = """
import json
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision
from partnerships.models import Partner, Partnership
document = get_document_model().objects.get()
print(json.dumps({
    "agreements": sorted(Partnership.objects.values_list("title", "live")),
    "partners": sorted(Partner.objects.values_list("name", flat=True)),
    "revisions": Revision.objects.count(),
    "pages": sorted(Page.objects.values_list("title", flat=True)),
    "document": document.file.read().decode(),
}))
"""


def manage(env, *args, check=True):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def site_env(database_url, media_root):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="vvg_site.settings.dev",
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(media_root),
        PYTHONWARNINGS="ignore",
    )
    return env


def contents(env):
    return json.loads(manage(env, "shell", "--no-imports", "-c", COUNT_CONTENT).stdout)


def backup_restore_round_trip(tmp_path, source_url, target_url):
    source = site_env(source_url, tmp_path / "media-source")
    manage(source, "migrate", "--noinput")
    manage(source, "shell", "--no-imports", "-c", MAKE_CONTENT)
    before = contents(source)

    output = manage(source, "backup", "--output-dir", str(tmp_path / "backups")).stdout
    archives = list((tmp_path / "backups").glob("vvg-backup-*.tar.gz"))
    assert len(archives) == 1 and archives[0].name in output

    target = site_env(target_url, tmp_path / "media-target")
    manage(target, "restore", str(archives[0]))
    after = contents(target)

    assert after == before
    assert ["Ketinimų protokolas", False] in after["agreements"]
    assert after["revisions"] >= 4
    assert "Apie mus" in after["pages"]

    refused = manage(target, "restore", str(archives[0]), check=False)
    assert refused.returncode != 0
    assert "--force" in refused.stderr
    manage(target, "restore", str(archives[0]), "--force")
    assert contents(target) == before


def test_sqlite_backup_restores_into_an_empty_database(tmp_path):
    backup_restore_round_trip(
        tmp_path,
        f"sqlite:///{tmp_path / 'source.sqlite3'}",
        f"sqlite:///{tmp_path / 'new.sqlite3'}",
    )


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    env = site_env(f"sqlite:///{tmp_path / 'db.sqlite3'}", tmp_path / "media")
    (tmp_path / "notes.txt").write_text("ne kopija")

    result = manage(env, "restore", str(tmp_path / "notes.txt"), check=False)

    assert result.returncode != 0
    assert "Traceback" not in result.stderr


POSTGRES_URL = os.environ.get("DATABASE_URL", "")


@pytest.mark.skipif(
    not POSTGRES_URL.startswith("postgres"), reason="runs in the PostgreSQL pass of the suite"
)
def test_postgresql_backup_restores_into_an_empty_database(tmp_path):
    import psycopg

    db = settings.DATABASES["default"]
    auth = db["USER"] + (f":{db['PASSWORD']}" if db.get("PASSWORD") else "")
    server = f"postgres://{auth}@{db['HOST']}:{db['PORT']}"
    names = [f"vvg_backup_{uuid.uuid4().hex[:8]}_{role}" for role in ("source", "target")]
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        for name in names:
            admin.execute(f'CREATE DATABASE "{name}"')
        try:
            backup_restore_round_trip(tmp_path, f"{server}/{names[0]}", f"{server}/{names[1]}")
        finally:
            for name in names:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
