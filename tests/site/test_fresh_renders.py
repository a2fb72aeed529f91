"""Speed never costs a wrong page: what a fresh render keeps (the page tree and facets for a
content generation, each agreement's and news item's drawn card, fragments shared by a page's
addresses) shows every change on the next request, with the page cache off, as the settings of
the suite leave it. Each test first renders the pages, so that what they keep is warm."""

import datetime

from django.core.management import call_command
from django.utils import timezone

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from pages.models import OrganisationSettings
from partnerships.models import Partnership
from tests import factories as f

COOPERATION = "/bendradarbiavimas/"
COOPERATION_EN = "/en/cooperation/"


@pytest.fixture
def record(db):
    """A cooperation page in both languages, a project in both languages, a partner and an
    agreement of a translated type naming both."""
    f.translate(f.home_page(), title="Home", slug="home-en")
    index = f.make_partnership_index(intro=[("paragraph", "<p>Įvadas apie bendradarbiavimą.</p>")])
    f.translate(index, title="Cooperation", slug="cooperation")
    projects = f.make_project_index()
    f.translate(projects, title="Projects", slug="projects")
    project = f.make_project(title="Dzūkijos piliakalnių kelias", slug="piliakalniu-kelias")
    project_en = f.translate(project, title="The Hillfort Road of Dzūkija", slug="hillfort-road")
    partner = f.make_partner("Druskininkų vietos veiklos grupė", slug="druskininku-vvg")
    kind = f.make_type("bendradarbiavimo sutartis", name_en="cooperation agreement", slug="bs")
    agreement = f.make_partnership(
        partner,
        title="Sutartis su Druskininkais",
        slug="sutartis-su-druskininkais",
        agreement_type=kind,
        project=project,
        summary="<p>Dėl patirties mainų.</p>",
    )
    return {
        "index": index,
        "project": project,
        "project_en": project_en,
        "partner": partner,
        "type": kind,
        "agreement": agreement,
    }


def warm(client, *paths):
    for path in paths:
        assert client.get(path).status_code == 200, path


PERMALINK = COOPERATION + "sutartis-su-druskininkais/"
PARTNER_PAGE = COOPERATION + "partneriai/druskininku-vvg/"
EVERY_VIEW = [COOPERATION, COOPERATION_EN, PERMALINK, PARTNER_PAGE, "/", "/paieska/?q=sutartis"]


def test_renaming_a_partner_shows_everywhere_at_once(client, record):
    warm(client, *EVERY_VIEW)
    partner = record["partner"]
    partner.name = "Druskininkų VVG „Nauja“"
    partner.save()
    for path in EVERY_VIEW:
        assertContains(client.get(path), "Druskininkų VVG „Nauja“")


def test_a_new_english_name_of_a_type_shows_on_the_english_pages_only(client, record):
    warm(
        client,
        COOPERATION,
        COOPERATION_EN,
        "/en" + PERMALINK.replace("bendradarbiavimas", "cooperation"),
    )
    kind = record["type"]
    kind.name_en = "agreement on cooperation"
    kind.save()
    assertContains(client.get(COOPERATION_EN), "agreement on cooperation")
    english_permalink = "/en/cooperation/sutartis-su-druskininkais/"
    assertContains(client.get(english_permalink), "agreement on cooperation")
    assertNotContains(client.get(COOPERATION), "agreement on cooperation")


def test_retitling_a_project_shows_on_its_agreements(client, record):
    warm(client, COOPERATION, COOPERATION_EN, PERMALINK)
    project, project_en = record["project"], record["project_en"]
    project.title = "Piliakalnių kelias per Dzūkiją"
    project.save_revision().publish()
    assertContains(client.get(COOPERATION), "Piliakalnių kelias per Dzūkiją")
    assertContains(client.get(PERMALINK), "Piliakalnių kelias per Dzūkiją")
    project_en.title = "Hillforts of Dzūkija"
    project_en.save_revision().publish()
    assertContains(client.get(COOPERATION_EN), "Hillforts of Dzūkija")


def test_translating_an_agreement_shows_on_the_english_page(client, record):
    warm(client, COOPERATION, COOPERATION_EN)
    assertContains(client.get(COOPERATION_EN), "Not yet translated to English")
    agreement = Partnership.objects.get(pk=record["agreement"].pk)
    agreement.title_en = "Agreement with Druskininkai"
    agreement.summary_en = "<p>On sharing experience.</p>"
    agreement.save_revision().publish()
    english = client.get(COOPERATION_EN)
    assertContains(english, "Agreement with Druskininkai")
    assertContains(english, "On sharing experience.")
    assertNotContains(english, "Not yet translated to English")
    assertNotContains(client.get(COOPERATION), "Agreement with Druskininkai")


def test_unpublishing_or_deleting_an_agreement_removes_it_at_once(client, record):
    other = f.make_partnership(record["partner"], title="Kita sutartis", slug="kita-sutartis")
    warm(client, COOPERATION, PERMALINK, PARTNER_PAGE, COOPERATION + "kita-sutartis/")
    assertContains(client.get(COOPERATION), "Rasta sutarčių: 2")
    record["agreement"].unpublish()
    listing = client.get(COOPERATION)
    assertNotContains(listing, "Sutartis su Druskininkais")
    # The unfiltered count is the facets' total, kept per generation: it follows too.
    assertContains(listing, "Rasta sutarčių: 1")
    assertNotContains(client.get(PARTNER_PAGE), "Sutartis su Druskininkais")
    assert client.get(PERMALINK).status_code == 404
    other.delete()
    listing = client.get(COOPERATION)
    assertNotContains(listing, "Kita sutartis")
    assertContains(listing, "Rasta sutarčių: 0")
    assert client.get(COOPERATION + "kita-sutartis/").status_code == 404
    # A partner with no published agreement left has no public page.
    assert client.get(PARTNER_PAGE).status_code == 404


