"""The news index: live news newest first, its filters, its pagination and its feeds."""

import datetime
import xml.etree.ElementTree as ET

from wagtail.test.utils import WagtailPageTestCase

from pages.models import (
    NEWS_PER_PAGE,
)
from tests import factories

ATOM = "{http://www.w3.org/2005/Atom}"


def titles(response):
    return [item.title for item in response.context["news_items"]]


class NewsIndexTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = factories.make_news_index()
        cls.project = factories.make_project(title="Žydinti Lietuva", slug="zydinti-lietuva")
        cls.other = factories.make_project(title="Kitas projektas", slug="kitas")
        cls.signed = factories.make_news(
            title="Pasirašyta sutartis",
            date=datetime.date(2020, 5, 13),
            projects=[cls.project],
            tags=["LEADER"],
        )
        cls.finished = factories.make_news(
            title="Projektas baigtas",
            date=datetime.date(2022, 9, 30),
            projects=[cls.project],
            tags=["lėtasis turizmas"],
        )
        cls.agreement = factories.make_news(
            title="Sutartis su universitetu", date=datetime.date(2022, 1, 11)
        )
        factories.make_news(title="Juodraštis", date=datetime.date(2023, 1, 1), live=False)

    def test_lists_live_news_newest_first(self):
        response = self.client.get("/naujienos/")
        self.assertEqual(response.status_code, 200)
        expected = ["Projektas baigtas", "Sutartis su universitetu", "Pasirašyta sutartis"]
        self.assertEqual(titles(response), expected)
        self.assertNotContains(response, "Juodraštis")

    def test_filters_by_project_tag_and_year(self):
        by_project = self.client.get("/naujienos/", {"project": "zydinti-lietuva"})
        self.assertEqual(titles(by_project), ["Projektas baigtas", "Pasirašyta sutartis"])
        by_tag = self.client.get("/naujienos/", {"tag": "leader"})
        self.assertEqual(titles(by_tag), ["Pasirašyta sutartis"])
        by_year = self.client.get("/naujienos/", {"year": "2022"})
        self.assertEqual(titles(by_year), ["Projektas baigtas", "Sutartis su universitetu"])
        combined = self.client.get("/naujienos/", {"project": "zydinti-lietuva", "year": "2020"})
        self.assertEqual(titles(combined), ["Pasirašyta sutartis"])
        nothing = self.client.get("/naujienos/", {"tag": "leader", "year": "2022"})
        self.assertEqual(titles(nothing), [])
        self.assertContains(nothing, "Naujienų nerasta.")

    def test_the_form_offers_only_projects_years_and_tags_that_have_live_news(self):
        factories.make_news(
            title="Juodraštis su žyma", projects=[self.other], tags=["juodraštis"], live=False
        )
        response = self.client.get("/naujienos/")
        form = response.context["filterset"].form
        self.assertEqual(
            [project.slug for project in form.fields["project"].queryset], ["zydinti-lietuva"]
        )
        self.assertEqual([value for value, _ in form.fields["year"].choices], ["", "2022", "2020"])
        self.assertEqual(
            [tag.slug for tag in form.fields["tag"].queryset], ["leader", "letasis-turizmas"]
        )
        self.assertContains(response, '<label for="filter-project">Projektas</label>', html=True)
        self.assertContains(response, '<option value="2022">2022</option>', html=True)

    def test_bad_filter_values_are_reported_and_ignored(self):
        # "kitas" exists but has no news: it is not a choice either.
        bad_values = [{"project": "nera-tokio"}, {"project": "kitas"}]
        bad_values += [{"tag": "<script>"}, {"year": "1999"}, {"year": "abc"}]
        for params in bad_values:
            with self.subTest(params=params):
                response = self.client.get("/naujienos/", params)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "filtrų reikšmės netinka")
                self.assertEqual(len(titles(response)), 3)
                self.assertNotContains(response, "<script>")

    def test_pagination_keeps_the_filters_and_marks_the_current_page(self):
        for n in range(NEWS_PER_PAGE):
            factories.make_news(title=f"Metų naujiena {n}", date=datetime.date(2022, 3, 1))
        response = self.client.get("/naujienos/", {"year": "2022"})
        self.assertEqual(len(titles(response)), NEWS_PER_PAGE)
        self.assertContains(response, 'href="?year=2022&amp;page=2"')
        self.assertContains(response, 'href="?year=2022&amp;page=1" aria-current="page"')

        # A bad value is reported once and left out of the page links.
        with_bad_tag = self.client.get("/naujienos/", {"year": "2022", "tag": "nera"})
        self.assertContains(with_bad_tag, 'href="?year=2022&amp;page=2"')
        self.assertNotContains(with_bad_tag, "tag=nera")

        second = self.client.get("/naujienos/", {"year": "2022", "page": "2"})
        self.assertEqual(len(titles(second)), 2)
        self.assertContains(second, 'href="?year=2022&amp;page=2" aria-current="page"')
        shown = set(titles(response)) | set(titles(second))
        self.assertEqual(len(shown), NEWS_PER_PAGE + 2)

    def test_a_page_past_the_end_or_not_a_number_is_not_found(self):
        self.assertEqual(self.client.get("/naujienos/", {"page": "2"}).status_code, 404)
        # A malformed number shows the first page and says so, as on the cooperation page.
        for bad in ("abc", "0", "-1"):
            response = self.client.get("/naujienos/", {"page": bad})
            self.assertContains(response, "Puslapio numeris netinkamas")

    def test_rss_feed_is_valid_xml_with_the_live_news(self):
        response = self.client.get("/naujienos/rss/")
        self.assertEqual(response.status_code, 200)
        self.assertIn("application/rss+xml", response["Content-Type"])
        channel = ET.fromstring(response.content).find("channel")  # noqa: S314 (our own feed)
        items = channel.findall("item")
        self.assertEqual(
            [item.findtext("title") for item in items],
            ["Projektas baigtas", "Sutartis su universitetu", "Pasirašyta sutartis"],
        )
        self.assertEqual(items[0].findtext("link"), f"http://testserver{self.finished.url}")
        self.assertEqual(items[0].findtext("description"), self.finished.lead)
        self.assertIn("30 Sep 2022", items[0].findtext("pubDate"))
        self.assertEqual([c.text for c in items[0].findall("category")], ["lėtasis turizmas"])

    def test_atom_feed_is_valid_xml_with_the_live_news(self):
        response = self.client.get("/naujienos/atom/")
        self.assertEqual(response.status_code, 200)
        self.assertIn("application/atom+xml", response["Content-Type"])
        feed = ET.fromstring(response.content)  # noqa: S314 (our own feed)
        self.assertEqual(feed.tag, f"{ATOM}feed")
        entries = feed.findall(f"{ATOM}entry")
        self.assertEqual(len(entries), 3)
        self.assertEqual(entries[0].findtext(f"{ATOM}title"), "Projektas baigtas")
        self.assertTrue(entries[0].findtext(f"{ATOM}published").startswith("2022-09-30"))

    def test_the_index_advertises_its_feeds(self):
        response = self.client.get("/naujienos/")
        self.assertContains(response, 'type="application/rss+xml"')
        self.assertContains(response, 'href="/naujienos/atom/"')
