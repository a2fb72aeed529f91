"""Reminders before an agreement runs out, with Django's test mail box: to whom, when (90, 30 and
7 days before its last day, each once; a missed day catches up with the most urgent one), what
they say (Lithuanian, three plural forms, a link to the agreement in the admin), and what the
command says (Lithuanian, plural forms) and does to the cached public pages."""

import datetime

from django.core import mail
from django.core.management import call_command

import pytest

from partnerships.models import Partnership
from tests import factories as f
from tests.reminders.conftest import TODAY, days, ending, leave
from vvg_site.reminders.models import AgreementReminder
from vvg_site.reminders.sending import send_reminders
from vvg_site.sitecache.models import CacheGeneration


def run(day_offset=0):
    """One daily run, `day_offset` days after TODAY; the messages it sent."""
    before = len(mail.outbox)
    send_reminders(days(day_offset))
    return mail.outbox[before:]


def to(messages):
    return sorted(address for message in messages for address in message.to)


def test_the_responsible_person_is_reminded_90_30_and_7_days_before_once_each(people):
    ending("Sutartis su Druskininkų VVG", 90, responsible=people.rasa)

    assert to(run(0)) == ["rasa@vvg.example"]
    assert run(0) == []  # the same day again: nothing new
    assert run(1) == []
    assert to(run(60)) == ["rasa@vvg.example"]  # 30 days left
    assert run(61) == []
    assert to(run(83)) == ["rasa@vvg.example"]  # 7 days left
    assert run(84) == [] and run(90) == []
    sent = AgreementReminder.objects.order_by("sent_at")
    assert list(sent.values_list("days_before", "email")) == [
        (90, "rasa@vvg.example"),
        (30, "rasa@vvg.example"),
        (7, "rasa@vvg.example"),
    ]


def test_a_missed_day_sends_the_most_urgent_reminder_reached_once(people):
    ending("Sutartis", 90, responsible=people.rasa)

    [late] = run(70)  # 20 days left: the 90-day reminder was never sent, the 30-day one is due

    assert "liko 20 dienų" in late.body
    assert list(AgreementReminder.objects.values_list("days_before", flat=True)) == [30]
    assert run(71) == []
    assert len(run(85)) == 1  # 5 days left: the 7-day one


def test_without_a_responsible_person_every_active_administrator_with_an_address_is(people):
    ending("Niekieno sutartis", 30)

    messages = run(0)

    assert to(messages) == ["jonas@vvg.example", "ona@vvg.example"]
    assert "visi grupės „Bendradarbiavimo administratoriai“ nariai" in messages[0].body


def test_a_responsible_person_who_left_is_replaced_by_the_administrators(people):
    people.left.is_active = True
    people.left.save()
    ending("Išėjusios sutartis", 30, responsible=people.left)
    leave(people.left)
    ending("Be adreso", 30, responsible=people.no_address)

    assert to(run(0)) == ["jonas@vvg.example"] * 2 + ["ona@vvg.example"] * 2


def test_the_message_is_lithuanian_with_the_agreement_the_days_left_and_its_admin_link(people):
    agreement = ending("Sutartis su Druskininkų VVG", 30, responsible=people.rasa)

    [message] = run(0)

    assert message.subject == (
        "Priminimas: sutarties „Sutartis su Druskininkų VVG“ galiojimas baigiasi "
        "2025 m. lapkričio 1 d."
    )
    assert (
        "sutarties „Sutartis su Druskininkų VVG“ galiojimas baigiasi 2025 m. lapkričio 1 d.: "
        "liko 30 dienų."
    ) in message.body
    assert "Partneriai: Druskininkų vietos veiklos grupė" in message.body
    assert "Atsakingas asmuo: Rasa Rasaitė" in message.body
    edit_url = f"http://testserver/admin/snippets/partnerships/partnership/edit/{agreement.pk}/"
    assert edit_url in message.body.splitlines()
    assert "likus 90, 30 ir 7 dienoms" in message.body
    assert message.from_email == "webmaster@localhost"


@pytest.mark.parametrize(
    ("left", "words"),
    [(1, "liko 1 diena"), (2, "liko 2 dienos"), (7, "liko 7 dienos"), (0, "baigiasi šiandien")],
)
def test_the_days_left_take_their_plural_form(people, left, words):
    ending("Sutartis", left, responsible=people.rasa)

    [message] = run(0)

    assert f"2025 m. spalio {2 + left} d.: {words}." in message.body


def test_a_new_end_date_starts_the_reminders_afresh(people):
    agreement = ending("Pratęsiama sutartis", 7, responsible=people.rasa)
    assert len(run(0)) == 1

    agreement.valid_until = days(30)
    agreement.save()

    [again] = run(0)
    assert "liko 30 dienų" in again.body


def test_agreements_ended_open_ended_or_not_known_get_no_reminder(people):
    ending("Nutraukta", 30, ended_how="terminated", ended_on=datetime.date(2025, 9, 1))
    f.make_partnership(title="Neterminuota", validity_end="open")
    f.make_partnership(title="Nežinoma")
    ending("Po 91 dienos", 91)
    ending("Vakar baigėsi", -1)

    assert run(0) == []


def test_the_command_reports_in_lithuanian_with_plural_forms(people, capsys):
    ending("Pirma", 90, responsible=people.rasa)
    ending("Antra", 30, responsible=people.rasa)
    ending("Trečia", 7)

    call_command("send_agreement_reminders", "--date", TODAY.isoformat())

    output = capsys.readouterr().out
    assert "Išsiųsti 4 priminimai." in output
    assert "Išsiųsta: „Antra“ (liko 30 dienų) – rasa@vvg.example" in output
    call_command("send_agreement_reminders", "--date", TODAY.isoformat())
    assert "Išsiųsta 0 priminimų." in capsys.readouterr().out
    call_command("send_agreement_reminders", "--date", days(1).isoformat())
    assert "Išsiųsta 0 priminimų." in capsys.readouterr().out


def test_the_command_says_so_when_nobody_can_be_reminded(db, capsys):
    ending("Niekieno sutartis", 30)

    call_command("send_agreement_reminders", "--date", TODAY.isoformat())

    captured = capsys.readouterr()
    assert "Priminimo apie „Niekieno sutartis“ nėra kam siųsti" in captured.err
    assert "Išsiųsta 0 priminimų." in captured.out


def test_a_malformed_date_is_refused_in_lithuanian(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Data nurodoma taip: 2025-12-31."):
        call_command("send_agreement_reminders", "--date", "vakar")


def test_a_status_changing_today_makes_the_cached_pages_stale(
    db, capsys, django_capture_on_commit_callbacks
):
    ending("Baigėsi vakar", -1)
    f.make_partnership(title="Įsigalioja šiandien", valid_from=TODAY, validity_end="open")
    before = CacheGeneration.current()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_agreement_reminders", "--date", TODAY.isoformat())
    assert CacheGeneration.current() == before + 1
    assert "viešieji puslapiai atnaujinti" in capsys.readouterr().out

    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_agreement_reminders", "--date", days(2).isoformat())
    assert CacheGeneration.current() == before + 1


def test_the_status_changes_are_those_of_published_agreements(db):
    ending("Juodraštis, baigėsi vakar", -1, live=False)
    assert not Partnership.objects.live().changing_status_on(TODAY).exists()
    assert Partnership.objects.changing_status_on(TODAY).exists()
