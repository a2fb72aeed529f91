"""An agreement's life in the admin, as the staff keep it: the form's validity, ending, earlier
agreement and responsible person (chosen among active staff, by name), refused in Lithuanian when
impossible; the list's status, end date and responsible person, its filters by status and "ends
within 90 days", its spreadsheet's new columns, and the inspect view."""

import datetime

from django.contrib.auth import get_user_model

from bs4 import BeautifulSoup

from partnerships.models import Partnership
from tests import factories
from tests.partnerships.admin_helpers import agreement_form, read_csv, url
from vvg_site.core.dates import PartialDate

TODAY = datetime.date.today()
SOON = TODAY + datetime.timedelta(days=40)
LATER = TODAY + datetime.timedelta(days=200)


def lifecycle_records(coop):
    """The shared agreements given lives: one ending soon (with a responsible person), one later,
    one fulfilled; the editor gets a full name."""
    coop.editor.first_name, coop.editor.last_name = "Rasa", "Redaktorė"
    coop.editor.save()
    for agreement, fields in (
        (coop.with_druskininkai, {"validity_end": "until", "valid_until": SOON}),
        (coop.with_vdu, {"validity_end": "until", "valid_until": LATER}),
        (coop.international, {"ended_how": "fulfilled", "ended_on": datetime.date(2020, 6, 1)}),
    ):
        for name, value in fields.items():
            setattr(agreement, name, value)
        agreement.save_revision().publish()
    coop.with_druskininkai.responsible = coop.editor
    coop.with_druskininkai.save_revision().publish()


def test_an_editor_records_the_validity_the_predecessor_and_the_responsible_person(
    coop, editor_client
):
    response = editor_client.post(
        url("partnership", "add"),
        agreement_form(
            [coop.druskininkai],
            title="Atnaujinta sutartis su Druskininkų VVG",
            signed_on="2023-01-10",
            signed_precision="day",
            valid_from="2023-02-01",
            validity_end="until",
            valid_until="2026-01-31",
            follows=coop.with_druskininkai.pk,
            responsible=coop.editor.pk,
            **{"action-publish": "action-publish"},
        ),
    )

    assert response.status_code == 302
    saved = Partnership.objects.get(title="Atnaujinta sutartis su Druskininkų VVG")
    assert (saved.valid_from, saved.validity_end, saved.valid_until) == (
        datetime.date(2023, 2, 1),
        "until",
        datetime.date(2026, 1, 31),
    )
    assert saved.follows == coop.with_druskininkai
    assert saved.responsible == coop.editor
    assert saved.live_revision.as_object().follows_id == coop.with_druskininkai.pk


def test_the_form_refuses_a_circle_of_agreements_in_lithuanian(coop, editor_client):
    later = factories.make_partnership(
        coop.vdu,
        title="Vėlesnė sutartis",
        signed_on=datetime.date(2015, 1, 1),
        follows=coop.with_vdu,
    )

    response = editor_client.post(
        url("partnership", "edit", coop.with_vdu.pk),
        agreement_form(
            [coop.vdu],
            existing=coop.with_vdu,
            title=coop.with_vdu.title,
            signed_on="2014-03-05",
            signed_precision="day",
            follows=later.pk,
        ),
    )

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "sutartys negali eiti ratu" in " ".join(errors["follows"])
    assert Partnership.objects.get(pk=coop.with_vdu.pk).follows is None


def test_the_form_refuses_until_without_a_date(coop, editor_client):
    response = editor_client.post(
        url("partnership", "add"),
        agreement_form([coop.vdu], title="Be datos", validity_end="until"),
    )

    assert response.status_code == 200
    assert response.context["form"].errors["valid_until"] == [
        "Nurodykite paskutinę galiojimo dieną."
    ]


def test_only_active_staff_may_be_responsible_and_are_offered_by_name(coop, editor_client):
    users = get_user_model().objects
    users.create_user("buves", email="buves@example.lt", is_active=False).groups.add(coop.group)
    users.create_user("lankytojas", email="lankytojas@example.lt")
    users.create_superuser(
        "vadove", email="vadove@example.lt", first_name="Vida", last_name="Vadovė"
    )
    coop.editor.first_name, coop.editor.last_name = "Rasa", "Redaktorė"
    coop.editor.save()

    page = BeautifulSoup(editor_client.get(url("partnership", "add")).content, "html.parser")
    offered = [
        option.get_text(strip=True)
        for option in page.select("select[name=responsible] option")
        if option["value"]
    ]

    assert sorted(offered) == ["Rasa Redaktorė", "Vida Vadovė", "pasalinis"]
    assert page.select_one("select[name=responsible] option").get_text() == "nenurodytas"
    assert page.select_one("select[name=ended_how] option").get_text() == "nenurodyta"
    response = editor_client.post(
        url("partnership", "add"),
        agreement_form(
            [coop.vdu],
            title="Atsakingas lankytojas",
            responsible=users.get(username="lankytojas").pk,
        ),
    )
    assert "responsible" in response.context["form"].errors


