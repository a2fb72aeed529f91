"""The site has an icon: pages link it, and /favicon.ico (asked for by browsers and feed readers
whatever a page says) leads to it instead of a 404. Checked under the production settings, where
static files have hashed names and WhiteNoise serves them."""

import re


def test_favicon_ico_leads_to_the_static_icon(production_server):
    response = production_server.get("/favicon.ico")

    assert response.status == 302
    location = response.header("Location")
    assert re.fullmatch(r"/static/favicon\.[0-9a-f]{12}\.ico", location), location
    icon = production_server.get(location)
    assert icon.status == 200
    assert icon.body[:4] == b"\x00\x00\x01\x00"  # the ICO file signature


def test_every_page_links_the_icon_that_is_served(production_server):
    home = production_server.get("/")
    missing = production_server.get("/tokio-puslapio-nera/")

    for response in (home, missing):
        links = re.findall(r'<link rel="icon" href="([^"]+)">', response.body.decode())
        assert len(links) == 1
        assert production_server.get(links[0]).status == 200
    assert (home.status, missing.status) == (200, 404)
