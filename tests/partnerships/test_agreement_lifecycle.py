"""An agreement's status on a day, derived from its validity and how it ended: the QuerySet's SQL
(`with_status`) and the record's own rule (`lifecycle()`, e.g. on an unsaved preview) give the same
answer for every case of one table, and the words say it at the dates' precision in both
languages. The status is never "in force" or "open-ended" unless an editor said so."""

import datetime

from django.utils import translation

import pytest

from partnerships.models import Partnership
from partnerships.models.lifecycle import EXPIRED, Lifecycle, days_left_text
from tests import factories as f

D = datetime.date
TODAY = D(2025, 6, 15)

# (name, fields, status on TODAY, ending, Lithuanian words, English words)
CASES = [
    ("nothing known", {}, "unknown", "", "", ""),
    (
        "open-ended",
        {"validity_end": "open"},
        "active",
        "",
        "neterminuota",
        "open-ended",
    ),
    (
        "open-ended from a later day",
        {"validity_end": "open", "valid_from": D(2021, 1, 1)},
        "active",
        "",
        "galioja nuo 2021 m. sausio 1 d., neterminuota",
        "in force from 1 January 2021, open-ended",
    ),
    (
        "valid until a day to come",
        {"validity_end": "until", "valid_until": D(2025, 12, 31)},
        "active",
        "",
        "galioja iki 2025 m. gruodžio 31 d.",
        "valid until 31 December 2025",
    ),
    (
        "its last day is today",
        {"validity_end": "until", "valid_until": TODAY},
        "active",
        "",
        "galioja iki 2025 m. birželio 15 d.",
        "valid until 15 June 2025",
    ),
    (
        "valid from and until",
        {"validity_end": "until", "valid_from": D(2020, 6, 1), "valid_until": D(2026, 5, 31)},
        "active",
        "",
        "galioja nuo 2020 m. birželio 1 d. iki 2026 m. gegužės 31 d.",
        "valid from 1 June 2020 until 31 May 2026",
    ),
    (
        "ran out yesterday",
        {"validity_end": "until", "valid_until": D(2025, 6, 14)},
        "ended",
        EXPIRED,
        "galiojo iki 2025 m. birželio 14 d.",
        "was valid until 14 June 2025",
    ),
    (
        "fulfilled on a day",
        {"ended_how": "fulfilled", "ended_on": D(2022, 9, 30)},
        "ended",
        "fulfilled",
        "įvykdyta 2022 m. rugsėjo 30 d.",
        "fulfilled on 30 September 2022",
    ),
    (
        "fulfilled in a year, before its end date",
        {
            "ended_how": "fulfilled",
            "ended_on": D(2022, 1, 1),
            "ended_precision": "year",
            "validity_end": "until",
            "valid_until": D(2030, 1, 1),
        },
        "ended",
        "fulfilled",
        "įvykdyta 2022 m.",
        "fulfilled in 2022",
    ),
    (
        "terminated in a month",
        {"ended_how": "terminated", "ended_on": D(2024, 3, 1), "ended_precision": "month"},
        "ended",
        "terminated",
        "nutraukta 2024 m. kovo mėn.",
        "terminated in March 2024",
    ),
    (
        "superseded, no date",
        {"ended_how": "superseded", "validity_end": "open"},
        "ended",
        "superseded",
        "pakeista nauja sutartimi",
        "superseded by a later agreement",
    ),
    (
        "to be terminated on a day to come",
        {"ended_how": "terminated", "ended_on": D(2025, 7, 1), "validity_end": "open"},
        "active",
        "",
        "neterminuota",
        "open-ended",
    ),
    (
        "comes into force later",
        {"valid_from": D(2025, 7, 1), "validity_end": "until", "valid_until": D(2027, 6, 30)},
        "not_yet",
        "",
        "įsigalios 2025 m. liepos 1 d., galios iki 2027 m. birželio 30 d.",
        "valid from 1 July 2025 until 30 June 2027",
    ),
    (
        "comes into force later, open-ended",
        {"valid_from": D(2025, 7, 1), "validity_end": "open"},
        "not_yet",
        "",
        "įsigalios 2025 m. liepos 1 d., neterminuota",
        "valid from 1 July 2025, open-ended",
    ),
    (
        "comes into force later, end not known",
        {"valid_from": D(2025, 7, 1)},
        "not_yet",
        "",
        "įsigalios 2025 m. liepos 1 d.",
        "valid from 1 July 2025",
    ),
    (
        "came into force, end not known",
        {"valid_from": D(2021, 3, 1)},
        "unknown",
        "",
        "įsigaliojo 2021 m. kovo 1 d.",
        "came into force on 1 March 2021",
    ),
]


@pytest.fixture
def agreements(db):
    """One published agreement per case, signed on 13 May 2020."""
    return {
        name: f.make_partnership(title=name, signed_on=D(2020, 5, 13), **fields)
        for name, fields, *_expected in CASES
    }


