"""An existing database's "Apie mus" (a StandardPage, as `load_initial_data` made it before the
profile existed) becomes the profile page in place: text, draft, history, translation,
address and search kept (pages/migrations/0009_apie_mus_becomes_the_profile.py)."""

import importlib
from types import SimpleNamespace

from django.apps import apps
from django.db import connection

from wagtail.models import Page
from wagtail.rich_text import RichText

import pytest
from bs4 import BeautifulSoup

from pages.models import ProfilePage, StandardPage
from tests import factories as f

pytestmark = pytest.mark.django_db

migration = importlib.import_module("pages.migrations.0009_apie_mus_becomes_the_profile")

# The migration moves rows with plain SQL; this is all of the schema editor it uses (a real one
# cannot open inside the test's transaction on SQLite).
SCHEMA_EDITOR = SimpleNamespace(connection=connection, quote_name=connection.ops.quote_name)


@pytest.fixture
def existing_site(home):
    about = f.make_standard_page(
        title="Apie mus",
        slug="apie-mus",
        intro="Redaktoriaus santrauka.",
        show_in_menus=True,
        body=[("paragraph", RichText("<p>Alytaus rajono VVG yra Lietuvos VVG tinklo narė.</p>"))],
    )
    about.intro = "Neskelbtas juodraštis."
    about.save_revision()
    board = f.make_standard_page(parent=about, title="Valdybos darbo reglamentas")
    contacts = f.make_standard_page(title="Kontaktai", slug="kontaktai")
    elsewhere = f.make_standard_page(parent=contacts, title="Apie mus", slug="apie-mus")
    f.translate(home, title="Home", slug="home-en")
    english = f.translate(about, title="About us", slug="about-us", intro="Who we are.")
    return SimpleNamespace(about=about, board=board, elsewhere=elsewhere, english=english)


def specific(page):
    return Page.objects.get(pk=page.pk).specific


def test_apie_mus_and_its_translation_become_the_profile_keeping_text_draft_and_history(
    existing_site, client
):
    revisions = existing_site.about.revisions.count()

    migration.forwards(apps, SCHEMA_EDITOR)

    profile = specific(existing_site.about)
    assert isinstance(profile, ProfilePage)
    assert profile.intro == "Redaktoriaus santrauka."
    assert "Lietuvos VVG tinklo narė" in str(profile.body)
    assert (profile.url, profile.show_in_menus, profile.live) == ("/apie-mus/", True, True)
    assert profile.revisions.count() == revisions
    assert profile.has_unpublished_changes
    draft = profile.latest_revision.as_object()
    assert (type(draft), draft.intro) == (ProfilePage, "Neskelbtas juodraštis.")
    english = specific(existing_site.english)
    assert (type(english), english.intro) == (ProfilePage, "Who we are.")
    # Only the page under the home page: the one elsewhere, and subpages, keep their type.
    assert isinstance(specific(existing_site.elsewhere), StandardPage)
    assert isinstance(specific(existing_site.board), StandardPage)
    assert not StandardPage.objects.filter(pk=existing_site.about.pk).exists()

    response = client.get("/apie-mus/")
    assert response.status_code == 200
    assert response.templates[0].name == "pages/profile_page.html"
    assert "Redaktoriaus santrauka." in response.content.decode()
    found = BeautifulSoup(client.get("/paieska/", {"q": "santrauka"}).content, "html.parser")
    assert "/apie-mus/" in [a["href"] for a in found.select(".search-result__title")]


def test_it_runs_once_and_goes_back(existing_site):
    migration.forwards(apps, SCHEMA_EDITOR)
    migration.forwards(apps, SCHEMA_EDITOR)  # a profile exists: nothing more to convert
    assert ProfilePage.objects.count() == 2

    migration.backwards(apps, SCHEMA_EDITOR)

    about = specific(existing_site.about)
    assert (type(about), about.intro) == (StandardPage, "Redaktoriaus santrauka.")
    assert type(about.latest_revision.as_object()) is StandardPage
    assert not ProfilePage.objects.exists()


def test_a_fresh_database_has_nothing_to_convert(home):
    migration.forwards(apps, SCHEMA_EDITOR)
    assert not ProfilePage.objects.exists()
