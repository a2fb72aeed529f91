"""The one API of the public filter forms (agreements on the cooperation page, news).

Their GET parameters are a public contract: a filtered view is a stable, shareable URL. Every
value is validated; a value that does not validate (or a parameter given twice) is ignored and
named in a note, never turned into an error page. Templates draw every <select> from `options()`
with `includes/filter_select.html`, and links that keep the filters use `applied_query()`.
"""

import functools

from django import forms
from django.http import QueryDict
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

import django_filters

# Wide enough for any agreement or news item of this organisation (founded 2006), narrow enough
# that a year lookup never builds an impossible date.
FIRST_YEAR, LAST_YEAR = 1990, 2100

# Long enough for any real search, short enough to keep the SQL cheap.
QUERY_MAX_LENGTH = 100


class YearFilter(django_filters.Filter):
    """A year typed or chosen by a visitor, within FIRST_YEAR..LAST_YEAR."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", FIRST_YEAR)
        kwargs.setdefault("max_value", LAST_YEAR)
        super().__init__(*args, **kwargs)


class PublicFilterSet(django_filters.FilterSet):
    """A FilterSet over a public GET contract: one value per parameter, bad values ignored.

    Subclasses declare their filters as usual; `option_choices(name)` may give a <select>'s
    options another way than the form field's choices (e.g. with counts).
    """

    #: Parameters whose text is cut to QUERY_MAX_LENGTH (and the visitor told so).
    text_parameters = ("q",)

    def __init__(self, data=None, *args, **kwargs):
        self.repeated = []
        self.query_truncated = False
        super().__init__(self._one_value_each(data), *args, **kwargs)

    def _one_value_each(self, data):
        if data is None:
            return None
        clean = QueryDict(mutable=True)
        for name in self.base_filters:
            values = data.getlist(name)
            if len(values) > 1:
                self.repeated.append(name)
            elif values:
                clean[name] = values[0]
        for name in self.text_parameters:
            text = clean.get(name, "")
            if len(text) > QUERY_MAX_LENGTH:
                clean[name] = text[:QUERY_MAX_LENGTH]
                self.query_truncated = True
        return clean

    @property
    def applied(self):
        """The filters in force: {parameter: cleaned value}, only the non-empty valid ones."""
        if not self.is_bound:
            return {}
        self.is_valid()
        applied = {}
        for name, value in self.form.cleaned_data.items():
            if isinstance(value, str):
                value = value.strip()
            if value not in (None, ""):
                applied[name] = value
        return applied

    def applied_query(self):
        """A clean QueryDict of the filters in force, as the visitor wrote them, for links."""
        query = QueryDict(mutable=True)
        for name in self.applied:
            query[name] = self.data[name].strip()
        return query

    @property
    def ignored(self):
        """The labels of filters left out: a malformed, unknown or repeated value."""
        if not self.is_bound:
            return []
        self.is_valid()
        names = [name for name in self.filters if name in self.form.errors]
        names += [name for name in self.repeated if name not in names]
        return [self.filters[name].label for name in names]

    def notes(self):
        """What the page says about the request itself: cut text, ignored filters."""
        notes = []
        if self.query_truncated:
            notes.append(
                _("Paieškos tekstas per ilgas: ieškota tik pagal pirmuosius %(n)s simbolių.")
                % {"n": QUERY_MAX_LENGTH}
            )
        for label in self.ignored:
            notes.append(
                _("Filtras „%(label)s“ nepritaikytas: jo reikšmė netinkama arba nežinoma.")
                % {"label": label}
            )
        return notes

    @property
    def labels(self):
        return {name: self.filters[name].label for name in self.filters}

    def option_language(self, name, value):
        """The language of an option's text when it differs from the page's (e.g. a Lithuanian
        name on an English page), for its `lang` attribute; None otherwise."""
        return None

    def option_choices(self, name):
        """(value, text) pairs for the <select> of `name`, without the empty choice."""
        return [(v, t) for v, t in self.form.fields[name].choices if str(v) != ""]

    def options(self, *names):
        """Each <select>'s options as `includes/filter_select.html` draws them."""
        applied = self.applied_query()
        return {
            name: SelectOptions(
                {
                    "value": str(value),
                    "text": text,
                    "selected": str(value) == applied.get(name, ""),
                    "lang": self.option_language(name, value),
                }
                for value, text in self.option_choices(name)
            )
            for name in names or self.filters
        }


class SelectOptions(list):
    """A <select>'s options (dicts of value, text, selected, lang), drawn as <option> elements
    in one pass: a select of a few hundred partners would otherwise be as many template loops."""

    def __html__(self):
        return mark_safe("".join(map(option_html, self)))  # noqa: S308 - escaped in option_html

    def __str__(self):
        return self.__html__()


def option_html(option):
    start, end = _option_parts(option["value"], option["text"], option["lang"])
    return start + (" selected" if option["selected"] else "") + end


@functools.lru_cache(maxsize=4096)
def _option_parts(value, text, lang):
    # The same few hundred options are drawn on every request: escaped once.
    lang = f' lang="{escape(lang)}"' if lang else ""
    return f'<option value="{escape(value)}"', f"{lang}>{escape(str(text))}</option>"
