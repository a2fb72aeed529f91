""" "Apie mus" as the organisation's profile: the editor's text, then a section per kind of record
(members by sector, each decision-making body with the majority rule computed for today, the
team, networks, the strategy, documents), none of them without records; in both languages, with
schema.org data, and in as many queries for 30 records as for 3."""

import datetime
import json
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Collection, CollectionViewRestriction
from wagtail.rich_text import RichText

import pytest
from bs4 import BeautifulSoup

from tests import factories as f
from vvg_site.core.dates import PartialDate

pytestmark = pytest.mark.django_db

D = datetime.date
SECTIONS = [
    "Nariai",
    "Valdyba",
    "Administracija",
    "Narystė tinkluose",
    "Vietos plėtros strategija",
    "Dokumentai",
]


def today_text():
    return PartialDate(timezone.localdate()).display()


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def main(soup):
    return soup.find("main")


def headings(soup, level="h2"):
    return [h.get_text(" ", strip=True) for h in main(soup).find_all(level)]


def section(soup, heading):
    """The <section> under the h2 with this text."""
    h2 = next(h for h in main(soup).find_all("h2") if h.get_text(strip=True) == heading)
    return h2.find_parent("section")


def table_rows(table):
    return [
        [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]
        for row in table.select("tbody tr")
    ]


def json_ld(soup):
    return [json.loads(s.string) for s in soup.find_all("script", type="application/ld+json")]


def private_collection():
    collection = Collection.get_first_root_node().add_child(name="Vidaus dokumentai")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


def test_a_profile_without_records_shows_its_text_and_no_empty_section(client, home):
    profile = f.make_profile_page(
        intro="Kas mes esame.",
        body=[("paragraph", RichText("<p>VVG supažindina kaimo bendruomenes su LEADER.</p>"))],
    )
    f.make_body()  # a board nobody sits on yet
    f.make_member("Buvęs narys", until=D(2010, 1, 1))  # no member in force
    f.make_document_index(profile)

    soup = soup_of(client, profile.url)

    assert "VVG supažindina kaimo bendruomenes su LEADER." in main(soup).get_text()
    assert headings(soup) == []
    assert main(soup).find("figure") is None
    assert "Reikalavimas" not in main(soup).get_text()


def test_the_members_by_sector_as_a_chart_and_the_same_numbers_in_a_table(client, home):
    profile = f.make_profile_page()
    f.make_member(
        "Alytaus rajono savivaldybė", sector="public", since=D(2006, 1, 1), since_precision="year"
    )
    f.make_member("UAB „Dzūkijos medus“", sector="business")
    f.make_member("Daugų bendruomenė", sector="civil")
    f.make_member("Punios bendruomenė", sector="civil")
    f.make_member("Išstojęs narys", sector="business", until=D(2020, 1, 1))
    f.make_member(
        "Dar neįstojęs", sector="public", since=timezone.localdate() + datetime.timedelta(days=1)
    )

    soup = soup_of(client, profile.url)
    members = section(soup, "Nariai")

    assert members.find("figcaption").get_text(strip=True) == (
        f"Nariai pagal sektorius {today_text()} (iš viso 4)"
    )
    svg = members.find("svg")
    assert svg["role"] == "img"
    assert svg["aria-labelledby"] == members.find("figcaption")["id"]
    assert table_rows(members.find("table")) == [
        ["Viešasis sektorius", "1", "25 %"],
        ["Verslas", "1", "25 %"],
        ["Pilietinė visuomenė", "2", "50 %"],
    ]
    assert headings(soup, "h3") == [
        "Viešasis sektorius (1)",
        "Verslas (1)",
        "Pilietinė visuomenė (2)",
    ]
    names = [li.get_text(" ", strip=True) for li in members.select(".member-list li")]
    assert names == [
        "Alytaus rajono savivaldybė nuo 2006 m.",
        "UAB „Dzūkijos medus“",
        "Daugų bendruomenė",
        "Punios bendruomenė",
    ]


def test_a_member_that_is_a_partner_is_shown_by_the_partners_name(client, home):
    profile = f.make_profile_page()
    library = f.make_partner("Alytaus rajono savivaldybės viešoji biblioteka", kind="library")
    f.make_member(partner=library, sector="public")

    soup = soup_of(client, profile.url)

    assert "Alytaus rajono savivaldybės viešoji biblioteka" in section(soup, "Nariai").get_text()


