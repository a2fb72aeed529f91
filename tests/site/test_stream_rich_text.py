"""Rich text inside StreamFields and inside draft revisions is cleaned before it is saved, with
the same rules as every RichTextField, however it arrives (the shell, an import, a fixture)."""

import json

from django.contrib.auth.models import User
from django.core import serializers
from django.db import connection

from wagtail import blocks
from wagtail.models import Revision
from wagtail.rich_text import RichText

import pytest

from pages.models import StandardPage
from tests import factories
from tests.hostile_markup import HOSTILE_RICH_TEXT, assert_harmless
from vvg_site.sanitising.stream import clean_block_data

pytestmark = pytest.mark.django_db

# Formatting and Wagtail's own references, exactly as the editor stores them.
SAFE = (
    '<h3 data-block-key="a1">Veiklos kryptys</h3>'
    '<p data-block-key="a2"><b>Turizmas</b>, <i>amatai</i>: žr. '
    '<a id="3" linktype="page">projektą</a> ir <a id="7" linktype="document">sutartį</a>.</p>'
    '<ol><li data-block-key="a3">Pirma</li></ol>'
    '<embed alt="Pasirašymas" embedtype="image" format="left" id="4"/>'
)


def stored_body(page):
    """The body's JSON as the database holds it, not as the model instance has it."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT body FROM pages_standardpage WHERE page_ptr_id = %s", [page.pk])
        return str(cursor.fetchone()[0])


def test_a_hostile_paragraph_saved_from_code_is_stored_and_rendered_harmless(client):
    page = factories.make_standard_page(
        title="Sutartys",
        slug="sutartys",
        body=[("paragraph", RichText(HOSTILE_RICH_TEXT))],
    )

    assert_harmless(stored_body(page))
    html = client.get(page.url).content.decode()
    assert_harmless(html.split("<main", 1)[1].split("</main>", 1)[0])
    assert "alert(" not in html
    assert "<b>patirties mainų</b>" in html
    assert '<a href="https://www.druskininkuvvg.lt/">Druskininkų VVG</a>' in html


def test_a_paragraph_written_as_raw_json_is_cleaned_too():
    # As an importer or `shell` would: the field's stored JSON form, assigned directly.
    page = factories.make_standard_page(title="Importas")
    page.body = [{"type": "paragraph", "value": HOSTILE_RICH_TEXT, "id": "importuota-1"}]
    page.save()

    assert_harmless(stored_body(page))
    assert "importuota-1" in stored_body(page)


def test_a_fixture_with_a_hostile_paragraph_loads_harmless():
    page = factories.make_standard_page(title="Fiksuotas turinys")
    fixture = json.loads(serializers.serialize("json", [page]))
    fixture[0]["fields"]["body"] = [{"type": "paragraph", "value": HOSTILE_RICH_TEXT, "id": "f1"}]

    for loaded in serializers.deserialize("json", json.dumps(fixture)):
        loaded.save()

    assert_harmless(stored_body(page))


def test_safe_formatting_and_wagtail_references_survive_unchanged():
    page = factories.make_standard_page(title="Tvarkingas", body=[("paragraph", RichText(SAFE))])

    stored = StandardPage.objects.get(pk=page.pk).body.raw_data[0]["value"]

    assert stored == SAFE


NESTED = blocks.StreamBlock(
    [
        ("paragraph", blocks.RichTextBlock()),
        (
            "card",
            blocks.StructBlock(
                [
                    ("title", blocks.CharBlock()),
                    ("text", blocks.RichTextBlock()),
                    ("notes", blocks.ListBlock(blocks.RichTextBlock())),
                    ("more", blocks.StreamBlock([("paragraph", blocks.RichTextBlock())])),
                ]
            ),
        ),
        ("quotes", blocks.ListBlock(blocks.StructBlock([("text", blocks.RichTextBlock())]))),
    ]
)


def test_rich_text_is_cleaned_at_any_depth_of_nested_blocks():
    data = [
        {"type": "paragraph", "value": HOSTILE_RICH_TEXT, "id": "p"},
        {
            "type": "card",
            "id": "c",
            "value": {
                "title": "<script>lieka tekstu</script>",
                "text": HOSTILE_RICH_TEXT,
                # Both ListBlock formats: Wagtail's current one and the older plain list.
                "notes": [
                    {"type": "item", "value": HOSTILE_RICH_TEXT, "id": "n1"},
                    HOSTILE_RICH_TEXT,
                ],
                "more": [{"type": "paragraph", "value": HOSTILE_RICH_TEXT, "id": "m1"}],
            },
        },
        {
            "type": "quotes",
            "id": "q",
            "value": [{"type": "item", "id": "q1", "value": {"text": HOSTILE_RICH_TEXT}}],
        },
    ]

    cleaned = clean_block_data(NESTED, data)

    card = cleaned[1]["value"]
    rich_texts = [
        cleaned[0]["value"],
        card["text"],
        card["notes"][0]["value"],
        card["notes"][1],
        card["more"][0]["value"],
        cleaned[2]["value"][0]["value"]["text"],
    ]
    for html in rich_texts:
        assert_harmless(html)
        assert "<b>patirties mainų</b>" in html
    # A CharBlock is escaped when rendered, so its text is left as typed.
    assert card["title"] == "<script>lieka tekstu</script>"
    assert [cleaned[0]["id"], card["notes"][0]["id"], card["more"][0]["id"]] == ["p", "n1", "m1"]


@pytest.fixture
def admin_client(client):
    client.force_login(User.objects.create_superuser("redaktorius", "r@example.com", "slaptas"))
    return client


def test_a_hostile_draft_revision_is_stored_and_previewed_harmless(admin_client):
    page = factories.make_standard_page(title="Juodraštis")
    page.body = [("paragraph", RichText(HOSTILE_RICH_TEXT))]
    page.intro = "Įžanga"
    revision = page.save_revision()

    content = Revision.objects.get(pk=revision.pk).content
    assert_harmless(json.dumps(content))
    for url in [
        f"/admin/pages/{page.pk}/revisions/{revision.pk}/view/",
        f"/admin/pages/{page.pk}/view_draft/",
    ]:
        response = admin_client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        # The admin's own scripts are on these pages; the draft's are not.
        assert "alert(" not in html and "kenkejas.example" not in html
        assert "<b>patirties mainų</b>" in html


def test_a_revision_made_directly_is_cleaned_as_it_is_saved():
    page = factories.make_standard_page(title="Tiesiogiai")
    content = dict(page.latest_revision.content)
    content["body"] = json.dumps([{"type": "paragraph", "value": HOSTILE_RICH_TEXT, "id": "r1"}])
    revision = Revision.objects.create(
        content_object=page, base_content_type=page.content_type, content=content
    )

    stored = Revision.objects.get(pk=revision.pk).content
    assert_harmless(stored["body"])
    assert "<b>patirties mainų</b>" in json.loads(stored["body"])[0]["value"]
    assert stored["title"] == "Tiesiogiai"


def test_an_agreement_draft_keeps_no_script_in_its_revision():
    agreement = factories.make_partnership(title="Sutartis su kaimynais")
    agreement.summary = HOSTILE_RICH_TEXT
    revision = agreement.save_revision()

    stored = Revision.objects.get(pk=revision.pk).content["summary"]
    assert_harmless(stored)
    assert "<b>patirties mainų</b>" in stored
