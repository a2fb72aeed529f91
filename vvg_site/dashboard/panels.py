"""The dashboard's panels and summary, as Wagtail admin components (wagtail_hooks.py adds them).

Each panel asks `queries` for what the signed-in user may edit and renders nothing when that is
empty, so a news editor never sees the agreements' panels, nor an administrator of agreements
the news.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.site_summary import SummaryItem
from wagtail.admin.ui.components import Component

from partnerships.admin_filters import ENDING_SOON_DAYS
from partnerships.models import Partner, Partnership
from vvg_site.dashboard import queries


class QuickActionsPanel(Component):
    """One click to what the staff add most: an agreement, a news item, a partner; and the guide."""

    name = "vvg_quick_actions"
    template_name = "dashboard/panels/quick_actions.html"
    order = 50

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        actions = []
        if queries.may_add(user, Partnership):
            actions.append(
                (_("Nauja sutartis"), queries.snippet_url(Partnership, "add"), "doc-full")
            )
        news_url = queries.add_news_url(user, queries.news_index())
        if news_url:
            actions.append((_("Nauja naujiena"), news_url, "doc-empty-inverse"))
        if queries.may_add(user, Partner):
            actions.append((_("Naujas partneris"), queries.snippet_url(Partner, "add"), "group"))
        return {"actions": actions, "guide_url": reverse("dashboard_guide")}


class ModerationPanel(Component):
    name = "vvg_awaiting_moderation"
    template_name = "dashboard/panels/moderation.html"
    order = 100

    def get_context_data(self, parent_context):
        rows = queries.awaiting_moderation(parent_context["request"].user)
        return {
            "rows": rows,
            "heading": ngettext(
                "Jūsų moderavimo laukia %(count)d įrašas",
                "Jūsų moderavimo laukia %(count)d įrašai",
                len(rows),
            )
            % {"count": len(rows)},
        }


class AgreementEndsPanel(Component):
    """Agreements that run out within 90 days, and those that ended in the last 180 days with
    no agreement following them: each one click from its edit form."""

    name = "vvg_agreement_ends"
    template_name = "dashboard/panels/agreement_ends.html"
    order = 150

    def get_context_data(self, parent_context):
        ending, ended = queries.agreement_ends(parent_context["request"].user)
        return {
            "ending": ending,
            "ended": ended,
            "ending_heading": ngettext(
                "Per %(days)d dienų baigiasi %(count)d sutartis",
                "Per %(days)d dienų baigiasi %(count)d sutartys",
                len(ending),
            )
            % {"days": ENDING_SOON_DAYS, "count": len(ending)},
            "ended_heading": ngettext(
                "Per %(days)d dienų be tęsinio pasibaigė %(count)d sutartis",
                "Per %(days)d dienų be tęsinio pasibaigė %(count)d sutartys",
                len(ended),
            )
            % {"days": queries.ENDED_RECENTLY_DAYS, "count": len(ended)},
        }


class RecentEditsPanel(Component):
    name = "vvg_recent_edits"
    template_name = "dashboard/panels/rows.html"
    order = 200

    def get_context_data(self, parent_context):
        return {
            "panel_id": "vvg-recent-edits",
            "heading": _("Naujausi pakeitimai"),
            "rows": queries.recent_edits(parent_context["request"].user),
            "show_edited": True,
        }


class AwaitingPublicationPanel(Component):
    name = "vvg_awaiting_publication"
    template_name = "dashboard/panels/rows.html"
    order = 300

    def get_context_data(self, parent_context):
        rows, total = queries.awaiting_publication(parent_context["request"].user)
        heading = ngettext(
            "Paskelbimo laukia %(count)d įrašas",
            "Paskelbimo laukia %(count)d įrašai",
            total,
        ) % {"count": total}
        return {
            "panel_id": "vvg-awaiting-publication",
            "heading": heading,
            "rows": rows,
            "show_edited": True,
            "show_schedule": True,
            "more": total - len(rows),
            "help": _("Juodraščiai, suplanuoti ir dar neskelbti pakeitimai: naujausi viršuje."),
        }


class IncompleteAgreementsPanel(Component):
    name = "vvg_incomplete_agreements"
    template_name = "dashboard/panels/rows.html"
    order = 400

    def get_context_data(self, parent_context):
        rows = queries.incomplete_agreements(parent_context["request"].user)
        heading = ngettext(
            "Trūksta duomenų: %(count)d sutartis",
            "Trūksta duomenų: %(count)d sutartys",
            len(rows),
        ) % {"count": len(rows)}
        return {
            "panel_id": "vvg-incomplete-agreements",
            "heading": heading,
            "rows": rows,
            "show_problems": True,
        }


class MissingProfilePanel(Component):
    """What the organisation's profile ("Apie mus") has no records of yet, each with a link to
    where it is entered; shown to those who keep the profile."""

    name = "vvg_missing_profile"
    template_name = "dashboard/panels/missing_profile.html"
    order = 500

    def get_context_data(self, parent_context):
        return {"missing": queries.missing_profile_records(parent_context["request"].user)}


def dashboard_panels():
    return [
        QuickActionsPanel(),
        ModerationPanel(),
        AgreementEndsPanel(),
        RecentEditsPanel(),
        AwaitingPublicationPanel(),
        IncompleteAgreementsPanel(),
        MissingProfilePanel(),
    ]


class CountSummaryItem(SummaryItem):
    """One number of the summary at the top, e.g. "24 sutartys", linked to its list."""

    template_name = "dashboard/summary_item.html"

    def __init__(self, request, what, count, url, order):
        super().__init__(request)
        self.what, self.count, self.url, self.order = what, count, url, order

    def get_context_data(self, parent_context):
        texts = {
            "agreements": (
                ngettext("%(count)d sutartis", "%(count)d sutartys", self.count),
                "doc-full",
            ),
            "news": (
                ngettext("%(count)d naujiena", "%(count)d naujienos", self.count),
                "doc-empty",
            ),
            "partners": (
                ngettext("%(count)d partneris", "%(count)d partneriai", self.count),
                "group",
            ),
        }
        text, icon = texts[self.what]
        return {"text": text % {"count": self.count}, "url": self.url, "icon": icon}


def summary_items(request):
    return [
        CountSummaryItem(request, what, count, url, order)
        for order, (what, count, url) in enumerate(queries.counts(request.user))
    ]
