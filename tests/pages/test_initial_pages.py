"""The pages `manage.py load_initial_data` publishes: the tree in menu order, the seven projects,
the texts of the source, the news step, and how a later step adds its page."""

import datetime

from wagtail.models import GroupPagePermission, Page

from pytest_django.asserts import assertContains

from pages.initial_content import InitialContent, seed_news
from pages.models import (
    EAFRD_2014_2020_TEXT,
    DocumentIndexPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    ProfilePage,
    ProjectIndexPage,
    ProjectPage,
    StandardPage,
)
from pages.permissions import NEWS_EDITORS
from partnerships.models import Partnership, PartnershipIndexPage

# Title, programme given, start and end as displayed ("" where the source gives none).
PROJECTS = {
    "Maisto atlieka – žaliava!?!": (False, "2023 m.", ""),
    "Sąveikos lauku – sumanumo link": (False, "", ""),
    "Žydinti Lietuva": (True, "", "2022 m."),
    "Lėtojo turizmo skatinimas Ukmergės, Tauragės ir Alytaus rajonuose": (
        True,
        "",
        "2022 m. vasario 20 d.",
    ),
    "Lėtos kultūros patirtys 2.00 / CultTrips 2.00": (True, "", "2022 m. rugsėjo 30 d."),
    "Dzūkijos piliakalnių kelias": (True, "", "2019 m."),
    "Bendradarbiavimo paieškos: Lietuva – Vokietija": (False, "2017 m.", "2018 m."),
}


def test_the_page_tree_is_published_in_menu_order(loaded, subtests):
    home = HomePage.objects.get(locale__language_code="lt")
    children = home.get_children().specific()
    assert [(p.title, type(p), p.show_in_menus) for p in children] == [
        ("Apie mus", ProfilePage, True),
        ("Bendradarbiavimas", PartnershipIndexPage, True),
        ("Projektai", ProjectIndexPage, True),
        ("Naujienos", NewsIndexPage, True),
        ("Kontaktai", StandardPage, True),
        ("Prieinamumo deklaracija", StandardPage, False),
    ]
    for page in Page.objects.filter(depth__gt=2):
        with subtests.test(page.title):
            assert page.live
            # An English page also keeps the draft its copy from the Lithuanian one started as.
            assert page.revisions.count() == (1 if page.locale.language_code == "lt" else 2)
            assert page.live_revision_id == page.latest_revision_id


def test_the_seven_projects_have_programme_and_period_only_where_the_source_gives_them(
    loaded, subtests
):
    projects = {p.title: p for p in ProjectPage.objects.live().filter(locale__language_code="lt")}
    assert set(projects) == set(PROJECTS)
    index = ProjectIndexPage.objects.get(locale__language_code="lt")
    for title, (has_programme, start, end) in PROJECTS.items():
        with subtests.test(title):
            project = projects[title]
            assert project.get_parent().pk == index.pk
            assert bool(project.programme) == has_programme
            assert (project.start.display() if project.start else "") == start
            assert (project.end.display() if project.end else "") == end


def test_the_profile_page_tells_the_method_and_the_services_and_lists_the_documents(
    loaded, subtests
):
    about = ProfilePage.objects.get(slug="apie-mus")
    assert "Lietuvos VVG tinklo ir Lietuvos kaimo bendruomenių sąjungos narė" in about.intro
    text = str(about.body)
    for fact in [
        "Lietuvos VVG tinklo narė",
        "LEADER metodu",
        "projektų rengimo, buhalterijos klausimais",
    ]:
        with subtests.test(fact):
            assert fact in text
    # The union's membership, with its date, is a record now, not prose (test_initial_profile).
    assert "2015" not in text
    assert [(p.title, type(p)) for p in about.get_children().specific()] == [
        ("Dokumentai", DocumentIndexPage)
    ]


def test_the_home_page_introduces_the_organisation(loaded, client):
    response = client.get("/")
    assertContains(response, "Lietuvos VVG tinklo ir Lietuvos kaimo bendruomenių")
    assert HomePage.objects.get(locale__language_code="lt").revisions.count() == 1


def test_the_cooperation_page_has_the_source_intro_and_closing_text(loaded):
    page = PartnershipIndexPage.objects.get(locale__language_code="lt")
    assert "Alytaus rajono VVG yra Lietuvos VVG tinklo narė" in str(page.intro)
    assert "su Alytaus rajono ir Birštono savivaldybėmis" in str(page.closing)


