"""Who keeps the organisation's profile: "Organizacijos profilio redaktoriai" edit its records
(members, bodies and seats, team, networks, public documents), "Apie mus" and the pages under it,
and nothing else; the other groups cannot open the profile's records."""

import datetime
from types import SimpleNamespace

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from pages.models import DecisionBody, Member, StrategyPage
from pages.permissions import (
    COOPERATION_ADMINS,
    NEWS_EDITORS,
    NEWS_MODERATORS,
    PROFILE_EDITORS,
)
from tests import factories as f
from tests.module_data import module_data
from tests.site.test_permissions import can_open, make_user

MODELS = ["member", "decisionbody", "teammember", "networkmembership", "publicdocument"]


def build_staff():
    profile = f.make_profile_page()
    f.make_document_index(profile)
    news_index = f.make_news_index()
    board = f.make_body()
    ona = f.make_member("Ona Onaitė", kind="person")
    return SimpleNamespace(
        profile=profile,
        news_index=news_index,
        board=board,
        ona=ona,
        profile_editor=make_user("profilio-redaktore", PROFILE_EDITORS),
        news_editor=make_user("redaktore", NEWS_EDITORS),
        moderator=make_user("moderatorius", NEWS_MODERATORS),
        cooperation_admin=make_user("administratore", COOPERATION_ADMINS),
        superuser=make_user("vadove", is_superuser=True),
    )


_staff_once, staff = module_data(
    build_staff, "staff", "A profile page, a board, a member and a user of each group."
)


def snippet_url(model, action, *args):
    return reverse(model.snippet_viewset.get_url_name(action), args=args)


def test_the_migration_gives_the_profile_editors_exactly_the_profiles_records(staff):
    group = Group.objects.get(name=PROFILE_EDITORS)
    codenames = {
        (p.content_type.app_label, p.codename)
        for p in group.permissions.select_related("content_type")
    }
    assert codenames == {
        ("wagtailadmin", "access_admin"),
        *{
            ("pages", f"{action}_{model}")
            for model in MODELS
            for action in ("add", "change", "delete")
        },
    }


def test_who_can_open_the_profiles_records(staff, client, subtests):
    urls = [
        snippet_url(Member, "list"),
        snippet_url(Member, "add"),
        snippet_url(DecisionBody, "edit", staff.board.pk),
        reverse("wagtailsnippets_pages_teammember:list"),
        reverse("wagtailsnippets_pages_networkmembership:add"),
        reverse("wagtailsnippets_pages_publicdocument:list"),
    ]
    for user, allowed in [
        (None, False),
        (staff.news_editor, False),
        (staff.moderator, False),
        (staff.cooperation_admin, False),
        (staff.profile_editor, True),
        (staff.superuser, True),
    ]:
        for url in urls:
            with subtests.test(user=getattr(user, "username", "anonymous"), url=url):
                client.logout()
                assert can_open(client, user, url) == allowed


def test_a_profile_editor_edits_apie_mus_and_adds_a_strategy_but_nothing_else(staff, client):
    permissions = staff.profile.permissions_for_user(staff.profile_editor)
    assert permissions.can_edit() and permissions.can_publish()
    assert permissions.can_add_subpage()
    # No group has bulk_delete: "Apie mus", with the documents' list under it, stays.
    assert not permissions.can_delete()
    assert not staff.news_index.permissions_for_user(staff.profile_editor).can_edit()
    assert not f.home_page().permissions_for_user(staff.profile_editor).can_edit()
    assert not can_open(
        client, staff.profile_editor, snippet_url(type(f.make_partnership()), "list")
    )

    client.force_login(staff.profile_editor)
    strategy = f.make_page_in_admin(
        client,
        staff.profile,
        StrategyPage,
        nested_form_data(
            {
                "title": "Vietos plėtros strategija 2023–2027",
                "period_start": "2023",
                "period_end": "2027",
                "summary": rich_text("<p>Sumanūs kaimai.</p>"),
                "priorities": streamfield([]),
            }
        ),
    )
    assert strategy.live
    assert client.get(strategy.url).status_code == 200


def board_form(*seats):
    return nested_form_data(
        {
            "name": "Valdyba",
            "name_en": "Board",
            "seats": inline_formset(
                [
                    {
                        "member": member.pk,
                        "sector": "",
                        "term_start": start,
                        "term_end": end,
                        "is_chair": "on" if chair else "",
                    }
                    for member, start, end, chair in seats
                ]
            ),
        }
    )


def test_the_board_form_refuses_overlapping_terms_of_one_member_and_names_why(staff, client):
    client.force_login(staff.profile_editor)
    url = snippet_url(DecisionBody, "edit", staff.board.pk)

    response = client.post(
        url,
        board_form(
            (staff.ona, "2019-06-01", "2023-05-31", False),
            (staff.ona, "2023-05-01", "", False),
        ),
    )

    assert response.status_code == 200
    assert "Šio nario kadencija persidengia su kita jo kadencija šiame organe." in (
        response.content.decode()
    )
    assert not staff.board.seats.exists()


def test_the_board_form_saves_consecutive_terms_and_the_chair(staff, client):
    jonas = f.make_member("Jonas Jonaitis", kind="person", sector="business")
    client.force_login(staff.profile_editor)

    response = client.post(
        snippet_url(DecisionBody, "edit", staff.board.pk),
        board_form(
            (staff.ona, "2019-06-01", "2023-05-31", True),
            (staff.ona, "2023-06-01", "", False),
            (jonas, "2023-06-01", "", True),
        ),
    )

    assert response.status_code == 302
    seats = staff.board.seats.order_by("sort_order")
    assert [(s.member.name, s.sector, s.is_chair) for s in seats] == [
        ("Ona Onaitė", "civil", True),
        ("Ona Onaitė", "civil", False),
        ("Jonas Jonaitis", "business", True),
    ]
    balance = DecisionBody.objects.get(pk=staff.board.pk).balance_on(datetime.date(2024, 1, 1))
    assert balance.counts == {"civil": 1, "business": 1}


def test_a_member_with_a_partner_and_a_typed_name_is_refused_in_the_form(staff, client):
    partner = f.make_partner("Alytaus rajono savivaldybės viešoji biblioteka", kind="library")
    client.force_login(staff.profile_editor)

    response = client.post(
        snippet_url(Member, "add"),
        {
            "kind": "organisation",
            "partner": partner.pk,
            "name": "Biblioteka",
            "sector": "public",
            "since": "",
            "since_precision": "day",
            "until": "",
        },
    )

    assert response.status_code == 200
    assert "Pasirinkus partnerį pavadinimas imamas iš jo" in response.content.decode()
    assert not Member.objects.filter(partner=partner).exists()
