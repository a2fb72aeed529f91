"""The private calendar addresses (outside the admin: calendar programs do not sign in)."""

from django.urls import path

from vvg_site.reminders.calendar import calendar_feed

urlpatterns = [
    path("<str:token>.ics", calendar_feed, name="agreement_calendar"),
]
