"""Reminders through a real SMTP server this test starts on the loopback (aiosmtpd), with the
site's EMAIL_* settings: the message arrives as the staff will read it; while the server is away
(connection refused) nothing is recorded, the command exits with status 1, and the next run
sends everything; a recipient the server refuses is tried again, the others are not."""

import email
import email.policy
import socket

from django.core.management import call_command

import pytest
from aiosmtpd.controller import Controller

from tests.reminders.conftest import TODAY, days, ending
from vvg_site.reminders.models import AgreementReminder


class MailBox:
    """What the SMTP server received; refuses the addresses in `refused`."""

    def __init__(self):
        self.messages = []
        self.refused = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address in self.refused:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append((envelope.rcpt_tos, message))
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp(settings):
    """The site's mail settings pointed at a loopback port; `start()` opens the server there."""
    port = free_port()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5
    box = MailBox()
    controllers = []

    def start():
        controller = Controller(box, hostname="127.0.0.1", port=port)
        controller.start()
        controllers.append(controller)
        return box

    yield start
    for controller in controllers:
        controller.stop()


def send(day=TODAY):
    """The command as cron runs it; its exit status."""
    try:
        call_command("send_agreement_reminders", "--date", day.isoformat())
    except SystemExit as exit:
        return exit.code
    return 0


def test_a_reminder_arrives_through_the_configured_smtp_server(people, smtp):
    box = smtp()
    agreement = ending("Sutartis su Druskininkų VVG", 30, responsible=people.rasa)

    assert send() == 0

    [(recipients, message)] = box.messages
    assert recipients == ["rasa@vvg.example"]
    assert message["To"] == "rasa@vvg.example"
    # Django folds a long encoded subject onto the next line; unfolding leaves a leading space.
    assert message["Subject"].strip() == (
        "Priminimas: sutarties „Sutartis su Druskininkų VVG“ galiojimas baigiasi "
        "2025 m. lapkričio 1 d."
    )
    body = message.get_content()
    assert "liko 30 dienų" in body
    assert f"/admin/snippets/partnerships/partnership/edit/{agreement.pk}/" in body
    assert AgreementReminder.objects.get().email == "rasa@vvg.example"


def test_with_the_server_away_nothing_is_lost_and_the_next_run_sends_it(people, smtp, capsys):
    ending("Pirma sutartis", 30, responsible=people.rasa)
    ending("Antra sutartis", 7)  # to both administrators

    assert send() == 1
    captured = capsys.readouterr()
    assert "Nepavyko išsiųsti 3 priminimų: bus bandoma vėl kitą kartą" in captured.err
    assert "Nepavyko išsiųsti: „Pirma sutartis“ – rasa@vvg.example" in captured.err
    assert "Išsiųsta 0 priminimų." in captured.out
    assert not AgreementReminder.objects.exists()

    box = smtp()  # the server is back the next day
    assert send(days(1)) == 0
    assert sorted(to for recipients, _message in box.messages for to in recipients) == [
        "jonas@vvg.example",
        "ona@vvg.example",
        "rasa@vvg.example",
    ]
    assert AgreementReminder.objects.count() == 3
    assert "Išsiųsti 3 priminimai." in capsys.readouterr().out
    assert send(days(1)) == 0
    assert len(box.messages) == 3


def test_a_recipient_the_server_refuses_is_tried_again_and_only_that_one(people, smtp, capsys):
    box = smtp()
    box.refused.add("ona@vvg.example")
    ending("Niekieno sutartis", 30)

    assert send() == 1
    assert [recipients for recipients, _message in box.messages] == [["jonas@vvg.example"]]
    assert "Nepavyko išsiųsti 1 priminimo" in capsys.readouterr().err

    box.refused.clear()
    assert send() == 0
    assert [recipients for recipients, _message in box.messages] == [
        ["jonas@vvg.example"],
        ["ona@vvg.example"],
    ]
