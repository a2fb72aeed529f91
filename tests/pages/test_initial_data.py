"""The organisation's initial content, as `manage.py load_initial_data` loads it from fixtures/:
the agreements and partners it records, and what a second run does to an edited database.

The tests of the initial content (this file, test_initial_pages.py, test_initial_english.py and
test_initial_data_on_a_filled_database.py) are the only ones that load the fixtures: everything
else builds its own data (tests/factories.py).
"""

import json

from pages.initial_content import PAGES_FIXTURE, PARTNERSHIPS_FIXTURE
from pages.models import ProfilePage, StandardPage
from partnerships.models import Partner, Partnership
from tests.pages.seed import database_counts, load

ORGANISATION = "Alytaus rajono vietos veiklos grupė"

# Every dated entry of the source, newest first (same-day entries in the source's order):
# the date as displayed, the type, the partners in the order the entry names them, the project.
ENTRIES = [
    (
        "2022 m. liepos mėn.",
        "jungtinės veiklos sutartis",
        [
            "Trakų krašto vietos veiklos grupė",
            "Prienų rajono vietos veiklos grupė",
            "Elektrėnų savivaldybės vietos veiklos grupė",
            "Elektrėnų miesto vietos veiklos grupė",
        ],
        "Maisto atlieka – žaliava!?!",
    ),
    (
        "2022 m. sausio 11 d.",
        "bendradarbiavimo sutartis",
        ["Vytauto Didžiojo universitetas"],
        None,
    ),
    (
        "2021 m. liepos 14 d.",
        "jungtinės veiklos sutartis",
        [
            "Ukmergės rajono vietos veiklos grupė",
            "Zarasų – Visagino regiono vietos veiklos grupė",
            "Alytaus miesto vietos veiklos grupė",
        ],
        "Sąveikos lauku – sumanumo link",
    ),
    (
        "2021 m.",
        "bendradarbiavimo susitarimas",
        ["Dalyvavimo ir bendradarbiavimo centras"],
        None,
    ),
    (
        "2020 m. gegužės 13 d.",
        "jungtinės veiklos sutartis",
        [
            "Kaišiadorių rajono vietos veiklos grupė",
            "Kauno rajono vietos veiklos grupė",
            "Prienų rajono vietos veiklos grupė",
            "Raseinių rajono vietos veiklos grupė",
            "Kėdainių rajono vietos veiklos grupė",
            "Jonavos rajono vietos veiklos grupė",
            "Širvintų rajono vietos veiklos grupė",
            "Elektrėnų savivaldybės vietos veiklos grupė",
        ],
        "Žydinti Lietuva",
    ),
    (
        "2019 m. spalio 14 d.",
        "jungtinės veiklos sutartis",
        ["Ukmergės rajono vietos veiklos grupė", "Tauragės rajono vietos veiklos grupė"],
        "Lėtojo turizmo skatinimas Ukmergės, Tauragės ir Alytaus rajonuose",
    ),
    (
        "2018 m. rugpjūčio mėn.",
        "bendradarbiavimo sutartis",
        ["Druskininkų vietos veiklos grupė"],
        "Lėtos kultūros patirtys 2.00 / CultTrips 2.00",
    ),
    (
        "2018 m. gegužės 15 d.",
        "jungtinės veiklos sutartis",
        [
            "Trakų krašto vietos veiklos grupė",
            "Prienų rajono vietos veiklos grupė",
            "Dzūkijos kaimo plėtros partnerių asociacija",
        ],
        "Dzūkijos piliakalnių kelias",
    ),
    (
        "2017 m. lapkričio 23 d.",
        "ketinimų bendradarbiauti protokolas",
        [
            "Druskininkų vietos veiklos grupė",
            "Šventosios žuvininkystės regiono vietos veiklos grupė",
            "Märkische Seen",
        ],
        "Bendradarbiavimo paieškos: Lietuva – Vokietija",
    ),
    (
        "2016 m. lapkričio 30 d.",
        "bendradarbiavimo sutartis",
        ["VšĮ „Pažangūs sprendimai“"],
        None,
    ),
    (
        "2015 m. gruodžio 9 d.",
        "bendradarbiavimo sutartis",
        ["Trakų krašto vietos veiklos grupė"],
        None,
    ),
    ("2015 m. spalio 1 d.", "narystė", ["Lietuvos kaimo bendruomenių sąjunga"], None),
    ("2015 m. birželio 15 d.", "bendradarbiavimo sutartis", ["VšĮ „Devynios galybės“"], None),
    (
        "2014 m. gruodžio 17 d.",
        "bendradarbiavimo sutartis",
        ["BĮ Alytaus rajono Daugų kultūros centras"],
        None,
    ),
    (
        "2014 m. gruodžio 17 d.",
        "bendradarbiavimo sutartis",
        ["Alytaus rajono savivaldybės viešoji biblioteka"],
        None,
    ),
    (
        "2014 m. rugsėjo 15 d.",
        "bendradarbiavimo sutartis",
        ["BĮ Alytaus rajono savivaldybės visuomenės sveikatos biuras"],
        None,
    ),
    (
        "2014 m. rugsėjo 15 d.",
        "bendradarbiavimo sutartis",
        ["Dzūkijos kaimo plėtros partnerių asociacija"],
        None,
    ),
    (
        "2014 m. rugsėjo 15 d.",
        "bendradarbiavimo sutartis",
        ["Druskininkų vietos veiklos grupė"],
        None,
    ),
    (
        "2014 m. rugsėjo 15 d.",
        "bendradarbiavimo sutartis",
        ["Varėnos krašto vietos veiklos grupė"],
        None,
    ),
    (
        "2012 m. sausio 24–26 d.",
        "ketinimų bendradarbiauti protokolas",
        ["Elsbeere Wienerwald"],
        None,
    ),
    (
        "2011 m. rugsėjo 9 d.",
        "bendradarbiavimo sutartis",
        ["Birštono vietos veiklos grupė"],
        None,
    ),
    ("2010 m. vasario 5 d.", "bendradarbiavimo susitarimas", ["Kodukan Läänemaa"], None),
    ("2009 m. spalio 30 d.", "bendradarbiavimo susitarimas", ["Jurbarko VVG „Nemunas“"], None),
    (
        "2009 m. spalio 23 d.",
        "bendradarbiavimo susitarimas",
        ["Rietavo VVG „Rietavo iniciatyvos“"],
        None,
    ),
]

