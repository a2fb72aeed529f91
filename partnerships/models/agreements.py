"""The agreements themselves: what was signed, when, of what type, with whom, for which project,
how long it is valid, how it ended and what followed it.

No EU project database records the agreement itself (its type, signing date and parties), so
here it is a first-class record, edited as a Wagtail snippet with drafts and revisions.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Prefetch, Q, Value
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PublishingPanel,
)
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
)

from django_countries.fields import Country
from modelcluster.models import ClusterableModel

from partnerships.models.lifecycle import (
    EXPIRED,
    AgreementStatus,
    EndedHow,
    Lifecycle,
    ValidityEnd,
    day_or_today,
    ending_case,
    status_case,
    status_changes_on,
)
from partnerships.models.parties import PartnershipCountry, PartnershipPartner
from partnerships.models.vocabulary import (
    HOME_COUNTRY,
    AgreementType,
    PermalinkMixin,
    Scope,
    unique_slug,
)
from partnerships.timeline import agreement_timeline
from vvg_site.core.dates import PartialDate, Precision, partial_date_errors
from vvg_site.core.languages import localized
from vvg_site.textsearch import query as textsearch


def abroad():
    """The condition "involves a country other than Lithuania": a partner from abroad, or a
    foreign country the agreement names without naming its partners there."""
    partner_abroad = PartnershipPartner.objects.filter(partnership=OuterRef("pk")).exclude(
        partner__country=HOME_COUNTRY
    )
    country_abroad = PartnershipCountry.objects.filter(partnership=OuterRef("pk")).exclude(
        country=HOME_COUNTRY
    )
    return Exists(partner_abroad) | Exists(country_abroad)


def active_staff():
    """Who may be responsible for an agreement: an active user who may use the admin."""
    from django.contrib.auth.models import Permission

    admin_access = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    return Q(is_active=True) & (
        Q(is_superuser=True)
        | Q(groups__permissions__in=admin_access)
        | Q(user_permissions__in=admin_access)
    )


def staff_name(user):
    """A member of staff as colleagues name them: full name, else the user name."""
    return (user.get_full_name() or user.get_username()) if user else ""


class PartnershipForm(WagtailAdminModelForm):
    """The agreement's admin form: people chosen by name, not by user name."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("responsible")
        if field is not None:
            field.queryset = field.queryset.order_by("first_name", "last_name", "username")
            field.label_from_instance = staff_name
            field.empty_label = _("nenurodytas")
        if "ended_how" in self.fields:
            # Words instead of Django's "---------" for "has not ended another way".
            self.fields["ended_how"].choices = [("", _("nenurodyta")), *EndedHow.choices]


class PartnershipQuerySet(models.QuerySet):
    """The domain words for agreements; each filter composes with the others."""

    def live(self):
        return self.filter(live=True)

    def newest_first(self):
        # Earliest possible date first; ties keep the order in which they were entered.
        return self.order_by("-signed_on", "pk")

    def in_year(self, year):
        return self.filter(signed_on__year=year)

    def between_years(self, first=None, last=None):
        qs = self
        if first is not None:
            qs = qs.filter(signed_on__year__gte=first)
        if last is not None:
            qs = qs.filter(signed_on__year__lte=last)
        return qs

    def of_type(self, type_slug):
        return self.filter(agreement_type__slug=type_slug)

    def with_partner(self, partner_slug):
        return self.filter(
            Exists(
                PartnershipPartner.objects.filter(
                    partnership=OuterRef("pk"), partner__slug=partner_slug
                )
            )
        )

    def in_country(self, country_code):
        """Agreements with a partner from the country, or that name it among their countries."""
        return self.filter(
            Exists(
                PartnershipPartner.objects.filter(
                    partnership=OuterRef("pk"), partner__country=country_code
                )
            )
            | Exists(
                PartnershipCountry.objects.filter(partnership=OuterRef("pk"), country=country_code)
            )
        )

    def international(self):
        return self.filter(abroad())

    def national(self):
        return self.exclude(abroad())

    def in_scope(self, scope):
        return self.international() if scope == Scope.INTERNATIONAL else self.national()

    def for_project(self, project_slug):
        return self.filter(project__slug=project_slug)

    # --- the agreement's life (partnerships.models.lifecycle) ------------------------------------

    def with_status(self, today=None):
        """Each agreement with its status on `today` (`_status`: AgreementStatus) and how it
        ended by then (`_ending`), computed in SQL: the one rule every list uses."""
        today = day_or_today(today)
        computed = self.query.annotations.get("_status_day")
        if computed is not None and computed.value == today:
            return self  # a filter already asked for it: one expression, not two
        return self.annotate(
            _status=status_case(today), _ending=ending_case(today), _status_day=Value(today)
        )

    def with_status_in(self, statuses, today=None):
        return self.with_status(today).filter(_status__in=list(statuses))

    def ending_within(self, days, today=None):
        """Agreements not ended whose validity runs out between `today` and `days` later."""
        today = day_or_today(today)
        return self.with_status_in([AgreementStatus.ACTIVE, AgreementStatus.NOT_YET], today).filter(
            validity_end=ValidityEnd.UNTIL,
            valid_until__gte=today,
            valid_until__lte=today + datetime.timedelta(days=days),
        )

    def ended_without_follow_up(self, days, today=None):
        """Agreements that ended (or ran out) within the last `days` days and that no later
        agreement follows, saved or draft."""
        today = day_or_today(today)
        since = today - datetime.timedelta(days=days)
        followed = Partnership.objects.filter(follows=OuterRef("pk"))
        return (
            self.with_status_in([AgreementStatus.ENDED], today)
            .filter(
                Q(_ending=EXPIRED, valid_until__gte=since)
                | (~Q(_ending=EXPIRED) & Q(ended_on__gte=since))
            )
            .exclude(Exists(followed))
        )

    def changing_status_on(self, day):
        return self.filter(status_changes_on(day))

    def matching(self, text):
        """Agreements with every word of `text` in any form, in their title, summary, type,
        partners, countries or project (the site search's index: partnerships.search_index)."""
        return textsearch.matching(self, text)

    def for_listing(self):
        """Everything a listing shows (its status today included), in a fixed number of
        queries."""
        listed = self.with_status().select_related("agreement_type", "project__locale")
        return listed.prefetch_related(
            Prefetch(
                "partner_links",
                queryset=PartnershipPartner.objects.select_related("partner").order_by(
                    "sort_order", "pk"
                ),
            ),
            "country_links",
        )


