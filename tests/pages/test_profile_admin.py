"""The "Organizacija" admin: the members' list as the staff read it (by the name shown, a linked
member by its partner's), filtered by sector and searched by either name."""

from django.urls import reverse

from bs4 import BeautifulSoup

from tests import factories as f

LIST = reverse("wagtailsnippets_pages_member:list")


def names(admin_client, **query):
    response = admin_client.get(LIST, query)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [title.get_text(" ", strip=True) for title in soup.select("tbody td.title [id$=_title]")]


def test_the_members_list_sorts_filters_and_searches_by_the_name_shown(db, admin_client):
    library = f.make_partner("Alytaus rajono savivaldybės viešoji biblioteka", kind="library")
    linked = f.make_member(partner=library, sector="public")
    f.make_member("Daugų bendruomenė", sector="civil")
    f.make_member("UAB „Dzūkijos medus“", sector="business")

    assert names(admin_client) == [
        "Alytaus rajono savivaldybės viešoji biblioteka",
        "Daugų bendruomenė",
        "UAB „Dzūkijos medus“",
    ]
    assert names(admin_client, ordering="-sort_name")[0] == "UAB „Dzūkijos medus“"
    assert names(admin_client, sector="civil") == ["Daugų bendruomenė"]
    assert names(admin_client, q="biblioteka") == ["Alytaus rajono savivaldybės viešoji biblioteka"]
    soup = BeautifulSoup(admin_client.get(LIST).content, "html.parser")
    edit = reverse("wagtailsnippets_pages_member:edit", args=[linked.pk])
    assert soup.select_one("tbody td.title a")["href"] == edit
