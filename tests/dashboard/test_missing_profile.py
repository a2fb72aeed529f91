"""The dashboard lists what the organisation's profile has no records of yet, to those who keep
it, each linked to where it is entered; it goes once everything is filled in."""

import datetime

from django.urls import reverse

from pages.models import DecisionBody, Member, PublicDocument, TeamMember
from pages.permissions import COOPERATION_ADMINS, NEWS_EDITORS, PROFILE_EDITORS
from tests import factories as f
from tests.dashboard.conftest import dashboard, panel
from tests.site.test_permissions import make_user

PANEL = "vvg-missing-profile"


def missing(client, user):
    section = panel(dashboard(client, user), PANEL)
    if section is None:
        return None
    return {a.get_text(strip=True): a["href"] for a in section.select("li a")}


def snippet_list(model):
    return reverse(model.snippet_viewset.get_url_name("list"))


def test_an_empty_profile_lists_everything_to_fill_in_with_where(db, client):
    profile = f.make_profile_page()
    editor = make_user("profilio-redaktore", PROFILE_EDITORS)

    assert missing(client, editor) == {
        "Nenurodytas nė vienas narys": snippet_list(Member),
        "Nenurodyta valdybos ar kito sprendimų priėmimo organo sudėtis": snippet_list(DecisionBody),
        "Nenurodyta administracija": snippet_list(TeamMember),
        "Nepaskelbta vietos plėtros strategija": reverse("wagtailadmin_explore", args=[profile.pk]),
        "Nėra viešų dokumentų": snippet_list(PublicDocument),
    }


def test_each_line_goes_once_filled_in_and_the_panel_with_the_last(db, client):
    profile = f.make_profile_page()
    superuser = make_user("vadove", is_superuser=True)
    board = f.make_body()
    future = datetime.date(2999, 1, 1)
    f.make_seat(board, f.make_member("Ateities narys", since=future), start=future)
    f.make_team_member("Ona Onaitė")
    f.make_public_document("Įstatai", "istatai")

    assert set(missing(client, superuser)) == {
        "Nenurodytas nė vienas narys",
        "Nenurodyta valdybos ar kito sprendimų priėmimo organo sudėtis",
        "Nepaskelbta vietos plėtros strategija",
    }

    f.make_seat(board, f.make_member("Daugų bendruomenė"))
    f.make_strategy(profile)
    assert missing(client, superuser) is None


def test_only_those_who_keep_the_profile_see_it(db, client):
    f.make_profile_page()
    for username, group in [("redaktore", NEWS_EDITORS), ("administratore", COOPERATION_ADMINS)]:
        assert missing(client, make_user(username, group)) is None


def test_without_the_profile_page_it_says_so(db, client):
    assert missing(client, make_user("vadove", is_superuser=True)) == {
        "Nėra puslapio „Apie mus“ (organizacijos profilio)": reverse("wagtailadmin_explore_root")
    }
