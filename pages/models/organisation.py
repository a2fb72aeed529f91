"""The organisation as a LEADER local action group: its members by sector, its decision-making
bodies and their seats, its team and the networks it belongs to.

A LAG is a partnership of the public sector, business and civil society, and no sector may hold
more than 49 % of the votes in a body that decides (the "majority rule"). The staff keep these as
records, so the profile page ("Apie mus") computes the sector balance and the rule on a given day
instead of stating them in prose.
"""

import datetime
from dataclasses import dataclass
from fractions import Fraction

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, F, Q
from django.db.models.functions import Coalesce, Lower
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from vvg_site.core.dates import PartialDate, Precision, partial_date_errors
from vvg_site.core.languages import localized

# A member or a membership is known to the day, the month or the year (never a span of days).
START_PRECISIONS = [c for c in Precision.choices if c[0] != Precision.SPAN]

#: The LEADER majority rule: no sector over this share of the votes (Reg. (EU) 2021/1060 Art. 31).
MAJORITY_LIMIT = Fraction(49, 100)


class Sector(models.TextChoices):
    """The three sectors a LAG brings together; one list for members, seats and charts."""

    PUBLIC = "public", _("viešasis sektorius")
    BUSINESS = "business", _("verslas")
    CIVIL = "civil", _("pilietinė visuomenė")


class MemberKind(models.TextChoices):
    ORGANISATION = "organisation", _("organizacija")
    PERSON = "person", _("fizinis asmuo")


def in_force_on(day, start, end):
    """A condition: the record's period (`start`..`end`, both days included, either open) holds
    `day`."""
    return (Q(**{f"{start}__isnull": True}) | Q(**{f"{start}__lte": day})) & (
        Q(**{f"{end}__isnull": True}) | Q(**{f"{end}__gte": day})
    )


def end_before_start_errors(start, end, *, end_field):
    if start is not None and end is not None and end < start:
        return {end_field: _("Pabaiga negali būti ankstesnė už pradžią.")}
    return {}


def percent_text(value):
    """A share in the reader's language: "57,1 %" in Lithuanian, "57.1%" in English; whole
    numbers without decimals ("49 %")."""
    value = round(float(value), 1)
    decimals = 0 if value == int(value) else 1
    return pgettext("percentage", "%(value)s %%") % {"value": number_format(value, decimals)}


@dataclass(frozen=True)
class SectorShare:
    sector: str
    label: str
    count: int
    share: Fraction  # of all votes (or members), 0 when there are none

    @property
    def percent(self):
        return float(self.share * 100)

    @property
    def percent_text(self):
        return percent_text(self.percent)

    @property
    def over_limit(self):
        return self.share > MAJORITY_LIMIT


@dataclass(frozen=True)
class SectorBalance:
    """How many members (or votes) each sector has on a day, every sector listed, in order."""

    day: datetime.date
    counts: dict  # {sector value: count}

    @property
    def total(self):
        return sum(self.counts.values())

    @property
    def shares(self):
        total = self.total
        return [
            SectorShare(
                sector.value,
                sector.label,
                self.counts.get(sector.value, 0),
                Fraction(self.counts.get(sector.value, 0), total) if total else Fraction(0),
            )
            for sector in Sector
        ]

    @property
    def meets_majority_rule(self):
        """True when no sector holds over 49 % of the votes; None without any vote to count."""
        if not self.total:
            return None
        return not any(share.over_limit for share in self.shares)

    @property
    def over_limit(self):
        return [share for share in self.shares if share.over_limit]

    @property
    def day_display(self):
        return PartialDate(self.day).display()


def balance_of(queryset, day):
    """The SectorBalance of `queryset` (members or seats in force on `day`), counted in SQL."""
    rows = queryset.order_by().values("sector").annotate(n=Count("pk"))
    return SectorBalance(day, {row["sector"]: row["n"] for row in rows})


# --- members ------------------------------------------------------------------------------------


class MemberQuerySet(models.QuerySet):
    def in_force(self, day):
        """Members on `day`: joined by then (or since an unknown day) and not yet left."""
        return self.filter(in_force_on(day, "since", "until"))

    def by_name(self):
        return self.order_by(Lower(Coalesce("partner__name", "name")), "pk")

    def for_listing(self):
        return self.by_name()

    def balance(self, day):
        return balance_of(self.in_force(day), day)


class MemberManager(models.Manager.from_queryset(MemberQuerySet)):
    def get_queryset(self):
        # A member's name may be its partner's: every list of members (the admin's and its
        # choosers included) reads the partner in the same query.
        return super().get_queryset().select_related("partner")