def test_the_database_and_the_record_derive_the_same_status_for_every_case(agreements, subtests):
    computed = {a.title: a for a in Partnership.objects.with_status(TODAY)}
    for name, fields, status, ending, _lt, _en in CASES:
        with subtests.test(name):
            in_sql = computed[name]
            assert (in_sql._status, in_sql._ending) == (status, ending)
            assert in_sql.lifecycle(TODAY).status == status
            # The same record read without the annotation: the rule in Python.
            in_hand = Partnership.objects.get(pk=agreements[name].pk)
            assert Lifecycle.rule(in_hand, TODAY) == (status, ending)
            # An unsaved copy (the admin's preview of a new agreement) too.
            preview = Partnership(signed_on=D(2020, 5, 13), **fields)
            assert preview.lifecycle(TODAY).status == status


def test_filtering_by_status_finds_exactly_the_cases_of_that_status(agreements):
    for status in ("active", "ended", "not_yet", "unknown"):
        found = set(
            Partnership.objects.with_status_in([status], TODAY).values_list("title", flat=True)
        )
        assert found == {name for name, _f, s, *_rest in CASES if s == status}, status


@pytest.mark.parametrize("language", ["lt", "en"])
def test_the_words_say_the_status_and_dates_at_their_precision(agreements, subtests, language):
    computed = {a.title: a for a in Partnership.objects.with_status(TODAY)}
    with translation.override(language):
        for name, _fields, _status, _ending, lithuanian, english in CASES:
            with subtests.test(name):
                expected = lithuanian if language == "lt" else english
                assert computed[name].lifecycle(TODAY).text() == expected


def test_today_is_the_default_day(db):
    today = datetime.date.today()
    running = f.make_partnership(
        title="Galioja", validity_end="until", valid_until=today + datetime.timedelta(days=10)
    )
    ran_out = f.make_partnership(
        title="Baigėsi", validity_end="until", valid_until=today - datetime.timedelta(days=1)
    )
    statuses = dict(Partnership.objects.with_status().values_list("title", "_status"))
    assert statuses == {"Galioja": "active", "Baigėsi": "ended"}
    assert (running.status, ran_out.status) == ("active", "ended")


def test_ending_within_lists_only_agreements_in_force_that_run_out_in_time(db):
    def until(title, day, **fields):
        return f.make_partnership(title=title, validity_end="until", valid_until=day, **fields)

    until("po 90 dienų", TODAY + datetime.timedelta(days=90))
    until("po 91 dienos", TODAY + datetime.timedelta(days=91))
    until("šiandien", TODAY)
    until("vakar", TODAY - datetime.timedelta(days=1))
    until(
        "nutraukta anksčiau",
        TODAY + datetime.timedelta(days=5),
        ended_how="terminated",
        ended_on=D(2025, 1, 1),
    )
    f.make_partnership(title="neterminuota", validity_end="open")

    soon = Partnership.objects.ending_within(90, TODAY)

    assert set(soon.values_list("title", flat=True)) == {"po 90 dienų", "šiandien"}


def test_ended_without_follow_up_leaves_out_the_followed_and_the_long_ended(db):
    def ended(title, day, **fields):
        return f.make_partnership(
            title=title,
            signed_on=D(2020, 1, 1),
            ended_how="fulfilled",
            ended_on=day,
            **fields,
        )

    alone = ended("įvykdyta prieš mėnesį", TODAY - datetime.timedelta(days=30))
    followed = ended("įvykdyta, yra tęsinys", TODAY - datetime.timedelta(days=30))
    f.make_partnership(title="Tęsinys (juodraštis)", follows=followed, live=False)
    ended("įvykdyta seniai", TODAY - datetime.timedelta(days=181))
    expired = f.make_partnership(
        title="baigėsi galiojimas",
        validity_end="until",
        valid_until=TODAY - datetime.timedelta(days=10),
    )

    found = Partnership.objects.ended_without_follow_up(180, TODAY)

    assert set(found) == {alone, expired}


@pytest.mark.parametrize(
    ("days", "lithuanian", "english"),
    [
        (0, "baigiasi šiandien", "ends today"),
        (1, "liko 1 diena", "1 day left"),
        (2, "liko 2 dienos", "2 days left"),
        (7, "liko 7 dienos", "7 days left"),
        (10, "liko 10 dienų", "10 days left"),
        (21, "liko 21 diena", "21 days left"),
        (30, "liko 30 dienų", "30 days left"),
        (90, "liko 90 dienų", "90 days left"),
    ],
)
def test_days_left_take_lithuanians_three_plural_forms(days, lithuanian, english):
    with translation.override("lt"):
        assert days_left_text(days) == lithuanian
    with translation.override("en"):
        assert days_left_text(days) == english
