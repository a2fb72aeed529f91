"""Every public page type renders in a fixed number of SQL queries, in both languages, whatever
the amount of content: at most 10 once the content generation's shared facts (the page tree,
the facets, the organisation's details) are read, and the same fixed number on the first render
of a generation. The numbers are pinned, so that a change that adds a query says so here."""

import datetime

import pytest

from tests import factories as f
from tests.query_counts import render_costs

MOST_QUERIES = 10

# (cold, warm) queries of each address, the same at every size of the content. Cold is the first
# render of a content generation in a worker (it also reads the page tree, the facets and the
# organisation's details, once); warm is every render after it (the agreements it lists already
# read in this generation: only their ids are asked for, partnerships.listing.load_rows; the
# unfiltered list's count is the facets' total).
PINNED = {
    "/": (10, 5),
    "/en/": (10, 5),
    "/bendradarbiavimas/": (11, 2),
    "/en/cooperation/": (11, 2),
    "/bendradarbiavimas/?partner=druskininku-vvg&from=2010": (12, 3),
    "/en/cooperation/?partner=druskininku-vvg&from=2010": (12, 3),
    "/bendradarbiavimas/?page=2": (11, 2),
    "/en/cooperation/?page=2": (11, 2),
    "/bendradarbiavimas/bendradarbiavimo-sutartis-0/": (9, 3),
    "/en/cooperation/bendradarbiavimo-sutartis-0/": (9, 3),
    "/bendradarbiavimas/partneriai/druskininku-vvg/": (9, 3),
    "/en/cooperation/partners/druskininku-vvg/": (9, 3),
    "/bendradarbiavimas/zemelapis/": (8, 1),
    "/en/cooperation/map/": (8, 1),
    "/projektai/": (6, 3),
    "/en/projects/": (6, 3),
    "/projektai/piliakalniu-kelias/": (10, 7),
    "/en/projects/hillfort-road/": (10, 7),
    "/naujienos/": (10, 3),
    "/en/news/": (10, 3),
    "/naujienos/pasirasyta/": (9, 5),
    "/en/news/signed/": (9, 5),
    "/paieska/?q=sutartis": (9, 4),
    "/en/search/?q=agreement": (7, 3),
    "/paieska/pasiulymai/?q=drus": (5, 3),
    "/en/search/suggestions/?q=drus": (5, 3),
    "/kontaktai/": (5, 2),
    "/en/contact/": (5, 2),
    "/apie-mus/": (17, 10),
    "/en/about-us/": (13, 10),
    "/apie-mus/dokumentai/": (9, 4),
    "/en/about-us/documents/": (9, 4),
    "/apie-mus/dokumentai/?type=ataskaita&year=2023": (9, 4),
    "/en/about-us/documents/?type=ataskaita&year=2023": (9, 4),
    "/apie-mus/strategija/": (6, 3),
    "/en/about-us/strategy/": (6, 3),
}


def build_site():
    """Both languages of every page type, a partner with agreements, a project with news."""
    home = f.home_page()
    f.translate(home, title="Home", slug="home-en")
    index = f.make_partnership_index()
    f.translate(index, title="Cooperation", slug="cooperation")
    projects = f.make_project_index()
    f.translate(projects, title="Projects", slug="projects")
    project = f.make_project(title="Dzūkijos piliakalnių kelias", slug="piliakalniu-kelias")
    f.translate(project, title="The Hillfort Road", slug="hillfort-road")
    news_index = f.make_news_index()
    f.translate(news_index, title="News", slug="news")
    news = f.make_news(
        title="Pasirašyta sutartis", slug="pasirasyta", projects=[project], tags=["LEADER"]
    )
    f.translate(news, title="Agreement signed", slug="signed")
    contacts = f.make_standard_page(title="Kontaktai", slug="kontaktai", show_in_menus=True)
    f.translate(contacts, title="Contact", slug="contact")
    profile = f.make_profile_page()
    f.translate(profile, title="About us", slug="about-us")
    documents = f.make_document_index(profile)
    f.translate(documents, title="Documents", slug="documents")
    strategy = f.make_strategy(profile, slug="strategija")
    f.translate(strategy, title="Local development strategy", slug="strategy")
    partner = f.make_partner("Druskininkų vietos veiklos grupė", slug="druskininku-vvg")
    return {"project": project, "partner": partner, "strategy": strategy}


