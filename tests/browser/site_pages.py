"""Every public page type, built with realistic content, for the gates in test_gates.py.

To put a new page type under the gates, add a builder that creates its data with
tests/factories.py and returns {name: SitePage(path)}, and list it in BUILDERS. The names appear
in failure messages, so make them say which page it is ("bendradarbiavimas, filtruota").

`make screenshots` (tests/browser/screenshots.py) photographs the same page types on the
initial content: give each SitePage the path of its kind there when it differs (`initial=`), or
`initial=None` when the initial content has no such page.
"""

import datetime
from typing import NamedTuple

from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from pages.models import OrganisationSettings
from partnerships.models import Partnership
from tests import factories
from vvg_site.core.dates import Precision


class SitePage(NamedTuple):
    path: str
    status: int = 200
    # The same page type in the initial content: "" for the same path, None for none there.
    initial: str | None = ""

    @property
    def initial_path(self):
        return self.path if self.initial == "" else self.initial


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
        # In the initial content "Apie mus" is the profile: its prose page is "Kontaktai".
        "turinio puslapis": SitePage(about.url, initial="/kontaktai/"),
        "turinio puslapio vaikas": SitePage(child.url, initial=None),
        "projektų sąrašas": SitePage(projects.url),
        "projektas": SitePage(project.url),
        "404": SitePage("/tokio-puslapio-nera/", status=404),
    }


def news_and_project_pages():
    """The news index (plain, filtered, with a bad filter, a second page), a news item with its
    picture and links, and a funded project listing its partners, agreements, news and gallery."""
    from pages.models import (
        NEWS_PER_PAGE,
        ProjectDocument,
        ProjectGalleryImage,
        ProjectIndexPage,
        ProjectPartner,
    )

    projects = ProjectIndexPage.objects.get()  # made by core_pages
    project = factories.make_project(
        projects,
        title="Lėtos kultūros patirtys 2.00",
        slug="letos-kulturos-patirtys",
        programme="Lietuvos kaimo plėtros 2014–2020 m. programa, LEADER",
        funding_period="2014-2020",
        status="completed",
        territory="Birštono, Druskininkų ir Alytaus rajono savivaldybės",
        end_date=datetime.date(2022, 9, 30),
        aims="<p>Lėtasis turizmas.</p>",
        results="<ul><li>www.slowtrips.eu</li></ul>",
        external_url="https://example.org/slowtrips",
    )
    partner = factories.make_partner("Druskininkų vietos veiklos grupė")
    ProjectPartner.objects.create(page=project, partner=partner, role="partner")
    ProjectGalleryImage.objects.create(
        page=project, image=factories.make_image(), alt_text="Lėtojo turizmo mokymai"
    )
    ProjectDocument.objects.create(page=project, document=factories.make_document())
    agreement = factories.make_partnership(
        partner, title="Bendradarbiavimo sutartis", project=project
    )
    index = factories.make_news_index(show_in_menus=True)
    item = None
    for n in range(NEWS_PER_PAGE + 1):
        item = factories.make_news(
            index,
            title=f"Naujiena nr. {n + 1}",
            slug=f"naujiena-{n + 1}",
            date=datetime.date(2022, 9, 1 + n),
            projects=[project],
            partnerships=[agreement],
            tags=["lėtasis turizmas"],
            # Wide, medium and narrow originals: each takes another branch of the picture markup.
            main_image=factories.make_image(size=[(1280, 800), (800, 500), (400, 250)][n % 3]),
            main_image_alt="Piliakalnis rudenį",
            body=body_with_every_block()[:2],
        )
    middle = index.get_children().get(slug="naujiena-5")  # its image is the medium one
    return {
        "naujienos": SitePage(index.url),
        "naujienos, filtruota": SitePage(
            index.url + "?project=letos-kulturos-patirtys&year=2022",
            initial="/naujienos/?project=letos-kulturos-patirtys-2-00-culttrips-2-00&year=2022",
        ),
        "naujienos, netinkamas filtras": SitePage(index.url + "?tag=nera&year=1999"),
        "naujienos, 2 puslapis": SitePage(index.url + "?page=2", initial=None),
        "naujiena (paskutinė)": SitePage(
            item.url, initial="/naujienos/baigtas-projektas-letos-kulturos-patirtys-2-00/"
        ),
        "naujiena (vidurinė)": SitePage(
            middle.url, initial="/naujienos/sutartis-su-vytauto-didziojo-universitetu/"
        ),
        "finansuotas projektas": SitePage(
            project.url, initial="/projektai/letos-kulturos-patirtys-2-00-culttrips-2-00/"
        ),
    }


