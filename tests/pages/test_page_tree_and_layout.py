"""The site skeleton: page types, their places in the tree, the shared layout and error pages."""

from django.test import override_settings

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from pages.models import HomePage, OrganisationSettings, ProjectIndexPage, ProjectPage, StandardPage
from partnerships.models import PartnershipIndexPage
from tests import factories


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_is_created_by_migration_and_is_the_site_root(self):
        home = HomePage.objects.get()
        self.assertEqual(home.get_site().root_page.specific, home)
        self.assertEqual(Page.objects.filter(depth=2).count(), 1)

    def test_where_each_page_type_may_be_created(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedParentPageTypes(ProjectIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(ProjectPage, {ProjectIndexPage})
        self.assertAllowedParentPageTypes(PartnershipIndexPage, {HomePage})

    def test_an_editor_can_create_a_standard_page_with_a_body(self):
        home = HomePage.objects.get()
        self.login()
        self.assertCanCreate(
            home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Apie mus",
                    "slug": "apie-mus",
                    "intro": "Kas mes esame.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "LEADER metodas", "level": "h2"}),
                            ("paragraph", rich_text("<p>Vietos plėtra iš apačios.</p>")),
                            ("quote", {"text": "Kartu galime daugiau.", "attribution": ""}),
                        ]
                    ),
                }
            ),
        )

    def test_an_editor_can_create_a_project_under_the_projects_index(self):
        index = factories.make_project_index()
        self.login()
        self.assertCanCreate(
            index,
            ProjectPage,
            nested_form_data(
                {
                    "title": "Dzūkijos piliakalnių kelias",
                    "slug": "dzukijos-piliakalniu-kelias",
                    "programme": "Lietuvos kaimo plėtros 2014–2020 m. programa, LEADER",
                    "status": "completed",
                    "start_date": "2018-01-01",
                    "start_precision": "year",
                    "end_date": "2019-01-01",
                    "end_precision": "year",
                    "summary": rich_text("<p>Piliakalnių kelias.</p>"),
                    "partner_links": inline_formset([]),
                    "gallery_images": inline_formset([]),
                    "document_links": inline_formset([]),
                }
            ),
        )

    def test_a_project_refuses_a_month_precision_date_that_is_not_the_first(self):
        index = factories.make_project_index()
        self.login()
        response = self.client.post(
            f"/admin/pages/add/pages/projectpage/{index.pk}/",
            nested_form_data(
                {
                    "title": "Projektas",
                    "slug": "projektas",
                    "start_date": "2018-07-14",
                    "start_precision": "month",
                    "end_precision": "day",
                    "summary": rich_text(""),
                }
            ),
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "pirmąją mėnesio dieną")
        self.assertFalse(ProjectPage.objects.exists())


class RenderingTests(WagtailPageTestCase):
    def test_every_page_type_renders(self):
        home = HomePage.objects.get()
        standard = factories.make_standard_page(title="Apie mus", slug="apie-mus")
        index = factories.make_project_index()
        project = factories.make_project(index, title="Žydinti Lietuva", programme="LEADER")
        for page in (home, standard, index, project):
            with self.subTest(page=page.title):
                self.assertPageIsRenderable(page)
                response = self.client.get(page.url)
                self.assertContains(response, page.title)

    def test_layout_has_language_skip_link_landmarks_and_menu(self):
        factories.make_standard_page(title="Apie mus", slug="apie-mus", show_in_menus=True)
        response = self.client.get("/apie-mus/")
        html = response.content.decode()
        self.assertIn('<html lang="lt">', html)
        self.assertIn('href="#main"', html)
        self.assertIn('<main id="main"', html)
        self.assertIn("<footer", html)
        self.assertInHTML(
            '<a href="/apie-mus/" aria-current="page">Apie mus</a>', html, count=2
        )  # once in the menu, once in the breadcrumbs

    def test_footer_shows_only_the_details_an_editor_filled_in(self):
        home = HomePage.objects.get()
        response = self.client.get(home.url)
        self.assertNotContains(response, "Telefonas")
        self.assertNotContains(response, "tel:")
        org = OrganisationSettings.load()
        org.phone = "+370 600 00000"
        org.legal_form = "asociacija"
        org.save()
        response = self.client.get(home.url)
        self.assertContains(response, 'href="tel:+37060000000"')
        self.assertContains(response, "asociacija")
        self.assertNotContains(response, "El. paštas")

    def test_unknown_address_gives_the_branded_404(self):
        response = self.client.get("/tokio-puslapio-nera/")
        self.assertEqual(response.status_code, 404)
        self.assertContains(response, "Puslapis nerastas", status_code=404)
        self.assertContains(response, '<html lang="lt">', status_code=404)

    @override_settings(DEBUG=False)
    def test_server_error_page_is_branded_and_needs_no_database(self):
        from django.template.loader import render_to_string

        html = render_to_string("500.html")
        self.assertIn("Atsiprašome, svetainėje įvyko klaida", html)
        self.assertIn('<html lang="lt">', html)