def test_the_board_with_its_chair_terms_and_the_rule_met_today(client, home):
    profile = f.make_profile_page()
    board = f.make_body()
    ona = f.make_member("Ona Onaitė", sector="civil", kind="person")
    f.make_seat(board, f.make_member("Seniūnija", sector="public"), D(2023, 6, 1), D(2099, 5, 31))
    f.make_seat(board, f.make_member("Ūkis", sector="business"), D(2023, 6, 1))
    f.make_seat(board, ona, D(2023, 6, 1), chair=True)
    f.make_seat(board, f.make_member("Buvęs", sector="civil"), D(2019, 6, 1), D(2023, 5, 31))

    soup = soup_of(client, profile.url)
    valdyba = section(soup, "Valdyba")

    statement = valdyba.find(class_="rule-statement").get_text(" ", strip=True)
    assert statement == (
        f"Reikalavimas įvykdytas: {today_text()} duomenimis nė vienas sektorius neturi daugiau "
        "kaip 49 % balsų."
    )
    assert table_rows(valdyba.find("table", class_="seat-table")) == [
        ["Ona Onaitė (pirmininkas)", "pilietinė visuomenė", "nuo 2023 m. birželio 1 d."],
        ["Seniūnija", "viešasis sektorius", "2023 m. birželio 1 d. – 2099 m. gegužės 31 d."],
        ["Ūkis", "verslas", "nuo 2023 m. birželio 1 d."],
    ]
    assert valdyba.find("line", class_="sector-chart__limit") is not None


def test_a_body_breaking_the_rule_says_which_sector_holds_how_much(client, home):
    profile = f.make_profile_page()
    committee = f.make_body("Projektų atrankos komitetas")
    for sector in ("civil", "civil", "civil", "public", "business"):
        f.make_seat(committee, f.make_member(sector=sector))
    f.make_body("Revizijos komisija")  # nobody sits on it: not shown

    soup = soup_of(client, profile.url)

    assert headings(soup) == ["Nariai", "Projektų atrankos komitetas"]
    statement = section(soup, "Projektų atrankos komitetas").find(class_="rule-statement")
    assert statement.get_text(" ", strip=True) == (
        f"Reikalavimas neįvykdytas: {today_text()} duomenimis sektorius „pilietinė visuomenė“ "
        "turi 60 % balsų, o leidžiama ne daugiau kaip 49 %."
    )


def test_the_team_shows_only_the_contacts_each_person_agreed_to_publish(client, home):
    profile = f.make_profile_page()
    f.make_team_member(
        "Ona Onaitė",
        role="VVG administracijos vadovė",
        email="ona@example.lt",
        email_published=True,
        photo=f.make_image("Ona Onaitė"),
    )
    f.make_team_member("Jonas Jonaitis", role="finansininkas")

    soup = soup_of(client, profile.url)
    team = section(soup, "Administracija")

    cards = team.select(".team-card")
    assert [c.find("h3").get_text(strip=True) for c in cards] == ["Ona Onaitė", "Jonas Jonaitis"]
    assert cards[0].find("a", href="mailto:ona@example.lt") is not None
    assert cards[0].find("picture") is not None
    assert cards[0].find("img")["alt"] == ""  # the name is the card's heading right beside it
    assert cards[1].find(class_="team-card__contacts") is None
    assert "tel:" not in str(team)


def test_memberships_link_their_published_agreement_only(client, home):
    profile = f.make_profile_page()
    f.make_partnership_index()
    union = f.make_partner("Lietuvos kaimo bendruomenių sąjunga", kind="association")
    agreement = f.make_partnership(union, title="Narystė Lietuvos kaimo bendruomenių sąjungoje")
    draft = f.make_partnership(union, title="Neskelbta narystės sutartis", live=False)
    f.make_network("Lietuvos vietos veiklos grupių tinklas", agreement=draft)
    f.make_network(since=D(2015, 10, 1), agreement=agreement, website="https://example.org/lkbs")

    soup = soup_of(client, profile.url)
    items = section(soup, "Narystė tinkluose").select(".network-list li")

    assert [li.get_text(" ", strip=True) for li in items] == [
        "Lietuvos vietos veiklos grupių tinklas",
        "Lietuvos kaimo bendruomenių sąjunga , narė nuo 2015 m. spalio 1 d. · narystės sutartis",
    ]
    assert items[1].find("a", string="narystės sutartis")["href"] == agreement.get_absolute_url()
    assert items[1].find("a")["href"] == "https://example.org/lkbs"
    assert items[0].find("a") is None


