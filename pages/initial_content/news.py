"""The first news (fixtures/news.json), linked to the projects and agreements they concern."""

import datetime
import json
from pathlib import Path

from django.db.models import Q

from wagtail.rich_text import RichText

from pages.initial_content.content import NEWS_FIXTURE
from pages.models import (
    NewsIndexPage,
    NewsPage,
    ProjectPage,
)
from pages.permissions import grant_page_permissions
from partnerships.models import (
    Partnership,
)


def seed_news(path=NEWS_FIXTURE):
    """The first news items, written only from the organisation's own history of its cooperation
    and dated by the days it names: title, date, lead, paragraphs, tags, and what they concern
    (a project by part of its title, agreements by their signing days)."""
    news = json.loads(Path(path).read_text(encoding="utf-8"))
    for spec in news:
        spec["date"] = datetime.date.fromisoformat(spec["date"])
        spec["agreement_days"] = [datetime.date.fromisoformat(d) for d in spec["agreement_days"]]
    return news


def _related(spec):
    projects = (
        list(ProjectPage.objects.filter(title__contains=spec["project"])) if spec["project"] else []
    )
    agreements = Partnership.objects.live().filter(
        Q(signed_on__in=spec["agreement_days"], signed_precision="day") | Q(project__in=projects)
    )
    return projects, list(agreements.distinct())


def create_news(news_index_page, news=None):
    """Create and publish the seed news under `news_index_page` (an item whose slug is already
    there is left as it is), linking the projects and live agreements that exist; return the
    pages created."""
    existing = set(news_index_page.get_children().values_list("slug", flat=True))
    created = []
    for spec in seed_news() if news is None else news:
        if spec["slug"] in existing:
            continue
        projects, agreements = _related(spec)
        page = NewsPage(
            title=spec["title"],
            slug=spec["slug"],
            date=spec["date"],
            lead=spec["lead"],
            body=[("paragraph", RichText(f"<p>{text}</p>")) for text in spec["paragraphs"]],
        )
        page.related_projects = projects
        page.related_partnerships = agreements
        page.tags.add(*spec["tags"])
        news_index_page.add_child(instance=page)
        page.save_revision().publish()
        created.append(page)
    return created


def load_news(content):
    """The news index "Naujienos" (in the menu before "Kontaktai"), the seed news under it and
    the editors' permissions on it. Runs after the projects and agreements it links to."""
    index = content.page(
        content.home,
        NewsIndexPage,
        slug="naujienos",
        title="Naujienos",
        show_in_menus=True,
        before="kontaktai",
    )
    news = seed_news()
    seed_slugs = [spec["slug"] for spec in news]
    for page in NewsPage.objects.child_of(index).filter(slug__in=seed_slugs):
        content.found.append((NewsPage, page.title))
    for page in create_news(index, news):
        content.added.append((NewsPage, page.title))
    grant_page_permissions()
