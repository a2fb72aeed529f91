"""The page tree snapshot answers as Wagtail would, from one read per content generation."""

from wagtail.models import PageViewRestriction, Site

import pytest

from tests import factories as f
from vvg_site.core.pagetree import PageTree


@pytest.mark.django_db
def test_site_root_paths_are_wagtails_own_in_the_same_order():
    home = f.home_page()
    f.translate(home, title="Home", slug="home-en")
    projects = f.make_project_index()
    f.translate(projects, title="Projects", slug="projects")
    # A second site rooted deeper (its paths come first), and a third on the same root.
    Site.objects.create(hostname="projektai.vvg.example", root_page=projects, site_name="Projektai")
    Site.objects.create(hostname="a.vvg.example", port=8080, root_page=home, site_name="A")

    ours = PageTree().site_root_paths

    assert len(ours) == 6
    assert ours == Site.get_site_root_paths()


@pytest.mark.django_db
def test_a_section_behind_a_password_stays_behind_it_until_the_restriction_goes(client):
    f.home_page()
    section = f.make_standard_page(
        title="Valdybos puslapis", slug="valdyba", show_in_menus=True, body=[]
    )
    inner = f.make_standard_page(parent=section, title="Posėdžio protokolas", slug="protokolas")
    restriction = PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.PASSWORD, password="slaptas"
    )
    for path in ("/valdyba/", "/valdyba/protokolas/"):
        response = client.get(path)
        assert response.status_code == 200
        assert b'name="password"' in response.content
        assert "Posėdžio protokolas" not in response.content.decode().split("<main")[-1]
    assert "Valdybos puslapis" not in client.get("/").content.decode()
    assert inner.live

    restriction.delete()

    assert "Posėdžio protokolas" in client.get("/valdyba/protokolas/").content.decode()
    assert b'name="password"' not in client.get("/valdyba/").content
    assert "Valdybos puslapis" in client.get("/").content.decode()
