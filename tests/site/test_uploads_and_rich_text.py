"""What editors upload or type cannot attack visitors: limits on images, no SVG, clean rich text."""

import io
import json
import re

from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms import ValidationError
from django.template.loader import render_to_string
from django.test import RequestFactory

from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form
from wagtail.images.fields import WagtailImageField

import pytest
from PIL import Image

from partnerships.models import Partnership
from tests import factories
from vvg_site.sanitising.rich_text import clean_rich_text

HOSTILE_SUMMARY = (
    '<p>Susitarta dėl <b>patirties mainų</b>.<script>alert("x")</script></p>'
    '<p><a href="javascript:alert(document.cookie)">Sutartis</a> ir '
    '<a href=" JAVASCRIPT:alert(1)" onclick="alert(2)">priedas</a>'
    '<img src="x" onerror="alert(3)"></p>'
    '<iframe src="https://kenkejas.example/"></iframe>'
    '<p><a href="https://www.druskininkuvvg.lt/">Druskininkų VVG</a></p>'
)


def png_bytes(size, mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, size).save(buffer, "PNG")
    return buffer.getvalue()


# The site's own scripts: static files, never inline (the CSP allows nothing else).
OWN_SCRIPT = re.compile(r'<script src="/static/js/[\w.-]+" defer></script>')


def assert_harmless(html):
    lowered = OWN_SCRIPT.sub("", html).lower()
    assert "<script" not in lowered
    assert "javascript:" not in lowered
    assert "onclick" not in lowered and "onerror" not in lowered
    assert "<iframe" not in lowered


@pytest.mark.django_db
def test_agreement_summary_with_script_and_javascript_links_renders_harmless():
    agreement = factories.make_partnership(title="Sutartis su Druskininkų VVG")
    agreement.summary = HOSTILE_SUMMARY
    agreement.save()
    agreement = Partnership.objects.get(pk=agreement.pk)

    html = render_to_string(
        "partnerships/includes/partnership_item.html", {"partnership": agreement}
    )

    assert_harmless(html)
    assert "<b>patirties mainų</b>" in html
    assert '<a href="https://www.druskininkuvvg.lt/">Druskininkų VVG</a>' in html


@pytest.mark.django_db
def test_agreement_preview_shows_no_script_from_the_summary():
    agreement = factories.make_partnership(summary=HOSTILE_SUMMARY)
    request = RequestFactory().get("/")

    response = agreement.make_preview_request(request, "")

    assert response.status_code == 200
    assert_harmless(response.content.decode())


def test_editor_input_loses_javascript_links():
    widget = Partnership._meta.get_field("summary").formfield().widget
    contentstate = {
        "blocks": [
            {
                "key": "a1",
                "text": "Sutartis ir <script>alert(1)</script>",
                "type": "unstyled",
                "depth": 0,
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": 0, "length": 8, "key": 0}],
                "data": {},
            }
        ],
        "entityMap": {
            "0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": "javascript:alert(1)"}}
        },
    }

    html = widget.value_from_datadict({"summary": json.dumps(contentstate)}, {}, "summary")

    assert_harmless(clean_rich_text(html))
    assert "javascript:" not in html
    assert "&lt;script&gt;" in html  # typed text stays text


def test_cleaning_keeps_wagtail_internal_links_and_images():
    html = (
        '<p data-block-key="k1"><s>Žr.</s> <a id="3" linktype="page">projektą</a> ir '
        '<a id="7" linktype="document">sutartį</a>.</p>'
        '<embed alt="Pasirašymas" embedtype="image" format="left" id="4"/>'
    )

    assert clean_rich_text(html) == html


def test_svg_images_are_refused():
    field = WagtailImageField()
    svg = SimpleUploadedFile(
        "logotipas.svg",
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>',
        content_type="image/svg+xml",
    )
    with pytest.raises(ValidationError):
        field.clean(svg)


def test_images_over_the_pixel_limit_are_refused(settings):
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    field = WagtailImageField()
    # 8000 × 6000 = 48 million pixels, a few kilobytes as a one-bit PNG.
    huge = SimpleUploadedFile("didelis.png", png_bytes((8000, 6000), mode="1"))

    with pytest.raises(ValidationError, match="per daug pikselių"):
        field.clean(huge)


def test_images_over_the_size_limit_are_refused(settings):
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    field = WagtailImageField()
    payload = png_bytes((10, 10)) + b"\0" * (10 * 1024 * 1024)
    big = SimpleUploadedFile("sunkus.png", payload)

    with pytest.raises(ValidationError):
        field.clean(big)


def test_an_ordinary_photo_is_accepted():
    field = WagtailImageField()
    photo = SimpleUploadedFile("renginys.png", png_bytes((1200, 800)))

    assert field.clean(photo) is photo


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["puslapis.html", "piesinys.svg", "programa.exe"])
def test_documents_of_dangerous_types_are_refused(name, django_user_model):
    user = django_user_model.objects.create_superuser("redaktorius", "r@example.com", "pw")
    form_class = get_document_form(get_document_model())
    form = form_class(
        {"title": "Priedas"},
        {"file": SimpleUploadedFile(name, b"<script>alert(1)</script>")},
        user=user,
    )

    assert not form.is_valid()
    assert "file" in form.errors


@pytest.mark.django_db
def test_documents_are_served_through_wagtails_view(client):
    document = get_document_model().objects.create(
        title="Bendradarbiavimo sutartis",
        file=SimpleUploadedFile("sutartis.pdf", b"%PDF-1.4 sutartis"),
    )

    assert document.url.startswith("/dokumentai/")
    response = client.get(document.url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 sutartis"
    assert response["X-Content-Type-Options"] == "nosniff"