class Member(models.Model):
    """A member of the association: an organisation or a person, of one sector.

    A member that is already a partner in the cooperation record links to it: the name is the
    partner's, kept in one place.
    """

    kind = models.CharField(
        _("rūšis"), max_length=20, choices=MemberKind.choices, default=MemberKind.ORGANISATION
    )
    name = models.CharField(
        _("pavadinimas arba vardas ir pavardė"),
        max_length=255,
        blank=True,
        help_text=_(
            "Kaip rašo pats narys. Palikite tuščią, jei pasirinkote partnerį: rodomas jo "
            "pavadinimas. Fizinio asmens vardas rodomas viešai – įrašykite jį tik gavę sutikimą."
        ),
    )
    partner = models.ForeignKey(
        "partnerships.Partner",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="memberships",
        verbose_name=_("partneris"),
        help_text=_("Jei narys jau yra bendradarbiavimo partneris, pasirinkite jį."),
    )
    sector = models.CharField(_("sektorius"), max_length=10, choices=Sector.choices)
    since = models.DateField(
        _("narys nuo"),
        null=True,
        blank=True,
        help_text=_(
            "Jei žinomas tik mėnuo – pirmoji mėnesio diena; jei tik metai – sausio 1 d. "
            "Tuščia, jei data nežinoma."
        ),
    )
    since_precision = models.CharField(
        _("datos tikslumas"), max_length=5, choices=START_PRECISIONS, default=Precision.DAY
    )
    until = models.DateField(
        _("narys iki"),
        null=True,
        blank=True,
        help_text=_("Paskutinė narystės diena; tuščia, kol narys tebėra narys."),
    )
    updated_at = models.DateTimeField(_("atnaujinta"), auto_now=True)

    objects = MemberManager()

    panels = [
        FieldPanel("kind"),
        FieldPanel("partner"),
        FieldPanel("name"),
        FieldPanel("sector"),
        FieldRowPanel(
            [FieldPanel("since"), FieldPanel("since_precision"), FieldPanel("until")],
            heading=_("narystė"),
        ),
    ]

    class Meta:
        ordering = [Lower("name"), "pk"]
        verbose_name = _("narys")
        verbose_name_plural = _("nariai")

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        return self.partner.name if self.partner_id else self.name

    @property
    def joined(self):
        return PartialDate(self.since, self.since_precision) if self.since else None

    @property
    def left(self):
        return PartialDate(self.until) if self.until else None

    def clean(self):
        super().clean()
        errors = {}
        if self.partner_id and self.name.strip():
            errors["name"] = _(
                "Pasirinkus partnerį pavadinimas imamas iš jo: palikite šį lauką tuščią."
            )
        elif not self.partner_id and not self.name.strip():
            errors["name"] = _(
                "Įrašykite pavadinimą arba vardą ir pavardę, arba pasirinkite partnerį."
            )
        if self.partner_id and self.kind == MemberKind.PERSON:
            errors["kind"] = _("Partneris yra organizacija: pasirinkite rūšį „organizacija“.")
        errors.update(
            partial_date_errors(
                self.since, self.since_precision, None, start_field="since", end_field="until"
            )
        )
        errors.update(end_before_start_errors(self.since, self.until, end_field="until"))
        if errors:
            raise ValidationError(errors)


# --- decision-making bodies and their seats -----------------------------------------------------


class DecisionBodyQuerySet(models.QuerySet):
    def with_balances(self, day):
        """The bodies as a list, each with `balance`: the SectorBalance of its seats in force on
        `day`. Two queries for any number of bodies and seats."""
        bodies = list(self)
        rows = (
            Seat.objects.in_force(day)
            .filter(body__in=[body.pk for body in bodies])
            .order_by()
            .values("body", "sector")
            .annotate(n=Count("pk"))
        )
        counts = {}
        for row in rows:
            counts.setdefault(row["body"], {})[row["sector"]] = row["n"]
        for body in bodies:
            body.balance = SectorBalance(day, counts.get(body.pk, {}))
        return bodies


