"""The first news items, written only from the organisation's own history of its cooperation
(the "Bendradarbiavimas" text) and dated by the days it names.

`create_news(news_index_page)` is self-contained and idempotent: an item whose slug already exists
under the index is left as it is. Each item links the projects and live agreements it concerns
when those already exist (matched by the project's title and the agreement's signing day).
`load_news(content)` is the `load_initial_data` step around it, run after projects and agreements.
"""

import datetime

from django.db.models import Q

from wagtail.rich_text import RichText

from pages.models import NewsIndexPage, NewsPage, ProjectPage
from pages.permissions import grant_page_permissions

SECTORAL_RULES = (
    "Lietuvos kaimo plėtros 2014–2020 m. programos LEADER priemonės veiklos srities "
    "„VVG bendradarbiavimo projektų rengimas ir įgyvendinimas“ taisyklės"
)

NEWS = [
    {
        "slug": "baigtas-projektas-letos-kulturos-patirtys-2-00",
        "title": "Baigtas tarptautinis projektas „Lėtos kultūros patirtys 2.00 / CultTrips 2.00“",
        "date": datetime.date(2022, 9, 30),
        "lead": (
            "2022 m. rugsėjo 30 d. baigtas įgyvendinti tarptautinio bendradarbiavimo projektas "
            "„Lėtos kultūros patirtys 2.00 / CultTrips 2.00“: Pietų Lietuvos regione diegta "
            "socialinė inovacija – lėtasis turizmas."
        ),
        "paragraphs": [
            "Projektas grindžiamas 2018 m. rugpjūčio mėn. pasirašyta septynių ES šalių – "
            "Austrijos, Vokietijos, Italijos, Liuksemburgo, Švedijos, Rumunijos ir Lietuvos – "
            "vietos veiklos grupių bendradarbiavimo sutartimi. 2019 m. Alytaus rajono vietos "
            "veiklos grupė, Lietuvoje bendradarbiaudama su Druskininkų vietos veiklos grupe, "
            "vadovaudamasi " + SECTORAL_RULES.replace("taisyklės", "taisyklėmis") + ", projektą "
            "pateikė ir įgyvendino su 9 partnerėmis vietos veiklos grupėmis iš minėtų užsienio "
            "šalių. Dėl pandemijos, "
            "kuri Lietuvoje prasidėjo 2020 m. kovo 16 d., projektas prasitęsė.",
            "Birštono, Druskininkų ir Alytaus rajono savivaldybėse buvo perimama užsienio šalių "
            "patirtis. Lėtasis turizmas remiasi šiomis nuostatomis: autentiškumas ir unikalumas, "
            "pasakojimas arba istorija, paslėpti perlai ir perliukai, vietiniai žmonės, patirtys "
            "kartu, socialinė, ekonominė ir ekologinė darna.",
            "Projekto metu vyko lėtuoju turizmu suinteresuotųjų mokymai, o visų partnerių "
            "bendru darbu sukurta europinė duomenų bazė www.slowtrips.eu. Joje galima rasti lėtojo "
            "turizmo paslaugų teikėjus ir jų pasiūlymus iš Austrijos, Vokietijos, Italijos, "
            "Švedijos, Liuksemburgo ir Pietų Lietuvos – Birštono, Druskininkų ir Alytaus rajono "
            "savivaldybių.",
        ],
        "project": "Lėtos kultūros patirtys",
        "agreement_days": [],
        "tags": ["tarptautinis bendradarbiavimas", "lėtasis turizmas", "LEADER"],
    },
    {
        "slug": "baigtas-projektas-letojo-turizmo-skatinimas",
        "title": "Baigtas projektas „Lėtojo turizmo skatinimas Ukmergės, Tauragės ir Alytaus "
        "rajonuose“",
        "date": datetime.date(2022, 2, 20),
        "lead": (
            "2022 m. vasario 20 d. baigtas įgyvendinti teritorinio bendradarbiavimo projektas "
            "„Lėtojo turizmo skatinimas Ukmergės, Tauragės ir Alytaus rajonuose“."
        ),
        "paragraphs": [
            "Projektą pagal 2019 m. spalio 14 d. pasirašytą jungtinės veiklos sutartį įgyvendino "
            "Ukmergės, Tauragės ir Alytaus rajonų vietos veiklos grupės; jis vykdytas pagal "
            + SECTORAL_RULES
            + ".",
            "Tai lėtojo turizmo paslaugų identifikavimo ir paslaugų teikėjų mokymo projektas. Jis "
            "proporcingai vykdytas Ukmergės rajono savivaldybės Veprių seniūnijoje, Alytaus rajono "
            "savivaldybės Nemunaičio seniūnijoje ir Tauragės rajono savivaldybės Pagramančio "
            "seniūnijoje.",
        ],
        "project": "Lėtojo turizmo skatinimas",
        "agreement_days": [datetime.date(2019, 10, 14)],
        "tags": ["teritorinis bendradarbiavimas", "lėtasis turizmas", "LEADER"],
    },
    {
        "slug": "sutartis-su-vytauto-didziojo-universitetu",
        "title": "Pasirašyta bendradarbiavimo sutartis su Vytauto Didžiojo universitetu",
        "date": datetime.date(2022, 1, 11),
        "lead": (
            "2022 m. sausio 11 d. Alytaus rajono VVG sudarė bendradarbiavimo sutartį su Vytauto "
            "Didžiojo universitetu."
        ),
        "paragraphs": [
            "Sutarties 2.1.5 punkte įsipareigota bendradarbiauti teikiant mokslinę, ekspertinę "
            "pagalbą žaliosios pertvarkos, sumanių kaimų vystymo ir kitose srityse.",
        ],
        "project": None,
        "agreement_days": [datetime.date(2022, 1, 11)],
        "tags": ["bendradarbiavimo sutartys"],
    },
    {
        "slug": "pateiktas-projektas-saveikos-lauku-sumanumo-link",
        "title": "Pateiktas projektas „Sąveikos lauku – sumanumo link“",
        "date": datetime.date(2021, 7, 17),
        "lead": (
            "2021 m. liepos 17 d. Alytaus rajono vietos veiklos grupė kartu su partneriais "
            "parengė ir Nacionalinei mokėjimo agentūrai prie Žemės ūkio ministerijos pateikė "
            "teritorinio bendradarbiavimo projektą „Sąveikos lauku – sumanumo link“."
        ),
        "paragraphs": [
            "Projektą pagal 2021 m. liepos 14 d. sudarytą jungtinės veiklos sutartį parengė "
            "Alytaus rajono, Ukmergės rajono, Zarasų–Visagino regiono ir Alytaus miesto vietos "
            "veiklos grupės.",
            "Projekto tikslas – apjungti partnerius bendrai veiklai, kad būtų paskatintas vietos "
            "plėtros dalyvių kūrybiškumas, o rengiant naujas vietos plėtros strategijas ir "
            "planuojant įgyvendinti sumanių kaimų modelius vietos plėtros planavimui būtų "
            "naudojamas kūrybinių partnerysčių potencialas. Projekte numatyti nuotoliniai mokymai "
            "ir trys konferencijos visų partnerių teritorijose.",
        ],
        "project": "Sąveikos lauku",
        "agreement_days": [datetime.date(2021, 7, 14)],
        "tags": ["teritorinis bendradarbiavimas", "sumanūs kaimai", "LEADER"],
    },
    {
        "slug": "pasirasyta-sutartis-del-projekto-zydinti-lietuva",
        "title": "Devynios VVG pasirašė sutartį dėl projekto „Žydinti Lietuva“",
        "date": datetime.date(2020, 5, 13),
        "lead": (
            "2020 m. gegužės 13 d. devynios vietos veiklos grupės pasirašė jungtinės veiklos "
            "sutartį parengti ir įgyvendinti projektą „Žydinti Lietuva“."
        ),
        "paragraphs": [
            "Sutartį pasirašė Kaišiadorių rajono, Alytaus rajono, Kauno rajono, Prienų rajono, "
            "Raseinių rajono, Kėdainių rajono, Jonavos rajono, Širvintų rajono ir Elektrėnų vietos "
            "veiklos grupės. Projekto administratorė – Kaišiadorių rajono vietos veiklos grupė.",
            "Projekto tikslas – kurti patrauklų kaimo vietovių įvaizdį žiedų, istorijos ir "
            "technologijų pagalba.",
        ],
        "project": "Žydinti Lietuva",
        "agreement_days": [datetime.date(2020, 5, 13)],
        "tags": ["teritorinis bendradarbiavimas", "LEADER"],
    },
    {
        "slug": "pateikta-paraiska-dzukijos-piliakalniu-kelias",
        "title": "Pateikta paraiška projektui „Dzūkijos piliakalnių kelias“",
        "date": datetime.date(2018, 6, 15),
        "lead": (
            "2018 m. birželio 15 d. Trakų krašto, Alytaus rajono ir Prienų rajono vietos veiklos "
            "grupės bei Dzūkijos kaimo plėtros partnerių asociacija (Dzūkijos VVG) pateikė "
            "paraišką projektui „Dzūkijos piliakalnių kelias“."
        ),
        "paragraphs": [
            "Paraiška pateikta remiantis 2018 m. gegužės 15 d. pasirašyta jungtine veiklos "
            "sutartimi, pagal " + SECTORAL_RULES + ".",
            "Projekto tikslas – paskatinti vietos gyventojų socialinį aktyvumą bei verslumą, "
            "parengiant Dzūkijos piliakalnių kelią ir į veiklas įtraukiant senyvo amžiaus žmones, "
            "negalią turinčius asmenis, daugiavaikes šeimas.",
        ],
        "project": "Dzūkijos piliakalnių kelias",
        "agreement_days": [datetime.date(2018, 5, 15)],
        "tags": ["teritorinis bendradarbiavimas", "LEADER"],
    },
]


