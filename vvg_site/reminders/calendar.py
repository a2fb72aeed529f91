"""A member of staff's private calendar (iCalendar, RFC 5545) of the agreements they look after:
each agreement's last day of validity and the days its reminders are due, as all-day events.

"Looked after" is what the reminders use: the agreements the user is responsible for and, for
the members of "Bendradarbiavimo administratoriai", those with nobody responsible (or whose
responsible person can no longer receive mail). Only agreements with an end date that did not
end another way are listed. The calendar is served at a secret address with a random token
(CalendarFeed), outside the admin so calendar programs can fetch it without signing in, never
cached in public; an unknown token is a 404.
"""

import datetime

from django.conf import settings
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from icalendar import Calendar, Event

from pages.permissions import COOPERATION_ADMINS
from partnerships.models import Partnership
from partnerships.models.agreements import staff_name
from partnerships.models.lifecycle import ValidityEnd, days_left_text
from vvg_site.core.dates import PartialDate
from vvg_site.reminders.models import CalendarFeed
from vvg_site.reminders.sending import (
    THRESHOLDS,
    admin_url,
    looked_after_by_administrators,
)


def feed_url(feed):
    """The calendar's full address, at the site's address."""
    path = reverse("agreement_calendar", args=[feed.token])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def may_use_admin(user):
    return user.is_active and user.has_perm("wagtailadmin.access_admin")


def looked_after(user):
    """The agreements with an end date this user is reminded of (see the module's docstring)."""
    theirs = Q(responsible=user)
    if user.groups.filter(name=COOPERATION_ADMINS).exists():
        theirs |= looked_after_by_administrators()
    return (
        Partnership.objects.filter(theirs)
        .filter(validity_end=ValidityEnd.UNTIL, valid_until__isnull=False, ended_how="")
        .select_related("responsible")
        .prefetch_related("partner_links__partner")
        .order_by("valid_until", "pk")
    )


def uid(agreement, what):
    host = settings.WAGTAILADMIN_BASE_URL.split("://")[-1].split("/")[0] or "localhost"
    return f"sutartis-{agreement.pk}-{what}@{host}"


def all_day(event, day):
    event.add("dtstart", day)
    event.add("dtend", day + datetime.timedelta(days=1))
    event.add("transp", "TRANSPARENT")


def description(agreement):
    lines = [
        _("Paskutinė galiojimo diena: %(date)s")
        % {"date": PartialDate(agreement.valid_until).display()},
        _("Partneriai: %(names)s") % {"names": "; ".join(p.name for p in agreement.partners)},
    ]
    if agreement.responsible_id:
        lines.append(_("Atsakingas asmuo: %(name)s") % {"name": staff_name(agreement.responsible)})
    lines.append(admin_url(agreement))
    return "\n".join(str(line) for line in lines)


def build_calendar(user):
    """The user's calendar as iCalendar bytes: per agreement, its last day and its reminders."""
    calendar = Calendar()
    calendar.add("prodid", f"-//{settings.WAGTAIL_SITE_NAME}//Sutarciu kalendorius//LT")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _("Sutarčių pabaigos: %(name)s") % {"name": staff_name(user)})
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    stamp = timezone.now()
    for agreement in looked_after(user):
        ends = Event()
        ends.add("uid", uid(agreement, "pabaiga"))
        ends.add("dtstamp", stamp)
        all_day(ends, agreement.valid_until)
        ends.add("summary", _("Baigiasi sutartis „%(title)s“") % {"title": agreement.title})
        ends.add("description", description(agreement))
        ends.add("url", admin_url(agreement))
        calendar.add_component(ends)
        for days in THRESHOLDS:
            reminder = Event()
            reminder.add("uid", uid(agreement, f"priminimas-{days}"))
            reminder.add("dtstamp", stamp)
            all_day(reminder, agreement.valid_until - datetime.timedelta(days=days))
            reminder.add(
                "summary",
                _("Sutartis „%(title)s“: %(left)s")
                % {"title": agreement.title, "left": days_left_text(days)},
            )
            reminder.add("description", description(agreement))
            reminder.add("url", admin_url(agreement))
            calendar.add_component(reminder)
    return calendar.to_ical()


@require_GET
def calendar_feed(request, token):
    """The calendar at its secret address; 404 for a token that is not (or no longer) one,
    or for someone who may no longer use the admin."""
    feed = CalendarFeed.objects.select_related("user").filter(token=token).first()
    if feed is None or not may_use_admin(feed.user):
        raise Http404(_("Tokio kalendoriaus nėra."))
    with translation.override(settings.LANGUAGE_CODE):
        body = build_calendar(feed.user)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="sutartys.ics"'
    # Personal: never in a shared cache, never in a search engine.
    patch_cache_control(response, private=True, no_cache=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