class DecisionBodyForm(WagtailAdminModelForm):
    """The body's form checks its seats together: no member, and no chair, twice at a time."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("seats")
        if formset is None or not formset.is_valid():
            return cleaned_data
        forms = [
            form
            for form in formset.forms
            if form.cleaned_data.get("term_start") and not form.cleaned_data.get("DELETE")
        ]
        seats = [form.instance for form in forms]
        for index, message in term_conflicts(seats):
            forms[index].add_error("term_start", message)
        return cleaned_data


class DecisionBody(Orderable, ClusterableModel):
    """The board ("valdyba") or another body that decides, e.g. a project selection committee.

    Its seats say who sits on it for which term and for which sector; the majority rule is
    computed over the seats in force on a day (SectorBalance.meets_majority_rule).
    """

    name = models.CharField(_("pavadinimas"), max_length=120, help_text=_("Pvz. „Valdyba“."))
    name_en = models.CharField(
        _("pavadinimas anglų kalba"),
        max_length=120,
        blank=True,
        help_text=_("Angliškoje svetainės versijoje; jei tuščia, rodomas lietuviškas."),
    )
    updated_at = models.DateTimeField(_("atnaujinta"), auto_now=True)

    objects = DecisionBodyQuerySet.as_manager()

    base_form_class = DecisionBodyForm
    panels = [
        FieldPanel("name"),
        FieldPanel("name_en"),
        InlinePanel(
            "seats",
            heading=_("nariai ir kadencijos"),
            label=_("vieta"),
            help_text=_(
                "Kiekviena vieta – vienas balsas. Kadencijos pradžios ir pabaigos dienos "
                "įskaičiuojamos: tas pats narys ar pirmininkas negali turėti dviejų vietų tą pačią "
                "dieną."
            ),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("sprendimų priėmimo organas")
        verbose_name_plural = _("sprendimų priėmimo organai")

    def __str__(self):
        return self.name

    def localized(self, field="name"):
        return localized(self, field)

    def balance_on(self, day):
        """The sector balance of the seats in force on `day` (a term's first and last day
        count), and with it whether the body meets the majority rule that day."""
        return balance_of(Seat.objects.filter(body=self).in_force(day), day)


def _terms_overlap(a, b):
    far = datetime.date.max
    return a.term_start <= (b.term_end or far) and b.term_start <= (a.term_end or far)


def term_conflicts(seats):
    """[(index, message)] of the seats (of one body) whose term overlaps an earlier one's for the
    same member, or another chair's. Both the first and the last day of a term count."""
    conflicts = []
    for i, seat in enumerate(seats):
        for earlier in seats[:i]:
            if not _terms_overlap(seat, earlier):
                continue
            if seat.member_id and seat.member_id == earlier.member_id:
                conflicts.append(
                    (i, _("Šio nario kadencija persidengia su kita jo kadencija šiame organe."))
                )
                break
            if seat.is_chair and earlier.is_chair:
                conflicts.append(
                    (i, _("Pirmininko kadencija persidengia su kito pirmininko kadencija."))
                )
                break
    return conflicts


class SeatQuerySet(models.QuerySet):
    def in_force(self, day):
        return self.filter(in_force_on(day, "term_start", "term_end"))

    def for_listing(self):
        """Chair first, then in the editors' order, with each member's name in the same query."""
        return self.select_related("member__partner").order_by("-is_chair", "sort_order", "pk")