def test_the_list_shows_the_status_with_its_dates_and_the_responsible_person(coop, editor_client):
    lifecycle_records(coop)

    page = BeautifulSoup(editor_client.get(url("partnership", "list")).content, "html.parser")
    headings = [th.get_text(" ", strip=True) for th in page.select("table.listing thead th")]
    wanted = [headings.index(name) for name in ("Galiojimas", "Atsakingas asmuo")]
    rows = {}
    for row in page.select("table.listing tbody tr"):
        cells = row.find_all("td")
        title = row.select_one("td.title a").get_text(" ", strip=True)
        rows[title] = [cells[i].get_text(" ", strip=True) for i in wanted]

    assert rows == {
        "Sutartis su Druskininkų VVG": [f"galioja iki {display(SOON)}", "Rasa Redaktorė"],
        "Sutartis su VDU": [f"galioja iki {display(LATER)}", ""],
        "Tarptautinis susitarimas": ["įvykdyta 2020 m. birželio 1 d.", ""],
        "Neskelbtas juodraštis": ["nežinoma", ""],
    }


def test_the_list_sorts_by_the_end_of_validity(coop, editor_client):
    lifecycle_records(coop)

    response = editor_client.get(url("partnership", "list"), {"ordering": "valid_until"})

    ending = [p.title for p in response.context["object_list"] if p.valid_until]
    assert ending == ["Sutartis su Druskininkų VVG", "Sutartis su VDU"]


def display(day):
    return PartialDate(day).display()


def titles(client, params):
    response = client.get(url("partnership", "list"), params)
    assert response.status_code == 200
    return {p.title for p in response.context["object_list"]}


def test_the_list_filters_by_status_and_by_ending_within_90_days(coop, editor_client):
    lifecycle_records(coop)

    assert titles(editor_client, {"validity": "active"}) == {
        "Sutartis su Druskininkų VVG",
        "Sutartis su VDU",
    }
    assert titles(editor_client, {"validity": "ended"}) == {"Tarptautinis susitarimas"}
    assert titles(editor_client, {"validity": "unknown"}) == {"Neskelbtas juodraštis"}
    assert titles(editor_client, {"ending": "soon"}) == {"Sutartis su Druskininkų VVG"}
    assert titles(editor_client, {"ending": "soon", "validity": "ended"}) == set()


def test_the_spreadsheet_carries_the_new_columns(coop, editor_client):
    lifecycle_records(coop)

    rows = read_csv(editor_client.get(url("partnership", "list"), {"export": "csv"}))
    by_title = {
        row[rows[0].index("Pavadinimas")]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]
    }

    druskininkai = by_title["Sutartis su Druskininkų VVG"]
    assert druskininkai["Galiojimas"] == "galioja"
    assert druskininkai["Galioja nuo (ISO 8601)"] == "2022-07"
    assert druskininkai["Galioja iki (ISO 8601)"] == SOON.isoformat()
    assert druskininkai["Galiojimo trukmė"] == "iki nurodytos datos"
    assert druskininkai["Atsakingas asmuo"] == "Rasa Redaktorė"
    fulfilled = by_title["Tarptautinis susitarimas"]
    assert (fulfilled["Kaip baigėsi"], fulfilled["Pabaigos data (ISO 8601)"]) == (
        "įvykdyta",
        "2020-06-01",
    )


def test_the_inspect_view_says_the_status_in_words_and_who_is_responsible(coop, editor_client):
    lifecycle_records(coop)

    response = editor_client.get(url("partnership", "inspect", coop.with_druskininkai.pk))

    text = BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)
    assert f"Galiojimas galioja iki {display(SOON)}" in text
    assert "Atsakingas asmuo Rasa Redaktorė" in text


def test_the_earlier_agreement_is_chosen_in_a_chooser_that_shows_dates(coop, editor_client):
    page = BeautifulSoup(editor_client.get(url("partnership", "add")).content, "html.parser")
    assert "Pasirinkite ankstesnę sutartį" in page.get_text()

    chooser = editor_client.get("/admin/snippets/choose/partnerships/partnership/")

    assert chooser.status_code == 200
    assert "2014 m. kovo 5 d." in chooser.json()["html"]
