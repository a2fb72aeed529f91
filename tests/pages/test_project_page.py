"""What a project page shows: its facts and partners, the EU acknowledgement, its gallery, and
exactly its live agreements and news."""

import datetime
from types import SimpleNamespace

from wagtail.models import Page

from pytest_django.asserts import assertContains, assertNotContains

from pages.models import (
    EAFRD_2014_2020_TEXT,
    OrganisationSettings,
    ProjectGalleryImage,
    ProjectPage,
    ProjectPartner,
)
from tests import factories
from tests.module_data import module_data


def build_projects():
    project = factories.make_project(
        title="Dzūkijos piliakalnių kelias",
        programme="Lietuvos kaimo plėtros 2014–2020 m. programa, LEADER",
        funding_period="2014-2020",
        status="completed",
        project_number="ABC-123",
        territory="Alytaus rajono savivaldybė",
    )
    other_project = factories.make_project(title="Žydinti Lietuva")
    partner = factories.make_partner("Trakų krašto vietos veiklos grupė")
    ProjectPartner.objects.create(page=project, partner=partner, role="coordinator")
    return SimpleNamespace(project=project, other_project=other_project, partner=partner)


_projects_once, projects = module_data(
    build_projects,
    "projects",
    "A finished EU-funded project with its coordinator, and another (built once per module).",
)


def test_a_project_page_lists_exactly_its_live_agreements(projects, client):
    own = factories.make_partnership(
        title="Jungtinės veiklos sutartis dėl piliakalnių",
        project=projects.project,
        signed_on=datetime.date(2018, 5, 15),
    )
    factories.make_partnership(title="Juodraštinė sutartis", project=projects.project, live=False)
    factories.make_partnership(title="Kito projekto sutartis", project=projects.other_project)
    factories.make_partnership(title="Sutartis be projekto")

    response = client.get(projects.project.url)

    assert list(response.context["partnerships"]) == [own]
    assertContains(response, "Jungtinės veiklos sutartis dėl piliakalnių")
    assertContains(response, "2018 m. gegužės 15 d.")
    for hidden in ("Juodraštinė sutartis", "Kito projekto sutartis", "Sutartis be projekto"):
        assertNotContains(response, hidden)


def test_a_project_page_lists_exactly_its_live_news_newest_first(projects, client):
    older = factories.make_news(
        title="Pateikta paraiška", date=datetime.date(2018, 6, 15), projects=[projects.project]
    )
    newer = factories.make_news(
        title="Projektas baigtas", date=datetime.date(2019, 12, 1), projects=[projects.project]
    )
    factories.make_news(title="Juodraštis apie kelią", projects=[projects.project], live=False)
    factories.make_news(title="Apie žydinčią Lietuvą", projects=[projects.other_project])

    response = client.get(projects.project.url)

    assert list(response.context["news_items"]) == [newer, older]
    html = response.content.decode()
    assert html.index("Projektas baigtas") < html.index("Pateikta paraiška")
    assertNotContains(response, "Juodraštis apie kelią")
    assertNotContains(response, "Apie žydinčią Lietuvą")


def test_a_project_page_shows_its_facts_and_partners_with_roles(projects, client):
    response = client.get(projects.project.url)
    assertContains(response, "ABC-123")
    assertContains(response, "Alytaus rajono savivaldybė")
    assertContains(response, "įgyvendintas")
    assertContains(response, "Trakų krašto vietos veiklos grupė")
    assertContains(response, "koordinatorius")


def test_a_2014_2020_project_carries_the_eafrd_acknowledgement_with_uploaded_logos(
    projects, client
):
    response = client.get(projects.project.url)
    assertContains(response, str(EAFRD_2014_2020_TEXT))
    assertNotContains(response, "<img")  # no logos uploaded yet: none invented

    org = OrganisationSettings.load()
    org.eu_emblem = factories.make_image("ES vėliava")
    org.leader_logo = factories.make_image("LEADER")
    org.save()
    response = client.get(projects.project.url)
    section = response.content.decode().split('class="eu-acknowledgement"')[1]
    assert 'alt="Europos Sąjungos emblema"' in section
    assert 'alt="LEADER logotipas"' in section
    assert "programos logotipas" not in section


def test_a_project_without_eu_funding_carries_no_acknowledgement(projects, client):
    response = client.get(projects.other_project.url)
    assertNotContains(response, str(EAFRD_2014_2020_TEXT))
    assertNotContains(response, "eu-acknowledgement")


def test_project_page_renders_gallery_with_alt_text(projects, client):
    ProjectGalleryImage.objects.create(
        page=projects.project, image=factories.make_image(), alt_text="Piliakalnis rudenį"
    )
    response = client.get(projects.project.url)
    assertContains(response, 'alt="Piliakalnis rudenį"')
    assertContains(response, 'loading="lazy"')


def test_every_project_type_renders(projects, client):
    assert client.get(projects.project.url).status_code == 200
    assert client.get(projects.project.get_parent().specific.url).status_code == 200
    assert Page.objects.type(ProjectPage).live().count() == 2
