"""Text the site writes for machines and for the staff at a terminal: plain text keeps paragraph
breaks, and management commands speak Lithuanian with its three plural forms."""

from io import StringIO

from django.core.management import call_command

import pytest

from pages.initial_content import InitialContent
from pages.models import HomePage, NewsPage, StandardPage
from partnerships.models import Partnership
from tests import factories as f
from vvg_site.core.text import plain_text


def test_plain_text_keeps_the_break_between_paragraphs_and_list_items():
    html = (
        "<p>Sutarta dėl <b>įgyvendinimo</b>.</p><p>Projektas skirtas&nbsp;kaimui.</p>"
        "<ul><li>a</li></ul>"
    )
    assert plain_text(html) == "Sutarta dėl įgyvendinimo. Projektas skirtas kaimui. a"
    assert plain_text(html, paragraphs=True) == (
        "Sutarta dėl įgyvendinimo.\n\nProjektas skirtas kaimui.\n\na"
    )


@pytest.mark.django_db
def test_the_export_summary_keeps_its_paragraphs_apart(client, home):
    f.make_partnership_index()
    f.make_partnership(
        title="Sutartis",
        summary="<p>Bendradarbiauti rengiant projektus įgyvendinimo.</p><p>Projektas skirtas.</p>",
    )
    (record,) = client.get("/bendradarbiavimas/export.json").json()["results"]
    assert (
        record["summary"]
        == "Bendradarbiauti rengiant projektus įgyvendinimo.\n\nProjektas skirtas."
    )


@pytest.mark.parametrize(
    ("count", "text"),
    [
        (1, "1 pradžios puslapis"),
        (2, "2 pradžios puslapiai"),
        (10, "10 pradžios puslapių"),
        (21, "21 pradžios puslapis"),
    ],
)
def test_counts_in_command_messages_take_the_lithuanian_plural_form(count, text):
    assert InitialContent.summary([(HomePage, "Pradžia")] * count) == text


def test_a_summary_counts_each_kind_in_its_own_words():
    items = [(StandardPage, "Apie mus")] * 3 + [(Partnership, "s")] * 24 + [(NewsPage, "n")] * 6
    assert InitialContent.summary(items) == "3 turinio puslapiai, 24 sutartys, 6 naujienos"


@pytest.mark.django_db
def test_load_initial_data_reports_in_lithuanian(home):
    out = StringIO()
    call_command("load_initial_data", stdout=out)
    # The Lithuanian home page and its English translation.
    assert "Įkeltas pradinis turinys: 2 pradžios puslapiai," in out.getvalue()
    assert "24 sutartys" in out.getvalue()
    again = StringIO()
    call_command("load_initial_data", stdout=again)
    assert "Pradinis turinys jau įkeltas" in again.getvalue()
    assert "nieko nepakeista" in again.getvalue()
