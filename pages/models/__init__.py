"""Site-wide pages, a family per module: home and prose pages, projects, news, the news index,
the organisation's settings and the EU publicity rules."""

from pages.models.home import HomePage, StandardPage
from pages.models.news import NewsPage, NewsPageQuerySet, NewsPageTag
from pages.models.news_index import NEWS_PER_PAGE, NewsIndexPage
from pages.models.projects import (
    ProjectDocument,
    ProjectGalleryImage,
    ProjectIndexPage,
    ProjectPage,
    ProjectPageQuerySet,
    ProjectPartner,
    ProjectStatus,
)
from pages.models.publicity import (
    EAFRD_2014_2020_TEXT,
    EU_2021_2027_TEXT,
    FundingAcknowledgement,
    FundingPeriod,
)
from pages.models.settings import OrganisationSettings

__all__ = [
    "EAFRD_2014_2020_TEXT",
    "EU_2021_2027_TEXT",
    "NEWS_PER_PAGE",
    "FundingAcknowledgement",
    "FundingPeriod",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageQuerySet",
    "NewsPageTag",
    "OrganisationSettings",
    "ProjectDocument",
    "ProjectGalleryImage",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectPageQuerySet",
    "ProjectPartner",
    "ProjectStatus",
    "StandardPage",
]
