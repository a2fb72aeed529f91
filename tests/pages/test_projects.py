"""Project pages: their place in the tree, how an editor makes one, their documents, and the
permalinks they and the home page give agreements and partners."""

from django.core.files.base import ContentFile

from wagtail.documents.models import Document
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from pytest_django.asserts import assertContains

from pages.models import ProjectDocument, ProjectIndexPage, ProjectPage, ProjectPartner
from tests import factories


def test_projects_live_only_under_the_single_projects_index(db):
    assert set(ProjectPage.allowed_parent_page_models()) == {ProjectIndexPage}
    assert set(ProjectPage.allowed_subpage_models()) == set()
    assert set(ProjectIndexPage.allowed_subpage_models()) == {ProjectPage}
    home = factories.home_page()
    assert ProjectIndexPage.can_create_at(home)
    factories.make_project_index()
    assert not ProjectIndexPage.can_create_at(home)


def test_an_editor_can_create_a_project_with_partners_and_its_funding(admin_client):
    index = factories.make_project_index()
    partner = factories.make_partner("Druskininkų vietos veiklos grupė")
    factories.make_page_in_admin(
        admin_client,
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
    assert [link.partner for link in project.project_partners()] == [partner]


def test_documents_and_the_external_link_are_listed(db, client):
    project = factories.make_project(
        title="Dzūkijos piliakalnių kelias", external_url="https://example.org/piliakalniai"
    )
    document = Document.objects.create(
        title="Projekto leidinys", file=ContentFile(b"%PDF-1.4", name="leidinys.pdf")
    )
    ProjectDocument.objects.create(page=project, document=document)
    response = client.get(project.url)
    assertContains(response, f'href="{document.url}"')
    assertContains(response, "Projekto leidinys")
    assertContains(response, "(PDF)")
    assertContains(response, 'href="https://example.org/piliakalniai"')


def test_the_project_and_home_pages_link_agreements_and_partners_to_their_permalinks(
    db, client, subtests
):
    factories.make_partnership_index()
    partner = factories.make_partner("Druskininkų vietos veiklos grupė")
    project = factories.make_project(title="Lėtos kultūros patirtys 2.00", status="running")
    ProjectPartner.objects.create(page=project, partner=partner)
    agreement = factories.make_partnership(
        partner, title="Bendradarbiavimo sutartis", project=project
    )
    for url in (project.url, "/"):
        with subtests.test(url=url):
            response = client.get(url)
            assertContains(response, f'href="{agreement.get_absolute_url()}"')
    assertContains(client.get(project.url), f'href="{partner.get_absolute_url()}"')
