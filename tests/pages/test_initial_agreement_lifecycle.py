"""The 24 agreements' validity, ending and predecessor, as `load_initial_data` loads them: only
where the organisation's text says so (fixtures/NOTES.md names each sentence, and each sentence is
in that agreement's own summary), everything else "not known"; on a database loaded before, only
`--add-missing` fills them, and only where they are still empty, never over an editor's value."""

import datetime
from pathlib import Path

from django.conf import settings

from partnerships.models import Partnership
from tests.pages.seed import load

D = datetime.date
NOTES = Path(settings.BASE_DIR) / "fixtures" / "NOTES.md"
CULTTRIPS = "bendradarbiavimo-sutartis-tarp-7-es-saliu-vietos-veiklos-grupiu"
PROTOCOL_2017 = "ketinimu-bendradarbiauti-protokolas-su-druskininku-sventosios-ir-markische-seen"
ZYDINTI = "jungtines-veiklos-sutartis-del-projekto-zydinti-lietuva"
MEMBERSHIP = "naryste-lietuvos-kaimo-bendruomeniu-sajungoje"

# slug: (status, the words the site shows, the text's words in the agreement's own summary)
FROM_THE_TEXT = {
    ZYDINTI: (
        "ended",
        "įvykdyta 2022 m.",
        "Pandemijos sustabdytas projektas buvo baigtas įgyvendinti 2022 m. rudenį.",
    ),
    "jungtines-veiklos-sutartis-del-projekto-letojo-turizmo-skatinimas-ukmerges-taura": (
        "ended",
        "įvykdyta 2022 m. vasario 20 d.",
        "projektas buvo įgyvendinamas iki 2022 m. vasario 20 d.",
    ),
    CULTTRIPS: (
        "ended",
        "įvykdyta 2022 m. rugsėjo 30 d.",
        "projektas prasitęsė ir buvo baigtas įgyvendinti 2022 m. rugsėjo 30 d.",
    ),
    "jungtines-veiklos-sutartis-del-projekto-dzukijos-piliakalniu-kelias": (
        "ended",
        "įvykdyta 2019 m.",
        "Projektas buvo baigtas įgyvendinti 2019 m.",
    ),
    MEMBERSHIP: (
        "active",
        "neterminuota",
        "Nuo 2015 m. spalio 1 d. Alytaus rajono vietos veiklos grupė yra Lietuvos kaimo "
        "bendruomenių sąjungos narė.",
    ),
}


def test_the_text_gives_four_endings_and_one_open_ended_membership(loaded, subtests):
    agreements = {a.slug: a for a in Partnership.objects.with_status()}
    for slug, (status, words, sentence) in FROM_THE_TEXT.items():
        with subtests.test(slug):
            agreement = agreements[slug]
            assert (agreement.status, agreement.validity_text()) == (status, words)
            assert sentence in agreement.summary
            assert agreement.live_revision.as_object().validity_text() == words


def test_the_agreement_of_seven_countries_follows_the_protocol_of_intent_of_2017(loaded):
    followers = Partnership.objects.filter(follows__isnull=False)

    assert [(a.slug, a.follows.slug) for a in followers] == [(CULTTRIPS, PROTOCOL_2017)]
    protocol = Partnership.objects.get(slug=PROTOCOL_2017)
    assert "Druskininkų vietos veiklos grupe" in protocol.summary
    assert "Druskininkų vietos veiklos grupe" in followers[0].summary


def test_everything_the_text_does_not_say_stays_not_known(loaded):
    unknown = Partnership.objects.with_status_in(["unknown"])

    assert unknown.count() == 24 - len(FROM_THE_TEXT)
    assert set(FROM_THE_TEXT).isdisjoint(unknown.values_list("slug", flat=True))
    assert all(a.validity_text() == "" for a in unknown)
    assert not Partnership.objects.exclude(valid_from=None).exists()
    assert not Partnership.objects.exclude(valid_until=None).exists()
    assert not Partnership.objects.exclude(responsible=None).exists()


def test_the_notes_name_each_value_and_its_sentence(loaded):
    notes = NOTES.read_text(encoding="utf-8")

    for slug in [*FROM_THE_TEXT, PROTOCOL_2017]:
        assert f"`{slug}`" in notes, slug
    assert "2022 m. rugsėjo 30 d." in notes and "baigtas įgyvendinti 2019 m." in notes


def as_before_the_lifecycle():
    """The database as a site loaded before this feature leaves it after `migrate`."""
    Partnership.objects.update(
        validity_end="unknown", ended_how="", ended_on=None, ended_precision="day", follows=None
    )


def test_a_database_loaded_before_is_filled_only_with_add_missing(loaded):
    as_before_the_lifecycle()

    refused = load()
    assert "palikta nepakeista" in refused
    assert "sutarties galiojimas „Jungtinės veiklos sutartis dėl projekto „Žydinti Lietuva““" in (
        refused
    )
    assert not Partnership.objects.exclude(ended_how="").exists()

    output = load("--add-missing")
    assert "5 sutarčių galiojimai" in output
    agreements = {a.slug: a for a in Partnership.objects.with_status()}
    for slug, (_status, words, _sentence) in FROM_THE_TEXT.items():
        agreement = agreements[slug]
        assert agreement.validity_text() == words
        assert not agreement.has_unpublished_changes
        assert agreement.live_revision.as_object().validity_text() == words
    assert agreements[CULTTRIPS].follows.slug == PROTOCOL_2017
    assert "jau įkeltas" in load()


def test_add_missing_never_writes_over_an_editors_value(loaded):
    as_before_the_lifecycle()
    zydinti = Partnership.objects.get(slug=ZYDINTI)
    zydinti.ended_how, zydinti.ended_on = "terminated", D(2021, 6, 1)
    zydinti.save_revision().publish()
    membership = Partnership.objects.get(slug=MEMBERSHIP)
    membership.validity_end, membership.valid_until = "until", D(2030, 12, 31)
    membership.save_revision().publish()

    load("--add-missing")

    zydinti.refresh_from_db()
    membership.refresh_from_db()
    assert (zydinti.ended_how, zydinti.ended_on) == ("terminated", D(2021, 6, 1))
    assert (membership.validity_end, membership.valid_until) == ("until", D(2030, 12, 31))
    assert Partnership.objects.get(slug=CULTTRIPS).ended_how == "fulfilled"
