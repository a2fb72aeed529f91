"""The pages of the "Bendradarbiavimas" listing: page links keep the filters, a bad page number is
not an error, and a page costs the same queries however long the record grows."""

import pytest

from partnerships.models import Partnership, PartnershipPartner
from tests import factories as f
from tests.partnerships.cooperation_page import URL, D, all_listed, listed, soup
from tests.query_counts import render_costs
from vvg_site.core.dates import Precision

# --- pagination -----------------------------------------------------------------------------------


@pytest.fixture
def many(db):
    f.make_partnership_index()
    lag = f.make_partner("Kaimyninė VVG", slug="kaimynine")
    other = f.make_partner("Kita VVG", slug="kita")
    for i in range(45):
        signed_on = D(2000 + i % 20, 1, 1 + i % 28)
        f.make_partnership(lag, title=f"Kaimynų sutartis {i:02d}", signed_on=signed_on)
    f.make_partnership(other, title="Kitos VVG sutartis", signed_on=D(2030, 1, 1))
    return lag


def test_pagination_keeps_the_filters_and_marks_the_current_page(client, many):
    response = client.get(URL + "?partner=kaimynine&page=2")
    assert response.status_code == 200
    assert len(listed(response)) == 20
    html = soup(response)
    current = html.select_one(".pagination a[aria-current=page]")
    assert current.get_text(strip=True).endswith("2")
    hrefs = [a["href"] for a in html.select(".pagination a")]
    assert "?partner=kaimynine&page=3" in hrefs
    assert "?partner=kaimynine&page=1" in hrefs
    assert all("partner=kaimynine" in href for href in hrefs)
    # The three pages hold each of the partner's 45 agreements once, and nothing else.
    titles = all_listed(client, "partner=kaimynine")
    assert sorted(titles) == [f"Kaimynų sutartis {i:02d}" for i in range(45)]


def test_a_page_past_the_end_is_not_found(client, many):
    assert client.get(URL + "?partner=kaimynine&page=3").status_code == 200
    assert client.get(URL + "?partner=kaimynine&page=4").status_code == 404
    assert client.get(URL + "?page=99999999999999999999").status_code == 404


@pytest.mark.parametrize("bad", ["-1", "0", "abc", "1.5", "2&page=3"])
def test_a_malformed_page_number_shows_the_first_page_and_says_so(client, many, bad):
    response = client.get(URL + "?page=" + bad)
    assert response.status_code == 200
    assert response.context["page_obj"].number == 1
    assert "rodomas pirmasis puslapis" in soup(response).select_one(".notice").get_text()


# --- cost ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["", "?page=2&from=2001&type=tipas-0"])
def test_the_page_costs_the_same_number_of_queries_with_5_and_200_agreements(db, client, query):
    f.make_partnership_index()
    project_index = f.make_project_index()
    types = [f.make_type(f"tipas {i}") for i in range(3)]

    partners, projects = {}, {}

    def add(n, offset):
        for i in range(offset, offset + n):
            # New partners, countries and projects as the record grows, so every facet grows too.
            for key in (i % 40, 100 + i % 7):
                if key not in partners:
                    country = ["LT", "LV", "PL", "EE", "AT"][key % 5]
                    partners[key] = f.make_partner(f"Partneris {key}", country=country)
            if i % 10 == 0:
                projects[i] = f.make_project(project_index, title=f"Projektas {i}")
            project = projects.get(i - i % 10) if i % 2 == 0 else None
            year, precision = 2001 + i % 20, [Precision.DAY, Precision.MONTH, Precision.YEAR][i % 3]
            signed_on = {
                Precision.DAY: D(year, 1 + i % 12, 1 + i % 28),
                Precision.MONTH: D(year, 1 + i % 12, 1),
                Precision.YEAR: D(year, 1, 1),
            }[precision]
            # Straight rows, as publishing leaves them: the listing reads only live rows.
            agreement = Partnership.objects.create(
                title=f"Sutartis {i}",
                slug=f"sutartis-{i}",
                live=True,
                signed_on=signed_on,
                signed_precision=precision,
                agreement_type=types[0] if "type" in query else types[i % 3],
                project=project,
                summary="<p>Santrauka.</p>",
            )
            PartnershipPartner.objects.bulk_create(
                PartnershipPartner(partnership=agreement, partner=partners[key], sort_order=n)
                for n, key in enumerate((i % 40, 100 + i % 7))
            )

    paged = "page=2" in query
    add(25 if paged else 5, 0)
    few = render_costs(client, URL + query)
    add(175 if paged else 195, 200)
    many = render_costs(client, URL + query)
    assert many == few
