"""Reminders before an agreement runs out: who gets them, what they say, and sending each once.

A reminder is due 90, 30 and 7 days before an agreement's `valid_until` (an agreement in force
or not yet in force, by `PartnershipQuerySet.ending_within`). It goes to the agreement's
responsible person, or, when nobody is named (or the person named can no longer receive mail:
inactive, or without an address), to every active member of "Bendradarbiavimo administratoriai"
with an address. Each (agreement, end date, threshold, person) is sent once: a reminder is
recorded only after the mail server took it, so a run while the server is away loses nothing
and the next run sends it. A run that missed days sends the most urgent reminder reached, once,
never the ones it has passed. A new end date starts the reminders afresh.
"""

import contextlib
import smtplib
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from pages.permissions import COOPERATION_ADMINS
from partnerships.models import Partnership
from partnerships.models.agreements import staff_name
from partnerships.models.lifecycle import day_or_today, days_left_text
from vvg_site.core.dates import PartialDate
from vvg_site.reminders.models import AgreementReminder

#: Days before the last day of validity on which a reminder is due.
THRESHOLDS = (90, 30, 7)


def due_threshold(days_left):
    """The most urgent threshold reached with `days_left` days to go, or None before the first."""
    reached = [days for days in THRESHOLDS if days_left <= days]
    return min(reached) if reached else None


def thresholds_text():
    """ "90, 30 ir 7" """
    *first, last = (str(days) for days in THRESHOLDS)
    return _("%(first)s ir %(last)s") % {"first": ", ".join(first), "last": last}


def can_receive(user):
    return user is not None and user.is_active and bool(user.email)


def administrators():
    """The active members of the agreements' administrators' group who have an address."""
    users = get_user_model().objects.filter(groups__name=COOPERATION_ADMINS, is_active=True)
    return list(users.exclude(email="").distinct().order_by("pk"))


def looked_after_by_administrators():
    """The agreements whose reminders go to the administrators' group: nobody named, or the
    person named cannot receive them (a QuerySet filter, for the calendar)."""
    return Q(responsible__isnull=True) | Q(responsible__is_active=False) | Q(responsible__email="")


def admin_url(agreement):
    """The agreement's edit form in the admin, at the site's address (WAGTAILADMIN_BASE_URL)."""
    path = reverse(agreement.snippet_viewset.get_url_name("edit"), args=[quote(agreement.pk)])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


@dataclass
class Reminder:
    """One reminder due today: to whom, about which agreement, on which threshold."""

    agreement: Partnership
    recipient: object
    days_before: int
    days_left: int
    named: bool

    def message(self):
        """The e-mail, in Lithuanian whatever the caller's language."""
        with translation.override(settings.LANGUAGE_CODE):
            return EmailMessage(
                subject=self.subject(),
                body=self.body(),
                from_email=settings.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL,
                to=[self.recipient.email],
            )

    def subject(self):
        return _("Priminimas: sutarties „%(title)s“ galiojimas baigiasi %(date)s") % {
            "title": self.agreement.title,
            "date": PartialDate(self.agreement.valid_until).display(),
        }

    def body(self):
        agreement = self.agreement
        until = PartialDate(agreement.valid_until).display()
        lines = [
            _("Sveiki,"),
            "",
            _("sutarties „%(title)s“ galiojimas baigiasi %(date)s: %(left)s.")
            % {"title": agreement.title, "date": until, "left": days_left_text(self.days_left)},
            "",
            _("Pasirašyta: %(date)s") % {"date": agreement.signed.display()},
            _("Partneriai: %(names)s") % {"names": "; ".join(p.name for p in agreement.partners)},
        ]
        if self.named:
            lines.append(_("Atsakingas asmuo: %(name)s") % {"name": staff_name(self.recipient)})
        else:
            lines.append(
                _(
                    "Atsakingas asmuo nenurodytas, todėl šį priminimą gauna visi grupės "
                    "„%(group)s“ nariai."
                )
                % {"group": COOPERATION_ADMINS}
            )
        lines += [
            "",
            _(
                "Jei sutartis pratęsiama ar keičiama nauja, įrašykite naują galiojimo pabaigą "
                "arba naujoje sutartyje šią nurodykite kaip ankstesnę."
            ),
            "",
            _("Sutartis administravimo sistemoje:"),
            admin_url(agreement),
            "",
            _(
                "Priminimai siunčiami likus %(days)s dienoms iki galiojimo pabaigos. Laišką "
                "išsiuntė svetainė „%(site)s“."
            )
            % {"days": thresholds_text(), "site": settings.WAGTAIL_SITE_NAME},
        ]
        return "\n".join(str(line) for line in lines) + "\n"

    def record(self):
        """Write down that it was sent (a second run the same day then sends nothing)."""
        # IntegrityError: a run at the same moment recorded it first.
        with contextlib.suppress(IntegrityError):
            AgreementReminder.objects.get_or_create(
                partnership=self.agreement,
                valid_until=self.agreement.valid_until,
                days_before=self.days_before,
                recipient=self.recipient,
                defaults={"email": self.recipient.email},
            )


