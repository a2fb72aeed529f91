"""Site-wide pages, a family per module: home and prose pages, projects, news, the news index,
the organisation's settings and the EU publicity rules; the organisation's profile ("Apie mus")
and its records: members, decision-making bodies, team and networks, the strategy, the public
documents and their list."""

from pages.models.document_index import DOCUMENTS_PER_PAGE, DocumentIndexPage
from pages.models.documents import DocumentType, PublicDocument, PublicDocumentQuerySet
from pages.models.home import HomePage, StandardPage
from pages.models.news import NewsPage, NewsPageQuerySet, NewsPageTag
from pages.models.news_index import NEWS_PER_PAGE, NewsIndexPage
from pages.models.organisation import (
    MAJORITY_LIMIT,
    DecisionBody,
    Member,
    MemberKind,
    NetworkMembership,
    Seat,
    Sector,
    SectorBalance,
    TeamMember,
)
from pages.models.profile import ProfilePage
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
from pages.models.strategy import StrategyPage

__all__ = [
    "DOCUMENTS_PER_PAGE",
    "EAFRD_2014_2020_TEXT",
    "EU_2021_2027_TEXT",
    "MAJORITY_LIMIT",
    "NEWS_PER_PAGE",
    "DecisionBody",
    "DocumentIndexPage",
    "DocumentType",
    "FundingAcknowledgement",
    "FundingPeriod",
    "HomePage",
    "Member",
    "MemberKind",
    "NetworkMembership",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageQuerySet",
    "NewsPageTag",
    "OrganisationSettings",
    "ProfilePage",
    "ProjectDocument",
    "ProjectGalleryImage",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectPageQuerySet",
    "ProjectPartner",
    "ProjectStatus",
    "PublicDocument",
    "PublicDocumentQuerySet",
    "Seat",
    "Sector",
    "SectorBalance",
    "StandardPage",
    "StrategyPage",
    "TeamMember",
]
