"""An agreement's life: when it is in force, how it ended, and its status on a given day.

The status is derived, never typed: from the validity an editor gave (from when; until a date,
open-ended, or not known) and how the agreement ended, compared with a day (today, unless a test,
a report or the reminders pin one). Validity is "not known" until an editor says otherwise, so
the site never calls an agreement open-ended or in force on a guess.

The rule is written twice, once as SQL (`status_case`, for QuerySets: the public filter and its
counts, the admin, the exports, the dashboard, the reminders, the calendar) and once in Python
(`Lifecycle.of`, for one record in hand, e.g. the admin's preview of an unsaved agreement);
`Partnership.lifecycle()` takes the SQL answer when its QuerySet computed one for that day, and
the tests hold both to one table of cases.
"""

import datetime
from dataclasses import dataclass

from django.db import models
from django.db.models import Case, CharField, F, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy

from vvg_site.core.dates import PartialDate, Precision


class AgreementStatus(models.TextChoices):
    """What an agreement is on a given day (the public `status` filter's values)."""

    ACTIVE = "active", _("galioja")
    ENDED = "ended", _("pasibaigė")
    NOT_YET = "not_yet", _("dar neįsigaliojo")
    UNKNOWN = "unknown", _("nežinoma")


class ValidityEnd(models.TextChoices):
    """How long an agreement is valid, as far as the editor knows."""

    UNKNOWN = "unknown", _("nežinoma")
    OPEN = "open", _("neterminuota")
    UNTIL = "until", _("iki nurodytos datos")


class EndedHow(models.TextChoices):
    """How an agreement ended, as an editor records it. Running out is derived (EXPIRED)."""

    FULFILLED = "fulfilled", _("įvykdyta")
    TERMINATED = "terminated", _("nutraukta")
    SUPERSEDED = "superseded", _("pakeista nauja sutartimi")


#: The public `status` filter's options: it chooses a set of agreements, so they are plural.
STATUS_FILTER_OPTIONS = [
    (AgreementStatus.ACTIVE, _("galiojančios")),
    (AgreementStatus.ENDED, _("pasibaigusios")),
    (AgreementStatus.NOT_YET, _("dar neįsigaliojusios")),
    (AgreementStatus.UNKNOWN, _("būsena nežinoma")),
]

#: How an agreement ended when its `valid_until` has passed: derived, never typed.
EXPIRED = "expired"
ENDING_LABELS = {**dict(EndedHow.choices), EXPIRED: _("baigėsi galiojimo laikas")}

# A date known to the day takes "on" in English, a month or a year "in"; Lithuanian needs neither.
ENDED_WORDS = {
    EndedHow.FULFILLED: (
        pgettext_lazy("ended on a day", "įvykdyta %(date)s"),
        pgettext_lazy("ended in a month or year", "įvykdyta %(date)s"),
    ),
    EndedHow.TERMINATED: (
        pgettext_lazy("ended on a day", "nutraukta %(date)s"),
        pgettext_lazy("ended in a month or year", "nutraukta %(date)s"),
    ),
    EndedHow.SUPERSEDED: (
        pgettext_lazy("ended on a day", "pakeista nauja sutartimi %(date)s"),
        pgettext_lazy("ended in a month or year", "pakeista nauja sutartimi %(date)s"),
    ),
}


def day_or_today(today=None):
    """The day a status is computed for: today in the site's time zone unless one is given."""
    return today or timezone.localdate()


def days_left_text(days):
    """ "liko 1 diena", "liko 2 dienos", "liko 10 dienų" (Lithuanian's three plural forms are in
    locale/lt); "baigiasi šiandien" on the last day."""
    if days == 0:
        return str(_("baigiasi šiandien"))
    return ngettext("liko %(count)d diena", "liko %(count)d dienos", days) % {"count": days}


# --- the rule in SQL ----------------------------------------------------------------------------


def ended_explicitly(today):
    """An editor recorded how it ended, on a day that has come (or without a date)."""
    return ~Q(ended_how="") & (Q(ended_on__isnull=True) | Q(ended_on__lte=today))


def expired(today):
    return Q(validity_end=ValidityEnd.UNTIL, valid_until__lt=today)


def not_started(today):
    # Valid from the signing date unless an editor gave another day.
    return Q(valid_from__gt=today) | Q(valid_from__isnull=True, signed_on__gt=today)


def in_force():
    return Q(validity_end=ValidityEnd.OPEN) | Q(
        validity_end=ValidityEnd.UNTIL, valid_until__isnull=False
    )


def status_case(today):
    """The status on `today` as an SQL expression (the first condition that holds wins)."""
    return Case(
        When(ended_explicitly(today), then=Value(AgreementStatus.ENDED)),
        When(expired(today), then=Value(AgreementStatus.ENDED)),
        When(not_started(today), then=Value(AgreementStatus.NOT_YET)),
        When(in_force(), then=Value(AgreementStatus.ACTIVE)),
        default=Value(AgreementStatus.UNKNOWN),
        output_field=CharField(),
    )