class Partnership(
    PermalinkMixin,
    DraftStateMixin,
    RevisionMixin,
    LockableMixin,
    PreviewableMixin,
    ClusterableModel,
):
    """One agreement the organisation signed: when, of what type, with whom, for which project."""

    permalink_route = "agreement"

    title = models.CharField(
        _("pavadinimas"),
        max_length=255,
        help_text=_("Trumpai, pvz. „Bendradarbiavimo sutartis su Vytauto Didžiojo universitetu“."),
    )
    title_en = models.CharField(
        _("pavadinimas anglų kalba"),
        max_length=255,
        blank=True,
        help_text=_("Angliškoje svetainės versijoje; jei tuščia, rodomas lietuviškas."),
    )
    slug = models.SlugField(
        _("trumpinys adrese"),
        max_length=80,
        unique=True,
        blank=True,
        help_text=_("Nuolatinės nuorodos adresui; jei tuščia, sukuriamas iš pavadinimo."),
    )
    signed_on = models.DateField(
        _("pasirašymo data"),
        help_text=_(
            "Jei žinomas tik mėnuo – pirmoji mėnesio diena; jei tik metai – sausio 1 d. "
            "Tikslumą nurodykite šalia."
        ),
    )
    signed_precision = models.CharField(
        _("datos tikslumas"), max_length=5, choices=Precision.choices, default=Precision.DAY
    )
    signed_until = models.DateField(
        _("paskutinė diena"),
        null=True,
        blank=True,
        help_text=_("Tik kai pasirašyta per kelių dienų renginį ar vizitą."),
    )
    agreement_type = models.ForeignKey(
        AgreementType,
        on_delete=models.PROTECT,
        related_name="partnerships",
        verbose_name=_("sutarties tipas"),
    )
    project = models.ForeignKey(
        "pages.ProjectPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="partnerships",
        verbose_name=_("bendras projektas"),
    )
    summary = RichTextField(
        _("santrauka"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Dėl ko susitarta: tik tai, ką sako sutartis ar patikimas šaltinis."),
    )
    summary_en = RichTextField(
        _("santrauka anglų kalba"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Angliškoje svetainės versijoje; jei tuščia, rodoma lietuviška su pastaba."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("pasirašytas dokumentas"),
    )
    external_url = models.URLField(_("išorinė nuoroda"), blank=True)
    valid_from = models.DateField(
        _("galioja nuo"),
        null=True,
        blank=True,
        help_text=_("Tik jei sutartis įsigalioja ne tą dieną, kai pasirašyta."),
    )
    validity_end = models.CharField(
        _("galiojimo trukmė"),
        max_length=10,
        choices=ValidityEnd.choices,
        default=ValidityEnd.UNKNOWN,
        help_text=_(
            "„Neterminuota“ – tik jei taip sako sutartis ar patikimas šaltinis; kol nežinoma, "
            "svetainėje galiojimas nerodomas."
        ),
    )
    valid_until = models.DateField(
        _("galioja iki"),
        null=True,
        blank=True,
        help_text=_("Paskutinė galiojimo diena; prieš ją siunčiami priminimai."),
    )
    ended_how = models.CharField(
        _("kaip baigėsi"),
        max_length=12,
        choices=EndedHow.choices,
        blank=True,
        help_text=_(
            "Tik kai sutartis įvykdyta, nutraukta ar pakeista nauja anksčiau, nei baigėsi jos "
            "galiojimas; pasibaigęs galiojimas nurodomas savaime."
        ),
    )
    ended_on = models.DateField(
        _("pabaigos data"),
        null=True,
        blank=True,
        help_text=_("Jei žinomas tik mėnuo – pirmoji mėnesio diena; jei tik metai – sausio 1 d."),
    )
    ended_precision = models.CharField(
        _("pabaigos datos tikslumas"),
        max_length=5,
        choices=[choice for choice in Precision.choices if choice[0] != Precision.SPAN],
        default=Precision.DAY,
    )
    follows = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="followed_by",
        verbose_name=_("ankstesnė sutartis"),
        help_text=_(
            "Sutartis, kurios tęsinys yra ši, pvz. ketinimų protokolas, po kurio pasirašyta ši "
            "sutartis, ar sutartis, kurią ši atnaujina."
        ),
    )
    responsible = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=active_staff,
        verbose_name=_("atsakingas asmuo"),
        help_text=_(
            "Gauna priminimus prieš baigiantis galiojimui; jei nenurodytas – visi "
            "bendradarbiavimo administratoriai."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(_("atnaujinta"), auto_now=True)

    objects = PartnershipQuerySet.as_manager()

    # Wagtail capitalises the field labels it takes from verbose_name, never a heading given here:
    # capfirst() gives every heading the staff see the same style.
    panels = [
        FieldPanel("title"),
        FieldPanel("title_en"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("signed_on"),
                        FieldPanel("signed_precision"),
                        FieldPanel("signed_until"),
                    ]
                ),
            ],
            heading=capfirst(_("pasirašymo data")),
        ),
        FieldPanel("agreement_type"),
        MultiFieldPanel(
            [
                FieldPanel("valid_from"),
                FieldRowPanel([FieldPanel("validity_end"), FieldPanel("valid_until")]),
                FieldRowPanel(
                    [
                        FieldPanel("ended_how"),
                        FieldPanel("ended_on"),
                        FieldPanel("ended_precision"),
                    ]
                ),
                FieldPanel("follows"),
                FieldPanel("responsible"),
            ],
            heading=capfirst(_("galiojimas")),
        ),
        InlinePanel(
            "partner_links", heading=capfirst(_("partneriai")), label=_("partneris"), min_num=1
        ),
        InlinePanel(
            "country_links",
            heading=capfirst(_("kitos šalys")),
            label=_("šalis"),
            help_text=_(
                "Šalys, kurias sutartis apima, bet kurių partnerių ji nevardija, pvz. „tarp 7 ES "
                "šalių vietos veiklos grupių“. Partnerių šalys įskaičiuojamos savaime."
            ),
        ),
        FieldPanel("project"),
        FieldPanel("summary"),
        FieldPanel("summary_en"),
        FieldPanel("document"),
        FieldPanel("external_url"),
        FieldPanel("slug"),
        PublishingPanel(),
    ]

    base_form_class = PartnershipForm

    class Meta:
        ordering = ["-signed_on", "pk"]
        verbose_name = _("sutartis")
        verbose_name_plural = _("sutartys")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.title)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = partial_date_errors(
            self.signed_on,
            self.signed_precision,
            self.signed_until,
            start_field="signed_on",
            end_field="signed_until",
        )
        errors.update(self.lifecycle_errors())
        if errors:
            raise ValidationError(errors)

    def lifecycle_errors(self):
        """Field errors of the validity, the ending and what this agreement follows."""
        errors = {}
        if self.signed_on is None:
            return errors
        start = self.valid_from or self.signed_on
        if self.validity_end == ValidityEnd.UNTIL and self.valid_until is None:
            errors["valid_until"] = _("Nurodykite paskutinę galiojimo dieną.")
        elif self.validity_end != ValidityEnd.UNTIL and self.valid_until is not None:
            errors["valid_until"] = _(
                "Data nurodoma tik tada, kai sutartis galioja iki nurodytos datos: pasirinkite "
                "tai laukelyje „Galiojimo trukmė“ arba ištrinkite datą."
            )
        elif self.valid_until is not None and self.valid_until < start:
            errors["valid_until"] = _("Galiojimas negali baigtis anksčiau, nei prasideda.")
        if self.ended_on is not None:
            if not self.ended_how:
                errors["ended_how"] = _("Nurodykite, kaip sutartis baigėsi.")
            errors.update(
                partial_date_errors(
                    self.ended_on,
                    self.ended_precision,
                    None,
                    start_field="ended_on",
                    end_field="ended_on",
                )
            )
            ended = PartialDate(self.ended_on, self.ended_precision)
            if "ended_on" not in errors and ended.last_day() < self.signed_on:
                errors["ended_on"] = _("Sutartis negali baigtis anksčiau, nei pasirašyta.")
        if self.follows_id is not None:
            message = self.follows_error()
            if message:
                errors["follows"] = message
        return errors

    def follows_error(self):
        """Why this agreement cannot follow the one chosen, or None: not itself, not one that
        (through others) follows it, not one signed later than it."""
        if self.pk is not None and self.follows_id == self.pk:
            return _("Sutartis negali būti pati sau ankstesnė.")
        earlier = Partnership.objects.filter(pk=self.follows_id).first()
        if earlier is None:
            return None
        if self.pk is not None:
            # Walk back from the chosen agreement: meeting this one would close a circle.
            edges = dict(
                Partnership.objects.filter(follows__isnull=False).values_list("pk", "follows_id")
            )
            seen, step = set(), earlier.pk
            while step is not None and step not in seen:
                if step == self.pk:
                    return _(
                        "Ši sutartis jau yra „%(title)s“ ankstesnė (tiesiogiai ar per kitas "
                        "sutartis): sutartys negali eiti ratu."
                    ) % {"title": earlier.title}
                seen.add(step)
                step = edges.get(step)
        if self.signed.last_day() < earlier.signed_on:
            return _(
                "Ankstesnė sutartis „%(title)s“ pasirašyta %(date)s, vėliau nei ši: tęsinys "
                "negali būti ankstesnis už tai, ką tęsia."
            ) % {"title": earlier.title, "date": earlier.signed.display()}
        return None

    # --- its life, on a day (partnerships.models.lifecycle) ---------------------------------

    def lifecycle(self, today=None):
        """Status, validity and ending on `today`: the QuerySet's answer when `with_status()`
        computed it for that day, else the same rule in Python (e.g. an unsaved preview)."""
        today = day_or_today(today)
        if getattr(self, "_status_day", None) == today:
            return Lifecycle.of(self, today, self._status, self._ending)
        return Lifecycle.of(self, today)

    @property
    def status(self):
        """The status today: an AgreementStatus value."""
        return self.lifecycle().status

    def validity_text(self):
        """The status and validity in words, in the reader's language; "" when unknown."""
        return self.lifecycle().text()

    def localized(self, field):
        """The title or summary in the reader's language (vvg_site.core.languages)."""
        return localized(self, field)

    @cached_property
    def signed(self):
        return PartialDate(self.signed_on, self.signed_precision, self.signed_until)

    @cached_property
    def ordered_partner_links(self):
        # Uses the prefetch of for_listing() when present, and works on unsaved preview copies.
        # Kept per instance, so the permalinks with_permalinks() attaches stay on these objects.
        return sorted(
            self.partner_links.all(), key=lambda link: (link.sort_order or 0, link.pk or 0)
        )

    @property
    def partners(self):
        return [link.partner for link in self.ordered_partner_links]

    @property
    def countries(self):
        """Every country the agreement involves: its partners' and those it names besides, once
        each, in the order they come (works on unsaved preview copies too)."""
        codes = [partner.country.code for partner in self.partners]
        codes += [link.country.code for link in self.country_links.all()]
        return [Country(code) for code in dict.fromkeys(codes)]

    @property
    def scope(self):
        """Derived, never typed: international when any country involved is not Lithuania."""
        if any(country.code != HOME_COUNTRY for country in self.countries):
            return Scope.INTERNATIONAL
        return Scope.NATIONAL

    def get_preview_template(self, request, mode_name):
        return "partnerships/partnership_detail.html"

    def get_preview_context(self, request, mode_name):
        # The preview links partners exactly as the public page does, through the live index
        # page (looked up by name, as in PermalinkMixin).
        index_page_model = self._meta.apps.get_model("partnerships", "PartnershipIndexPage")
        index_page = index_page_model.find_live()
        index_page_model.with_permalinks(
            [self], "agreement", index_page=index_page, request=request, partners=True
        )
        return {
            "partnership": self,
            "is_preview": True,
            "page": index_page,
            "listing_url": index_page.get_url(request) if index_page else None,
            "timeline": agreement_timeline(self, index_page=index_page, request=request),
        }