def cooperation_pages():
    """Bendradarbiavimas (plain, filtered, empty, with bad input), an agreement, a partner page,
    the partner countries' map, the search (with and without results) and the accessibility
    statement."""
    from pages.models import ProjectIndexPage

    factories.make_partnership_index(
        intro=[("paragraph", RichText("<p>Su kuo ir kada pasirašėme sutartis.</p>"))]
    )
    druskininkai = factories.make_partner(
        "Druskininkų vietos veiklos grupė", short_name="Druskininkų VVG", slug="druskininku-vvg"
    )
    austria = factories.make_partner("LAG Elsbeere Wienerwald", country="AT", slug="elsbeere")
    project = factories.make_project(
        ProjectIndexPage.objects.get(), title="CultTrips", slug="culttrips"
    )
    protocol = factories.make_partnership(
        austria, title="Ketinimų protokolas", signed_on=datetime.date(2016, 1, 1), precision="year"
    )
    # A chain with a status on each card and a timeline on the permalink (what followed what).
    agreement = factories.make_partnership(
        druskininkai,
        austria,
        title="CultTrips bendradarbiavimo sutartis",
        signed_on=datetime.date(2018, 8, 1),
        precision=Precision.MONTH,
        project=project,
        follows=protocol,
        ended_how="fulfilled",
        ended_on=datetime.date(2022, 9, 30),
    )
    factories.make_partnership(
        druskininkai,
        title="Sutartis su Druskininkų VVG",
        signed_on=datetime.date(2014, 9, 15),
        validity_end="open",
    )
    factories.make_news(title="Baigtas projektas CultTrips", projects=[project])
    factories.make_partnership(
        druskininkai,
        title="Susitikimo memorandumas",
        signed_on=datetime.date(2019, 5, 20),
        until=datetime.date(2019, 5, 22),
        precision=Precision.SPAN,
    )
    statement = factories.make_standard_page(
        title="Prieinamumo deklaracija",
        slug="prieinamumo-deklaracija",
        intro="Kaip siekiame, kad svetainė būtų prieinama visiems.",
        body=[("paragraph", RichText("<p>Pastebėjote kliūtį? Parašykite mums.</p>"))],
    )
    return {
        "bendradarbiavimas": SitePage("/bendradarbiavimas/"),
        "bendradarbiavimas, filtruota": SitePage(
            "/bendradarbiavimas/?partner=druskininku-vvg&year=2018"
        ),
        "bendradarbiavimas, nieko nerasta": SitePage("/bendradarbiavimas/?q=niekoneras"),
        "bendradarbiavimas, netinkami metai": SitePage("/bendradarbiavimas/?year=abc"),
        "sutartis": SitePage(
            agreement.get_absolute_url(),
            initial="/bendradarbiavimas/bendradarbiavimo-sutartis-tarp-7-es-saliu-vietos-veiklos-grupiu/",
        ),
        "partneris": SitePage(druskininkai.get_absolute_url()),
        "partnerių šalių žemėlapis": SitePage("/bendradarbiavimas/zemelapis/"),
        "partneris, pasibaigusios": SitePage(druskininkai.get_absolute_url() + "?status=ended"),
        "bendradarbiavimas, galiojančios": SitePage("/bendradarbiavimas/?status=active"),
        "paieška": SitePage("/paieska/?q=Druskininkų"),
        "paieška, nieko nerasta": SitePage("/paieska/?q=zzzz"),
        "paieška, panašūs pavadinimai": SitePage("/paieska/?q=Druskinkai"),
        "prieinamumo deklaracija": SitePage(statement.url),
    }


