"""The organisation's memberships in networks (fixtures/memberships.json): only the two its own
text names, with the date where it gives one, each linked to its agreement in the cooperation
record when that exists. No members, people or documents: the staff enter those."""

import datetime
import json
from pathlib import Path

from pages.initial_content.content import MEMBERSHIPS_FIXTURE
from pages.models import NetworkMembership
from partnerships.models import Partnership


def load_memberships(content, path=MEMBERSHIPS_FIXTURE):
    """Each membership, found by its name or created; runs after the agreements it links to."""
    for spec in json.loads(Path(path).read_text(encoding="utf-8")):
        existing = NetworkMembership.objects.filter(name__iexact=spec["name"]).first()
        if existing is not None:
            content._found(existing, existing.name)
            continue
        membership = NetworkMembership(
            name=spec["name"],
            since=datetime.date.fromisoformat(spec["since"]) if spec["since"] else None,
            since_precision=spec["since_precision"],
            agreement=(
                Partnership.objects.filter(slug=spec["agreement"]).first()
                if spec["agreement"]
                else None
            ),
        )
        membership.full_clean()
        membership.save()
        content._added(membership, membership.name)
