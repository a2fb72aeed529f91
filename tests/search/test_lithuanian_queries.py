# ruff: noqa: E501 (a table reads best one query to a line)
"""What a visitor types, in any case, number or spelling, and the record of the initial content
it must find: the same answers on SQLite and PostgreSQL (CI runs this module on both)."""

import pytest

from tests.search.conftest import found, search

# (what the visitor types, the kind of result, the slug it must find)
QUERIES = [
    # nominative, genitive, locative; with and without Lithuanian letters
    ("Druskininkai", "partneriai", "druskininku-vvg"),
    ("Druskininkų", "sutartys", "bendradarbiavimo-sutartis-su-druskininku-vietos-veiklos-grupe"),
    ("druskininku", "sutartys", "bendradarbiavimo-sutartis-su-druskininku-vietos-veiklos-grupe"),
    ("Druskininkuose", "projektai", "letos-kulturos-patirtys-2-00-culttrips-2-00"),
    ("Estija", "sutartys", "bendradarbiavimo-susitarimas-su-estijos-vietos-veiklos-grupe-kodukan-laanemaa"),
    ("Estijoje", "partneriai", "kodukan-laanemaa"),
    ("piliakalniai", "projektai", "dzukijos-piliakalniu-kelias"),
    ("piliakalnis", "naujienos", "pateikta-paraiska-dzukijos-piliakalniu-kelias"),
    ("piliakalniu", "sutartys", "jungtines-veiklos-sutartis-del-projekto-dzukijos-piliakalniu-kelias"),
    ("sutarčių", "sutartys", "bendradarbiavimo-sutartis-su-birstono-vietos-veiklos-grupe"),
    ("sutarciu", "sutartys", "bendradarbiavimo-sutartis-su-birstono-vietos-veiklos-grupe"),
    ("partnerysciu", "sutartys", "bendradarbiavimo-sutartis-su-birstono-vietos-veiklos-grupe"),
    ("Vytauto Didziojo", "partneriai", "vdu"),
    ("sutartys", "naujienos", "sutartis-su-vytauto-didziojo-universitetu"),
    ("Prienai", "partneriai", "prienu-rajono-vvg"),
    ("Prienų", "projektai", "zydinti-lietuva"),
    ("atliekos", "sutartys", "jungtines-veiklos-sutartis-del-projekto-maisto-atlieka-zaliava"),
    ("atliekų", "projektai", "maisto-atlieka-zaliava"),
    # several words: all must match, each in any form
    ("zydinti lietuva", "sutartys", "jungtines-veiklos-sutartis-del-projekto-zydinti-lietuva"),
    ("Žydinčią Lietuvą", "projektai", "zydinti-lietuva"),
    ("žydinti lietuva", "naujienos", "pasirasyta-sutartis-del-projekto-zydinti-lietuva"),
    ("Vokietija", "partneriai", "markische-seen"),
    ("Vokietijos", "sutartys", "ketinimu-bendradarbiauti-protokolas-su-druskininku-sventosios-ir-markische-seen"),
    ("markische seen", "partneriai", "markische-seen"),
    ("universitetas", "partneriai", "vdu"),
    ("universitetu", "naujienos", "sutartis-su-vytauto-didziojo-universitetu"),
    ("VDU", "sutartys", "bendradarbiavimo-sutartis-su-vytauto-didziojo-universitetu"),
    ("bibliotekoje", "partneriai", "alytaus-rajono-savivaldybes-viesoji-biblioteka"),
    ("viešoji biblioteka", "sutartys", "bendradarbiavimo-sutartis-su-alytaus-rajono-savivaldybes-viesaja-biblioteka"),
    ("Sakartvelas", "sutartys", "bendradarbiavimo-susitarimas-su-sakartvelo-organizacija-dalyvavimo-ir-bendradarb"),
    ("Sakartvele", "partneriai", "dalyvavimo-ir-bendradarbiavimo-centras"),
    ("Austrija", "partneriai", "elsbeere-wienerwald"),
    ("lėtasis turizmas", "projektai", "letojo-turizmo-skatinimas"),
    ("letojo turizmo", "naujienos", "baigtas-projektas-letojo-turizmo-skatinimas"),
    ("Kazlų Rūdoje", "sutartys", "bendradarbiavimo-sutartis-su-traku-krasto-vietos-veiklos-grupe"),
    ("Trakų kraštas", "partneriai", "traku-krasto-vvg"),
    ("Daugų kultūros centras", "sutartys", "bendradarbiavimo-sutartis-su-alytaus-rajono-daugu-kulturos-centru"),
    ("sveikatos biuras", "partneriai", "alytaus-rajono-savivaldybes-visuomenes-sveikatos-biuras"),
    ("Jurbarkas", "sutartys", "bendradarbiavimo-susitarimas-su-jurbarko-vvg-nemunas"),
    ("Rietavo iniciatyvos", "partneriai", "rietavo-vvg-rietavo-iniciatyvos"),
    ("sąveikos laukų", "projektai", "saveikos-lauku-sumanumo-link"),
    ("sumanumas", "naujienos", "pateiktas-projektas-saveikos-lauku-sumanumo-link"),
    ("bendradarbiavimas", "puslapiai", "bendradarbiavimas"),
    ("prieinamumo deklaracija", "puslapiai", "prieinamumo-deklaracija"),
]  # fmt: skip

# Words that occur nowhere, or never together in one record.
NOTHING = ["xyzzy", "Gruzija", "piliakalniai Estija", "Druskininkai universitetas"]


# Words of the initial content whose stem the stemmer reads in their Lithuanian letters (č, dž,
# ė, ų…): typed in plain letters, each must find exactly what its spelled form finds.
SPELLED = [
    "sutarčių", "sutartį", "partnerysčių", "sričių", "gruodžio", "lapkričio", "rugpjūčio",
    "Didžiojo", "Nemunaičio", "Pagramančio", "bendruomenių", "bendruomenėmis", "savivaldybėse",
    "kaimiškųjų", "turinčius", "plačios", "valdžios", "galėtų",
]  # fmt: skip


def results(client, query):
    return {
        group.kind: (group.count, [item.pk for item in group.items])
        for group in search(client, q=query).context["groups"]
    }


@pytest.mark.parametrize("spelled", SPELLED)
def test_a_word_typed_without_lithuanian_letters_finds_what_its_spelling_finds(
    client, initial, spelled
):
    plain = spelled.translate(str.maketrans("ąčęėįšųūžĄČĘĖĮŠŲŪŽ", "aceeisuuzACEEISUUZ"))
    assert results(client, plain) == results(client, spelled)


def test_sutarciu_finds_the_23_records_sutarciu_spelled_finds(client, initial):
    assert search(client, q="sutarčių").context["total"] == 23
    assert search(client, q="sutarciu").context["total"] == 23


@pytest.mark.parametrize(("query", "kind", "slug"), QUERIES)
def test_a_query_in_any_form_finds_its_record(client, initial, query, kind, slug):
    assert slug in found(search(client, q=query, rusis=kind), kind)


@pytest.mark.parametrize("query", NOTHING)
def test_a_query_with_no_match_finds_nothing(client, initial, query):
    assert search(client, q=query).context["total"] == 0


def test_the_table_covers_every_kind_and_many_forms():
    assert len(QUERIES) >= 30
    assert {kind for _query, kind, _slug in QUERIES} == {
        "sutartys",
        "partneriai",
        "projektai",
        "naujienos",
        "puslapiai",
    }