def test_a_scheduled_publish_shows_when_it_comes_due(client, record):
    agreement = Partnership.objects.get(pk=record["agreement"].pk)
    agreement.title = "Sutartis su Druskininkais (atnaujinta)"
    revision = agreement.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(1))
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save()
    warm(client, COOPERATION, PERMALINK)
    assertNotContains(client.get(COOPERATION), "(atnaujinta)")
    call_command("publish_scheduled")
    assertContains(client.get(COOPERATION), "Sutartis su Druskininkais (atnaujinta)")
    assertContains(client.get(PERMALINK), "Sutartis su Druskininkais (atnaujinta)")


def test_a_saved_draft_is_never_shown(client, record):
    warm(client, COOPERATION, PERMALINK, "/")
    agreement = Partnership.objects.get(pk=record["agreement"].pk)
    agreement.title = "Juodraščio pavadinimas"
    agreement.save_revision()
    index = record["index"].specific
    index.title = "Juodraštinis bendradarbiavimas"
    index.save_revision()
    for path in (COOPERATION, PERMALINK, "/"):
        response = client.get(path)
        assertNotContains(response, "Juodraščio pavadinimas")
        assertNotContains(response, "Juodraštinis bendradarbiavimas")
    assertContains(client.get(COOPERATION), "Sutartis su Druskininkais")


def test_each_language_gets_its_own_cards_and_chrome(client, record):
    agreement = Partnership.objects.get(pk=record["agreement"].pk)
    agreement.title_en = "Agreement with Druskininkai"
    agreement.save_revision().publish()
    for _ in range(2):  # alternating, so each language's kept pieces are reused once
        lithuanian, english = client.get(COOPERATION), client.get(COOPERATION_EN)
        assertContains(lithuanian, "Sutartis su Druskininkais")
        assertNotContains(lithuanian, "Agreement with Druskininkai")
        assertContains(lithuanian, 'lang="lt"')
        assertContains(english, "Agreement with Druskininkai")
        assertContains(english, "cooperation agreement")
        assertContains(english, '<html lang="en">')
        assertContains(lithuanian, '<html lang="lt">')


def test_a_summary_link_follows_the_page_it_names(client, record):
    about = f.make_standard_page(title="Apie mus", slug="apie-mus")
    agreement = Partnership.objects.get(pk=record["agreement"].pk)
    agreement.summary = f'<p>Žr. <a linktype="page" id="{about.pk}">apie mus</a>.</p>'
    agreement.save_revision().publish()
    assertContains(client.get(COOPERATION), 'href="/apie-mus/"')
    about.slug = "apie-grupe"
    about.save_revision().publish()
    response = client.get(COOPERATION)
    assertContains(response, 'href="/apie-grupe/"')
    assertNotContains(response, 'href="/apie-mus/"')


def test_the_menu_the_footer_and_the_introduction_follow_their_edits(client, record):
    about = f.make_standard_page(title="Apie mus", slug="apie-mus", show_in_menus=True)
    warm(client, COOPERATION, "/", "/apie-mus/")
    about.title = "Apie grupę"
    about.save_revision().publish()
    assertContains(client.get(COOPERATION), ">Apie grupę</a>")
    settings = OrganisationSettings.load()
    settings.phone = "+370 000 00000"
    settings.save()
    assertContains(client.get(COOPERATION), "+370 000 00000")
    index = record["index"].specific
    index.intro = [("paragraph", "<p>Naujas įvadas.</p>")]
    index.save_revision().publish()
    response = client.get(COOPERATION + "?page=1")
    assertContains(response, "Naujas įvadas.")
    assertNotContains(response, "Įvadas apie bendradarbiavimą.")


def titles_in_order(response, titles):
    """`titles` appear in the page, each before the next."""
    content = response.content.decode()
    positions = [content.find(f">{title}<") for title in titles]
    assert -1 not in positions, [t for t, p in zip(titles, positions, strict=True) if p == -1]
    assert positions == sorted(positions)


def test_a_list_reads_the_agreements_it_has_not_read_yet_and_keeps_their_order(client, record):
    # Agreements a list has read are reused in the same generation; the next page and a
    # partner's page hold others, which must be read and shown in their own order.
    for n in range(24):
        f.make_partnership(
            record["partner"],
            title=f"Sutartis Nr. {n:02d}",
            slug=f"sutartis-nr-{n:02d}",
            signed_on=datetime.date(2000 + n, 3, 1),
        )
    newest_first = list(Partnership.objects.live().newest_first().values_list("title", flat=True))
    first_page = client.get(COOPERATION)
    titles_in_order(first_page, newest_first[:20])
    assertNotContains(first_page, "Sutartis Nr. 00")
    titles_in_order(client.get(COOPERATION + "?page=2"), newest_first[20:])
    titles_in_order(client.get(PARTNER_PAGE), newest_first)
    titles_in_order(client.get(COOPERATION + "?page=2"), newest_first[20:])
    assertContains(client.get(COOPERATION + "sutartis-nr-00/"), "Sutartis Nr. 00")