def test_the_strategy_in_force_with_its_documents_amendments_and_the_others(client, home):
    profile = f.make_profile_page()
    old = f.make_strategy(
        profile, title="2014–2020 m. strategija", period_start=2014, period_end=2020
    )
    current = f.make_strategy(
        profile,
        title="2023–2029 m. strategija",
        period_start=2023,
        period_end=2099,
        summary="<p>Sumanūs kaimai.</p>",
        priorities=[
            (
                "priority",
                {"code": "1", "title": "Vietos verslas", "description": "", "measures": []},
            )
        ],
    )
    f.make_public_document("Strategijos tekstas", "strategija", D(2023, 4, 1), strategy=current)
    f.make_public_document(
        "Pirmasis pakeitimas", "strategijos-pakeitimas", D(2024, 2, 1), strategy=current
    )
    f.make_public_document("Senoji strategija", "strategija", D(2015, 4, 1), strategy=old)

    soup = soup_of(client, profile.url)
    strategy = section(soup, "Vietos plėtros strategija")

    assert strategy.find("h3").get_text(strip=True) == "2023–2029 m. strategija"
    assert strategy.find("h3").a["href"] == current.url
    assert "Sumanūs kaimai." in strategy.get_text()
    assert [li.get_text(strip=True) for li in strategy.select(".priority-list li")] == [
        "1. Vietos verslas"
    ]
    lists = strategy.select(".document-list")
    assert [a.get_text() for a in lists[0].select("a")] == ["Strategijos tekstas"]
    assert [a.get_text() for a in lists[1].select("a")] == ["Pirmasis pakeitimas"]
    assert "Senoji strategija" not in strategy.get_text()
    assert strategy.find("a", href=old.url).get_text() == "2014–2020 m. strategija"

    page = soup_of(client, current.url)
    assert headings(page) == ["Prioritetai ir priemonės", "Strategijos dokumentai", "Pakeitimai"]


def test_the_newest_documents_with_a_link_to_all_of_them(client, home):
    profile = f.make_profile_page()
    index = f.make_document_index(profile)
    for year in range(2017, 2024):
        f.make_public_document(f"{year} m. veiklos ataskaita", "ataskaita", D(year, 3, 1))

    soup = soup_of(client, profile.url)
    documents = section(soup, "Dokumentai")

    assert [a.get_text() for a in documents.select(".document-list a")] == [
        f"{year} m. veiklos ataskaita" for year in range(2023, 2018, -1)
    ]
    assert documents.find("a", string="Visi dokumentai")["href"] == index.url
    item = documents.select_one(".document-item")
    assert item.find(class_="document-item__meta").get_text(" ", strip=True) == (
        "Ataskaita, 2023 m. kovo 1 d."
    )


def test_a_document_in_a_restricted_collection_is_never_linked(client, home):
    profile = f.make_profile_page()
    index = f.make_document_index(profile)
    strategy = f.make_strategy(profile)
    hidden = f.make_document("Valdybos posėdžio protokolas")
    hidden.collection = private_collection()
    hidden.save()
    f.make_public_document(
        "Valdybos posėdžio protokolas", "protokolas", document=hidden, strategy=strategy
    )
    f.make_public_document("Įstatai", "istatai")

    for url in (profile.url, index.url, strategy.url, "/paieska/?q=protokolas"):
        html = client.get(url).content.decode()
        assert hidden.url not in html, url
        assert "Valdybos posėdžio protokolas" not in html, url
    assert "Įstatai" in client.get(index.url).content.decode()
    assert client.get(hidden.url).status_code in (302, 403)


