"""Every public page type, built with realistic content, for the gates in test_gates.py.

To put a new page type under the gates, add a builder that creates its data with
tests/factories.py and returns {name: SitePage(path)}, and list it in BUILDERS. The names appear
in failure messages, so make them say which page it is ("bendradarbiavimas, filtruota").
"""

import datetime
from typing import NamedTuple

from wagtail.rich_text import RichText

from pages.dates import Precision
from pages.models import OrganisationSettings
from tests import factories


class SitePage(NamedTuple):
    path: str
    status: int = 200


def organisation_details():
    """Fill every footer field, so the footer's full markup is under the gates."""
    org = OrganisationSettings.load()
    org.legal_form = "asociacija"
    org.company_code = "300000000"
    org.address = "Pulko g. 1, Alytus"
    org.phone = "+370 600 00000"
    org.email = "info@vvg.example"
    org.facebook_url = "https://www.facebook.com/example"
    org.youtube_url = "https://www.youtube.com/@example"
    org.funding_text = "Finansuojama pagal Lietuvos kaimo plėtros programą.\nLEADER metodas."
    org.eu_emblem = factories.make_image("Europos Sąjungos emblema", size=(300, 200))
    org.leader_logo = factories.make_image("LEADER logotipas", size=(200, 200))
    org.save()


def body_with_every_block():
    """A page body using each block of BodyStreamBlock but the embed (it needs the network)."""
    return [
        ("heading", {"text": "LEADER metodas", "level": "h2"}),
        (
            "paragraph",
            RichText(
                "<p>Vietos plėtra iš apačios: <b>kaimo bendruomenės</b> sprendžia pačios. "
                '<a href="https://example.org/leader">Daugiau apie LEADER</a>.</p>'
                "<ul><li>Kaimo bendruomenės</li><li>Verslas</li></ul>"
                "<h3>Veiklos kryptys</h3><ol><li>Turizmas</li><li>Amatai</li></ol>"
            ),
        ),
        ("heading", {"text": "Teritorija", "level": "h3"}),
        # A wide, a medium and a narrow original: each takes another branch of image_block.html.
        *(
            (
                "image",
                {
                    "image": factories.make_image(size=size),
                    "alt_text": "Piliakalnis Dzūkijoje vasarą",
                    "caption": "Piliakalnis" if size[0] > 500 else "",
                },
            )
            for size in [(1280, 800), (800, 500), (400, 250)]
        ),
        ("quote", {"text": "Kartu galime daugiau.", "attribution": "Bendruomenės pirmininkė"}),
        ("document", {"document": factories.make_document(), "label": ""}),
    ]


def core_pages():
    """Home, a standard page, the projects index and a project, and the 404 page."""
    organisation_details()
    home = factories.home_page()
    home.intro = "<p>Alytaus rajono kaimo plėtra <b>kartu</b>.</p>"
    home.body = [("paragraph", RichText("<p>Sveiki atvykę.</p>"))]
    home.save_revision().publish()
    about = factories.make_standard_page(
        title="Apie mus",
        slug="apie-mus",
        intro="Kas mes esame ir ką veikiame.",
        show_in_menus=True,
        body=body_with_every_block(),
    )
    child = factories.make_standard_page(parent=about, title="Valdyba", slug="valdyba")
    projects = factories.make_project_index(
        intro="<p>Projektai su partneriais.</p>", show_in_menus=True
    )
    project = factories.make_project(
        projects,
        title="Dzūkijos piliakalnių kelias",
        slug="dzukijos-piliakalniu-kelias",
        programme="Lietuvos kaimo plėtros 2014–2020 m. programa, LEADER",
        start_date=datetime.date(2018, 1, 1),
        start_precision=Precision.YEAR,
        end_date=datetime.date(2019, 6, 1),
        end_precision=Precision.MONTH,
        summary="<p>Piliakalnių kelias per Dzūkiją.</p>",
    )
    factories.make_project(projects, title="Amatų mokykla", slug="amatu-mokykla")
    return {
        "pradžios puslapis": SitePage(home.url),
        "turinio puslapis": SitePage(about.url),
        "turinio puslapio vaikas": SitePage(child.url),
        "projektų sąrašas": SitePage(projects.url),
        "projektas": SitePage(project.url),
        "404": SitePage("/tokio-puslapio-nera/", status=404),
    }


BUILDERS = [core_pages]


def build_site_pages():
    pages = {}
    for builder in BUILDERS:
        pages.update(builder())
    return pages