FOREIGN_PARTNERS = {
    "Dalyvavimo ir bendradarbiavimo centras": ("GE", "foreign_ngo"),
    "Märkische Seen": ("DE", "lag"),
    "Elsbeere Wienerwald": ("AT", "lag"),
    "Kodukan Läänemaa": ("EE", "lag"),
}


# Obvious typing errors of the source, corrected in the loaded text.
SOURCE_TYPOS = [
    "techno9logijų",
    "Dz9kijos",
    "Bendradrabiavimo",
    "veikos grupe",
    "partnerysčių partnerysčių",
    "kultūros ir kultūros",
    "  ",
]


def test_loading_an_empty_database_says_what_it_loaded(loaded):
    assert "Įkeltas pradinis turinys" in loaded
    assert "24 sutartys" in loaded
    assert "32 partneriai" in loaded


def test_every_dated_entry_is_one_published_agreement_with_a_published_revision(loaded, subtests):
    assert Partnership.objects.count() == 24
    assert Partnership.objects.live().count() == 24
    for partnership in Partnership.objects.all():
        with subtests.test(partnership.title):
            assert not partnership.has_unpublished_changes
            assert partnership.live_revision is not None
            assert partnership.live_revision == partnership.latest_revision
            assert partnership.live_revision.as_object().title == partnership.title


def test_each_entry_has_its_date_type_partners_and_project(loaded, subtests):
    agreements = list(Partnership.objects.live().newest_first().for_listing())
    assert len(agreements) == len(ENTRIES)
    for agreement, (date_text, type_name, partners, project) in zip(
        agreements, ENTRIES, strict=True
    ):
        with subtests.test(date=date_text, partners=partners):
            assert agreement.signed.display() == date_text
            assert agreement.agreement_type.name == type_name
            assert [p.name for p in agreement.partners] == partners
            assert (agreement.project.title if agreement.project else None) == project


def test_a_span_a_month_and_a_year_keep_their_precision(loaded):
    span = Partnership.objects.get(signed_precision="span")
    assert span.signed.iso() == "2012-01-24/2012-01-26"
    assert sorted(p.signed.iso() for p in Partnership.objects.filter(signed_precision="month")) == [
        "2018-08",
        "2022-07",
    ]
    assert [p.signed.iso() for p in Partnership.objects.filter(signed_precision="year")] == ["2021"]


def test_an_agreement_is_dated_the_day_it_was_concluded_not_the_day_its_project_was_filed(loaded):
    # The source's entry opens with 17 July 2021 (the project was submitted) and names the
    # agreement "2021 m. liepos 14 d. sudarytą": the record carries the day it was concluded.
    agreement = Partnership.objects.get(
        slug__startswith="jungtines-veiklos-sutartis-del-projekto-sav"
    )
    assert agreement.signed.iso() == "2021-07-14"
    assert "2021 m. liepos 14 d. sudarytą jungtinės veiklos sutartį" in agreement.summary


def test_partners_are_named_once_and_never_include_the_organisation_itself(loaded):
    names = list(Partner.objects.values_list("name", flat=True))
    expected = {name for _date, _type, partners, _project in ENTRIES for name in partners}
    assert len(names) == len({name.casefold() for name in names})
    assert set(names) == expected
    assert len(names) == 32
    assert ORGANISATION not in names
    assert not Partner.objects.filter(name__icontains="Alytaus rajono VVG").exists()


def test_a_partner_named_by_several_entries_is_shared_by_their_agreements(loaded):
    druskininkai = Partner.objects.get(name="Druskininkų vietos veiklos grupė")
    agreements = Partnership.objects.live().with_partner(druskininkai.slug).newest_first()
    assert [p.signed.display() for p in agreements] == [
        "2018 m. rugpjūčio mėn.",
        "2017 m. lapkričio 23 d.",
        "2014 m. rugsėjo 15 d.",
    ]