def test_the_english_profile_translates_labels_and_keeps_names_as_written(client, home):
    profile = f.make_profile_page()
    f.translate(home, title="Home", slug="home-en")
    english = f.translate(profile, title="About us", slug="about-us")
    board = f.make_body(name_en="Board")
    f.make_seat(board, f.make_member("Daugų bendruomenė", sector="civil"), chair=True)
    f.make_seat(board, f.make_member("Alytaus rajono savivaldybė", sector="public"))
    f.make_team_member("Ona Onaitė", role="vadovė", role_en="manager")
    f.make_team_member("Jonas Jonaitis", role="finansininkas")
    f.make_network()
    f.make_public_document("Įstatai", "istatai", title_en="Statutes")
    f.make_public_document("2023 m. veiklos ataskaita")

    soup = soup_of(client, english.url)

    assert soup.html["lang"] == "en"
    assert headings(soup) == ["Members", "Board", "Staff", "Network memberships", "Documents"]
    board_section = section(soup, "Board")
    assert (
        board_section.find(class_="rule-statement")
        .get_text(" ", strip=True)
        .startswith("Requirement not met: on ")
    )
    assert table_rows(board_section.find("table", class_="seat-table"))[0] == [
        "Daugų bendruomenė (chair)",
        "civil society",
        "since 1 June 2023",
    ]
    lithuanian = [span.get_text() for span in main(soup).find_all(lang="lt")]
    for name in ("Daugų bendruomenė", "Ona Onaitė", "Lietuvos kaimo bendruomenių sąjunga"):
        assert name in lithuanian
    roles = [p.get_text(" ", strip=True) for p in soup.select(".team-card__role")]
    assert roles == ["manager", "finansininkas"]
    assert soup.select(".team-card__role span[lang=lt]")[0].get_text() == "finansininkas"
    titles = {a.get_text(): a for a in section(soup, "Documents").select(".document-list a")}
    assert set(titles) == {"Statutes", "2023 m. veiklos ataskaita"}
    assert titles["2023 m. veiklos ataskaita"].find("span")["lang"] == "lt"
    assert "Statute" in section(soup, "Documents").get_text()


def test_the_profile_states_its_members_team_and_networks_as_schema_org(client, home):
    profile = f.make_profile_page()
    f.make_member("Ona Onaitė", kind="person", sector="civil")
    f.make_member("Daugų bendruomenė", sector="civil")
    f.make_team_member(
        "Jonas Jonaitis", role="finansininkas", phone="+370 600 00000", phone_published=True
    )
    f.make_network("Lietuvos vietos veiklos grupių tinklas")
    f.make_network(since=D(2015, 10, 1), website="https://example.org/lkbs")
    f.make_network("Buvęs tinklas", since=D(2010, 1, 1), until=D(2012, 1, 1))

    (organisation,) = json_ld(soup_of(client, profile.url))

    assert organisation["@type"] == "Organization"
    assert organisation["member"] == [
        {"@type": "Organization", "name": "Daugų bendruomenė"},
        {"@type": "Person", "name": "Ona Onaitė"},
    ]
    assert organisation["employee"] == [
        {
            "@type": "Person",
            "name": "Jonas Jonaitis",
            "jobTitle": "finansininkas",
            "telephone": "+370 600 00000",
        }
    ]
    assert organisation["memberOf"] == [
        {"@type": "Organization", "name": "Lietuvos vietos veiklos grupių tinklas"},
        {
            "@type": "Organization",
            "name": "Lietuvos kaimo bendruomenių sąjunga",
            "url": "https://example.org/lkbs",
        },
    ]
    (home_data,) = json_ld(soup_of(client, home.url))
    assert home_data["memberOf"] == organisation["memberOf"]
    assert "member" not in home_data


def count_queries(client, url):
    client.get(url)  # the first visit makes the pictures' renditions
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def add_records(profile, n, start):
    board = f.make_body(f"Organas {start}")
    union = f.make_partner(f"Tinklas {start}", kind="association")
    project = f.make_project(title=f"Projektas {start}")
    for i in range(start, start + n):
        member = f.make_member(f"Narys {i}", sector=["public", "business", "civil"][i % 3])
        f.make_seat(board, member, chair=i == start)
        f.make_team_member(
            f"Darbuotoja {i}", photo=f.make_image(size=(400, 300)) if i % 2 else None
        )
        agreement = f.make_partnership(union, project=project if i % 2 else None)
        f.make_network(f"Tinklas {i}", agreement=agreement, since=D(2015, 1, 1))
        strategy = f.make_strategy(profile, title=f"Strategija {i}", slug=f"strategija-{i}")
        f.make_public_document(f"Dokumentas {i}", strategy=strategy)


def test_the_profile_takes_as_many_queries_with_30_records_of_each_kind_as_with_3(client, home):
    profile = f.make_profile_page()
    f.make_partnership_index()
    f.make_document_index(profile)
    add_records(profile, 3, 0)
    with_three = count_queries(client, profile.url)
    add_records(profile, 27, 3)
    assert count_queries(client, profile.url) == with_three
    assert len(re.findall('class="team-card"', client.get(profile.url).content.decode())) == 30
