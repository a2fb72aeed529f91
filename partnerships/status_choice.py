"""The partner page's choice of agreements by status (`?status=active`): the parameter and values
of the cooperation page's `status` filter, applied to the agreements the page has already
fetched, by the statuses their QuerySet computed (`with_status()`, one rule): no query of its own.
"""

from collections import Counter

from django.utils.translation import gettext as _

from partnerships.models.lifecycle import STATUS_FILTER_OPTIONS


def status_choice(request, agreements):
    """The agreements to list for the request's `status`, and the choices with their counts.

    A value that is not one of the filter's (or given twice) is ignored and named in a note,
    as the cooperation page does.
    """
    labels = dict(STATUS_FILTER_OPTIONS)
    values = [value.strip() for value in request.GET.getlist("status")]
    chosen = values[0] if len(values) == 1 and values[0] in labels else None
    notes = []
    if chosen is None and any(values):
        notes.append(
            _("Filtras „%(label)s“ nepritaikytas: jo reikšmė netinkama arba nežinoma.")
            % {"label": _("Būsena")}
        )
    statuses = {agreement.pk: agreement.lifecycle().status for agreement in agreements}
    counts = Counter(statuses.values())
    return {
        "agreements": [a for a in agreements if chosen is None or statuses[a.pk] == chosen],
        "chosen": chosen,
        "total": len(agreements),
        "notes": notes,
        "options": [
            {"value": value, "label": label, "count": counts[value], "selected": value == chosen}
            for value, label in STATUS_FILTER_OPTIONS
            if counts[value] or value == chosen
        ],
    }
