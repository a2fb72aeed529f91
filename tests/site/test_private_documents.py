"""A document is reachable only through Wagtail's document view, which checks its collection's
privacy; the app's /media/ route serves image originals and renditions, never documents.

Proved under the production settings, over HTTP, with a collection restricted to signed-in users.
"""

import pytest

SECRET = "valdybos-protokolo-slaptas-turinys"
PUBLIC = "viesos-ataskaitos-turinys"

SETUP = f"""
import io, json
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

root = Collection.get_first_root_node()
private = root.add_child(name="Valdybos dokumentai (privatūs dokumentų bandymai)")
CollectionViewRestriction.objects.create(
    collection=private, restriction_type=CollectionViewRestriction.LOGIN
)
Document = get_document_model()
secret = Document(title="Valdybos protokolas", collection=private)
secret.file.save("protokolas.pdf", ContentFile(b"%PDF-1.4 {SECRET}"))
public = Document(title="Metinė ataskaita", collection=root)
public.file.save("ataskaita.pdf", ContentFile(b"%PDF-1.4 {PUBLIC}"))

buffer = io.BytesIO()
PILImage.new("RGB", (640, 480), "green").save(buffer, "JPEG")
image = get_image_model()(title="Piliakalnis")
image.file.save("piliakalnis.jpg", ImageFile(buffer, name="piliakalnis.jpg"))
image.save()
rendition = image.get_rendition("width-320")
print(json.dumps({{
    "secret_file": secret.file.name,
    "secret_url": secret.url,
    "public_file": public.file.name,
    "public_url": public.url,
    "original": image.file.name,
    "rendition": rendition.url,
}}))
"""


@pytest.fixture(scope="module")
def uploads(production_server):
    return production_server.run_json(SETUP)


def test_private_document_file_is_not_served_from_media(production_server, uploads):
    assert uploads["secret_file"].startswith("documents/")

    response = production_server.get(f"/media/{uploads['secret_file']}")

    assert response.status == 404
    assert SECRET.encode() not in response.body


def test_private_document_asks_for_a_sign_in_at_wagtails_view(production_server, uploads):
    assert uploads["secret_url"].startswith("/dokumentai/")

    response = production_server.get(uploads["secret_url"])

    assert response.status == 302
    assert "login" in response.header("Location")
    assert SECRET.encode() not in response.body


def test_public_document_is_served_through_wagtails_view_only(production_server, uploads):
    served = production_server.get(uploads["public_url"])
    assert served.status == 200
    assert PUBLIC.encode() in served.body

    from_media = production_server.get(f"/media/{uploads['public_file']}")
    assert from_media.status == 404
    assert PUBLIC.encode() not in from_media.body


# Ways to name the documents folder through a prefix the route serves, or through the route
# without naming "documents/" at its start.
TRICKS = [
    ("GET", "/media/images/../{file}"),
    ("GET", "/media/original_images/../{file}"),
    ("GET", "/media/images/%2e%2e/{file}"),
    ("GET", "/media/images/%2E%2E%2F{file}"),
    ("GET", "/media/images%2F..%2F{file}"),
    ("GET", "/media/./{file}"),
    ("GET", "/media/images/./../{file}"),
    ("GET", "/media//{file}"),
    ("GET", "/media/{file}/"),
    ("GET", "/media/%64ocuments/{name}"),
    ("GET", "//media/{file}"),
    ("HEAD", "/media/{file}"),
    ("HEAD", "/media/images/../{file}"),
]


@pytest.mark.parametrize(("method", "template"), TRICKS)
def test_no_path_trick_reaches_a_document_through_media(
    production_server, uploads, method, template
):
    file = uploads["secret_file"]
    path = template.format(file=file, name=file.removeprefix("documents/"))

    response = production_server.request(method, path)

    assert response.status in (400, 404), f"{method} {path} answered {response.status}"
    assert SECRET.encode() not in response.body
    assert response.header("Content-Type", "").split(";")[0] != "application/pdf"


def test_image_originals_and_renditions_are_still_served_from_media(production_server, uploads):
    rendition = production_server.get(uploads["rendition"])
    original = production_server.get(f"/media/{uploads['original']}")
    head = production_server.request("HEAD", uploads["rendition"])

    assert uploads["rendition"].startswith("/media/images/")
    assert rendition.status == 200
    assert rendition.body[:2] == b"\xff\xd8"
    assert original.status == 200
    assert original.body[:2] == b"\xff\xd8"
    assert head.status == 200
    assert head.body == b""
