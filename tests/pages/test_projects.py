"""Project pages: their place in the tree, their facts, and what they list (only live records)."""

import datetime

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from pages.models import (
    EAFRD_2014_2020_TEXT,
    OrganisationSettings,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
)
from tests import factories


class ProjectPageRulesTests(WagtailPageTestCase):
    def test_projects_live_only_under_the_single_projects_index(self):
        self.assertAllowedParentPageTypes(ProjectPage, {ProjectIndexPage})
        self.assertAllowedSubpageTypes(ProjectPage, set())
        self.assertAllowedSubpageTypes(ProjectIndexPage, {ProjectPage})
        home = factories.home_page()
        self.assertTrue(ProjectIndexPage.can_create_at(home))
        factories.make_project_index()
        self.assertFalse(ProjectIndexPage.can_create_at(home))

    def test_an_editor_can_create_a_project_with_partners_and_its_funding(self):
        index = factories.make_project_index()
        partner = factories.make_partner("Druskininkų vietos veiklos grupė")
        self.login()
        self.assertCanCreate(
            index,
            ProjectPage,
            nested_form_data(
                {
                    "title": "Lėtos kultūros patirtys 2.00",
                    "slug": "letos-kulturos-patirtys",
                    "programme": "Lietuvos kaimo plėtros 2014–2020 m. programa, LEADER",
                    "funding_period": "2014-2020",
                    "territory": "Birštono, Druskininkų ir Alytaus rajono savivaldybės",
                    "status": "completed",
                    "start_precision": "day",
                    "end_date": "2022-09-30",
                    "end_precision": "day",
                    "summary": rich_text(""),
                    "aims": rich_text("<p>Lėtasis turizmas.</p>"),
                    "results": rich_text("<p>www.slowtrips.eu</p>"),
                    "partner_links": inline_formset([{"partner": partner.pk, "role": "partner"}]),
                    "gallery_images": inline_formset([]),
                    "document_links": inline_formset([]),
                }
            ),
        )
        project = ProjectPage.objects.get(slug="letos-kulturos-patirtys")
        self.assertEqual([link.partner for link in project.project_partners()], [partner])


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


class ProjectDocumentsTests(WagtailPageTestCase):
    def test_documents_and_the_external_link_are_listed(self):
        from django.core.files.base import ContentFile

        from wagtail.documents.models import Document

        from pages.models import ProjectDocument

        project = factories.make_project(
            title="Dzūkijos piliakalnių kelias", external_url="https://example.org/piliakalniai"
        )
        document = Document.objects.create(
            title="Projekto leidinys", file=ContentFile(b"%PDF-1.4", name="leidinys.pdf")
        )
        ProjectDocument.objects.create(page=project, document=document)
        response = self.client.get(project.url)
        self.assertContains(response, f'href="{document.url}"')
        self.assertContains(response, "Projekto leidinys")
        self.assertContains(response, "(PDF)")
        self.assertContains(response, 'href="https://example.org/piliakalniai"')


class AgreementPermalinkTests(WagtailPageTestCase):
    def test_the_project_and_home_pages_link_agreements_and_partners_to_their_permalinks(self):
        factories.make_partnership_index()
        partner = factories.make_partner("Druskininkų vietos veiklos grupė")
        project = factories.make_project(title="Lėtos kultūros patirtys 2.00", status="running")
        ProjectPartner.objects.create(page=project, partner=partner)
        agreement = factories.make_partnership(
            partner, title="Bendradarbiavimo sutartis", project=project
        )
        for url in (project.url, "/"):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertContains(response, f'href="{agreement.get_absolute_url()}"')
        self.assertContains(self.client.get(project.url), f'href="{partner.get_absolute_url()}"')