def ending_case(today):
    """How it ended by `today` (fulfilled, terminated, superseded, expired), else ""."""
    return Case(
        When(ended_explicitly(today), then=F("ended_how")),
        When(expired(today), then=Value(EXPIRED)),
        default=Value(""),
        output_field=CharField(),
    )


def status_changes_on(day):
    """Agreements whose status on `day` differs from the day before: they come into force,
    run out or end that day (the public pages are refreshed then)."""
    return (
        Q(valid_from=day)
        | Q(valid_from__isnull=True, signed_on=day)
        | Q(validity_end=ValidityEnd.UNTIL, valid_until=day - datetime.timedelta(days=1))
        | (~Q(ended_how="") & Q(ended_on=day))
    )


# --- the same rule for one record in hand ---------------------------------------------------------


@dataclass(frozen=True)
class Lifecycle:
    """One agreement's status on a day, and its validity and ending in words."""

    status: str
    ending: str
    start: PartialDate
    explicit_start: bool
    validity_end: str
    until: datetime.date | None
    ended: PartialDate | None

    @classmethod
    def of(cls, agreement, today, status=None, ending=None):
        """The lifecycle of `agreement` on `today`; `status` and `ending` when SQL computed them."""
        if status is None:
            status, ending = cls.rule(agreement, today)
        explicit = agreement.valid_from is not None and agreement.valid_from != agreement.signed_on
        start = PartialDate(agreement.valid_from) if explicit else agreement.signed
        until = agreement.valid_until if agreement.validity_end == ValidityEnd.UNTIL else None
        if ending == EXPIRED:
            ended = PartialDate(agreement.valid_until)
        elif ending and agreement.ended_on:
            ended = PartialDate(agreement.ended_on, agreement.ended_precision)
        else:
            ended = None
        return cls(status, ending, start, explicit, agreement.validity_end, until, ended)

    @staticmethod
    def rule(agreement, today):
        """(status, ending) on `today`: `status_case` and `ending_case` in Python."""
        if agreement.ended_how and (agreement.ended_on is None or agreement.ended_on <= today):
            return AgreementStatus.ENDED, agreement.ended_how
        until = agreement.valid_until
        if agreement.validity_end == ValidityEnd.UNTIL and until is not None and until < today:
            return AgreementStatus.ENDED, EXPIRED
        if (agreement.valid_from or agreement.signed_on) > today:
            return AgreementStatus.NOT_YET, ""
        if agreement.validity_end == ValidityEnd.OPEN or (
            agreement.validity_end == ValidityEnd.UNTIL and until is not None
        ):
            return AgreementStatus.ACTIVE, ""
        return AgreementStatus.UNKNOWN, ""

    @property
    def status_label(self):
        return AgreementStatus(self.status).label

    @property
    def ending_label(self):
        return ENDING_LABELS.get(self.ending, "")

    @property
    def open_ended(self):
        return self.validity_end == ValidityEnd.OPEN

    def text(self):
        """The status and validity in words at their precision, in the reader's language
        ("galioja iki 2025 m. gruodžio 31 d.", "neterminuota", "įvykdyta 2022 m. rugsėjo
        30 d."); "" when nothing is known."""
        start = self.start.display()
        until = PartialDate(self.until).display() if self.until else None
        if self.status == AgreementStatus.ENDED:
            if self.ending == EXPIRED:
                return _("galiojo iki %(date)s") % {"date": self.ended.display()}
            if self.ended is None:
                return str(ENDING_LABELS[self.ending])
            on_a_day, in_a_period = ENDED_WORDS[self.ending]
            words = on_a_day if self.ended.precision == Precision.DAY else in_a_period
            return words % {"date": self.ended.display()}
        if self.status == AgreementStatus.NOT_YET:
            if until:
                return _("įsigalios %(start)s, galios iki %(until)s") % {
                    "start": start,
                    "until": until,
                }
            if self.open_ended:
                return _("įsigalios %(start)s, neterminuota") % {"start": start}
            return _("įsigalios %(start)s") % {"start": start}
        if self.status == AgreementStatus.ACTIVE:
            if until and self.explicit_start:
                return _("galioja nuo %(start)s iki %(until)s") % {"start": start, "until": until}
            if until:
                return _("galioja iki %(until)s") % {"until": until}
            if self.explicit_start:
                return _("galioja nuo %(start)s, neterminuota") % {"start": start}
            return str(ValidityEnd.OPEN.label)
        if self.explicit_start:
            return _("įsigaliojo %(start)s") % {"start": start}
        return ""
