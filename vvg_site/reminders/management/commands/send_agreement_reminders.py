"""Sends the reminders due today before agreements run out (vvg_site.reminders.sending), and
refreshes the cached public pages when an agreement comes into force or runs out today.

Meant to run once a day, soon after midnight (README: cron line and systemd timer); running it
again the same day sends nothing new. Its messages are for the staff who run it, in Lithuanian.
Exits with status 1 when a reminder could not be sent (it is tried again on the next run).
"""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from partnerships.models import Partnership
from partnerships.models.lifecycle import day_or_today, days_left_text
from vvg_site.reminders.sending import send_reminders
from vvg_site.sitecache.signals import content_changed


def a_day(text):
    try:
        return datetime.date.fromisoformat(text)
    except ValueError as error:
        raise CommandError(_("Data nurodoma taip: 2025-12-31.")) from error


class Command(BaseCommand):
    help = gettext_lazy(
        "Išsiunčia priminimus apie sutartis, kurių galiojimas baigiasi po 90, 30 ar 7 dienų "
        "(kiekvieną tik kartą), ir atnaujina viešuosius puslapius, kai šiandien keičiasi "
        "sutarčių būsena. Leisti kasdien."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--date",
            type=a_day,
            help=gettext_lazy(
                "Siųsti taip, lyg šiandien būtų ši diena (MMMM-MM-DD); laiškai išsiunčiami iš "
                "tikrųjų."
            ),
        )

    def handle(self, *args, date=None, **options):
        today = day_or_today(date)
        run = send_reminders(today)

        for reminder in run.sent:
            self.stdout.write(
                _("Išsiųsta: „%(title)s“ (%(left)s) – %(email)s")
                % {
                    "title": reminder.agreement.title,
                    "left": days_left_text(reminder.days_left),
                    "email": reminder.recipient.email,
                }
            )
        for agreement in run.unaddressed:
            self.stderr.write(
                self.style.WARNING(
                    _(
                        "Priminimo apie „%(title)s“ nėra kam siųsti: atsakingas asmuo "
                        "nenurodytas arba negali gauti laiškų, o bendradarbiavimo "
                        "administratorių grupėje nėra aktyvių narių su el. pašto adresu."
                    )
                    % {"title": agreement.title}
                )
            )
        for reminder, error in run.failed:
            self.stderr.write(
                self.style.ERROR(
                    _("Nepavyko išsiųsti: „%(title)s“ – %(email)s: %(error)s")
                    % {
                        "title": reminder.agreement.title,
                        "email": reminder.recipient.email,
                        "error": error,
                    }
                )
            )

        sent = len(run.sent)
        self.stdout.write(
            self.style.SUCCESS(
                ngettext("Išsiųstas %(count)d priminimas.", "Išsiųsti %(count)d priminimai.", sent)
                % {"count": sent}
            )
        )
        if Partnership.objects.live().changing_status_on(today).exists():
            content_changed()
            self.stdout.write(
                _("Šiandien pasikeitė paskelbtų sutarčių būsena: viešieji puslapiai atnaujinti.")
            )
        if run.failed:
            failed = len(run.failed)
            self.stderr.write(
                self.style.ERROR(
                    ngettext(
                        "Nepavyko išsiųsti %(count)d priminimo: bus bandoma vėl kitą kartą "
                        "paleidus komandą.",
                        "Nepavyko išsiųsti %(count)d priminimų: bus bandoma vėl kitą kartą "
                        "paleidus komandą.",
                        failed,
                    )
                    % {"count": failed}
                )
            )
            raise SystemExit(1)
