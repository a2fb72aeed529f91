"""Words to terms: one rule for the index and the query, per language."""

from django.utils import translation
from django.utils.text import Truncator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partnerships.models import Partnership
from vvg_site.textsearch.marks import cut, excerpt, highlight
from vvg_site.textsearch.query import language_for
from vvg_site.textsearch.registry import register
from vvg_site.textsearch.words import query_words, reading_languages, text_terms


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Druskininkai", "Druskininkų"),
        ("druskininku", "Druskininkuose"),
        ("sutartis", "sutarčių"),
        ("Žydinti", "zydinti"),
        ("Lietuva", "Lietuvoje"),
        ("Märkische", "markische"),
    ],
)
def test_forms_of_a_word_share_a_term(one, other):
    assert text_terms(one, "lt") & text_terms(other, "lt")


def test_stop_words_are_left_out_but_an_unfinished_last_word_is_kept():
    assert [w.text for w in query_words("sutartis su Druskininkais", "lt", prefix=False)] == [
        "sutartis",
        "druskininkais",
    ]
    last = query_words("sutartis prie", "lt")[-1]
    assert last.text == "prie" and last.prefix
    assert last.matches("prien")


def test_english_has_its_own_stemmer_for_an_english_version():
    assert text_terms("agreements", "en") == text_terms("agreement", "en")


def test_registering_an_unknown_language_fails_loudly():
    with pytest.raises(ValueError, match="No stemmer"):
        register(object, {"title": 4}, language="xx")


def test_highlight_and_excerpt_mark_the_words_in_any_form():
    assert str(highlight("Sutartis su Druskininkų VVG", "druskininkai")) == (
        "Sutartis su <mark>Druskininkų</mark> VVG"
    )
    text = "Pirmas sakinys. " * 30 + "Pabaigoje minimi piliakalniai."
    piece = str(excerpt(text, "piliakalnis"))
    assert piece.startswith("… ") and "<mark>piliakalniai</mark>" in piece


def test_an_english_request_searches_english_stems_and_the_lithuanian_names():
    with translation.override("en"):
        assert language_for(Partnership) == "en"
    with translation.override("lt"):
        assert language_for(Partnership) == "lt"
    assert reading_languages("en") == ("en", "lt")
    assert reading_languages("lt") == ("lt",)


# Letters, spaces and the combining marks Truncator does not count (a dot above, an acute).
TEXT = st.text(alphabet="aąčė žš.\u0307\u0301", max_size=80)


@given(text=TEXT, length=st.integers(min_value=1, max_value=60))
def test_an_excerpt_is_cut_exactly_where_django_would_cut_it(text, length):
    assert cut(text, length) == Truncator(text).chars(length)
