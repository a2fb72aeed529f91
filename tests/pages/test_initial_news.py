"""The seed news: created once under the news index, dated as the history says, linked to the
projects and agreements that exist."""

import datetime

from pytest_django.asserts import assertContains

from pages.initial_content import create_news, seed_news
from pages.models import NewsPage
from tests import factories
from vvg_site.core.dates import PartialDate


def test_the_seed_news_are_created_once_and_published(db, client):
    index = factories.make_news_index()
    created = create_news(index)
    assert len(created) == len(seed_news())
    assert all(page.live for page in created)
    assert create_news(index) == []
    assert NewsPage.objects.count() == len(seed_news())
    response = client.get("/naujienos/")
    assert response.status_code == 200
    assert response.context["news_items"][0].date == datetime.date(2022, 9, 30)


def test_each_lead_opens_with_the_day_the_item_is_dated(subtests):
    for spec in seed_news():
        with subtests.test(spec["slug"]):
            assert spec["lead"].startswith(PartialDate(spec["date"]).display())


def test_the_completion_of_cult_trips_is_dated_2022_09_30_and_linked_to_its_project(db):
    project = factories.make_project(title="Lėtos kultūros patirtys 2.00 / CultTrips 2.00")
    agreement = factories.make_partnership(
        title="Jungtinės veiklos sutartis dėl projekto", project=project
    )
    draft = factories.make_partnership(title="Juodraštis", project=project, live=False)
    create_news(factories.make_news_index())
    news = NewsPage.objects.get(slug="baigtas-projektas-letos-kulturos-patirtys-2-00")
    assert news.date == datetime.date(2022, 9, 30)
    assert list(news.related_projects.all()) == [project]
    assert list(news.related_partnerships.all()) == [agreement]
    assert draft not in news.related_partnerships.all()
    assert news in project.news()


def test_an_agreement_is_found_by_its_signing_day(db, client):
    vdu = factories.make_partnership(
        factories.make_partner("Vytauto Didžiojo universitetas", kind="university"),
        title="Bendradarbiavimo sutartis su VDU",
        signed_on=datetime.date(2022, 1, 11),
    )
    create_news(factories.make_news_index())
    news = NewsPage.objects.get(slug="sutartis-su-vytauto-didziojo-universitetu")
    assert list(news.related_partnerships.all()) == [vdu]
    assertContains(client.get(news.url), "Bendradarbiavimo sutartis su VDU")
