"""A news page: its date, lead and picture, links to live records only, and its neighbours."""

import datetime

from wagtail.test.utils import WagtailPageTestCase

from tests import factories


class NewsPageRenderingTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = factories.make_news_index()
        cls.project = factories.make_project(title="Dzūkijos piliakalnių kelias")
        cls.draft_project = factories.make_project(title="Nepaskelbtas projektas")
        cls.draft_project.unpublish()
        cls.agreement = factories.make_partnership(title="Jungtinės veiklos sutartis")
        cls.draft_agreement = factories.make_partnership(title="Sutarties juodraštis", live=False)
        cls.first = factories.make_news(title="Pirmoji", date=datetime.date(2018, 6, 15))
        cls.middle = factories.make_news(
            title="Vidurinė",
            date=datetime.date(2019, 10, 14),
            projects=[cls.project, cls.draft_project],
            partnerships=[cls.agreement, cls.draft_agreement],
            tags=["LEADER"],
            main_image=factories.make_image(),
            main_image_alt="Piliakalnis iš paukščio skrydžio",
        )
        cls.last = factories.make_news(title="Paskutinė", date=datetime.date(2022, 9, 30))

    def test_shows_date_lead_and_live_links_only(self):
        response = self.client.get(self.middle.url)
        self.assertContains(response, '<time datetime="2019-10-14">2019 m. spalio 14 d.</time>')
        self.assertContains(response, self.middle.lead)
        self.assertContains(response, f'href="{self.project.url}"')
        self.assertContains(response, "Jungtinės veiklos sutartis")
        self.assertNotContains(response, "Nepaskelbtas projektas")
        self.assertNotContains(response, "Sutarties juodraštis")
        self.assertContains(response, 'href="/naujienos/?tag=leader"')

    def test_main_image_is_a_lazy_responsive_picture_with_alt_text(self):
        html = self.client.get(self.middle.url).content.decode()
        picture = html[html.index("<picture") : html.index("</picture>")]
        self.assertIn('type="image/avif"', picture)
        self.assertIn('type="image/webp"', picture)
        self.assertIn('alt="Piliakalnis iš paukščio skrydžio"', picture)
        self.assertIn('loading="lazy"', picture)

    def test_links_to_the_previous_and_next_news(self):
        response = self.client.get(self.middle.url)
        self.assertEqual(response.context["previous_news"], self.first)
        self.assertEqual(response.context["next_news"], self.last)
        self.assertContains(response, f'href="{self.first.url}" rel="prev"')
        self.assertContains(response, f'href="{self.last.url}" rel="next"')

        response = self.client.get(self.last.url)
        self.assertIsNone(response.context["next_news"])
        self.assertNotContains(response, 'rel="next"')

    def test_previous_skips_drafts(self):
        draft = factories.make_news(title="Juodraštis", date=datetime.date(2020, 1, 1), live=False)
        self.assertEqual(self.last.previous_news(), self.middle)
        self.assertNotEqual(self.middle.next_news(), draft)

    def test_each_news_type_renders(self):
        self.assertPageIsRenderable(self.index)
        self.assertPageIsRenderable(self.middle)
