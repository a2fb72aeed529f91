"""The pages `manage.py load_initial_data` publishes: the tree in menu order, the seven projects,
the texts of the source, the news step, and how a later step adds its page."""

import datetime
import io

from django.test import TestCase

from wagtail.models import Page

from pages.initial_content import InitialContent
from pages.initial_news import NEWS
from pages.models import (
    EAFRD_2014_2020_TEXT,
    HomePage,
    NewsIndexPage,
    NewsPage,
    ProjectIndexPage,
    ProjectPage,
    StandardPage,
)
from partnerships.models import (
    Partnership,
    PartnershipIndexPage,
)
from tests.pages.seed import load

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


class LoadedPagesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.output = load()

    def test_the_page_tree_is_published_in_menu_order(self):
        home = HomePage.objects.get()
        children = home.get_children().specific()
        self.assertEqual(
            [(p.title, type(p), p.show_in_menus) for p in children],
            [
                ("Apie mus", StandardPage, True),
                ("Bendradarbiavimas", PartnershipIndexPage, True),
                ("Projektai", ProjectIndexPage, True),
                ("Naujienos", NewsIndexPage, True),
                ("Kontaktai", StandardPage, True),
                ("Prieinamumo deklaracija", StandardPage, False),
            ],
        )
        for page in Page.objects.filter(depth__gt=2):
            with self.subTest(page.title):
                self.assertTrue(page.live)
                self.assertEqual(page.revisions.count(), 1)
                self.assertEqual(page.live_revision_id, page.latest_revision_id)

    def test_the_seven_projects_have_programme_and_period_only_where_the_source_gives_them(self):
        projects = {p.title: p for p in ProjectPage.objects.live()}
        self.assertEqual(set(projects), set(PROJECTS))
        index = ProjectIndexPage.objects.get()
        for title, (has_programme, start, end) in PROJECTS.items():
            with self.subTest(title):
                project = projects[title]
                self.assertEqual(project.get_parent().pk, index.pk)
                self.assertEqual(bool(project.programme), has_programme)
                self.assertEqual(project.start.display() if project.start else "", start)
                self.assertEqual(project.end.display() if project.end else "", end)

    def test_the_profile_page_tells_the_memberships_the_method_and_the_services(self):
        about = StandardPage.objects.get(slug="apie-mus")
        text = str(about.body)
        for fact in [
            "Lietuvos VVG tinklo narė",
            "Lietuvos kaimo bendruomenių sąjungos narė",
            "LEADER metodu",
            "projektų rengimo, buhalterijos klausimais",
        ]:
            with self.subTest(fact):
                self.assertIn(fact, text)

    def test_the_home_page_introduces_the_organisation(self):
        response = self.client.get("/")
        self.assertContains(response, "Lietuvos VVG tinklo ir Lietuvos kaimo bendruomenių")
        self.assertEqual(HomePage.objects.get().revisions.count(), 1)

    def test_the_cooperation_page_has_the_source_intro_and_closing_text(self):
        page = PartnershipIndexPage.objects.get()
        self.assertIn("Alytaus rajono VVG yra Lietuvos VVG tinklo narė", str(page.intro))
        self.assertIn("su Alytaus rajono ir Birštono savivaldybėmis", str(page.closing))

    def test_the_contacts_page_invents_nothing(self):
        contacts = StandardPage.objects.get(slug="kontaktai")
        self.assertEqual((contacts.intro, len(contacts.body)), ("", 0))

    def test_the_pages_render_and_the_accessibility_statement_points_to_contacts(self):
        for page in Page.objects.live().filter(depth__gt=1).not_type(PartnershipIndexPage):
            with self.subTest(page.url):
                self.assertEqual(self.client.get(page.url).status_code, 200)
        response = self.client.get("/prieinamumo-deklaracija/")
        self.assertContains(response, '<a href="/kontaktai/">Kontaktai</a>', html=True)

    def test_the_cooperation_page_lists_every_agreement(self):
        html, page_number = "", 1
        while page_number < 20:
            response = self.client.get("/bendradarbiavimas/", {"page": page_number})
            if response.status_code == 404 and page_number > 1:
                break
            self.assertEqual(response.status_code, 200)
            html += response.content.decode()
            if f"page={page_number + 1}" not in response.content.decode():
                break
            page_number += 1
        for partnership in Partnership.objects.all():
            with self.subTest(partnership.title):
                self.assertIn(partnership.title, html)
                self.assertIn(partnership.signed.display(), html)

    def test_a_later_step_adds_its_page_where_it_belongs_in_the_menu(self):
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
        self.assertEqual(content.added, [(StandardPage, "Renginiai")])
        menu = [p.title for p in content.home.get_children().in_menu()]
        self.assertEqual(menu[-2:], ["Renginiai", "Kontaktai"])
        self.assertTrue(events.live)
        again = InitialContent()
        again.page(again.home, StandardPage, slug="renginiai", title="Renginiai")
        self.assertEqual((again.added, again.found), ([], [(StandardPage, "Renginiai")]))


class LoadInitialDataNewsTests(TestCase):
    """The news step of `load_initial_data`, on the real fixtures (this is a test of the seed)."""

    @classmethod
    def setUpTestData(cls):
        from django.core.management import call_command

        call_command("load_initial_data", stdout=io.StringIO())

    def test_news_sit_under_naujienos_linked_to_the_loaded_projects_and_agreements(self):
        index = NewsIndexPage.objects.get()
        self.assertTrue(index.live and index.show_in_menus)
        self.assertEqual(NewsPage.objects.child_of(index).live().count(), len(NEWS))
        culttrips = ProjectPage.objects.get(slug="letos-kulturos-patirtys-2-00-culttrips-2-00")
        news = NewsPage.objects.get(slug="baigtas-projektas-letos-kulturos-patirtys-2-00")
        self.assertEqual(list(news.related_projects.all()), [culttrips])
        self.assertTrue(news.related_partnerships.exists())
        vdu = NewsPage.objects.get(slug="sutartis-su-vytauto-didziojo-universitetu")
        self.assertEqual(
            [a.signed_on for a in vdu.related_partnerships.all()], [datetime.date(2022, 1, 11)]
        )
        for spec in NEWS:
            with self.subTest(spec["slug"]):
                self.assertEqual(
                    NewsPage.objects.get(slug=spec["slug"]).related_projects.exists(),
                    bool(spec["project"]),
                )

    def test_the_loaded_projects_carry_their_state_and_the_eu_acknowledgement(self):
        running = set(ProjectPage.objects.running().values_list("title", flat=True))
        self.assertEqual(running, {"Maisto atlieka – žaliava!?!", "Sąveikos lauku – sumanumo link"})
        funded = ProjectPage.objects.filter(funding_period="2014-2020")
        self.assertEqual(funded.count(), 4)
        self.assertContains(self.client.get(funded.first().url), str(EAFRD_2014_2020_TEXT))
        home = self.client.get("/")
        self.assertContains(home, "Maisto atlieka – žaliava!?!")
        self.assertContains(home, "Baigtas tarptautinis projektas")

    def test_the_editors_can_work_on_the_loaded_pages(self):
        from wagtail.models import GroupPagePermission

        from pages.permissions import NEWS_EDITORS

        granted = GroupPagePermission.objects.filter(group__name=NEWS_EDITORS)
        self.assertEqual(
            {(p.page.title, p.permission.codename) for p in granted},
            {
                ("Naujienos", "add_page"),
                ("Naujienos", "publish_page"),
                ("Projektai", "change_page"),
            },
        )