def add_content(site, agreements, news, projects):
    start = datetime.date(2009, 1, 1)
    for n in range(agreements):
        others = [f.make_partner(f"Partnerė {n}")] if n % 2 else []
        f.make_partnership(
            site["partner"],
            *others,
            title=f"Bendradarbiavimo sutartis {n}",
            signed_on=start + datetime.timedelta(days=97 * n),
            project=site["project"] if n % 3 == 0 else None,
            summary=f"<p>Sutartis dėl bendradarbiavimo Nr. {n}.</p>",
        )
    for n in range(news):
        f.make_news(title=f"Naujiena {n}", date=start + datetime.timedelta(days=40 * n))
    for n in range(projects):
        f.make_project(title=f"Projektas {n}", status="running")
    # The profile's records: members of every sector, a board with seats, a team, documents.
    board = f.make_body()
    for n in range(projects + 2):
        member = f.make_member(sector=("public", "business", "civil")[n % 3])
        f.make_seat(board, member, chair=n == 0 and not board.seats.exists())
        photo = f.make_image(f"Darbuotoja {n}") if n < 2 else None
        f.make_team_member(email=f"darbuotoja{n}@vvg.example", email_published=True, photo=photo)
        f.make_network(name=f"Tinklas {n}")
        f.make_public_document(title=f"Ataskaita {n}", strategy=site["strategy"] if n % 2 else None)


def urls():
    pages = {
        "home": ("/", "/en/"),
        "cooperation": ("/bendradarbiavimas/", "/en/cooperation/"),
        "cooperation, filtered": (
            "/bendradarbiavimas/?partner=druskininku-vvg&from=2010",
            "/en/cooperation/?partner=druskininku-vvg&from=2010",
        ),
        "cooperation, page 2": ("/bendradarbiavimas/?page=2", "/en/cooperation/?page=2"),
        "agreement permalink": (
            "/bendradarbiavimas/bendradarbiavimo-sutartis-0/",
            "/en/cooperation/bendradarbiavimo-sutartis-0/",
        ),
        "partner page": (
            "/bendradarbiavimas/partneriai/druskininku-vvg/",
            "/en/cooperation/partners/druskininku-vvg/",
        ),
        "partner map": ("/bendradarbiavimas/zemelapis/", "/en/cooperation/map/"),
        "projects": ("/projektai/", "/en/projects/"),
        "a project": ("/projektai/piliakalniu-kelias/", "/en/projects/hillfort-road/"),
        "news index": ("/naujienos/", "/en/news/"),
        "a news item": ("/naujienos/pasirasyta/", "/en/news/signed/"),
        "search, a word": ("/paieska/?q=sutartis", "/en/search/?q=agreement"),
        "type-ahead": ("/paieska/pasiulymai/?q=drus", "/en/search/suggestions/?q=drus"),
        "prose page": ("/kontaktai/", "/en/contact/"),
        "profile": ("/apie-mus/", "/en/about-us/"),
        "documents": ("/apie-mus/dokumentai/", "/en/about-us/documents/"),
        "documents, filtered": (
            "/apie-mus/dokumentai/?type=ataskaita&year=2023",
            "/en/about-us/documents/?type=ataskaita&year=2023",
        ),
        "strategy": ("/apie-mus/strategija/", "/en/about-us/strategy/"),
    }
    return [(name, url) for name, pair in pages.items() for url in pair]


def costs(client):
    return {url: render_costs(client, url) for _name, url in urls()}


@pytest.mark.django_db
def test_every_page_type_takes_the_same_few_queries_whatever_the_content(client):
    site = build_site()
    add_content(site, agreements=21, news=2, projects=1)
    few = costs(client)
    add_content(site, agreements=30, news=12, projects=6)
    many = costs(client)
    report = {url: (few[url], many[url]) for url in few}
    grown = {url: sizes for url, sizes in report.items() if sizes[0] != sizes[1]}
    assert not grown, f"queries grow with the content: {grown}"
    too_many = {url: few[url] for url in few if few[url][1] > MOST_QUERIES}
    assert not too_many, f"more than {MOST_QUERIES} queries: {too_many}"
    assert few == PINNED, "\n".join(
        f"{url}: {few[url]} (pinned {PINNED.get(url)})"
        for url in few
        if few[url] != PINNED.get(url)
    )
