"""A news page: its date, lead and picture, links to live records only, and its neighbours."""

import datetime
from types import SimpleNamespace

from pytest_django.asserts import assertContains, assertNotContains

from tests import factories
from tests.module_data import module_data


def build_news():
    index = factories.make_news_index()
    project = factories.make_project(title="Dzūkijos piliakalnių kelias")
    draft_project = factories.make_project(title="Nepaskelbtas projektas")
    draft_project.unpublish()
    agreement = factories.make_partnership(title="Jungtinės veiklos sutartis")
    draft_agreement = factories.make_partnership(title="Sutarties juodraštis", live=False)
    first = factories.make_news(title="Pirmoji", date=datetime.date(2018, 6, 15))
    middle = factories.make_news(
        title="Vidurinė",
        date=datetime.date(2019, 10, 14),
        projects=[project, draft_project],
        partnerships=[agreement, draft_agreement],
        tags=["LEADER"],
        main_image=factories.make_image(),
        main_image_alt="Piliakalnis iš paukščio skrydžio",
    )
    last = factories.make_news(title="Paskutinė", date=datetime.date(2022, 9, 30))
    return SimpleNamespace(
        index=index,
        project=project,
        draft_project=draft_project,
        agreement=agreement,
        draft_agreement=draft_agreement,
        first=first,
        middle=middle,
        last=last,
    )


_news_once, news = module_data(
    build_news,
    "news",
    "Three live news, the middle one linking live and draft records (built once per module).",
)


def test_a_news_page_shows_its_date_lead_and_live_links_only(news, client):
    response = client.get(news.middle.url)
    assertContains(response, '<time datetime="2019-10-14">2019 m. spalio 14 d.</time>')
    assertContains(response, news.middle.lead)
    assertContains(response, f'href="{news.project.url}"')
    assertContains(response, "Jungtinės veiklos sutartis")
    assertNotContains(response, "Nepaskelbtas projektas")
    assertNotContains(response, "Sutarties juodraštis")
    assertContains(response, 'href="/naujienos/?tag=leader"')


def test_a_news_main_image_is_a_lazy_responsive_picture_with_alt_text(news, client):
    html = client.get(news.middle.url).content.decode()
    picture = html[html.index("<picture") : html.index("</picture>")]
    assert 'type="image/avif"' in picture
    assert 'type="image/webp"' in picture
    assert 'alt="Piliakalnis iš paukščio skrydžio"' in picture
    assert 'loading="lazy"' in picture


def test_a_news_page_links_to_the_previous_and_next_news(news, client):
    response = client.get(news.middle.url)
    assert response.context["previous_news"] == {"url": news.first.url, "title": "Pirmoji"}
    assert response.context["next_news"] == {"url": news.last.url, "title": "Paskutinė"}
    assertContains(response, f'href="{news.first.url}" rel="prev"')
    assertContains(response, f'href="{news.last.url}" rel="next"')

    response = client.get(news.last.url)
    assert response.context["next_news"] is None
    assertNotContains(response, 'rel="next"')


def test_previous_and_next_news_skip_drafts(news, client):
    factories.make_news(title="Juodraštis", date=datetime.date(2020, 1, 1), live=False)
    previous = client.get(news.last.url).context["previous_news"]
    assert previous == {"url": news.middle.url, "title": news.middle.title}
    assert client.get(news.middle.url).context["next_news"]["url"] == news.last.url


def test_the_news_index_and_a_news_page_render(news, client):
    assert client.get(news.index.url).status_code == 200
    assert client.get(news.middle.url).status_code == 200