def profile_pages():
    """The organisation's profile with a record of every kind (a board meeting the majority rule,
    a committee breaking it, a private file left out), a strategy, the documents' list (plain,
    filtered, with a bad filter, a second page) and a search that finds a document."""
    from wagtail.models import Collection, CollectionViewRestriction

    from pages.models import DOCUMENTS_PER_PAGE

    profile = factories.make_profile_page(
        title="Apie VVG",
        slug="apie-vvg",
        intro="Vietos veiklos grupė: valdžia, verslas ir bendruomenės kartu.",
        body=body_with_every_block()[:2],
    )
    library = factories.make_partner("Alytaus rajono savivaldybės viešoji biblioteka")
    members = [
        factories.make_member(
            partner=library,
            sector="public",
            since=datetime.date(2006, 1, 1),
            since_precision="year",
        ),
        factories.make_member("Alytaus rajono savivaldybė", sector="public"),
        factories.make_member("UAB „Dzūkijos medus“", sector="business"),
        factories.make_member("Ona Onaitė", sector="business", kind="person"),
        factories.make_member(
            "Daugų bendruomenė", sector="civil", since=datetime.date(2015, 3, 14)
        ),
        factories.make_member("Punios bendruomenė", sector="civil"),
    ]
    board = factories.make_body("Valdyba", name_en="Board")
    for i, member in enumerate(members):
        factories.make_seat(board, member, datetime.date(2023, 6, 1), chair=i == 4)
    factories.make_seat(
        board,
        factories.make_member("Buvęs narys", until=datetime.date(2023, 5, 31)),
        datetime.date(2019, 6, 1),
        datetime.date(2023, 5, 31),
    )
    committee = factories.make_body("Projektų atrankos komitetas")
    for member in members[4:]:
        factories.make_seat(committee, member, datetime.date(2024, 1, 1))
    factories.make_seat(committee, members[1], datetime.date(2024, 1, 1))
    factories.make_team_member(
        "Rūta Jonaitė",
        role="VVG administracijos vadovė",
        role_en="Manager of the LAG administration",
        email="ruta@vvg.example",
        email_published=True,
        phone="+370 600 00001",
        phone_published=True,
        photo=factories.make_image("Rūta Jonaitė", size=(600, 800)),
    )
    factories.make_team_member("Jonas Jonaitis", role="finansininkas")
    union = factories.make_partner("Lietuvos kaimo bendruomenių sąjunga", kind="association")
    agreement = factories.make_partnership(
        union,
        title="Narystė Lietuvos kaimo bendruomenių sąjungoje",
        signed_on=datetime.date(2015, 10, 1),
    )
    factories.make_network(
        "Lietuvos vietos veiklos grupių tinklas", website="https://example.org/vvg-tinklas"
    )
    factories.make_network(since=datetime.date(2015, 10, 1), agreement=agreement)
    strategy = factories.make_strategy(
        profile,
        title="Alytaus rajono vietos plėtros strategija 2023–2029 m.",
        slug="strategija-2023-2029",
        period_start=2023,
        period_end=2029,
        summary="<p>Sumanūs, <b>tvarūs</b> kaimai.</p>",
        priorities=[
            (
                "priority",
                {
                    "code": "1",
                    "title": "Vietos verslo skatinimas",
                    "description": "Darbo vietos kaime.",
                    "measures": [
                        {
                            "code": "1.1",
                            "title": "Parama ūkio subjektams",
                            "description": "Ne žemės ūkio veikla.",
                        },
                        {"code": "1.2", "title": "Trumpos tiekimo grandinės", "description": ""},
                    ],
                },
            ),
            (
                "priority",
                {
                    "code": "2",
                    "title": "Bendruomenių stiprinimas",
                    "description": "",
                    "measures": [],
                },
            ),
        ],
    )
    factories.make_strategy(
        profile,
        title="Strategija 2014–2020 m.",
        slug="strategija-2014-2020",
        period_start=2014,
        period_end=2020,
    )
    factories.make_public_document(
        "Vietos plėtros strategija", "strategija", datetime.date(2023, 4, 3), strategy=strategy
    )
    factories.make_public_document(
        "Strategijos pakeitimas Nr. 1",
        "strategijos-pakeitimas",
        datetime.date(2024, 2, 1),
        strategy=strategy,
    )
    factories.make_public_document(
        "Asociacijos įstatai", "istatai", datetime.date(2016, 3, 2), title_en="Statutes"
    )
    for i in range(DOCUMENTS_PER_PAGE):
        factories.make_public_document(
            f"Valdybos posėdžio protokolas Nr. {i + 1}",
            "protokolas",
            datetime.date(2024, 1, 1) + datetime.timedelta(days=7 * i),
        )
    private = Collection.get_first_root_node().add_child(name="Vidaus dokumentai")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    hidden = factories.make_document("Vidaus tvarka")
    hidden.collection = private
    hidden.save()
    factories.make_public_document("Vidaus tvarka", "sprendimas", document=hidden)
    documents = factories.make_document_index(
        profile, intro="<p>Įstatai, strategija, ataskaitos, sprendimai.</p>"
    )
    return {
        # The initial content's profile is "Apie mus", with no strategy page and few documents.
        "organizacijos profilis": SitePage(profile.url, initial="/apie-mus/"),
        "strategija": SitePage(strategy.url, initial=None),
        "dokumentai": SitePage(documents.url, initial="/apie-mus/dokumentai/"),
        "dokumentai, filtruota": SitePage(
            documents.url + "?type=protokolas&year=2024&q=posėdžio", initial=None
        ),
        "dokumentai, nieko nerasta": SitePage(
            documents.url + "?q=niekoneras", initial="/apie-mus/dokumentai/?q=niekoneras"
        ),
        "dokumentai, netinkamas filtras": SitePage(
            documents.url + "?type=nera&year=abc",
            initial="/apie-mus/dokumentai/?type=nera&year=abc",
        ),
        "dokumentai, 2 puslapis": SitePage(documents.url + "?page=2", initial=None),
        "paieška, dokumentai": SitePage("/paieska/?q=protokolas"),
    }


