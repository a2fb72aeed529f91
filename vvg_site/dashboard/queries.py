"""What the dashboard lists, each in a fixed number of queries, and only what the user may edit.

Agreements are snippets: a user sees them when the snippet permissions let them change
agreements. News are pages: a user sees the news items Wagtail's page permissions let them edit
(a news editor only their own, a moderator all of them, a superuser everything).
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef, Q, Subquery
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Page, Revision, TaskState, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy

from pages.models import (
    DecisionBody,
    Member,
    NewsIndexPage,
    NewsPage,
    ProfilePage,
    PublicDocument,
    Seat,
    StrategyPage,
    TeamMember,
)
from partnerships.admin_filters import ENDING_SOON_DAYS
from partnerships.admin_views import status_text
from partnerships.models import Partner, Partnership, PartnershipPartner
from partnerships.models.agreements import staff_name
from partnerships.models.lifecycle import day_or_today, days_left_text
from vvg_site.core.dates import PartialDate

#: How many rows the "recent" and "waiting" panels show.
PANEL_ROWS = 8

#: What the rich-text editor stores for a summary left empty.
EMPTY_RICH_TEXT = ("", "<p></p>")

#: An agreement "names a project" when its title does ("… dėl projekto „Žydinti Lietuva“"); the
#: summaries mention projects in general ("rengti bendrus projektus"), so only the title counts.
PROJECT_WORD = "projekt"


def _snippet_policy(model):
    return model.snippet_viewset.permission_policy


def may_edit_agreements(user):
    return _snippet_policy(Partnership).user_has_permission(user, "change")


def may_add(user, model):
    return _snippet_policy(model).user_has_permission(user, "add")


def snippet_url(model, action, *args):
    return reverse(model.snippet_viewset.get_url_name(action), args=args)


def news_index():
    return NewsIndexPage.objects.order_by("path").first()


def add_news_url(user, index):
    """The address of a new news item's form, or None when the user may not add one."""
    if index is None or not index.permissions_for_user(user).can_add_subpage():
        return None
    return reverse("wagtailadmin_pages:add", args=("pages", "newspage", index.pk))


def _object_id():
    # Revisions and workflow states name their object by a text id.
    return Cast(OuterRef("pk"), CharField())


def _with_status(queryset, base_model):
    """Annotates what the status words need: the scheduled publication time, in one query."""
    schedule = Revision.objects.filter(
        base_content_type=ContentType.objects.get_for_model(base_model),
        object_id=_object_id(),
        approved_go_live_at__isnull=False,
    ).order_by("-created_at")
    return queryset.select_related("latest_revision__user").annotate(
        _scheduled_at=Subquery(schedule.values("approved_go_live_at")[:1])
    )


def agreements(user):
    if not may_edit_agreements(user):
        return Partnership.objects.none()
    return _with_status(Partnership.objects.all(), Partnership)


def editable_news(user):
    """The news items the user may edit, with what their status words need."""
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"])
    in_moderation = WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=_object_id(),
        status=WorkflowState.STATUS_IN_PROGRESS,
    )
    return _with_status(NewsPage.objects.filter(pk__in=editable.values("pk")), Page).annotate(
        _in_moderation=Exists(in_moderation)
    )


@dataclass
class Row:
    """One agreement or news item as a panel shows it."""

    kind: str
    title: str
    status: str
    edit_url: str
    published: bool = False
    edited_at: object = None
    edited_by: object = None
    scheduled_at: object = None
    problems: list = field(default_factory=list)


def status_of(obj):
    """The status in words: juodraštis, paskelbta, suplanuota, laukia moderavimo, ..."""
    if getattr(obj, "_in_moderation", False):
        return _("laukia moderavimo")
    obj._scheduled = obj._scheduled_at is not None
    return status_text(obj)


def _row(obj, kind, edit_url):
    revision = obj.latest_revision
    return Row(
        kind=kind,
        title=obj.title,
        status=status_of(obj),
        edit_url=edit_url,
        published=obj.live,
        edited_at=revision.created_at if revision else None,
        edited_by=revision.user if revision else None,
        scheduled_at=obj._scheduled_at,
    )