def test_the_contacts_page_invents_nothing(loaded):
    contacts = StandardPage.objects.get(slug="kontaktai")
    assert (contacts.intro, len(contacts.body)) == ("", 0)


def test_the_pages_render_and_the_accessibility_statement_points_to_contacts(
    loaded, client, subtests
):
    for page in Page.objects.live().filter(depth__gt=1).not_type(PartnershipIndexPage):
        with subtests.test(page.url):
            assert client.get(page.url).status_code == 200
    response = client.get("/prieinamumo-deklaracija/")
    assertContains(response, '<a href="/kontaktai/">Kontaktai</a>', html=True)


def test_the_cooperation_page_lists_every_agreement(loaded, client, subtests):
    html, page_number = "", 1
    while page_number < 20:
        response = client.get("/bendradarbiavimas/", {"page": page_number})
        if response.status_code == 404 and page_number > 1:
            break
        assert response.status_code == 200
        html += response.content.decode()
        if f"page={page_number + 1}" not in response.content.decode():
            break
        page_number += 1
    for partnership in Partnership.objects.all():
        with subtests.test(partnership.title):
            assert partnership.title in html
            assert partnership.signed.display() in html


def test_a_later_step_adds_its_page_where_it_belongs_in_the_menu(loaded):
    # The contract of a later step (e.g. events): content.page(...), `before=` a sibling.
    content = InitialContent()
    events = content.page(
        content.home,
        StandardPage,
        slug="renginiai",
        title="Renginiai",
        show_in_menus=True,
        before="kontaktai",
    )
    assert content.added == [(StandardPage, "Renginiai")]
    menu = [p.title for p in content.home.get_children().in_menu()]
    assert menu[-2:] == ["Renginiai", "Kontaktai"]
    assert events.live
    again = InitialContent()
    again.page(again.home, StandardPage, slug="renginiai", title="Renginiai")
    assert (again.added, again.found) == ([], [(StandardPage, "Renginiai")])


# The news step of `load_initial_data`, on the real fixtures (this is a test of the seed).


def test_news_sit_under_naujienos_linked_to_the_loaded_projects_and_agreements(loaded, subtests):
    index = NewsIndexPage.objects.get(locale__language_code="lt")
    assert index.live and index.show_in_menus
    assert NewsPage.objects.child_of(index).live().count() == len(seed_news())
    culttrips = ProjectPage.objects.get(
        slug="letos-kulturos-patirtys-2-00-culttrips-2-00", locale__language_code="lt"
    )
    news = NewsPage.objects.get(slug="baigtas-projektas-letos-kulturos-patirtys-2-00")
    assert list(news.related_projects.all()) == [culttrips]
    assert news.related_partnerships.exists()
    vdu = NewsPage.objects.get(slug="sutartis-su-vytauto-didziojo-universitetu")
    assert [a.signed_on for a in vdu.related_partnerships.all()] == [datetime.date(2022, 1, 11)]
    for spec in seed_news():
        with subtests.test(spec["slug"]):
            assert NewsPage.objects.get(slug=spec["slug"]).related_projects.exists() == bool(
                spec["project"]
            )


def test_the_loaded_projects_carry_their_state_and_the_eu_acknowledgement(loaded, client):
    projects = ProjectPage.objects.filter(locale__language_code="lt")
    running = set(projects.running().values_list("title", flat=True))
    assert running == {"Maisto atlieka – žaliava!?!", "Sąveikos lauku – sumanumo link"}
    funded = projects.filter(funding_period="2014-2020")
    assert funded.count() == 4
    assertContains(client.get(funded.first().url), str(EAFRD_2014_2020_TEXT))
    home = client.get("/")
    assertContains(home, "Maisto atlieka – žaliava!?!")
    assertContains(home, "Baigtas tarptautinis projektas")


def test_the_editors_can_work_on_the_loaded_pages(loaded):
    granted = GroupPagePermission.objects.filter(group__name=NEWS_EDITORS)
    assert {(p.page.title, p.permission.codename) for p in granted} == {
        ("Naujienos", "add_page"),
        ("Naujienos", "publish_page"),
        ("Projektai", "change_page"),
        # The same on their English translations: editors write the English news too.
        ("News", "add_page"),
        ("News", "publish_page"),
        ("Projects", "change_page"),
    }
