"""The site skeleton: page types, their places in the tree, the shared layout and error pages."""

from django.template.loader import render_to_string

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from pytest_django.asserts import assertContains, assertInHTML, assertNotContains

from pages.models import (
    DocumentIndexPage,
    HomePage,
    OrganisationSettings,
    ProfilePage,
    ProjectIndexPage,
    ProjectPage,
    StandardPage,
    StrategyPage,
)
from partnerships.models import PartnershipIndexPage
from tests import factories


def test_home_page_is_created_by_migration_and_is_the_site_root(db):
    home = HomePage.objects.get()
    assert home.get_site().root_page.specific == home
    assert Page.objects.filter(depth=2).count() == 1


def test_where_each_page_type_may_be_created():
    assert set(HomePage.allowed_parent_page_models()) == {Page}
    assert set(StandardPage.allowed_parent_page_models()) == {HomePage, StandardPage, ProfilePage}
    assert set(ProfilePage.allowed_parent_page_models()) == {HomePage}
    assert set(StrategyPage.allowed_parent_page_models()) == {ProfilePage}
    assert set(DocumentIndexPage.allowed_parent_page_models()) == {ProfilePage}
    assert set(ProjectIndexPage.allowed_parent_page_models()) == {HomePage}
    assert set(ProjectPage.allowed_parent_page_models()) == {ProjectIndexPage}
    assert set(PartnershipIndexPage.allowed_parent_page_models()) == {HomePage}


def test_an_editor_can_create_a_standard_page_with_a_body(admin_client):
    factories.make_page_in_admin(
        admin_client,
        HomePage.objects.get(),
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


def test_an_editor_can_create_a_project_under_the_projects_index(admin_client):
    factories.make_page_in_admin(
        admin_client,
        factories.make_project_index(),
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


def test_a_project_refuses_a_month_precision_date_that_is_not_the_first(admin_client):
    index = factories.make_project_index()
    response = admin_client.post(
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
    assert response.status_code == 200
    assertContains(response, "pirmąją mėnesio dieną")
    assert not ProjectPage.objects.exists()


def test_every_page_type_renders(client, db, subtests):
    home = HomePage.objects.get()
    standard = factories.make_standard_page(title="Apie mus", slug="apie-mus")
    index = factories.make_project_index()
    project = factories.make_project(index, title="Žydinti Lietuva", programme="LEADER")
    for page in (home, standard, index, project):
        with subtests.test(page=page.title):
            assertContains(client.get(page.url), page.title)  # a 200 with the page's title


def test_layout_has_language_skip_link_landmarks_and_menu(client, db):
    factories.make_standard_page(title="Apie mus", slug="apie-mus", show_in_menus=True)
    response = client.get("/apie-mus/")
    html = response.content.decode()
    assert '<html lang="lt">' in html
    assert 'href="#main"' in html
    assert '<main id="main"' in html
    assert "<footer" in html
    assertInHTML(
        '<a href="/apie-mus/" aria-current="page">Apie mus</a>', html, count=2
    )  # once in the menu, once in the breadcrumbs


def test_footer_shows_only_the_details_an_editor_filled_in(client, db):
    home = HomePage.objects.get()
    response = client.get(home.url)
    assertNotContains(response, "Telefonas")
    assertNotContains(response, "tel:")
    org = OrganisationSettings.load()
    org.phone = "+370 600 00000"
    org.legal_form = "asociacija"
    org.save()
    response = client.get(home.url)
    assertContains(response, 'href="tel:+37060000000"')
    assertContains(response, "asociacija")
    assertNotContains(response, "El. paštas")


def test_unknown_address_gives_the_branded_404(client, db):
    response = client.get("/tokio-puslapio-nera/")
    assert response.status_code == 404
    assertContains(response, "Puslapis nerastas", status_code=404)
    assertContains(response, '<html lang="lt">', status_code=404)


def test_server_error_page_is_branded_and_needs_no_database(settings):
    settings.DEBUG = False
    html = render_to_string("500.html")
    assert "Atsiprašome, svetainėje įvyko klaida" in html
    assert '<html lang="lt">' in html
