"""Dates known only as precisely as the source gives them.

An agreement may be dated to the day ("2022 m. sausio 11 d."), the month ("2022 m. liepos mėn."),
the year ("2021 m.") or a span of days ("2012 m. sausio 24–26 d."). The value is stored as its
earliest possible day plus a precision (and a last day for a span), so it sorts in SQL by the
earliest date it can mean and is never shown more precisely than it is known.
"""

import calendar
import datetime
from dataclasses import dataclass

from django.db import models
from django.utils import dateformat, timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext


class Precision(models.TextChoices):
    DAY = "day", _("tiksli diena")
    MONTH = "month", _("tik mėnuo")
    YEAR = "year", _("tik metai")
    SPAN = "span", _("kelios dienos (nuo–iki)")


def _fmt(value, format_string):
    return dateformat.format(value, format_string)


@dataclass(frozen=True)
class PartialDate:
    start: datetime.date
    precision: str = Precision.DAY
    end: datetime.date | None = None

    def display(self):
        """The text in the reader's language, e.g. "2022 m. liepos mėn." or "July 2022" (the
        formats are in the catalogues: locale/en); E is the Lithuanian genitive month name."""
        start, end = self.start, self.end
        if self.precision == Precision.YEAR:
            return _fmt(start, pgettext("year-precision date", r"Y \m."))
        if self.precision == Precision.MONTH:
            return _fmt(start, pgettext("month-precision date", r"Y \m. E \m\ė\n."))
        if self.precision == Precision.SPAN and end and end != start:
            if (start.year, start.month) == (end.year, end.month):
                return "{}–{}".format(
                    _fmt(start, pgettext("span start, same month", r"Y \m. E j")),
                    _fmt(end, pgettext("span end, same month", r"j \d.")),
                )
            if start.year == end.year:
                return "{} – {}".format(
                    _fmt(start, pgettext("span start, same year", r"Y \m. E j \d.")),
                    _fmt(end, pgettext("span end, same year", r"E j \d.")),
                )
            day = pgettext("day-precision date", r"Y \m. E j \d.")
            return f"{_fmt(start, day)} – {_fmt(end, day)}"
        return _fmt(start, pgettext("day-precision date", r"Y \m. E j \d."))

    def iso(self):
        """ISO 8601 at its precision: "2022-01-11", "2022-07", "2021", "2012-01-24/2012-01-26"."""
        if self.precision == Precision.YEAR:
            return f"{self.start:%Y}"
        if self.precision == Precision.MONTH:
            return f"{self.start:%Y-%m}"
        if self.precision == Precision.SPAN and self.end:
            return f"{self.start.isoformat()}/{self.end.isoformat()}"
        return self.start.isoformat()

    def last_day(self):
        """The latest day it can mean: the end of its month or year, the last day of a span."""
        start = self.start
        if self.precision == Precision.YEAR:
            return start.replace(month=12, day=31)
        if self.precision == Precision.MONTH:
            return start.replace(day=calendar.monthrange(start.year, start.month)[1])
        if self.precision == Precision.SPAN and self.end:
            return self.end
        return start

    def html_datetime(self):
        """A value for <time datetime>: HTML has no interval, so a span gives its first day."""
        return self.start.isoformat() if self.precision == Precision.SPAN else self.iso()

    def __str__(self):
        return self.display()


def moment_display(value):
    """A moment as the staff read it, in the site's time zone: "2026 m. lapkričio 29 d. 09:40"."""
    local = timezone.localtime(value)
    return f"{PartialDate(local.date()).display()} {local:%H:%M}"


def partial_date_errors(start, precision, end, *, start_field, end_field):
    """Field errors for an impossible combination, e.g. a month-precision date on the 14th."""
    errors = {}
    if start is None:
        return errors
    if precision == Precision.MONTH and start.day != 1:
        errors[start_field] = _(
            "Kai žinomas tik mėnuo, nurodykite pirmąją mėnesio dieną (pvz. 2022-07-01)."
        )
    elif precision == Precision.YEAR and (start.month, start.day) != (1, 1):
        errors[start_field] = _("Kai žinomi tik metai, nurodykite sausio 1 d. (pvz. 2021-01-01).")
    if precision == Precision.SPAN:
        if end is None:
            errors[end_field] = _("Nurodykite paskutinę laikotarpio dieną.")
        elif end <= start:
            errors[end_field] = _("Paskutinė diena turi būti vėlesnė už pirmąją.")
    elif end is not None:
        errors[end_field] = _("Paskutinė diena nurodoma tik tada, kai tikslumas – kelios dienos.")
    return errors
