"""Writing news: where news may be added, what an editor fills in, and previews of unsaved news
and projects."""

import datetime

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from pytest_django.asserts import assertContains, assertJSONEqual

from pages.models import EAFRD_2014_2020_TEXT, HomePage, NewsIndexPage, NewsPage
from tests import factories


def test_news_live_only_under_the_single_news_index_on_the_home_page(db):
    assert set(NewsIndexPage.allowed_parent_page_models()) == {HomePage}
    assert set(NewsIndexPage.allowed_subpage_models()) == {NewsPage}
    assert set(NewsPage.allowed_parent_page_models()) == {NewsIndexPage}
    assert set(NewsPage.allowed_subpage_models()) == set()
    home = factories.home_page()
    assert NewsIndexPage.can_create_at(home)
    factories.make_news_index()
    assert not NewsIndexPage.can_create_at(home)
    assert not NewsPage.can_create_at(factories.make_standard_page())


def test_an_editor_can_write_news_about_a_project_with_tags(admin_client):
    index = factories.make_news_index()
    project = factories.make_project(title="Lėtos kultūros patirtys 2.00")
    agreement = factories.make_partnership(title="Bendradarbiavimo sutartis")
    factories.make_page_in_admin(
        admin_client,
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
    assert list(news.related_projects.all()) == [project]
    assert list(news.related_partnerships.all()) == [agreement]
    assert sorted(news.tags.names()) == ["LEADER", "lėtasis turizmas"]


def test_a_main_image_needs_its_alt_text(admin_client):
    index = factories.make_news_index()
    response = admin_client.post(
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
    assert response.status_code == 200
    assertContains(response, "nematantys")
    assert not NewsPage.objects.exists()


# Editors preview news and projects before saving them: unsaved links must not break it.


def preview(client, url, data):
    response = client.post(url, data)
    assertJSONEqual(response.content, {"is_valid": True, "is_available": True})
    return client.get(url)


def test_previewing_a_new_news_item_with_projects_and_tags(admin_client):
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
    response = preview(admin_client, url, data)
    assertContains(response, "Peržiūrima naujiena")
    assertContains(response, "Sąveikos lauku – sumanumo link")
    assertContains(response, "Ankstesnė naujiena")
    assert not NewsPage.objects.filter(slug="perziurima").exists()


def test_previewing_a_new_project_with_a_partner(admin_client):
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
    response = preview(admin_client, url, data)
    assertContains(response, "Druskininkų vietos veiklos grupė")
    assertContains(response, str(EAFRD_2014_2020_TEXT))
