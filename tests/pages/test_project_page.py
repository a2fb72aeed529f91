"""What a project page shows: its facts and partners, the EU acknowledgement, its gallery, and
exactly its live agreements and news."""

import datetime

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from pages.models import (
    EAFRD_2014_2020_TEXT,
    OrganisationSettings,
    ProjectPage,
    ProjectPartner,
)
from tests import factories


class ProjectPageContentTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.project = factories.make_project(
            title="Dzūkijos piliakalnių kelias",
            programme="Lietuvos kaimo plėtros 2014–2020 m. programa, LEADER",
            funding_period="2014-2020",
            status="completed",
            project_number="ABC-123",
            territory="Alytaus rajono savivaldybė",
        )
        cls.other_project = factories.make_project(title="Žydinti Lietuva")
        cls.partner = factories.make_partner("Trakų krašto vietos veiklos grupė")
        ProjectPartner.objects.create(page=cls.project, partner=cls.partner, role="coordinator")

    def test_lists_exactly_its_live_agreements(self):
        own = factories.make_partnership(
            title="Jungtinės veiklos sutartis dėl piliakalnių",
            project=self.project,
            signed_on=datetime.date(2018, 5, 15),
        )
        factories.make_partnership(title="Juodraštinė sutartis", project=self.project, live=False)
        factories.make_partnership(title="Kito projekto sutartis", project=self.other_project)
        factories.make_partnership(title="Sutartis be projekto")

        response = self.client.get(self.project.url)

        self.assertEqual(list(response.context["partnerships"]), [own])
        self.assertContains(response, "Jungtinės veiklos sutartis dėl piliakalnių")
        self.assertContains(response, "2018 m. gegužės 15 d.")
        for hidden in ("Juodraštinė sutartis", "Kito projekto sutartis", "Sutartis be projekto"):
            self.assertNotContains(response, hidden)

    def test_lists_exactly_its_live_news_newest_first(self):
        older = factories.make_news(
            title="Pateikta paraiška", date=datetime.date(2018, 6, 15), projects=[self.project]
        )
        newer = factories.make_news(
            title="Projektas baigtas", date=datetime.date(2019, 12, 1), projects=[self.project]
        )
        factories.make_news(title="Juodraštis apie kelią", projects=[self.project], live=False)
        factories.make_news(title="Apie žydinčią Lietuvą", projects=[self.other_project])

        response = self.client.get(self.project.url)

        self.assertEqual(list(response.context["news_items"]), [newer, older])
        html = response.content.decode()
        self.assertLess(html.index("Projektas baigtas"), html.index("Pateikta paraiška"))
        self.assertNotContains(response, "Juodraštis apie kelią")
        self.assertNotContains(response, "Apie žydinčią Lietuvą")

    def test_shows_its_facts_and_partners_with_roles(self):
        response = self.client.get(self.project.url)
        self.assertContains(response, "ABC-123")
        self.assertContains(response, "Alytaus rajono savivaldybė")
        self.assertContains(response, "įgyvendintas")
        self.assertContains(response, "Trakų krašto vietos veiklos grupė")
        self.assertContains(response, "koordinatorius")

    def test_a_2014_2020_project_carries_the_eafrd_acknowledgement_with_uploaded_logos(self):
        response = self.client.get(self.project.url)
        self.assertContains(response, str(EAFRD_2014_2020_TEXT))
        self.assertNotContains(response, "<img")  # no logos uploaded yet: none invented

        org = OrganisationSettings.load()
        org.eu_emblem = factories.make_image("ES vėliava")
        org.leader_logo = factories.make_image("LEADER")
        org.save()
        response = self.client.get(self.project.url)
        section = response.content.decode().split('class="eu-acknowledgement"')[1]
        self.assertIn('alt="Europos Sąjungos emblema"', section)
        self.assertIn('alt="LEADER logotipas"', section)
        self.assertNotIn("programos logotipas", section)

    def test_a_project_without_eu_funding_carries_no_acknowledgement(self):
        response = self.client.get(self.other_project.url)
        self.assertNotContains(response, str(EAFRD_2014_2020_TEXT))
        self.assertNotContains(response, "eu-acknowledgement")

    def test_project_page_renders_gallery_with_alt_text(self):
        from pages.models import ProjectGalleryImage

        ProjectGalleryImage.objects.create(
            page=self.project, image=factories.make_image(), alt_text="Piliakalnis rudenį"
        )
        response = self.client.get(self.project.url)
        self.assertContains(response, 'alt="Piliakalnis rudenį"')
        self.assertContains(response, 'loading="lazy"')

    def test_every_project_type_renders(self):
        self.assertPageIsRenderable(self.project)
        self.assertPageIsRenderable(self.project.get_parent().specific)
        self.assertEqual(Page.objects.type(ProjectPage).live().count(), 2)
