"""What the reminders keep: each reminder sent, and each member of staff's calendar address."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AgreementReminder(models.Model):
    """One reminder e-mailed to one person about one agreement's end date.

    Written only after the mail server accepted the message, so a failed send is tried again on
    the next run; keyed by the end date it was about, so a new `valid_until` starts afresh.
    """

    partnership = models.ForeignKey(
        "partnerships.Partnership",
        on_delete=models.CASCADE,
        related_name="reminders",
        verbose_name=_("sutartis"),
    )
    valid_until = models.DateField(_("galioja iki"))
    days_before = models.PositiveSmallIntegerField(_("likus dienų"))
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("gavėjas"),
    )
    email = models.EmailField(_("el. pašto adresas"))
    sent_at = models.DateTimeField(_("išsiųsta"), default=timezone.now)

    class Meta:
        ordering = ["-sent_at", "-pk"]
        verbose_name = _("priminimas apie sutartį")
        verbose_name_plural = _("priminimai apie sutartis")
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "valid_until", "days_before", "recipient"],
                name="one_reminder_per_end_date_threshold_and_person",
            )
        ]

    def __str__(self):
        return f"{self.partnership} – {self.days_before} – {self.email}"


def new_token():
    # 256 bits: the address is the only key to the calendar.
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """A member of staff's private calendar address (iCalendar) of the end dates and reminder
    dates of the agreements they look after. Renewing replaces the token: the old address
    stops working at once."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="agreement_calendar",
        verbose_name=_("naudotojas"),
    )
    token = models.CharField(_("slaptas raktas"), max_length=64, unique=True, default=new_token)
    created_at = models.DateTimeField(_("sukurta"), default=timezone.now)

    class Meta:
        verbose_name = _("sutarčių kalendorius")
        verbose_name_plural = _("sutarčių kalendoriai")

    def __str__(self):
        return str(self.user)

    def renew(self):
        self.token = new_token()
        self.created_at = timezone.now()
        self.save(update_fields=["token", "created_at"])