def agreement_row(agreement):
    return _row(agreement, _("Sutartis"), snippet_url(Partnership, "edit", quote(agreement.pk)))


def news_row(page):
    return _row(page, _("Naujiena"), reverse("wagtailadmin_pages:edit", args=[page.pk]))


def _newest(rows, limit):
    def edited(row):
        return row.edited_at.timestamp() if row.edited_at else 0

    return sorted(rows, key=edited, reverse=True)[:limit]


def recent_edits(user, limit=PANEL_ROWS):
    """The agreements and news items edited most recently, newest first."""
    agreement_rows = agreements(user).filter(latest_revision__isnull=False)
    news_rows = editable_news(user).filter(latest_revision__isnull=False)
    rows = [
        agreement_row(a) for a in agreement_rows.order_by("-latest_revision__created_at")[:limit]
    ]
    rows += [news_row(n) for n in news_rows.order_by("-latest_revision_created_at")[:limit]]
    return _newest(rows, limit)


#: Not published yet (a draft or scheduled), or published with changes waiting.
WAITING = Q(live=False, expired=False) | Q(has_unpublished_changes=True)


def awaiting_publication(user, limit=PANEL_ROWS):
    """Drafts and scheduled items, newest first, and how many there are in all."""
    waiting_agreements = agreements(user).filter(WAITING)
    waiting_news = editable_news(user).filter(WAITING)
    total = waiting_agreements.count() + waiting_news.count()
    rows = [
        agreement_row(a)
        for a in waiting_agreements.order_by("-latest_revision__created_at", "-pk")[:limit]
    ]
    rows += [
        news_row(n) for n in waiting_news.order_by("-latest_revision_created_at", "-pk")[:limit]
    ]
    return _newest(rows, limit), total


@dataclass
class ModerationRow:
    title: str
    task: str
    submitted_by: object
    submitted_at: object
    edit_url: str
    preview_url: str


def awaiting_moderation(user):
    """The workflow tasks this user can approve or reject now, oldest request last.

    Only pages take part in workflows here (agreements are published by their administrators),
    so each row is a page, named by the title it was submitted with.
    """
    page_type = ContentType.objects.get_for_model(Page)
    states = (
        TaskState.objects.reviewable_by(user)
        .filter(revision__base_content_type=page_type)
        .select_related("revision", "task", "workflow_state__requested_by")
        .order_by("-started_at", "-pk")
    )
    return [
        ModerationRow(
            title=state.revision.object_str,
            task=state.task.name,
            submitted_by=state.workflow_state.requested_by,
            submitted_at=state.started_at,
            edit_url=reverse("wagtailadmin_pages:edit", args=[state.revision.object_id]),
            preview_url=reverse(
                "wagtailadmin_pages:workflow_preview",
                args=[state.revision.object_id, state.task_id],
            ),
        )
        for state in states
    ]


def incomplete_agreements(user):
    """Agreements the public record shows with a gap: no summary, no partner, or a project its
    title names but its "bendras projektas" field does not link. Each row says what is missing."""
    if not may_edit_agreements(user):
        return []
    has_partner = Exists(PartnershipPartner.objects.filter(partnership=OuterRef("pk")))
    project_unlinked = Q(project__isnull=True, title__icontains=PROJECT_WORD)
    found = (
        _with_status(Partnership.objects.all(), Partnership)
        .annotate(_has_partner=has_partner)
        .filter(Q(summary__in=EMPTY_RICH_TEXT) | Q(_has_partner=False) | project_unlinked)
        .order_by("-signed_on", "pk")
    )
    rows = []
    for agreement in found:
        row = agreement_row(agreement)
        if agreement.summary in EMPTY_RICH_TEXT:
            row.problems.append(_("nėra santraukos"))
        if not agreement._has_partner:
            row.problems.append(_("nenurodytas nė vienas partneris"))
        if agreement.project_id is None and PROJECT_WORD in agreement.title.lower():
            row.problems.append(_("pavadinime minimas projektas nesusietas su projekto puslapiu"))
        rows.append(row)
    return rows


