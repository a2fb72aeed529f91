"""`manage.py load_initial_data` on a database an editor has already started filling: what the
editor made is reused or left alone."""

from pages.models import HomePage
from partnerships.models import Partner, Partnership
from tests.pages.seed import load


def test_an_editors_partner_of_the_same_name_is_reused_not_duplicated(db):
    own = Partner.objects.create(
        name="Druskininkų vietos veiklos grupė", slug="druskininkai", kind="lag"
    )
    assert "palikta nepakeista" in load()
    assert Partnership.objects.count() == 0

    load("--add-missing")
    assert Partner.objects.filter(name__iexact=own.name).count() == 1
    assert own.agreement_links.count() == 3
    assert Partner.objects.get(pk=own.pk).slug == "druskininkai"


def test_a_home_page_an_editor_has_written_is_left_alone(db):
    home = HomePage.objects.get(locale__language_code="lt")
    home.intro = "<p>Redaktoriaus žodis.</p>"
    home.save_revision().publish()
    load("--add-missing")
    assert HomePage.objects.get(locale__language_code="lt").intro == "<p>Redaktoriaus žodis.</p>"
    assert Partnership.objects.live().count() == 24
