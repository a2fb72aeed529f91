"""The profile's records and their rules: a member's period, the seats of a decision-making body
(no member or chair twice at a time), the LEADER majority rule on a given day, the team's
published contacts, a network membership's and a strategy's periods."""

import datetime
from fractions import Fraction

from django.core.exceptions import ValidationError

import pytest

from pages.models import DecisionBody, Member, NetworkMembership, Seat, StrategyPage, TeamMember
from pages.models.organisation import term_conflicts
from tests import factories as f

pytestmark = pytest.mark.django_db

D = datetime.date


def errors_of(record):
    with pytest.raises(ValidationError) as caught:
        record.full_clean()
    return caught.value.message_dict


# --- members ------------------------------------------------------------------------------------


def test_a_member_cannot_leave_before_it_joined():
    member = Member(
        name="Daugų bendruomenė", sector="civil", since=D(2020, 5, 1), until=D(2020, 4, 30)
    )
    assert errors_of(member) == {"until": ["Pabaiga negali būti ankstesnė už pradžią."]}


def test_a_member_may_leave_the_day_it_joined_and_may_have_no_known_start():
    Member(name="Trumpai", sector="civil", since=D(2020, 5, 1), until=D(2020, 5, 1)).full_clean()
    Member(name="Nuo įkūrimo", sector="public").full_clean()


def test_a_month_precise_start_must_be_the_first_of_the_month():
    member = Member(
        name="Ūkininkas", sector="business", since=D(2019, 3, 14), since_precision="month"
    )
    assert "since" in errors_of(member)


def test_a_member_linked_to_a_partner_takes_its_name_and_never_copies_it():
    partner = f.make_partner("Alytaus rajono savivaldybės viešoji biblioteka", kind="library")
    member = f.make_member(partner=partner, sector="public")
    assert member.name == ""
    assert str(member) == "Alytaus rajono savivaldybės viešoji biblioteka"

    partner.name = "Alytaus rajono savivaldybės Jurgio Kunčino viešoji biblioteka"
    partner.save()
    assert Member.objects.get(pk=member.pk).display_name == partner.name

    copied = Member(partner=partner, name="Biblioteka", sector="public")
    assert "name" in errors_of(copied)


def test_a_member_needs_a_name_or_a_partner_and_a_partner_is_no_person():
    assert "name" in errors_of(Member(sector="civil"))
    person = Member(partner=f.make_partner(), kind="person", sector="civil")
    assert "kind" in errors_of(person)


def test_members_in_force_count_their_first_and_last_day():
    joined_today = f.make_member("Įstojo šiandien", since=D(2024, 3, 1))
    left_today = f.make_member("Išstojo šiandien", since=D(2010, 1, 1), until=D(2024, 3, 1))
    f.make_member("Išstojo vakar", since=D(2010, 1, 1), until=D(2024, 2, 29))
    f.make_member("Įstos rytoj", since=D(2024, 3, 2))
    unknown_start = f.make_member("Nuo seno")

    in_force = set(Member.objects.in_force(D(2024, 3, 1)))

    assert in_force == {joined_today, left_today, unknown_start}


def test_the_members_balance_counts_each_sector_in_the_database():
    for sector in ["public", "business", "business", "civil", "civil", "civil"]:
        f.make_member(sector=sector)
    f.make_member(sector="public", until=D(2000, 1, 1))

    balance = Member.objects.balance(D(2024, 1, 1))

    assert balance.counts == {"public": 1, "business": 2, "civil": 3}
    assert [(s.sector, s.share) for s in balance.shares] == [
        ("public", Fraction(1, 6)),
        ("business", Fraction(1, 3)),
        ("civil", Fraction(1, 2)),
    ]


# --- seats: no member, and no chair, twice at a time --------------------------------------------


def seat(member, start, end=None, chair=False):
    return Seat(member=member, term_start=start, term_end=end, is_chair=chair)


def test_the_same_members_terms_may_not_overlap_in_one_body():
    ona, jonas = f.make_member("Ona"), f.make_member("Jonas")
    seats = [
        seat(ona, D(2019, 6, 1), D(2023, 5, 31)),
        seat(jonas, D(2019, 6, 1), D(2023, 5, 31)),
        seat(ona, D(2023, 6, 1)),  # the next term, the day after: fine
        seat(ona, D(2022, 1, 1), D(2022, 12, 31)),  # inside the first: refused
    ]

    assert term_conflicts(seats) == [
        (3, "Šio nario kadencija persidengia su kita jo kadencija šiame organe.")
    ]


def test_a_term_that_begins_the_day_another_ends_overlaps_by_that_day():
    ona = f.make_member("Ona")
    seats = [seat(ona, D(2019, 6, 1), D(2023, 6, 1)), seat(ona, D(2023, 6, 1))]
    assert [index for index, _message in term_conflicts(seats)] == [1]


def test_an_open_term_overlaps_every_later_one():
    ona = f.make_member("Ona")
    assert term_conflicts([seat(ona, D(2019, 6, 1)), seat(ona, D(2030, 1, 1), D(2031, 1, 1))])


def test_two_chairs_may_not_overlap_but_may_follow_each_other():
    ona, jonas, petras = f.make_member("Ona"), f.make_member("Jonas"), f.make_member("Petras")
    following = [
        seat(ona, D(2019, 6, 1), D(2023, 5, 31), chair=True),
        seat(jonas, D(2023, 6, 1), chair=True),
    ]
    assert term_conflicts(following) == []
    overlapping = [*following, seat(petras, D(2024, 1, 1), chair=True)]
    assert term_conflicts(overlapping) == [
        (2, "Pirmininko kadencija persidengia su kito pirmininko kadencija.")
    ]


