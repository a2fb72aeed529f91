"""Uploaded images are reachable without a separate web server, as production runs none."""

import pytest

from tests import factories


@pytest.mark.django_db
def test_an_uploaded_image_rendition_is_served_by_the_app(client):
    image = factories.make_image("Piliakalnis", (640, 480), "green")
    rendition = image.get_rendition("width-320")
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert b"".join(response.streaming_content)[:2] == b"\xff\xd8"


@pytest.mark.django_db
def test_a_path_outside_the_media_folder_is_not_served(client):
    response = client.get("/media/../manage.py")
    # Refused (a dot segment is never served); nothing of the file leaks.
    assert response.status_code == 404
    assert b"DJANGO_SETTINGS_MODULE" not in response.content