@dataclass
class Run:
    """What one run found and did."""

    due: list = field(default_factory=list)
    sent: list = field(default_factory=list)
    failed: list = field(default_factory=list)  # (Reminder, error)
    unaddressed: list = field(default_factory=list)  # agreements with nobody to remind


def due_reminders(today=None):
    """The reminders due on `today` and not yet sent, and the agreements with nobody to send
    theirs to; a fixed number of queries."""
    today = day_or_today(today)
    agreements = list(
        Partnership.objects.ending_within(max(THRESHOLDS), today)
        .select_related("responsible")
        .prefetch_related("partner_links__partner")
        .order_by("valid_until", "pk")
    )
    sent = set(
        AgreementReminder.objects.filter(partnership__in=agreements).values_list(
            "partnership_id", "valid_until", "days_before", "recipient_id"
        )
    )
    group = administrators()
    run = Run()
    for agreement in agreements:
        days_left = (agreement.valid_until - today).days
        threshold = due_threshold(days_left)
        named = can_receive(agreement.responsible)
        people = [agreement.responsible] if named else group
        if not people:
            run.unaddressed.append(agreement)
        for person in people:
            key = (agreement.pk, agreement.valid_until, threshold, person.pk)
            if key not in sent:
                run.due.append(Reminder(agreement, person, threshold, days_left, named))
    return run


#: Errors after which no message can go through this run: the server is away, hung up, or
#: refuses the site itself (its greeting or its credentials).
SERVER_ERRORS = (
    smtplib.SMTPConnectError,
    smtplib.SMTPServerDisconnected,
    smtplib.SMTPHeloError,
    smtplib.SMTPAuthenticationError,
    smtplib.SMTPNotSupportedError,
)


def server_unusable(error):
    """True when the mail server cannot be used at all (as opposed to refusing one message)."""
    return isinstance(error, SERVER_ERRORS) or not isinstance(error, smtplib.SMTPException)


def close_quietly(connection):
    try:
        connection.close()
    except (smtplib.SMTPException, OSError):
        connection.connection = None


def send_reminders(today=None, connection=None):
    """Send the reminders due on `today`, with the configured EMAIL_* settings; record each
    the server took. Once the server cannot be used, the rest wait for the next run."""
    run = due_reminders(today)
    connection = connection or get_connection()
    unusable = None
    for reminder in run.due:
        if unusable is not None:
            run.failed.append((reminder, unusable))
            continue
        try:
            connection.send_messages([reminder.message()])
        except (smtplib.SMTPException, OSError) as error:
            close_quietly(connection)
            run.failed.append((reminder, error))
            if server_unusable(error):
                unusable = error
            continue
        reminder.record()
        run.sent.append(reminder)
    close_quietly(connection)
    return run
