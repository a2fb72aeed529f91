"""schema.org objects for the site's own pages: the organisation, its news and its projects.

Only what editors entered is stated; empty properties are left out and nothing is guessed.
"""

from pages.models.organisation import MemberKind
from pages.models.projects import ProjectStatus
from vvg_site.core.seo import DESCRIPTION_LENGTH, absolute_url, share_image_url, without_empty
from vvg_site.core.text import plain_text

# The fund every FundingPeriod names (EŽŪFKP); the EU's own Lithuanian name for the EAFRD.
EAFRD_NAME = "Europos žemės ūkio fondas kaimo plėtrai"


def _in_force(record, day):
    return (record.since is None or record.since <= day) and (
        record.until is None or record.until >= day
    )


def organisation_data(organisation, root_url, *, networks=(), members=(), team=(), day=None):
    """schema.org Organization from the details editors entered; empty fields are left out.

    The pages about the organisation (home, "Apie mus") pass its records: the networks it is a
    member of on `day` (memberOf), its members (member: an Organization or a Person) and its
    team (employee, with only the contacts they agreed to publish).
    """
    return without_empty(
        {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": organisation.name,
            "url": root_url + "/",
            "email": organisation.email,
            "telephone": organisation.phone,
            "address": organisation.address,
            "identifier": organisation.company_code,
            "sameAs": [url for _label, url in organisation.social_links],
            "memberOf": [
                without_empty(
                    {"@type": "Organization", "name": network.name, "url": network.website}
                )
                for network in networks
                if day is None or _in_force(network, day)
            ],
            "member": [
                {
                    "@type": "Person" if member.kind == MemberKind.PERSON else "Organization",
                    "name": member.display_name,
                }
                for member in members
            ],
            "employee": [
                without_empty(
                    {
                        "@type": "Person",
                        "name": person.name,
                        "jobTitle": str(person.localized("role")),
                        "email": person.public_email,
                        "telephone": person.public_phone,
                    }
                )
                for person in team
            ],
        }
    )


def news_article_data(page, *, canonical, root_url, organisation, projects):
    """schema.org NewsArticle from what the editor entered; nothing is guessed.

    datePublished is the news date as the page shows it (a day, no invented time);
    dateModified only when the last publication is not before it.
    """
    modified = page.last_published_at
    if modified is not None and modified.date() < page.date:
        modified = None
    return without_empty(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": page.title,
            "datePublished": page.date.isoformat(),
            "dateModified": modified.isoformat() if modified else None,
            "description": plain_text(page.lead, DESCRIPTION_LENGTH),
            "image": share_image_url(page.main_image, root_url),
            "publisher": {
                "@type": "Organization",
                "name": organisation.name,
                "url": root_url + "/",
            },
            "mainEntityOfPage": canonical,
            "about": [
                {
                    "@type": "Project",
                    "name": project.title,
                    "url": absolute_url(root_url, project.url),
                }
                for project in projects
            ],
        }
    )


def project_data(page, *, canonical, partners):
    """schema.org Project (an Organization subtype, hence foundingDate/dissolutionDate).

    Dates keep their precision ("2021", "2022-07"); the end counts only once the project is
    completed, as before that it is a plan. The funder is named only for EU-funded periods,
    all of which are EAFRD (EŽŪFKP) programmes.
    """
    completed = page.status == ProjectStatus.COMPLETED
    description = plain_text(page.summary, DESCRIPTION_LENGTH) or plain_text(
        page.aims, DESCRIPTION_LENGTH
    )
    return without_empty(
        {
            "@context": "https://schema.org",
            "@type": "Project",
            "name": page.title,
            "description": description,
            "url": canonical,
            "identifier": page.project_number,
            "areaServed": page.territory,
            "foundingDate": page.start.iso() if page.start else None,
            "dissolutionDate": page.end.iso() if page.end and completed else None,
            "funder": (
                {"@type": "Organization", "name": EAFRD_NAME} if page.funding_period else None
            ),
            "member": [
                without_empty(
                    {"@type": "Organization", "name": partner.name, "url": partner.website}
                )
                for partner in partners
            ],
        }
    )
