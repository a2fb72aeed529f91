"""One pagination rule for every public listing (agreements, news)."""

from django.core.paginator import Paginator
from django.http import Http404
from django.utils.translation import gettext as _


def paginate(queryset, raw_values, per_page, *, count=None):
    """The requested page of results, and a note when the page number made no sense.

    A malformed number (page=abc, page=-1, repeated) shows the first page and says so; a number
    past the end is a page that does not exist: 404. `count`: the number of results when the
    caller already knows it (no COUNT query).
    """
    paginator = Paginator(queryset, per_page)
    if count is not None:
        paginator.count = count  # Paginator.count is a cached property: this is its value
    note = None
    number = 1
    if len(raw_values) > 1:
        note = _("Puslapio numeris nurodytas kelis kartus, todėl rodomas pirmasis puslapis.")
    elif raw_values and raw_values[0] != "":
        try:
            number = int(raw_values[0])
        except ValueError:
            number = None
        if number is None or number < 1:
            note = _("Puslapio numeris netinkamas, todėl rodomas pirmasis puslapis.")
            number = 1
        elif number > paginator.num_pages:
            raise Http404(_("Tokio puslapio nėra."))
    return paginator.page(number), note
