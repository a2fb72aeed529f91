"""What the site search (vvg_site.textsearch) reads of the pages.

Every page type is found by its title and description and its own text; a project also by its
partners' names, a news item by its lead and tags. A public document is found by its title (its
English title in the English index). Only the text is indexed: whether a page is live, public and
in this site, or a document's file public, is asked at search time.
"""

from pages.models import (
    DocumentIndexPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    ProfilePage,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
    PublicDocument,
    StandardPage,
    StrategyPage,
)
from partnerships.models import Partner, Partnership
from vvg_site.textsearch.registry import BODY, LEAD, NAME, TITLE, refresh_when_saved, register

PAGE_FIELDS = {"title": TITLE, "search_description": LEAD}


def project_partner_names(project):
    links = project.partner_links.all()
    return [name for link in links for name in (link.partner.name, link.partner.short_name)]


def tag_names(news):
    return [tag.name for tag in news.tags.all()]


def register_pages(language):
    for model in (HomePage, StandardPage, ProfilePage):
        register(model, {**PAGE_FIELDS, "intro": LEAD, "body": BODY}, language=language)
    for model in (NewsIndexPage, ProjectIndexPage, DocumentIndexPage):
        register(model, {**PAGE_FIELDS, "intro": LEAD}, language=language)
    register(
        StrategyPage,
        {**PAGE_FIELDS, "summary": LEAD, "priorities": BODY},
        language=language,
    )
    register(
        ProjectPage,
        {
            **PAGE_FIELDS,
            project_partner_names: NAME,
            "territory": LEAD,
            "programme": BODY,
            "project_number": BODY,
            "summary": BODY,
            "aims": BODY,
            "results": BODY,
        },
        language=language,
        prepare=lambda projects: projects.prefetch_related("partner_links__partner"),
    )
    register(
        NewsPage,
        {**PAGE_FIELDS, "lead": LEAD, tag_names: LEAD, "body": BODY},
        language=language,
        prepare=lambda news: news.prefetch_related("tags"),
    )


def connect():
    # Every page in both indexes: a page's text is stemmed as Lithuanian and as English, and the
    # search keeps to the reader's language's pages (pages.search), so each is found its way.
    for language in ("lt", "en"):
        register_pages(language)
    # A document by its title; an English query reads the Lithuanian index too, so an
    # untranslated title is found from /en/search/ as well.
    register(PublicDocument, {"title": TITLE})
    register(PublicDocument, {"title_en": TITLE}, language="en")
    # An agreement is found by its project's title; a project by its partners' names.
    refresh_when_saved(
        ProjectPage, lambda project: Partnership.objects.filter(project=project), fields={"title"}
    )
    refresh_when_saved(ProjectPartner, lambda link: ProjectPage.objects.filter(pk=link.page_id))
    refresh_when_saved(
        Partner,
        lambda partner: ProjectPage.objects.filter(partner_links__partner=partner).distinct(),
        fields={"name", "short_name"},
    )
