"""News: the index with its filters, pagination and feeds; the news page; the home page."""

import datetime
import xml.etree.ElementTree as ET

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from pages.models import (
    EAFRD_2014_2020_TEXT,
    NEWS_PER_PAGE,
    HomePage,
    NewsIndexPage,
    NewsPage,
    StandardPage,
)
from tests import factories

ATOM = "{http://www.w3.org/2005/Atom}"


def titles(response):
    return [item.title for item in response.context["news_items"]]


class NewsPageRulesTests(WagtailPageTestCase):
    def test_news_live_only_under_the_single_news_index_on_the_home_page(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())
        home = factories.home_page()
        self.assertTrue(NewsIndexPage.can_create_at(home))
        factories.make_news_index()
        self.assertFalse(NewsIndexPage.can_create_at(home))
        self.assertFalse(NewsPage.can_create_at(factories.make_standard_page()))

    def test_an_editor_can_write_news_about_a_project_with_tags(self):
        index = factories.make_news_index()
        project = factories.make_project(title="Lėtos kultūros patirtys 2.00")
        agreement = factories.make_partnership(title="Bendradarbiavimo sutartis")
        self.login()
        self.assertCanCreate(
            index,
            NewsPage,
            nested_form_data(
                {
                    "title": "Projektas baigtas",
                    "slug": "projektas-baigtas",
                    "date": "2022-09-30",
                    "lead": "Baigtas tarptautinis projektas.",
                    "main_image_alt": "",
                    "body": streamfield([("paragraph", rich_text("<p>Lėtasis turizmas.</p>"))]),
                    "related_projects": (project.pk,),
                    "related_partnerships": (agreement.pk,),
                    "tags": "lėtasis turizmas, LEADER",
                }
            ),
            publish=True,
        )
        news = NewsPage.objects.get(slug="projektas-baigtas")
        self.assertEqual(list(news.related_projects.all()), [project])
        self.assertEqual(list(news.related_partnerships.all()), [agreement])
        self.assertEqual(sorted(news.tags.names()), ["LEADER", "lėtasis turizmas"])

    def test_a_main_image_needs_its_alt_text(self):
        index = factories.make_news_index()
        self.login()
        response = self.client.post(
            f"/admin/pages/add/pages/newspage/{index.pk}/",
            nested_form_data(
                {
                    "title": "Su nuotrauka",
                    "slug": "su-nuotrauka",
                    "date": "2022-09-30",
                    "lead": "Trumpai.",
                    "main_image": factories.make_image().pk,
                    "main_image_alt": "",
                    "body": streamfield([]),
                    "tags": "",
                }
            ),
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "nematantys")
        self.assertFalse(NewsPage.objects.exists())


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


