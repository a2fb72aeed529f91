"""The seed news: created once under the news index, dated as the history says, linked to the
projects and agreements that exist."""

import datetime

from django.test import TestCase

from pages.dates import PartialDate
from pages.initial_news import NEWS, create_news
from pages.models import NewsPage
from tests import factories


class InitialNewsTests(TestCase):
    def test_creates_the_news_once_and_publishes_them(self):
        index = factories.make_news_index()
        created = create_news(index)
        self.assertEqual(len(created), len(NEWS))
        self.assertTrue(all(page.live for page in created))
        self.assertEqual(create_news(index), [])
        self.assertEqual(NewsPage.objects.count(), len(NEWS))
        response = self.client.get("/naujienos/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["news_items"][0].date, datetime.date(2022, 9, 30))

    def test_each_lead_opens_with_the_day_the_item_is_dated(self):
        for spec in NEWS:
            with self.subTest(spec["slug"]):
                self.assertTrue(spec["lead"].startswith(PartialDate(spec["date"]).display()))

    def test_the_completion_of_cult_trips_is_dated_2022_09_30_and_linked_to_its_project(self):
        project = factories.make_project(title="Lėtos kultūros patirtys 2.00 / CultTrips 2.00")
        agreement = factories.make_partnership(
            title="Jungtinės veiklos sutartis dėl projekto", project=project
        )
        draft = factories.make_partnership(title="Juodraštis", project=project, live=False)
        create_news(factories.make_news_index())
        news = NewsPage.objects.get(slug="baigtas-projektas-letos-kulturos-patirtys-2-00")
        self.assertEqual(news.date, datetime.date(2022, 9, 30))
        self.assertEqual(list(news.related_projects.all()), [project])
        self.assertEqual(list(news.related_partnerships.all()), [agreement])
        self.assertNotIn(draft, news.related_partnerships.all())
        self.assertIn(news, project.news())

    def test_an_agreement_is_found_by_its_signing_day(self):
        vdu = factories.make_partnership(
            factories.make_partner("Vytauto Didžiojo universitetas", kind="university"),
            title="Bendradarbiavimo sutartis su VDU",
            signed_on=datetime.date(2022, 1, 11),
        )
        create_news(factories.make_news_index())
        news = NewsPage.objects.get(slug="sutartis-su-vytauto-didziojo-universitetu")
        self.assertEqual(list(news.related_partnerships.all()), [vdu])
        self.assertContains(self.client.get(news.url), "Bendradarbiavimo sutartis su VDU")
