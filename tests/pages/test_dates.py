"""Dates shown exactly as precisely as they are known, in Lithuanian."""

import datetime

import pytest

from vvg_site.core.dates import PartialDate, Precision, partial_date_errors

D = datetime.date


@pytest.mark.parametrize(
    ("value", "text", "iso"),
    [
        (PartialDate(D(2022, 1, 11)), "2022 m. sausio 11 d.", "2022-01-11"),
        (PartialDate(D(2022, 7, 1), Precision.MONTH), "2022 m. liepos mėn.", "2022-07"),
        (PartialDate(D(2021, 1, 1), Precision.YEAR), "2021 m.", "2021"),
        (
            PartialDate(D(2012, 1, 24), Precision.SPAN, D(2012, 1, 26)),
            "2012 m. sausio 24–26 d.",
            "2012-01-24/2012-01-26",
        ),
        (
            PartialDate(D(2019, 1, 30), Precision.SPAN, D(2019, 2, 2)),
            "2019 m. sausio 30 d. – vasario 2 d.",
            "2019-01-30/2019-02-02",
        ),
        (PartialDate(D(2018, 8, 1), Precision.MONTH), "2018 m. rugpjūčio mėn.", "2018-08"),
        (PartialDate(D(2017, 11, 23)), "2017 m. lapkričio 23 d.", "2017-11-23"),
    ],
)
def test_display_and_iso(value, text, iso):
    assert value.display() == text
    assert value.iso() == iso


@pytest.mark.parametrize(
    ("start", "precision", "end", "field"),
    [
        (D(2022, 7, 14), Precision.MONTH, None, "signed_on"),
        (D(2021, 3, 1), Precision.YEAR, None, "signed_on"),
        (D(2012, 1, 24), Precision.SPAN, None, "signed_until"),
        (D(2012, 1, 24), Precision.SPAN, D(2012, 1, 20), "signed_until"),
        (D(2012, 1, 24), Precision.DAY, D(2012, 1, 26), "signed_until"),
    ],
)
def test_impossible_combinations_are_named(start, precision, end, field):
    errors = partial_date_errors(
        start, precision, end, start_field="signed_on", end_field="signed_until"
    )
    assert set(errors) == {field}


def test_possible_combinations_pass():
    for start, precision, end in [
        (D(2022, 7, 1), Precision.MONTH, None),
        (D(2021, 1, 1), Precision.YEAR, None),
        (D(2012, 1, 24), Precision.SPAN, D(2012, 1, 26)),
        (D(2022, 1, 11), Precision.DAY, None),
    ]:
        assert partial_date_errors(start, precision, end, start_field="a", end_field="b") == {}