class HomePageSectionsTests(WagtailPageTestCase):
    def test_shows_latest_news_latest_live_agreements_and_running_projects(self):
        for year in (2018, 2019, 2020, 2021):
            factories.make_news(title=f"Naujiena {year}", date=datetime.date(year, 1, 10))
        factories.make_partnership(title="Sena sutartis", signed_on=datetime.date(2009, 10, 23))
        factories.make_partnership(title="Nauja sutartis", signed_on=datetime.date(2022, 1, 11))
        factories.make_partnership(title="Sutarties juodraštis", live=False)
        factories.make_project(title="Vykdomas projektas", status="running")
        factories.make_project(title="Baigtas projektas", status="completed")

        response = self.client.get("/")

        self.assertEqual(
            [n.title for n in response.context["latest_news"]],
            ["Naujiena 2021", "Naujiena 2020", "Naujiena 2019"],
        )
        self.assertNotContains(response, "Naujiena 2018")
        self.assertContains(response, "Nauja sutartis")
        self.assertContains(response, "Sena sutartis")
        self.assertNotContains(response, "Sutarties juodraštis")
        self.assertContains(response, "Vykdomas projektas")
        self.assertNotContains(response, "Baigtas projektas")
        self.assertContains(response, 'href="/naujienos/"')

    def test_mentions_the_eafrd_support(self):
        response = self.client.get("/")
        self.assertContains(response, str(EAFRD_2014_2020_TEXT))
        self.assertContains(response, "Europos žemės ūkio fondo kaimo plėtrai")

    def test_the_number_of_queries_does_not_grow_with_the_sections(self):
        def count_queries():
            with CaptureQueriesContext(connection) as queries:
                self.assertEqual(self.client.get("/").status_code, 200)
            return len(queries)

        factories.make_partnership_index()
        partner = factories.make_partner()
        factories.make_news(title="Viena naujiena")
        factories.make_partnership(partner)
        factories.make_project(title="Vienas projektas", status="running")
        count_queries()  # the first visit also stores the default site settings
        baseline = count_queries()
        for n in range(3):
            factories.make_news(title=f"Dar viena {n}")
            factories.make_partnership(factories.make_partner(), partner)
            factories.make_project(title=f"Dar vienas {n}", status="running")
        self.assertEqual(count_queries(), baseline)

    def test_empty_sections_say_so(self):
        response = self.client.get("/")
        self.assertContains(response, "Naujienų dar nėra.")
        self.assertContains(response, "Sutarčių dar nėra.")
        self.assertTrue(StandardPage.can_create_at(factories.home_page()))


class PreviewTests(WagtailPageTestCase):
    """Editors preview news and projects before saving them: unsaved links must not break it."""

    def preview(self, url, data):
        self.login()
        response = self.client.post(url, data)
        self.assertJSONEqual(response.content, {"is_valid": True, "is_available": True})
        return self.client.get(url)

    def test_previewing_a_new_news_item_with_projects_and_tags(self):
        from django.urls import reverse

        index = factories.make_news_index()
        project = factories.make_project(title="Sąveikos lauku – sumanumo link")
        factories.make_news(title="Ankstesnė naujiena", date=datetime.date(2020, 1, 1))
        data = nested_form_data(
            {
                "title": "Peržiūrima naujiena",
                "slug": "perziurima",
                "date": "2021-07-17",
                "lead": "Pateiktas projektas.",
                "main_image_alt": "",
                "body": streamfield([("paragraph", rich_text("<p>Tekstas.</p>"))]),
                "tags": "LEADER",
            }
        )
        data["related_projects"] = (project.pk,)
        url = reverse("wagtailadmin_pages:preview_on_add", args=["pages", "newspage", index.pk])
        response = self.preview(url, data)
        self.assertContains(response, "Peržiūrima naujiena")
        self.assertContains(response, "Sąveikos lauku – sumanumo link")
        self.assertContains(response, "Ankstesnė naujiena")
        self.assertFalse(NewsPage.objects.filter(slug="perziurima").exists())

    def test_previewing_a_new_project_with_a_partner(self):
        from django.urls import reverse

        from wagtail.test.utils.form_data import inline_formset

        index = factories.make_project_index()
        partner = factories.make_partner("Druskininkų vietos veiklos grupė")
        data = nested_form_data(
            {
                "title": "Naujas projektas",
                "slug": "naujas",
                "status": "preparing",
                "funding_period": "2014-2020",
                "start_precision": "day",
                "end_precision": "day",
                "summary": rich_text(""),
                "aims": rich_text(""),
                "results": rich_text(""),
                "partner_links": inline_formset([{"partner": partner.pk, "role": "coordinator"}]),
                "gallery_images": inline_formset([]),
                "document_links": inline_formset([]),
            }
        )
        url = reverse("wagtailadmin_pages:preview_on_add", args=["pages", "projectpage", index.pk])
        response = self.preview(url, data)
        self.assertContains(response, "Druskininkų vietos veiklos grupė")
        self.assertContains(response, str(EAFRD_2014_2020_TEXT))