def test_partners_have_their_kind_and_country(loaded, subtests):
    for name, (country, kind) in FOREIGN_PARTNERS.items():
        with subtests.test(name):
            partner = Partner.objects.get(name=name)
            assert (partner.country.code, partner.kind) == (country, kind)
    assert Partner.objects.exclude(country="LT").count() == len(FOREIGN_PARTNERS)
    kinds = dict(Partner.objects.values_list("name", "kind"))
    assert kinds["Vytauto Didžiojo universitetas"] == "university"
    assert kinds["Šventosios žuvininkystės regiono vietos veiklos grupė"] == "fisheries_lag"
    assert kinds["Lietuvos kaimo bendruomenių sąjunga"] == "association"
    assert kinds["Alytaus rajono savivaldybės viešoji biblioteka"] == "library"
    assert kinds["BĮ Alytaus rajono Daugų kultūros centras"] == "culture_centre"
    assert kinds["BĮ Alytaus rajono savivaldybės visuomenės sveikatos biuras"] == "health_bureau"
    assert kinds["VšĮ „Pažangūs sprendimai“"] == "ngo"


def test_the_international_agreements_are_those_with_a_foreign_partner_or_country(loaded):
    international = Partnership.objects.live().international().newest_first()
    assert [p.signed.display() for p in international] == [
        "2021 m.",
        "2018 m. rugpjūčio mėn.",
        "2017 m. lapkričio 23 d.",
        "2012 m. sausio 24–26 d.",
        "2010 m. vasario 5 d.",
    ]


def test_summaries_correct_the_source_typos_and_keep_its_link(loaded, subtests):
    for partnership in Partnership.objects.all():
        for typo in SOURCE_TYPOS:
            with subtests.test(partnership.title, typo=typo):
                assert typo not in partnership.summary
    culttrips = Partnership.objects.get(signed_on="2018-08-01")
    assert '<a href="https://www.slowtrips.eu">www.slowtrips.eu</a>' in culttrips.summary
    assert culttrips.external_url == "https://www.slowtrips.eu"
    assert (
        "7 ES šalių – Austrijos, Vokietijos, Italijos, Liuksemburgo, Švedijos, Rumunijos ir "
        "Lietuvos – vietos veiklos grupių partnerių"
    ) in culttrips.summary


def test_a_second_run_changes_nothing_and_says_so(loaded):
    before = database_counts()
    output = load()
    assert "jau įkeltas" in output
    assert "nieko nepakeista" in output
    assert database_counts() == before


def edit_the_loaded_content():
    """What an editor may have done since the first load: renamed, rewritten, deleted."""
    agreement = Partnership.objects.get(signed_on="2022-01-11")
    agreement.title = "Sutartis su VDU (redaguota)"
    agreement.save_revision().publish()
    about = ProfilePage.objects.get(slug="apie-mus")
    about.intro = "Redaktoriaus tekstas."
    about.save_revision().publish()
    partner = Partner.objects.get(name="Kodukan Läänemaa")
    partner.name = "Kodukant Läänemaa"
    partner.save()
    Partnership.objects.get(signed_on="2009-10-23").delete()
    StandardPage.objects.get(slug="prieinamumo-deklaracija").delete()


def assert_edits_kept():
    assert Partnership.objects.filter(title="Sutartis su VDU (redaguota)").exists()
    assert ProfilePage.objects.get(slug="apie-mus").intro == "Redaktoriaus tekstas."
    assert Partner.objects.filter(name="Kodukant Läänemaa").exists()
    assert not Partner.objects.filter(name="Kodukan Läänemaa").exists()


def test_on_an_edited_database_it_refuses_and_keeps_the_edits(loaded):
    edit_the_loaded_content()
    before = database_counts()
    output = load()
    assert "palikta nepakeista" in output
    assert "Bendradarbiavimo susitarimas su Rietavo VVG" in output
    assert "--add-missing" in output
    assert database_counts() == before
    assert_edits_kept()


def test_add_missing_restores_only_what_was_deleted(loaded):
    edit_the_loaded_content()
    output = load("--add-missing")
    assert "Pridėtas trūkstamas pradinis turinys" in output
    assert Partnership.objects.live().count() == 24
    assert StandardPage.objects.filter(slug="prieinamumo-deklaracija").live().exists()
    assert Partner.objects.count() == 32
    assert_edits_kept()
    assert "jau įkeltas" in load()


def test_the_fixtures_use_natural_keys_so_they_load_into_any_database():
    records = json.loads(PARTNERSHIPS_FIXTURE.read_text(encoding="utf-8"))
    vocabulary = [
        r for r in records if r["model"] in {"partnerships.agreementtype", "partnerships.partner"}
    ]
    assert len(vocabulary) == 5 + 32
    assert all("pk" not in r for r in vocabulary)
    for record in records:
        for field in ("agreement_type", "partner", "project"):
            value = record["fields"].get(field)
            assert value is None or isinstance(value, list), (record["model"], field)
    assert json.loads(PAGES_FIXTURE.read_text(encoding="utf-8"))["pages"]
