"""What followed what: an agreement's chain of earlier and later agreements (a letter of intent,
the agreement that followed it, its renewal), as its permalink shows them: a short timeline,
earlier to later, each with its project and the news about it or its project ("kas iš to
išėjo").

The chain is found from the `follows` links of every agreement, read in one query (a handful of
rows: only agreements that follow another have one), so the page takes the same few queries
however long the chain. Only published agreements are shown; an unpublished one in the middle
still links the published ones around it. Nothing here imports the models: they are the caller's
(`type(partnership)`) or found by name, so the model's preview can use it too.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.apps import apps

from vvg_site.core.languages import current_language
from vvg_site.core.pagetree import public

#: The newest news items shown under one agreement of the timeline (its project page has all).
NEWS_PER_AGREEMENT = 5


@dataclass
class TimelineEntry:
    agreement: object
    current: bool
    news: list = field(default_factory=list)


def chain_pks(partnership):
    """The pks of the agreements this one follows (back to the first) and of those that follow
    it (to the last), with its own, in one query. Its own `follows` is taken as it is in hand
    (a preview may have changed it)."""
    model = type(partnership)
    earlier = dict(model.objects.filter(follows__isnull=False).values_list("pk", "follows_id"))
    earlier.pop(partnership.pk, None)
    if partnership.follows_id is not None:
        earlier[partnership.pk] = partnership.follows_id
    later = defaultdict(list)
    for pk, follows_pk in earlier.items():
        later[follows_pk].append(pk)

    found = {partnership.pk}
    step = earlier.get(partnership.pk)
    while step is not None and step not in found:
        found.add(step)
        step = earlier.get(step)
    waiting = list(later.get(partnership.pk, []))
    while waiting:
        pk = waiting.pop()
        if pk not in found:
            found.add(pk)
            waiting.extend(later.get(pk, []))
    found.discard(None)
    return found


def news_by_record(agreements, language, request=None):
    """{("project", pk) or ("agreement", pk): [news]}: the live, public news of the reader's
    language about each agreement or its project, newest first, in two queries."""
    news_model = apps.get_model("pages", "NewsPage")
    visible = public(news_model.objects.live(), request).filter(locale__language_code=language)
    found = defaultdict(list)
    links = (
        ("project", news_model.related_projects.through, "projectpage_id"),
        ("agreement", news_model.related_partnerships.through, "partnership_id"),
    )
    for kind, through, key in links:
        pks = {a.project_id if kind == "project" else a.pk for a in agreements} - {None}
        if not pks:
            continue
        rows = (
            through.objects.filter(**{f"{key}__in": pks}, newspage__in=visible)
            .select_related("newspage__locale")
            .order_by("-newspage__date", "-newspage_id")
        )
        for row in rows:
            found[(kind, getattr(row, key))].append(row.newspage)
    return found


def agreement_timeline(partnership, *, index_page=None, request=None):
    """The chain this agreement belongs to, earlier to later, as TimelineEntry items (with
    permalinks and projects in the reader's language); [] when it stands alone."""
    if partnership.pk is None and partnership.follows_id is None:
        return []
    pks = chain_pks(partnership) - {partnership.pk}
    if not pks:
        return []
    model = type(partnership)
    others = list(model.objects.live().filter(pk__in=pks).with_status())
    if not others:
        return []
    agreements = sorted([partnership, *others], key=lambda a: (a.signed_on, a.pk or 0))
    index_page_model = apps.get_model("partnerships", "PartnershipIndexPage")
    index_page_model.with_permalinks(
        agreements, "agreement", index_page=index_page, request=request
    )
    news = news_by_record(agreements, current_language(), request)
    entries = []
    for agreement in agreements:
        items = news.get(("agreement", agreement.pk), []) if agreement.pk else []
        items += news.get(("project", agreement.project_id), []) if agreement.project_id else []
        unique = list({item.pk: item for item in items}.values())
        unique.sort(key=lambda item: (item.date, item.pk), reverse=True)
        entries.append(
            TimelineEntry(agreement, agreement is partnership, unique[:NEWS_PER_AGREEMENT][::-1])
        )
    return entries
