"""Site-wide pages: home, the profile pages, projects, news, and the organisation's details."""

import contextlib
import datetime
from dataclasses import dataclass, field

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import NoReverseMatch
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase

from pages.blocks import BodyStreamBlock
from pages.dates import PartialDate, Precision, partial_date_errors
from pages.pagination import paginate

NEWS_PER_PAGE = 10
HOME_LIST_LENGTH = 3


def with_permalinks(records, route_name):
    """The agreements (route "agreement") or partners (route "partner") as a list, each with
    `permalink` set, looking the cooperation page up once instead of once per record."""
    from partnerships.models import PartnershipIndexPage

    records = list(records)
    index_page = PartnershipIndexPage.objects.live().first() if records else None
    for record in records:
        record.permalink = None
        if index_page is not None:
            # Without such a route on the cooperation page (yet), the record is shown unlinked.
            with contextlib.suppress(NoReverseMatch):
                record.permalink = index_page.url + index_page.reverse_subpage(
                    route_name, args=[record.slug]
                )
    return records


class HomePage(Page):
    """The site's root page ("Pradžia")."""

    intro = RichTextField(
        _("įžanga"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Trumpas tekstas po svetainės pavadinimu."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("turinys"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("pradžios puslapis")
        verbose_name_plural = _("pradžios puslapiai")

    # The home page's sections: each a single query (or a fixed few), whatever their length.
    def latest_news(self, limit=HOME_LIST_LENGTH):
        return NewsPage.objects.live().public().newest_first()[:limit]

    def latest_partnerships(self, limit=HOME_LIST_LENGTH):
        from partnerships.models import Partnership

        return Partnership.objects.live().newest_first().for_listing()[:limit]

    def running_projects(self):
        return ProjectPage.objects.live().public().running().order_by("-start_date", "title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = self.latest_news()
        context["latest_partnerships"] = with_permalinks(self.latest_partnerships(), "agreement")
        context["running_projects"] = self.running_projects()
        context["news_index"] = NewsIndexPage.objects.live().public().first()
        context["eafrd_acknowledgement"] = EAFRD_2014_2020_TEXT
        return context


class StandardPage(Page):
    """A page of prose: the organisation's profile ("Apie mus"), contacts, statements."""

    intro = models.TextField(
        _("santrauka"),
        blank=True,
        max_length=500,
        help_text=_("Vienas ar du sakiniai: rodomi po antrašte ir paieškos rezultatuose."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("turinys"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["pages.HomePage", "pages.StandardPage"]

    class Meta:
        verbose_name = _("turinio puslapis")
        verbose_name_plural = _("turinio puslapiai")


class ProjectIndexPage(Page):
    """ "Projektai": the projects the organisation has run with its partners."""

    intro = RichTextField(_("įžanga"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.ProjectPage"]
    max_count = 1

    class Meta:
        verbose_name = _("projektų sąrašas")
        verbose_name_plural = _("projektų sąrašai")

    def projects(self):
        return ProjectPage.objects.live().public().child_of(self).order_by("-start_date", "title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["projects"] = self.projects()
        return context


class ProjectStatus(models.TextChoices):
    PREPARING = "preparing", _("rengiamas")
    RUNNING = "running", _("vykdomas")
    COMPLETED = "completed", _("įgyvendintas")


class FundingPeriod(models.TextChoices):
    """The EU programming period, which decides the publicity the rules require on the page."""

    EAFRD_2007_2013 = "2007-2013", _("2007–2013 m. (Lietuvos kaimo plėtros programa, EŽŪFKP)")
    EAFRD_2014_2020 = "2014-2020", _("2014–2020 m. (Lietuvos kaimo plėtros programa, EŽŪFKP)")
    CAP_2023_2027 = "2023-2027", _("2023–2027 m. (BŽŪP strateginis planas, EŽŪFKP)")


# Regulation (EU) No 808/2014, Annex III: the EAFRD statement beside the EU emblem.
EAFRD_2014_2020_TEXT = _(
    "Europos žemės ūkio fondas kaimo plėtrai: Europa investuoja į kaimo vietoves"
)
# Regulation (EU) 2021/1060 Art. 47 and the CAP strategic plan rules: the emblem and this line.
EU_2021_2027_TEXT = _("Bendrai finansuoja Europos Sąjunga")


@dataclass(frozen=True)
class FundingAcknowledgement:
    """What a funded project page must show: the statement and the uploaded logos, in order."""

    text: str
    logos: list = field(default_factory=list)  # (image, alt text) pairs; only uploaded ones


class ProjectPageQuerySet(PageQuerySet):
    def running(self):
        return self.filter(status=ProjectStatus.RUNNING)


class ProjectPage(Page):
    """One joint project, e.g. "Dzūkijos piliakalnių kelias"; agreements and news link to it."""

    project_number = models.CharField(
        _("projekto numeris"),
        max_length=100,
        blank=True,
        help_text=_("Oficialus numeris iš finansavimo sutarties, jei jis yra."),
    )
    programme = models.CharField(
        _("finansavimo programa"),
        max_length=255,
        blank=True,
        help_text=_(
            "Pvz. Lietuvos kaimo plėtros 2014–2020 m. programa, LEADER, "
            "„VVG bendradarbiavimo projektų rengimas ir įgyvendinimas“."
        ),
    )
    funding_period = models.CharField(
        _("ES finansavimo laikotarpis"),
        max_length=10,
        blank=True,
        choices=FundingPeriod.choices,
        help_text=_(
            "Pagal jį puslapyje rodomas privalomas ES paramos paminėjimas ir logotipai "
            "(įkeliami „Organizacijos duomenyse“). Tuščia – projektas nefinansuotas iš ES."
        ),
    )
    territory = models.CharField(
        _("teritorija"),
        max_length=255,
        blank=True,
        help_text=_("Kur vykdomas, pvz. Birštono, Druskininkų ir Alytaus rajono savivaldybės."),
    )
    status = models.CharField(
        _("būsena"), max_length=10, choices=ProjectStatus.choices, default=ProjectStatus.PREPARING
    )
    start_date = models.DateField(_("pradžia"), null=True, blank=True)
    start_precision = models.CharField(
        _("pradžios tikslumas"),
        max_length=5,
        default=Precision.DAY,
        choices=[c for c in Precision.choices if c[0] != Precision.SPAN],
    )
    end_date = models.DateField(_("pabaiga"), null=True, blank=True)
    end_precision = models.CharField(
        _("pabaigos tikslumas"),
        max_length=5,
        default=Precision.DAY,
        choices=[c for c in Precision.choices if c[0] != Precision.SPAN],
    )
    summary = RichTextField(_("aprašymas"), blank=True, features=["bold", "italic", "link", "ul"])
    aims = RichTextField(_("tikslai"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    results = RichTextField(
        _("rezultatai"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    external_url = models.URLField(
        _("išorinė nuoroda"), blank=True, help_text=_("Pvz. projekto svetainė.")
    )

    objects = PageManager.from_queryset(ProjectPageQuerySet)()

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("project_number"),
                FieldPanel("programme"),
                FieldPanel("funding_period"),
                FieldPanel("territory"),
                FieldPanel("status"),
            ],
            heading=_("finansavimas ir būsena"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_precision")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_precision")]),
            ],
            heading=_("laikotarpis"),
        ),
        FieldPanel("summary"),
        FieldPanel("aims"),
        FieldPanel("results"),
        InlinePanel("partner_links", heading=_("partneriai"), label=_("partneris")),
        InlinePanel("gallery_images", heading=_("nuotraukos"), label=_("nuotrauka")),
        InlinePanel("document_links", heading=_("dokumentai"), label=_("dokumentas")),
        FieldPanel("external_url"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("project_number"),
        index.SearchField("programme"),
        index.SearchField("territory"),
        index.SearchField("summary"),
        index.SearchField("aims"),
        index.SearchField("results"),
        index.FilterField("status"),
    ]

    parent_page_types = ["pages.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("projektas")
        verbose_name_plural = _("projektai")

    @cached_property
    def start(self):
        return PartialDate(self.start_date, self.start_precision) if self.start_date else None

    @cached_property
    def end(self):
        return PartialDate(self.end_date, self.end_precision) if self.end_date else None

    def clean(self):
        super().clean()
        errors = {}
        for name in ("start", "end"):
            errors.update(
                partial_date_errors(
                    getattr(self, f"{name}_date"),
                    getattr(self, f"{name}_precision"),
                    None,
                    start_field=f"{name}_date",
                    end_field=f"{name}_date",
                )
            )
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("Pabaiga negali būti ankstesnė už pradžią.")
        if errors:
            raise ValidationError(errors)

    # What the page lists; each is one query (two for the agreements with their partners).
    # A project not yet saved (the admin's preview of a new page) has no agreements or news.
    def live_partnerships(self):
        from partnerships.models import Partnership

        if self.pk is None:
            return Partnership.objects.none()
        return self.partnerships.live().newest_first().for_listing()

    def project_partners(self):
        # Sorted in Python so the admin preview's unsaved inline rows are shown too.
        links = self.partner_links.all().select_related("partner")
        return sorted(links, key=lambda link: (link.sort_order or 0, link.pk or 0))

    def news(self):
        if self.pk is None:
            return NewsPage.objects.none()
        return NewsPage.objects.live().public().about_project(self).newest_first()

    def funding_acknowledgement(self, org):
        """The EU publicity the period's rules require, with the logos editors have uploaded."""
        if self.funding_period == FundingPeriod.EAFRD_2014_2020:
            logos = [
                (org.eu_emblem, _("Europos Sąjungos emblema")),
                (org.programme_logo, _("Lietuvos kaimo plėtros 2014–2020 m. programos logotipas")),
                (org.leader_logo, _("LEADER logotipas")),
            ]
            return FundingAcknowledgement(EAFRD_2014_2020_TEXT, [(i, a) for i, a in logos if i])
        if self.funding_period == FundingPeriod.CAP_2023_2027:
            logos = [
                (org.eu_emblem, _("Europos Sąjungos emblema")),
                (org.leader_logo, _("LEADER logotipas")),
            ]
            return FundingAcknowledgement(EU_2021_2027_TEXT, [(i, a) for i, a in logos if i])
        return None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partnerships"] = with_permalinks(self.live_partnerships(), "agreement")
        links = self.project_partners()
        with_permalinks([link.partner for link in links], "partner")
        context["project_partners"] = links
        context["news_items"] = self.news().for_listing()
        context["acknowledgement"] = self.funding_acknowledgement(
            OrganisationSettings.load(request_or_site=request)
        )
        return context


class ProjectPartnerRole(models.TextChoices):
    COORDINATOR = "coordinator", _("koordinatorius")
    PARTNER = "partner", _("partneris")


class ProjectPartner(Orderable):
    """A partner in a project, with its role, in the order the project names them."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partner_links")
    partner = models.ForeignKey(
        "partnerships.Partner",
        on_delete=models.PROTECT,
        related_name="project_links",
        verbose_name=_("partneris"),
    )
    role = models.CharField(
        _("vaidmuo"), max_length=20, choices=ProjectPartnerRole.choices, default="partner"
    )

    panels = [FieldPanel("partner"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("projekto partneris")
        verbose_name_plural = _("projekto partneriai")
        constraints = [
            models.UniqueConstraint(fields=["page", "partner"], name="unique_partner_per_project")
        ]


class ProjectGalleryImage(Orderable):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("paveikslėlis"),
    )
    alt_text = models.CharField(
        _("alternatyvusis tekstas"),
        max_length=250,
        help_text=_("Ką nuotrauka rodo žmogui, kuris jos nemato."),
    )
    caption = models.CharField(_("paaiškinimas"), max_length=300, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("projekto nuotrauka")
        verbose_name_plural = _("projekto nuotraukos")


class ProjectDocument(Orderable):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="document_links")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("dokumentas"),
    )
    label = models.CharField(
        _("nuorodos tekstas"),
        max_length=200,
        blank=True,
        help_text=_("Jei tuščia, rodomas dokumento pavadinimas."),
    )

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("projekto dokumentas")
        verbose_name_plural = _("projekto dokumentai")


@register_setting(icon="group")
class OrganisationSettings(BaseGenericSetting):
    """The organisation's details, entered once and shown in every page's footer.

    Every field may stay empty: the footer shows only what an editor has filled in.
    """

    name = models.CharField(
        _("pavadinimas"), max_length=255, default="Alytaus rajono vietos veiklos grupė"
    )
    legal_form = models.CharField(
        _("teisinė forma"), max_length=100, blank=True, help_text=_("Pvz. asociacija.")
    )
    company_code = models.CharField(_("juridinio asmens kodas"), max_length=20, blank=True)
    address = models.CharField(_("adresas"), max_length=255, blank=True)
    phone = models.CharField(_("telefonas"), max_length=50, blank=True)
    email = models.EmailField(_("el. paštas"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    funding_text = models.TextField(
        _("finansavimo paminėjimas"),
        blank=True,
        help_text=_("ES ir LEADER paramos paminėjimas, rodomas kiekvieno puslapio apačioje."),
    )
    eu_emblem = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("ES emblema"),
    )
    programme_logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("programos logotipas"),
    )
    leader_logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("LEADER logotipas"),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("legal_form"), FieldPanel("company_code")],
            heading=_("organizacija"),
        ),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")],
            heading=_("kontaktai"),
        ),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("youtube_url"), FieldPanel("instagram_url")],
            heading=_("socialiniai tinklai"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("funding_text"),
                FieldPanel("eu_emblem"),
                FieldPanel("programme_logo"),
                FieldPanel("leader_logo"),
            ],
            heading=_("finansavimas"),
        ),
    ]

    class Meta:
        verbose_name = _("organizacijos duomenys")

    @property
    def social_links(self):
        links = [
            ("Facebook", self.facebook_url),
            ("YouTube", self.youtube_url),
            ("Instagram", self.instagram_url),
        ]
        return [(label, url) for label, url in links if url]

    @property
    def funding_logos(self):
        return [logo for logo in (self.eu_emblem, self.programme_logo, self.leader_logo) if logo]


class NewsPageQuerySet(PageQuerySet):
    """The domain words for news; each composes with the others."""

    def newest_first(self):
        # Pages with the same date keep a stable order across paginated pages.
        return self.order_by("-date", "-pk")

    def about_project(self, project):
        return self.filter(related_projects=project)

    def tagged(self, tag_slug):
        return self.filter(tags__slug=tag_slug)

    def in_year(self, year):
        return self.filter(date__year=year)

    def for_listing(self):
        return self.select_related("main_image").prefetch_related("tags")


class NewsIndexPage(RoutablePageMixin, Page):
    """ "Naujienos": every live news item, newest first, filterable, with RSS and Atom feeds."""

    intro = RichTextField(_("įžanga"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.NewsPage"]
    max_count = 1

    class Meta:
        verbose_name = _("naujienų sąrašas")
        verbose_name_plural = _("naujienų sąrašai")

    def news(self):
        return NewsPage.objects.live().public().child_of(self).newest_first()

    @path("", name="list")
    def news_list(self, request):
        from pages.filters import NewsFilterSet

        filterset = NewsFilterSet(
            request.GET or None, queryset=self.news().for_listing(), request=request
        )
        items = filterset.qs if filterset.is_bound else filterset.queryset
        page_obj, page_note = paginate(items, request.GET.getlist("page"), NEWS_PER_PAGE)
        return self.render(
            request,
            context_overrides={
                "filterset": filterset,
                "filter_options": filterset.options(),
                "filter_errors": filterset.errors if filterset.is_bound else {},
                "clean_query": filterset.clean_query(),
                "page_obj": page_obj,
                "page_note": page_note,
                "page_range": page_obj.paginator.get_elided_page_range(page_obj.number),
                "news_items": page_obj.object_list,
                "is_filtered": bool(filterset.valid_values()),
            },
        )

    @path("rss/", name="rss")
    def rss_feed(self, request):
        from pages.feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("atom/", name="atom")
    def atom_feed(self, request):
        from pages.feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "pages.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsPage(Page):
    """One news item: what happened, when, and which projects and agreements it concerns."""

    date = models.DateField(
        _("data"), default=datetime.date.today, help_text=_("Kada tai įvyko ar buvo paskelbta.")
    )
    lead = models.TextField(
        _("santrauka"),
        max_length=500,
        help_text=_("Vienas ar du sakiniai: rodomi sąraše, sklaidos kanaluose ir paieškoje."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("turinys"))
    main_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("pagrindinė nuotrauka"),
    )
    main_image_alt = models.CharField(
        _("nuotraukos alternatyvusis tekstas"),
        max_length=250,
        blank=True,
        help_text=_("Ką nuotrauka rodo žmogui, kuris jos nemato."),
    )
    related_projects = ParentalManyToManyField(
        "pages.ProjectPage", blank=True, related_name="news_pages", verbose_name=_("projektai")
    )
    related_partnerships = ParentalManyToManyField(
        "partnerships.Partnership",
        blank=True,
        related_name="news_pages",
        verbose_name=_("sutartys"),
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("žymos"))

    objects = PageManager.from_queryset(NewsPageQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldPanel("main_image"), FieldPanel("main_image_alt")],
            heading=_("pagrindinė nuotrauka"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("related_projects", widget=forms.CheckboxSelectMultiple),
                FieldPanel("related_partnerships", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading=_("susiję įrašai"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("naujiena")
        verbose_name_plural = _("naujienos")

    def clean(self):
        super().clean()
        if self.main_image_id and not self.main_image_alt.strip():
            message = _("Aprašykite, ką nuotrauka rodo, kad ją suprastų ir nematantys.")
            raise ValidationError({"main_image_alt": message})

    @property
    def published_at(self):
        """The news date as an aware datetime (midnight in Vilnius), for feeds and metadata."""
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time()))

    # The links are filtered in Python: in the admin's preview they are unsaved, in-memory lists.
    def live_projects(self):
        return sorted((p for p in self.related_projects.all() if p.live), key=lambda p: p.title)

    def live_partnerships(self):
        agreements = [a for a in self.related_partnerships.all() if a.live]
        return sorted(agreements, key=lambda a: (a.signed_on, -(a.pk or 0)), reverse=True)

    def _others(self):
        return NewsPage.objects.live().public().exclude(pk=self.pk)

    def previous_news(self):
        """The next older item, by date then by the order they were added."""
        older = Q(date__lt=self.date)
        if self.pk is not None:
            older |= Q(date=self.date, pk__lt=self.pk)
        return self._others().filter(older).order_by("-date", "-pk").first()

    def next_news(self):
        newer = Q(date__gt=self.date)
        if self.pk is not None:
            newer |= Q(date=self.date, pk__gt=self.pk)
        return self._others().filter(newer).order_by("date", "pk").first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["projects"] = self.live_projects()
        context["partnerships"] = with_permalinks(self.live_partnerships(), "agreement")
        context["previous_news"] = self.previous_news()
        context["next_news"] = self.next_news()
        context["news_index"] = NewsIndexPage.objects.first()
        return context