class Seat(Orderable):
    """One member's seat on a decision-making body for one term, representing one sector."""

    body = ParentalKey(DecisionBody, on_delete=models.CASCADE, related_name="seats")
    member = models.ForeignKey(
        Member, on_delete=models.PROTECT, related_name="seats", verbose_name=_("narys")
    )
    sector = models.CharField(
        _("atstovaujamas sektorius"),
        max_length=10,
        choices=Sector.choices,
        blank=True,
        help_text=_("Tuščia – nario sektorius."),
    )
    term_start = models.DateField(_("kadencijos pradžia"))
    term_end = models.DateField(
        _("kadencijos pabaiga"),
        null=True,
        blank=True,
        help_text=_("Paskutinė kadencijos diena; tuščia, kol nežinoma."),
    )
    is_chair = models.BooleanField(_("pirmininkas"), default=False)

    objects = SeatQuerySet.as_manager()

    panels = [
        FieldPanel("member"),
        FieldPanel("sector"),
        FieldRowPanel([FieldPanel("term_start"), FieldPanel("term_end")]),
        FieldPanel("is_chair"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("vieta")
        verbose_name_plural = _("vietos")

    def __str__(self):
        return str(self.member) if self.member_id else ""

    def clean(self):
        super().clean()
        if not self.sector and self.member_id:
            self.sector = self.member.sector
        errors = end_before_start_errors(self.term_start, self.term_end, end_field="term_end")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if not self.sector and self.member_id:
            self.sector = self.member.sector
        super().save(*args, **kwargs)

    @property
    def term(self):
        """(start, end) as PartialDates; end None while open."""
        return PartialDate(self.term_start), PartialDate(self.term_end) if self.term_end else None


# --- the team -----------------------------------------------------------------------------------


class TeamMember(Orderable):
    """A person of the administration ("administracija"), in the order the staff choose.

    Only contacts the person agreed to publish are kept: each has its own "agreed" box, and a
    contact without it is refused rather than stored unseen.
    """

    name = models.CharField(_("vardas ir pavardė"), max_length=120)
    role = models.CharField(_("pareigos"), max_length=200, help_text=_("Pvz. „projektų vadovė“."))
    role_en = models.CharField(
        _("pareigos anglų kalba"),
        max_length=200,
        blank=True,
        help_text=_("Angliškoje svetainės versijoje; jei tuščia, rodomos lietuviškos."),
    )
    email = models.EmailField(_("el. paštas"), blank=True)
    email_published = models.BooleanField(
        _("sutiko, kad el. paštas būtų skelbiamas"), default=False
    )
    phone = models.CharField(_("telefonas"), max_length=50, blank=True)
    phone_published = models.BooleanField(_("sutiko, kad telefonas būtų skelbiamas"), default=False)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("nuotrauka"),
        help_text=_("Nebūtina; tik su asmens sutikimu."),
    )
    updated_at = models.DateTimeField(_("atnaujinta"), auto_now=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("role_en"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("email"), FieldPanel("email_published")]),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("phone_published")]),
            ],
            heading=_("kontaktai"),
            help_text=_(
                "Įrašykite tik tuos kontaktus, kuriuos asmuo sutiko skelbti svetainėje; kitus "
                "palikite tuščius."
            ),
        ),
        FieldPanel("photo"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("administracijos darbuotojas")
        verbose_name_plural = _("administracija")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        errors = {}
        for contact, agreed in (("email", "email_published"), ("phone", "phone_published")):
            value = getattr(self, contact).strip()
            if value and not getattr(self, agreed):
                errors[contact] = _(
                    "Skelbiame tik kontaktus, kuriuos asmuo sutiko skelbti: pažymėkite sutikimą "
                    "arba palikite lauką tuščią."
                )
            elif getattr(self, agreed) and not value:
                errors[agreed] = _("Sutikimas pažymėtas, bet kontaktas neįrašytas.")
        if errors:
            raise ValidationError(errors)

    @property
    def public_email(self):
        return self.email if self.email_published else ""

    @property
    def public_phone(self):
        return self.phone if self.phone_published else ""

    def localized(self, field="role"):
        return localized(self, field)


# --- memberships in networks --------------------------------------------------------------------


class NetworkMembershipQuerySet(models.QuerySet):
    def current(self, day):
        return self.filter(in_force_on(day, "since", "until"))

    def for_listing(self):
        # Oldest first; a membership whose start the source does not give comes first.
        # The agreement's project too: its permalink helper reads it (in the reader's language).
        return self.select_related("agreement__project__locale").order_by(
            F("since").asc(nulls_first=True), Lower("name"), "pk"
        )


class NetworkMembership(models.Model):
    """A network or union the organisation is a member of, e.g. the Lithuanian LAG network.

    The signed membership, where the cooperation record has it, is linked, not retold.
    """

    name = models.CharField(
        _("pavadinimas"),
        max_length=255,
        help_text=_("Kaip rašo pats tinklas, pvz. „Lietuvos kaimo bendruomenių sąjunga“."),
    )
    name_en = models.CharField(
        _("pavadinimas anglų kalba"),
        max_length=255,
        blank=True,
        help_text=_(
            "Tik jei tinklas pats turi angliškąjį pavadinimą; jei tuščia, rodomas lietuviškas."
        ),
    )
    since = models.DateField(
        _("narė nuo"),
        null=True,
        blank=True,
        help_text=_(
            "Jei žinomas tik mėnuo – pirmoji mėnesio diena; jei tik metai – sausio 1 d. "
            "Tuščia, jei data nežinoma."
        ),
    )
    since_precision = models.CharField(
        _("datos tikslumas"), max_length=5, choices=START_PRECISIONS, default=Precision.DAY
    )
    until = models.DateField(_("narė iki"), null=True, blank=True)
    website = models.URLField(_("interneto svetainė"), blank=True)
    agreement = models.ForeignKey(
        "partnerships.Partnership",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="network_memberships",
        verbose_name=_("narystės sutartis"),
        help_text=_("Sutartis bendradarbiavimo įrašuose, jei ji yra (tipas „narystė“)."),
    )
    updated_at = models.DateTimeField(_("atnaujinta"), auto_now=True)

    objects = NetworkMembershipQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("name_en"),
        FieldRowPanel(
            [FieldPanel("since"), FieldPanel("since_precision"), FieldPanel("until")],
            heading=_("narystė"),
        ),
        FieldPanel("website"),
        FieldPanel("agreement"),
    ]

    class Meta:
        ordering = [F("since").asc(nulls_first=True), "name"]
        verbose_name = _("narystė tinkle")
        verbose_name_plural = _("narystė tinkluose")

    def __str__(self):
        return self.name

    @property
    def joined(self):
        return PartialDate(self.since, self.since_precision) if self.since else None

    @property
    def left(self):
        return PartialDate(self.until) if self.until else None

    def localized(self, field="name"):
        return localized(self, field)

    def clean(self):
        super().clean()
        errors = partial_date_errors(
            self.since, self.since_precision, None, start_field="since", end_field="until"
        )
        errors.update(end_before_start_errors(self.since, self.until, end_field="until"))
        if errors:
            raise ValidationError(errors)
