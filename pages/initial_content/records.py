"""The Lithuanian page tree (fixtures/pages.json) and the cooperation record
(fixtures/partnerships.json), step by step."""

import json
from pathlib import Path

from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from pages.initial_content.content import (
    NOT_LOADED_FIELDS,
    PAGES_FIXTURE,
    PARTNERSHIPS_FIXTURE,
)
from pages.models import (
    ProjectPage,
)
from partnerships.models import (
    AgreementType,
    Partner,
    Partnership,
)


def _natural_key(record, field_name):
    value = record["fields"].get(field_name)
    if value is not None and not isinstance(value, list):
        raise CommandError(
            _(
                "Fikstūros laukas %(field)s nėra natūralusis raktas: eksportuokite su "
                "--natural-foreign (žr. README)."
            )
            % {"field": f"{record['model']}.{field_name}"}
        )
    return value


def load_pages(content, path=PAGES_FIXTURE):
    """The home page's text, then Apie mus, Bendradarbiavimas, Projektai (with the seven
    projects), Kontaktai and Prieinamumo deklaracija."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    content.fill_home(**data["home"]["fields"])
    for spec in data["pages"]:
        content.page_tree(content.home, spec)


def load_partnerships(content, path=PARTNERSHIPS_FIXTURE):
    """Agreement types, partners and the agreements (with their partners and the countries they
    name besides), from the `dumpdata` fixture."""
    records = json.loads(Path(path).read_text(encoding="utf-8"))
    by_model = {
        name: []
        for name in (
            "agreementtype",
            "partner",
            "partnership",
            "partnershippartner",
            "partnershipcountry",
        )
    }
    for record in records:
        app_label, model_name = record["model"].split(".")
        if app_label != "partnerships" or model_name not in by_model:
            raise CommandError(
                _("Netikėtas modelis faile %(file)s: %(model)s")
                % {"file": Path(path).name, "model": record["model"]}
            )
        by_model[model_name].append(record)

    types = {
        r["fields"]["slug"]: content.vocabulary(AgreementType, r["fields"])
        for r in by_model["agreementtype"]
    }
    partners = {
        r["fields"]["slug"]: content.vocabulary(Partner, r["fields"]) for r in by_model["partner"]
    }
    links = {}
    for record in by_model["partnershippartner"]:
        _natural_key(record, "partner")
        links.setdefault(record["fields"]["partnership"], []).append(record["fields"])
    countries = {}
    for record in by_model["partnershipcountry"]:
        countries.setdefault(record["fields"]["partnership"], []).append(
            record["fields"]["country"]
        )

    slugs = {record["pk"]: record["fields"]["slug"] for record in by_model["partnership"]}
    for record in _earlier_first(by_model["partnership"]):
        type_key = _natural_key(record, "agreement_type")
        project_key = _natural_key(record, "project")
        fields = {k: v for k, v in record["fields"].items() if k not in NOT_LOADED_FIELDS}
        content.agreement(
            fields,
            links.get(record["pk"], []),
            agreement_type=types.get(type_key[0]) or AgreementType.objects.get(slug=type_key[0]),
            partners=_PartnerLookup(partners),
            project=_project(project_key),
            countries=countries.get(record["pk"], []),
            follows=_follows(record, slugs),
        )


def _earlier_first(records):
    """The agreements in the fixture's order, except that one following another comes after
    it, so its first revision already names it."""
    by_pk = {r["pk"]: r for r in records}
    done, ordered = set(), []

    def add(record):
        if record["pk"] in done:
            return
        done.add(record["pk"])
        earlier = by_pk.get(record["fields"].get("follows"))
        if earlier is not None:
            add(earlier)
        ordered.append(record)

    for record in records:
        add(record)
    return ordered


def _follows(record, slugs):
    """The agreement this one follows, by the slug the fixture gives it, when it exists."""
    follows_pk = record["fields"].get("follows")
    if follows_pk is None:
        return None
    return Partnership.objects.filter(slug=slugs.get(follows_pk)).first()


class _PartnerLookup(dict):
    """Partners of this fixture by slug, falling back to ones already in the database."""

    def __missing__(self, slug):
        return Partner.objects.get(slug=slug)


def _project(natural_key):
    """The project page by its URL path, or by its slug when an editor moved the tree."""
    if not natural_key:
        return None
    url_path = natural_key[0]
    project = ProjectPage.objects.filter(url_path=url_path).first()
    if project is None:
        project = ProjectPage.objects.filter(slug=url_path.rstrip("/").rsplit("/", 1)[-1]).first()
    return project