# English slugs of the pages above; the others get "-en" after their Lithuanian slug.
ENGLISH_PAGES = {
    "apie-mus": ("About us", "about-us"),
    "projektai": ("Projects", "projects"),
    "naujienos": ("News", "news"),
    "bendradarbiavimas": ("Cooperation", "cooperation"),
    "prieinamumo-deklaracija": ("Accessibility statement", "accessibility"),
    "apie-vvg": ("About the LAG", "about-the-lag"),
    "dokumentai": ("Documents", "documents"),
}


def english_pages():
    """Every page above translated into English (as the admin's "Translate" does, top-down),
    one agreement with its English texts and one without (the Lithuanian fallback and its note)."""
    home = factories.home_page()
    english_home = factories.translate(home, title="Home", slug="home-en")
    translated = {}
    for source in Page.objects.descendant_of(home).filter(locale=Locale.get_default()):
        title, slug = ENGLISH_PAGES.get(source.slug, (source.title, f"{source.slug}-en"))
        translated[source.slug] = factories.translate(source, title=title, slug=slug)
    agreement = Partnership.objects.get(title="CultTrips bendradarbiavimo sutartis")
    agreement.title_en = "CultTrips cooperation agreement"
    agreement.summary_en = "<p>Joint <b>slow tourism</b> projects.</p>"
    agreement.save_revision().publish()
    untranslated = Partnership.objects.get(title="Susitikimo memorandumas")
    untranslated.summary = "<p>Susitikimo metu aptarti bendri projektai.</p>"
    untranslated.save_revision().publish()
    cooperation = translated["bendradarbiavimas"].url
    return {
        "EN pradžios puslapis": SitePage(english_home.url),
        "EN turinio puslapis": SitePage(translated["apie-mus"].url, initial="/en/contact/"),
        "EN projektų sąrašas": SitePage(translated["projektai"].url),
        "EN finansuotas projektas": SitePage(
            translated["letos-kulturos-patirtys"].url,
            initial="/en/projects/letos-kulturos-patirtys-2-00-culttrips-2-00/",
        ),
        "EN naujienos": SitePage(translated["naujienos"].url),
        "EN naujienos, filtruota": SitePage(
            translated["naujienos"].url + "?project=letos-kulturos-patirtys&year=2022",
            initial="/en/news/?project=letos-kulturos-patirtys-2-00-culttrips-2-00&year=2022",
        ),
        "EN naujiena": SitePage(
            translated["naujiena-5"].url,
            initial="/en/news/agreement-with-vytauto-didziojo-universitetas/",
        ),
        "EN bendradarbiavimas": SitePage(cooperation),
        "EN bendradarbiavimas, filtruota": SitePage(
            cooperation + "?partner=druskininku-vvg&year=2018"
        ),
        "EN bendradarbiavimas, nieko nerasta": SitePage(cooperation + "?q=nothingfound"),
        "EN sutartis (išversta)": SitePage(
            cooperation + agreement.slug + "/",
            initial="/en/cooperation/bendradarbiavimo-sutartis-tarp-7-es-saliu-vietos-veiklos-grupiu/",
        ),
        # Every agreement of the initial content has its English texts.
        "EN sutartis (neišversta)": SitePage(cooperation + untranslated.slug + "/", initial=None),
        "EN partneris": SitePage(cooperation + "partners/druskininku-vvg/"),
        "EN partnerių šalių žemėlapis": SitePage(cooperation + "map/"),
        "EN paieška": SitePage("/en/search/?q=Druskininkų"),
        "EN prieinamumo deklaracija": SitePage(translated["prieinamumo-deklaracija"].url),
        "EN organizacijos profilis": SitePage(translated["apie-vvg"].url, initial="/en/about-us/"),
        "EN strategija": SitePage(translated["strategija-2023-2029"].url, initial=None),
        "EN dokumentai": SitePage(
            translated["dokumentai"].url + "?type=istatai", initial="/en/about-us/documents/"
        ),
        "EN 404": SitePage("/en/no-such-page/", status=404),
    }


# english_pages() translates what the others built: it comes last.
BUILDERS = [core_pages, news_and_project_pages, cooperation_pages, profile_pages, english_pages]


def build_site_pages():
    pages = {}
    for builder in BUILDERS:
        pages.update(builder())
    return pages