def _related(spec):
    from partnerships.models import Partnership

    projects = (
        list(ProjectPage.objects.filter(title__contains=spec["project"])) if spec["project"] else []
    )
    agreements = Partnership.objects.live().filter(
        Q(signed_on__in=spec["agreement_days"], signed_precision="day") | Q(project__in=projects)
    )
    return projects, list(agreements.distinct())


def create_news(news_index_page):
    """Create and publish the seed news under `news_index_page`; return the pages created."""
    existing = set(news_index_page.get_children().values_list("slug", flat=True))
    created = []
    for spec in NEWS:
        if spec["slug"] in existing:
            continue
        projects, agreements = _related(spec)
        page = NewsPage(
            title=spec["title"],
            slug=spec["slug"],
            date=spec["date"],
            lead=spec["lead"],
            body=[("paragraph", RichText(f"<p>{text}</p>")) for text in spec["paragraphs"]],
        )
        page.related_projects = projects
        page.related_partnerships = agreements
        page.tags.add(*spec["tags"])
        news_index_page.add_child(instance=page)
        page.save_revision().publish()
        created.append(page)
    return created


def load_news(content):
    """The `load_initial_data` step: "Naujienos" (in the menu before "Kontaktai"), the seed news
    under it, and the editors' permissions on it. Runs after the projects and agreements."""
    index = content.page(
        content.home,
        NewsIndexPage,
        slug="naujienos",
        title="Naujienos",
        show_in_menus=True,
        before="kontaktai",
    )
    seed_slugs = [spec["slug"] for spec in NEWS]
    for page in NewsPage.objects.child_of(index).filter(slug__in=seed_slugs):
        content.found.append((NewsPage, page.title))
    for page in create_news(index):
        content.added.append((NewsPage, page.title))
    grant_page_permissions()