#: How far back the dashboard looks for agreements that ended without a follow-up.
ENDED_RECENTLY_DAYS = 180


@dataclass
class EndRow:
    """An agreement running out, or one that ended without a follow-up."""

    title: str
    when: str
    responsible: str
    edit_url: str


def _end_row(agreement, when):
    return EndRow(
        title=agreement.title,
        when=when,
        responsible=staff_name(agreement.responsible),
        edit_url=snippet_url(Partnership, "edit", quote(agreement.pk)),
    )


def agreement_ends(user, today=None):
    """([agreements ending within ENDING_SOON_DAYS], [agreements that ended within the last
    ENDED_RECENTLY_DAYS with no agreement following them]), soonest and latest first; two
    queries, none for a user who may not edit agreements."""
    if not may_edit_agreements(user):
        return [], []
    today = day_or_today(today)
    ending = (
        Partnership.objects.ending_within(ENDING_SOON_DAYS, today)
        .select_related("responsible")
        .order_by("valid_until", "pk")
    )
    ended = [
        (agreement, agreement.lifecycle(today))
        for agreement in Partnership.objects.ended_without_follow_up(ENDED_RECENTLY_DAYS, today)
        .select_related("responsible")
        .order_by("pk")
    ]
    ended.sort(key=lambda pair: pair[1].ended.start, reverse=True)
    ending_rows = []
    for agreement in ending:
        days = (agreement.valid_until - today).days
        ending_rows.append(
            _end_row(
                agreement,
                _("galioja iki %(date)s (%(left)s)")
                % {
                    "date": PartialDate(agreement.valid_until).display(),
                    "left": days_left_text(days),
                },
            )
        )
    ended_rows = [_end_row(agreement, life.text()) for agreement, life in ended]
    return ending_rows, ended_rows


@dataclass
class MissingRecord:
    """Something the profile page ("Apie mus") cannot show yet, and where to fill it in."""

    text: str
    url: str


def may_edit_profile(user):
    return _snippet_policy(Member).user_has_permission(user, "change")


def missing_profile_records(user):
    """What the profile has no records of yet: members or board seats in force today, a team,
    a published strategy, a public document. One query; empty for those who do not keep them."""
    if not may_edit_profile(user):
        return []
    today = timezone.localdate()
    profile = (
        ProfilePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .annotate(
            _members=Exists(Member.objects.in_force(today)),
            _board=Exists(Seat.objects.in_force(today)),
            _team=Exists(TeamMember.objects.all()),
            _strategy=Exists(StrategyPage.objects.live()),
            _documents=Exists(PublicDocument.objects.public()),
        )
        .first()
    )
    if profile is None:
        return [
            MissingRecord(
                _("nėra puslapio „Apie mus“ (organizacijos profilio)"),
                reverse("wagtailadmin_explore_root"),
            )
        ]
    checks = [
        (profile._members, _("nenurodytas nė vienas narys"), snippet_url(Member, "list")),
        (
            profile._board,
            _("nenurodyta valdybos ar kito sprendimų priėmimo organo sudėtis"),
            snippet_url(DecisionBody, "list"),
        ),
        (profile._team, _("nenurodyta administracija"), snippet_url(TeamMember, "list")),
        (
            profile._strategy,
            _("nepaskelbta vietos plėtros strategija"),
            reverse("wagtailadmin_explore", args=[profile.pk]),
        ),
        (profile._documents, _("nėra viešų dokumentų"), snippet_url(PublicDocument, "list")),
    ]
    return [MissingRecord(text, url) for present, text, url in checks if not present]


def counts(user):
    """The summary at the top: (what, count, list address) of what the user may edit."""
    items = []
    if may_edit_agreements(user):
        items.append(("agreements", Partnership.objects.count(), snippet_url(Partnership, "list")))
    index = news_index()
    if index is not None:
        news_count = editable_news(user).count()
        if news_count or add_news_url(user, index):
            items.append(("news", news_count, reverse("wagtailadmin_explore", args=[index.pk])))
    if _snippet_policy(Partner).user_has_permission(user, "change"):
        items.append(("partners", Partner.objects.count(), snippet_url(Partner, "list")))
    return items
