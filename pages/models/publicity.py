"""The EU publicity rules a funded project page must follow: by programming period, the statement
beside the EU emblem and the logos editors upload under "Organizacijos duomenys"."""

from dataclasses import dataclass, field

from django.db import models
from django.utils.translation import gettext_lazy as _


class FundingPeriod(models.TextChoices):
    """The EU programming period, which decides the publicity the rules require on the page."""

    EAFRD_2007_2013 = "2007-2013", _("2007–2013 m. (Lietuvos kaimo plėtros programa, EŽŪFKP)")
    EAFRD_2014_2020 = "2014-2020", _("2014–2020 m. (Lietuvos kaimo plėtros programa, EŽŪFKP)")
    CAP_2023_2027 = "2023-2027", _("2023–2027 m. (BŽŪP strateginis planas, EŽŪFKP)")


# Regulation (EU) No 808/2014, Annex III: the EAFRD statement beside the EU emblem.
EAFRD_2014_2020_TEXT = _(
    "Europos žemės ūkio fondas kaimo plėtrai: Europa investuoja į kaimo vietoves"
)
# Regulation (EU) 2021/1060 Art. 47 and the CAP strategic plan rules: the emblem and this line.
EU_2021_2027_TEXT = _("Bendrai finansuoja Europos Sąjunga")


@dataclass(frozen=True)
class FundingAcknowledgement:
    """What a funded project page must show: the statement and the uploaded logos, in order."""

    text: str
    logos: list = field(default_factory=list)  # (image, alt text) pairs; only uploaded ones


def funding_acknowledgement(funding_period, org):
    """The EU publicity the period's rules require, with the logos editors have uploaded."""
    if funding_period == FundingPeriod.EAFRD_2014_2020:
        logos = [
            (org.eu_emblem, _("Europos Sąjungos emblema")),
            (org.programme_logo, _("Lietuvos kaimo plėtros 2014–2020 m. programos logotipas")),
            (org.leader_logo, _("LEADER logotipas")),
        ]
        return FundingAcknowledgement(EAFRD_2014_2020_TEXT, [(i, a) for i, a in logos if i])
    if funding_period == FundingPeriod.CAP_2023_2027:
        logos = [
            (org.eu_emblem, _("Europos Sąjungos emblema")),
            (org.leader_logo, _("LEADER logotipas")),
        ]
        return FundingAcknowledgement(EU_2021_2027_TEXT, [(i, a) for i, a in logos if i])
    return None
