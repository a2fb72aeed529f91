"""The cooperation record's models: the vocabulary (types, partners), the agreements, and the
"Bendradarbiavimas" page that presents them."""

from partnerships.models.agreements import (
    Partnership,
    PartnershipCountry,
    PartnershipPartner,
    PartnershipQuerySet,
)
from partnerships.models.index_page import PartnershipIndexPage
from partnerships.models.vocabulary import (
    HOME_COUNTRY,
    AgreementType,
    Partner,
    PartnerKind,
    PartnerRole,
    Scope,
)

__all__ = [
    "HOME_COUNTRY",
    "AgreementType",
    "Partner",
    "PartnerKind",
    "PartnerRole",
    "Partnership",
    "PartnershipCountry",
    "PartnershipIndexPage",
    "PartnershipPartner",
    "PartnershipQuerySet",
    "Scope",
]
