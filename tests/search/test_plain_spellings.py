"""Words typed without Lithuanian letters find what their spelled form finds, in the site
search, the cooperation page's `q` and the news list's `q`, on SQLite and PostgreSQL alike.

The hard words are those whose stem changes a consonant before its ending (t → č, d → dž:
sutartis → sutarčių, žodis → žodžių): plain "sutarciu" has to be read as "sutarčių"."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from partnerships.models import Partnership
from tests import factories as f
from tests.module_data import module_data
from tests.partnerships.cooperation_page import listed
from vvg_site.textsearch.marks import highlight
from vvg_site.textsearch.words import fold, query_words, text_terms, word_terms

# Real forms (singular, then plural cases) of words whose stem the stemmer reads in Lithuanian
# letters: č and dž turned back to t and d, endings with ė, ų, ą, -iškųjų.
PARADIGMS = {
    "sutartis": "sutarties sutarčiai sutartį sutartimi sutartyje sutartys sutarčių sutartims "
    "sutartimis sutartyse",
    "žodis": "žodžio žodžiui žodį žodžiu žodyje žodžiai žodžių žodžiams žodžius žodžiais žodžiuose",
    "medis": "medžio medžiui medžiu medyje medžiai medžių medžiams medžius medžiuose",
    "vokietis": "vokiečio vokiečiui vokietį vokiečiu vokietyje vokiečiai vokiečių vokiečiams "
    "vokiečius vokiečiais vokiečiuose",
    "sritis": "srities sričiai sritį srityje sritys sričių sritims srityse",
    "gruodis": "gruodžio gruodžiui gruodį gruodžiu gruodyje",
    "žydintis": "žydinčio žydinčiam žydinčiame žydinčių žydinčius žydinčiuose žydinti "
    "žydinčios žydinčią žydinčioje žydinčiomis",
    "didysis": "didžiojo didžiajam didžiuoju didžiajame didžiųjų didžiuosius didžiuosiuose "
    "didžioji didžiosios didžiąją didžiojoje",
    "partnerystė": "partnerystės partnerystėje partnerysčių partnerystėms partnerystėmis "
    "partnerystėse",
    "bendruomenė": "bendruomenėje bendruomenių bendruomenėmis bendruomenėse",
    "kaimiškasis": "kaimiškojo kaimiškųjų kaimiškąją kaimiškosiose kaimiškuosiuose",
}
FORMS = [(lemma, form) for lemma, forms in PARADIGMS.items() for form in forms.split()]


def plain_terms(form):
    (word,) = query_words(fold(form), "lt", prefix=False)
    return word.terms


@pytest.mark.parametrize(("lemma", "form"), FORMS)
def test_a_form_typed_in_plain_letters_has_the_terms_of_its_spelling(lemma, form):
    assert word_terms(form, "lt") <= plain_terms(form)
    assert plain_terms(form) & text_terms(lemma, "lt")


def test_a_word_typed_with_lithuanian_letters_is_taken_as_spelled():
    (spelled,) = query_words("sutarčių", "lt", prefix=False)
    assert spelled.terms == word_terms("sutarčių", "lt")


def test_the_found_forms_are_marked_whatever_the_spelling_typed():
    assert str(highlight("Sutartis ir dvi sutarčių kopijos", "sutarciu", language="lt")) == (
        "<mark>Sutartis</mark> ir dvi <mark>sutarčių</mark> kopijos"
    )


def test_english_words_are_not_respelled():
    (word,) = query_words("sutarciu", "en", prefix=False)
    assert word.terms == word_terms("sutarciu", "en")


# --- the three searches ------------------------------------------------------------------------

AGREEMENTS = [
    "Bendradarbiavimo sutartis su Prienų VVG",  # nominative
    "Sutarties pakeitimas",  # genitive
    "Pritarimas sutarčiai",  # dative
    "Dviejų sutarčių priedai",  # genitive plural
    "Pakeitimai sutartyse",  # locative plural
]
NEWS = [
    "Padėkos žodis partneriams",  # nominative
    "Keli žodžiai apie projektą",  # nominative plural
    "Žodžių konkursas mokykloje",  # genitive plural
    "Projektas trimis žodžiais",  # instrumental plural
]
# Words that merely begin like the forms above or like the short stems some of them have.
UNRELATED_AGREEMENTS = [
    "Ketinimų protokolas dėl kaimo turizmo",  # tur-: the stem of "turinčius"
    "Partneriai, turintys patirties",  # a form of the same verb as "turinčius"
    "Sutarė dėl bendro renginio",  # sutar-: the verb, not the agreement
]
UNRELATED_NEWS = ["Zodiako ženklai kalendoriuje", "Ministerijos kvietimas"]


def build():
    f.make_partnership_index()
    f.make_news_index()
    protocol = f.make_type("ketinimų protokolas")
    for title in AGREEMENTS + UNRELATED_AGREEMENTS:
        f.make_partnership(title=title, agreement_type=protocol)
    for title in NEWS + UNRELATED_NEWS:
        f.make_news(title=title, lead="Trumpai apie renginį.")


_records_once, records = module_data(
    build, "records", "Agreements and news with a word in several cases (built once per module)."
)


def site_search(client, query, kind):
    response = client.get("/paieska/", {"q": query, "rusis": kind})
    assert response.status_code == 200
    return {item.title for item in response.context["groups"][0].items}


def cooperation_page(client, query):
    response = client.get("/bendradarbiavimas/", {"q": query})
    assert response.status_code == 200
    return set(listed(response))


def news_list(client, query):
    response = client.get("/naujienos/", {"q": query})
    assert response.status_code == 200
    return {item.title for item in response.context["news_items"]}


# Cases of "sutartis" and "žodis", each as spelled and as typed on a phone.
AGREEMENT_QUERIES = [
    "sutarčių", "sutarciu", "sutarčiai", "sutarciai", "sutartyse", "sutartims", "sutartimis",
]  # fmt: skip
NEWS_QUERIES = [
    "žodžių", "zodziu", "žodžiui", "zodziui", "žodžio", "zodzio", "žodžiais", "zodziais",
    "žodžiuose", "zodziuose",
]  # fmt: skip


@pytest.mark.parametrize("query", AGREEMENT_QUERIES)
def test_every_case_spelled_or_plain_finds_every_agreement_with_the_word(client, records, query):
    assert site_search(client, query, "sutartys") == set(AGREEMENTS)
    assert cooperation_page(client, query) == set(AGREEMENTS)


@pytest.mark.parametrize("query", NEWS_QUERIES)
def test_every_case_spelled_or_plain_finds_every_news_item_with_the_word(client, records, query):
    assert site_search(client, query, "naujienos") == set(NEWS)
    assert news_list(client, query) == set(NEWS)


def test_a_plain_word_with_another_word_narrows_as_the_spelled_one_does(client, records):
    assert cooperation_page(client, "sutarciu priedai") == {"Dviejų sutarčių priedai"}
    assert cooperation_page(client, "pritarimas sutarciai") == {"Pritarimas sutarčiai"}
    assert news_list(client, "zodziu konkursas") == {"Žodžių konkursas mokykloje"}


def test_a_plain_spelling_shared_by_two_words_finds_both(client, records):
    """Plain "sutarti" is "sutartį" (the agreement) and "sutarti" (to agree): either may be meant,
    spelled or not (the index keeps the plain spelling's stem of every word)."""
    for query in ("sutartį", "sutarti"):
        assert cooperation_page(client, query) == {*AGREEMENTS, "Sutarė dėl bendro renginio"}


def test_words_that_merely_begin_alike_are_not_found(client, records):
    for query in ("turinčius", "turincius"):
        # The same verb ("turintys"), not "turizmo", which only begins like its stem.
        assert cooperation_page(client, query) == {"Partneriai, turintys patirties"}
    for query in ("žodžių", "zodziu"):
        assert "Zodiako ženklai kalendoriuje" not in news_list(client, query)
    for query in ("minėtų", "minetu"):
        assert news_list(client, query) == set()


def test_a_plain_word_costs_what_a_spelled_one_costs(client, records):
    """Its spellings' stems join its own in one IN list: one EXISTS per word, no extra query."""
    for query in ("sutarciu zodziu", "sutarčių žodžių"):
        assert str(Partnership.objects.matching(query).query).count("EXISTS") == 2
    cooperation_page(client, "priedai")  # what the first request alone asks (the site, settings)
    counts = []
    for query in ("sutarciu priedai", "sutarčių priedai"):
        with CaptureQueriesContext(connection) as queries:
            cooperation_page(client, query)
        counts.append(len(queries))
    assert counts[0] == counts[1]