def test_a_term_cannot_end_before_it_begins():
    board = f.make_body()
    wrong = Seat(
        body=board, member=f.make_member(), term_start=D(2023, 6, 1), term_end=D(2023, 5, 1)
    )
    assert "term_end" in errors_of(wrong)


def test_a_seat_represents_its_members_sector_unless_told_otherwise():
    board = f.make_body()
    business = f.make_member("UAB „Dzūkijos medus“", sector="business")
    assert f.make_seat(board, business).sector == "business"
    assert (
        f.make_seat(f.make_body("Projektų atrankos komitetas"), business, sector="civil").sector
        == "civil"
    )


# --- the majority rule on a given day -----------------------------------------------------------


def board_of(*sectors, name="Valdyba"):
    board = f.make_body(name)
    for sector in sectors:
        f.make_seat(board, f.make_member(sector=sector), D(2023, 6, 1))
    return board


def test_an_empty_board_neither_meets_nor_breaks_the_rule():
    balance = f.make_body().balance_on(D(2024, 1, 1))
    assert balance.total == 0
    assert balance.meets_majority_rule is None


def test_exactly_49_per_cent_meets_the_rule():
    board = board_of(*["civil"] * 49, *["public"] * 26, *["business"] * 25)
    balance = board.balance_on(D(2024, 1, 1))
    assert balance.total == 100
    assert balance.meets_majority_rule is True
    assert balance.over_limit == []


def test_50_per_cent_breaks_the_rule_and_names_the_sector():
    balance = board_of("civil", "civil", "public", "business").balance_on(D(2024, 1, 1))
    assert balance.meets_majority_rule is False
    assert [(share.sector, share.percent_text) for share in balance.over_limit] == [
        ("civil", "50 %")
    ]
    halves = board_of("civil", "public").balance_on(D(2024, 1, 1))
    assert [share.sector for share in halves.over_limit] == ["public", "civil"]


def test_the_rule_counts_the_seats_in_force_that_day_first_and_last_days_included():
    board = f.make_body()
    civil = [f.make_member(sector="civil") for _ in range(3)]
    f.make_seat(board, f.make_member(sector="public"), D(2020, 1, 1))
    f.make_seat(board, f.make_member(sector="business"), D(2020, 1, 1))
    f.make_seat(board, civil[0], D(2020, 1, 1))
    f.make_seat(board, civil[1], D(2020, 1, 1), D(2024, 3, 1))  # its last day
    f.make_seat(board, civil[2], D(2024, 3, 2))  # begins the next day

    on_the_last_day = board.balance_on(D(2024, 3, 1))
    assert on_the_last_day.counts == {"public": 1, "business": 1, "civil": 2}
    assert on_the_last_day.meets_majority_rule is False

    the_day_after = board.balance_on(D(2024, 3, 2))
    assert the_day_after.counts == {"public": 1, "business": 1, "civil": 2}

    f.make_seat(board, f.make_member(sector="business"), D(2024, 3, 2))  # begins that day
    assert board.balance_on(D(2024, 3, 2)).meets_majority_rule is True
    assert board.balance_on(D(2019, 12, 31)).meets_majority_rule is None


def test_the_balances_of_every_body_take_two_queries(django_assert_num_queries):
    board = board_of("civil", "civil", "public")
    committee = board_of("business", "public", name="Projektų atrankos komitetas")
    f.make_body("Be narių")
    with django_assert_num_queries(2):
        bodies = DecisionBody.objects.with_balances(D(2024, 1, 1))
    balances = {body.name: body.balance for body in bodies}
    assert balances["Valdyba"].counts == {"civil": 2, "public": 1}
    assert board.balance_on(D(2024, 1, 1)).counts == balances["Valdyba"].counts
    assert balances["Projektų atrankos komitetas"].counts == {"business": 1, "public": 1}
    assert committee.balance_on(D(2024, 1, 1)).meets_majority_rule is False  # 50 % each
    assert balances["Be narių"].meets_majority_rule is None


# --- the team, networks and strategies ----------------------------------------------------------


def test_a_contact_is_kept_only_with_the_persons_agreement():
    refused = TeamMember(name="Ona Onaitė", role="vadovė", email="ona@example.lt")
    assert "email" in errors_of(refused)
    agreed_but_empty = TeamMember(name="Ona Onaitė", role="vadovė", phone_published=True)
    assert "phone_published" in errors_of(agreed_but_empty)
    person = f.make_team_member(
        "Ona Onaitė", email="ona@example.lt", email_published=True, phone=""
    )
    assert (person.public_email, person.public_phone) == ("ona@example.lt", "")


def test_a_network_membership_cannot_end_before_it_began():
    membership = NetworkMembership(name="Tinklas", since=D(2015, 10, 1), until=D(2015, 9, 30))
    assert "until" in errors_of(membership)


def test_a_strategys_period_runs_forward_in_years():
    strategy = StrategyPage(title="Strategija", slug="s", period_start=2027, period_end=2023)
    assert "period_end" in errors_of(strategy)
    assert "period_start" in errors_of(
        StrategyPage(title="S", slug="s", period_start=23, period_end=2027)
    )
