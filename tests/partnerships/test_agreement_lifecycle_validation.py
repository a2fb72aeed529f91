"""What an editor cannot save about an agreement's life, each refused in Lithuanian at its field:
an end date without "until", "until" without a date, an end before the start, an ending without
how, an agreement following itself, a circle of agreements, a follow-up signed before what it
follows."""

import datetime

from django.core.exceptions import ValidationError

import pytest

from partnerships.models import Partnership
from tests import factories as f

D = datetime.date


def errors_of(agreement):
    with pytest.raises(ValidationError) as caught:
        agreement.full_clean()
    return {field: " ".join(messages) for field, messages in caught.value.message_dict.items()}


def agreement(**fields):
    fields.setdefault("signed_on", D(2020, 5, 13))
    return Partnership(title="Sutartis", agreement_type=f.make_type(), **fields)


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"validity_end": "until"}, "valid_until", "Nurodykite paskutinę galiojimo dieną."),
        (
            {"validity_end": "open", "valid_until": D(2025, 1, 1)},
            "valid_until",
            "Data nurodoma tik tada, kai sutartis galioja iki nurodytos datos",
        ),
        (
            {"validity_end": "until", "valid_until": D(2020, 5, 12)},
            "valid_until",
            "Galiojimas negali baigtis anksčiau, nei prasideda.",
        ),
        (
            {"validity_end": "until", "valid_from": D(2021, 1, 1), "valid_until": D(2020, 12, 31)},
            "valid_until",
            "Galiojimas negali baigtis anksčiau, nei prasideda.",
        ),
        ({"ended_on": D(2022, 1, 1)}, "ended_how", "Nurodykite, kaip sutartis baigėsi."),
        (
            {"ended_how": "fulfilled", "ended_on": D(2020, 5, 12)},
            "ended_on",
            "Sutartis negali baigtis anksčiau, nei pasirašyta.",
        ),
        (
            {"ended_how": "fulfilled", "ended_on": D(2022, 7, 14), "ended_precision": "month"},
            "ended_on",
            "Kai žinomas tik mėnuo, nurodykite pirmąją mėnesio dieną",
        ),
    ],
)
def test_an_impossible_validity_or_ending_is_refused_at_its_field(db, fields, field, message):
    assert message in errors_of(agreement(**fields))[field]


def test_a_year_precise_ending_in_the_signing_year_is_accepted(db):
    # Signed 13 May 2020, fulfilled "2020 m.": stored as 1 January, but the year includes May.
    agreement(ended_how="fulfilled", ended_on=D(2020, 1, 1), ended_precision="year").full_clean()


def test_an_agreement_cannot_follow_itself(db):
    itself = f.make_partnership(title="Sutartis")
    itself.follows = itself

    assert errors_of(itself)["follows"] == "Sutartis negali būti pati sau ankstesnė."


def test_agreements_cannot_follow_each_other_in_a_circle(db):
    first = f.make_partnership(title="Ketinimų protokolas", signed_on=D(2017, 11, 23))
    second = f.make_partnership(title="Sutartis", signed_on=D(2018, 8, 1), follows=first)
    third = f.make_partnership(title="Pratęsimas", signed_on=D(2019, 1, 1), follows=second)
    first.follows = third

    message = errors_of(first)["follows"]

    assert "jau yra „Pratęsimas“ ankstesnė" in message
    assert "negali eiti ratu" in message


def test_a_follow_up_cannot_be_signed_before_what_it_follows(db):
    later = f.make_partnership(title="Vėlesnė sutartis", signed_on=D(2018, 8, 1), precision="month")
    earlier = agreement(signed_on=D(2017, 11, 23), follows=later)

    message = errors_of(earlier)["follows"]

    assert message.startswith(
        "Ankstesnė sutartis „Vėlesnė sutartis“ pasirašyta 2018 m. rugpjūčio mėn., vėliau nei ši"
    )


def test_a_follow_up_in_the_same_month_as_a_month_precise_predecessor_is_accepted(db):
    earlier = f.make_partnership(title="Protokolas", signed_on=D(2018, 8, 1), precision="month")
    agreement(signed_on=D(2018, 8, 20), follows=earlier).full_clean()
    agreement(signed_on=D(2018, 1, 1), signed_precision="year", follows=earlier).full_clean()


def test_a_chain_forward_in_time_is_accepted(db):
    first = f.make_partnership(title="Ketinimų protokolas", signed_on=D(2017, 11, 23))
    second = f.make_partnership(title="Sutartis", signed_on=D(2018, 8, 1), follows=first)
    renewal = agreement(signed_on=D(2021, 8, 1), follows=second)
    renewal.full_clean()
