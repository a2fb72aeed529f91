"""What the panels list: the incomplete agreements exactly, what waits to be published, what
waits for this moderator; in Lithuanian words and plural forms."""

from django.contrib.auth.models import User
from django.utils import translation
from django.utils.translation import ngettext

from bs4 import BeautifulSoup

from pages.models import NewsPage
from tests.dashboard.conftest import dashboard, panel, titles
from tests.site.test_permissions import news_form


def rows(section):
    """Each row of a panel as the list of its cells' texts."""
    return [
        [cell.get_text(" ", strip=True) for cell in row.find_all("td")]
        for row in section.select("tbody tr")
    ]


def test_the_missing_information_panel_lists_exactly_the_incomplete_agreements(work, client):
    section = panel(dashboard(client, work.cooperation_admin), "vvg-incomplete-agreements")

    assert section.find("h2").get_text(strip=True) == "Trūksta duomenų: 3 sutartys"
    assert {row[0]: row[2] for row in rows(section)} == {
        "Sutartis be santraukos": "nėra santraukos",
        "Sutartis be partnerių": "nenurodytas nė vienas partneris",
        "Jungtinės veiklos sutartis dėl projekto „Maisto atlieka – žaliava!?!“": (
            "pavadinime minimas projektas nesusietas su projekto puslapiu"
        ),
    }


def test_an_agreement_leaves_the_missing_information_panel_once_completed(work, client):
    work.unlinked.project = work.project
    work.unlinked.save()
    work.no_summary.summary = "<p>Dėl ko susitarta.</p>"
    work.no_summary.save()

    section = panel(dashboard(client, work.cooperation_admin), "vvg-incomplete-agreements")

    assert section.find("h2").get_text(strip=True) == "Trūksta duomenų: 1 sutartis"
    assert titles(section) == ["Sutartis be partnerių"]


def test_drafts_and_scheduled_items_wait_with_their_status_and_time(work, client):
    section = panel(dashboard(client, work.superuser), "vvg-awaiting-publication")

    assert section.find("h2").get_text(strip=True) == "Paskelbimo laukia 3 įrašai"
    statuses = {row[0]: row[2] for row in rows(section)}
    assert statuses["Redaktorės juodraštis"] == "juodraštis"
    assert statuses["Neskelbta sutartis"] == "juodraštis"
    scheduled = statuses["Suplanuota naujiena"]
    assert scheduled.startswith("suplanuota skelbti 20")
    assert " m. " in scheduled and " d. " in scheduled


def test_an_editor_waits_only_for_their_own_drafts(work, client):
    section = panel(dashboard(client, work.editor), "vvg-awaiting-publication")

    assert section.find("h2").get_text(strip=True) == "Paskelbimo laukia 2 įrašai"
    assert set(titles(section)) == {"Redaktorės juodraštis", "Suplanuota naujiena"}


def test_a_published_change_waiting_to_go_live_is_listed_too(work, client):
    work.own_news.title = "Redaktorės naujiena, pataisyta"
    work.own_news.save_revision(user=work.editor)

    section = panel(dashboard(client, work.editor), "vvg-awaiting-publication")

    statuses = {row[0]: row[2] for row in rows(section)}
    assert statuses["Redaktorės naujiena"] == "paskelbta, yra neskelbtų pakeitimų"


def test_news_submitted_for_moderation_waits_on_the_moderators_dashboard(work, client):
    client.force_login(work.editor)
    client.post(
        f"/admin/pages/add/pages/newspage/{work.news_index.pk}/",
        news_form("Naujiena moderatoriui", "naujiena-moderatoriui", "action-submit"),
    )
    news = NewsPage.objects.get(slug="naujiena-moderatoriui")

    moderator_page = dashboard(client, work.moderator)
    section = panel(moderator_page, "vvg-awaiting-moderation")
    assert section.find("h2").get_text(strip=True) == "Jūsų moderavimo laukia 1 įrašas"
    [row] = rows(section)
    assert row[0] == "Naujiena moderatoriui"
    assert row[2] == "redaktore"
    links = {link.get_text(" ", strip=True): link["href"] for link in section.select("a")}
    assert links["Patvirtinti ar grąžinti"] == f"/admin/pages/{news.pk}/edit/"
    edit_form = client.get(links["Patvirtinti ar grąžinti"])
    assert edit_form.status_code == 200
    actions = BeautifulSoup(edit_form.content, "html.parser").find("footer").get_text(" ")
    assert "Patvirtinti" in actions and "Prašyti pakeitimų" in actions
    preview = next(href for text, href in links.items() if text.startswith("Peržiūrėti"))
    assert client.get(preview).status_code == 200

    editor_page = dashboard(client, work.editor)
    assert panel(editor_page, "vvg-awaiting-moderation") is None
    recent = {row[0]: row[2] for row in rows(panel(editor_page, "vvg-recent-edits"))}
    assert recent["Naujiena moderatoriui"] == "laukia moderavimo"
    assert panel(dashboard(client, work.cooperation_admin), "vvg-awaiting-moderation") is None


def test_quick_actions_open_their_forms_for_each_role(work, client, subtests):
    for user in (work.superuser, work.cooperation_admin, work.editor, work.moderator):
        page = dashboard(client, user)
        for link in panel(page, "vvg-quick-actions").select("a.button"):
            with subtests.test(user=user.username, action=link.get_text(strip=True)):
                assert client.get(link["href"]).status_code == 200


def test_a_user_without_any_permission_is_not_let_in(work, client):
    nobody = User.objects.create_user("niekas", password="x")
    client.force_login(nobody)

    response = client.get("/admin/")

    assert response.status_code == 302


def test_the_headings_use_lithuanians_three_plural_forms(db):
    forms = ("Trūksta duomenų: %(count)d sutartis", "Trūksta duomenų: %(count)d sutartys")
    waiting = ("Paskelbimo laukia %(count)d įrašas", "Paskelbimo laukia %(count)d įrašai")
    moderation = (
        "Jūsų moderavimo laukia %(count)d įrašas",
        "Jūsų moderavimo laukia %(count)d įrašai",
    )
    with translation.override("lt"):
        said = {
            count: [
                ngettext(*pair, count) % {"count": count} for pair in (forms, waiting, moderation)
            ]
            for count in (1, 3, 12, 21)
        }
    assert said[1] == [
        "Trūksta duomenų: 1 sutartis",
        "Paskelbimo laukia 1 įrašas",
        "Jūsų moderavimo laukia 1 įrašas",
    ]
    assert said[3] == [
        "Trūksta duomenų: 3 sutartys",
        "Paskelbimo laukia 3 įrašai",
        "Jūsų moderavimo laukia 3 įrašai",
    ]
    assert said[12] == [
        "Trūksta duomenų: 12 sutarčių",
        "Paskelbimo laukia 12 įrašų",
        "Jūsų moderavimo laukia 12 įrašų",
    ]
    assert said[21][0] == "Trūksta duomenų: 21 sutartis"
