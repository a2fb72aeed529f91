"""The public filters of the news index (`q`: words, matched as by the site search; `project`,
`tag`, `year`) and of the documents' list (`q`, `type`, `year`), with the same public-filter API
as the cooperation page (vvg_site.core.filtering). A value that matches nothing is named in a note
and ignored, never a 500."""

from django import forms
from django.utils.translation import gettext_lazy as _

import django_filters
from taggit.models import Tag

from pages.models.documents import DocumentType, PublicDocument
from pages.models.news import NewsPage
from pages.models.projects import ProjectPage
from vvg_site.core.filtering import PublicFilterSet
from vvg_site.core.languages import current_language
from vvg_site.core.pagetree import public
from vvg_site.sitecache.generation import memoized


# Choices are functions, so each request sees the current projects, tags and years (and the
# view restrictions of the content generation, from the page tree). Each offers only what some
# live news item has, so every choice gives results.
def public_news(request):
    return public(NewsPage.objects.live(), request)


def projects_with_news(request=None):
    projects = public(ProjectPage.objects.live(), request)
    return projects.filter(news_pages__in=public_news(request)).distinct().order_by("title")


def news_tags(request=None):
    # Tags are words of a language: the English news index offers the English news' tags.
    news = public_news(request).filter(locale__language_code=current_language())
    return (
        Tag.objects.filter(pages_newspagetag_items__content_object__in=news)
        .distinct()
        .order_by("name")
    )


def news_years(request=None):
    years = public_news(request).dates("date", "year", order="DESC")
    return [(str(d.year), str(d.year)) for d in years]


class NewsFilterSet(PublicFilterSet):
    q = django_filters.CharFilter(label=_("Paieška"), method="filter_text")
    project = django_filters.ModelChoiceFilter(
        label=_("Projektas"),
        empty_label=_("Visi projektai"),
        to_field_name="slug",
        queryset=projects_with_news,
        method="filter_project",
    )
    tag = django_filters.ModelChoiceFilter(
        label=_("Žyma"),
        empty_label=_("Visos žymos"),
        to_field_name="slug",
        queryset=news_tags,
        method="filter_tag",
    )
    year = django_filters.ChoiceFilter(
        label=_("Metai"),
        empty_label=_("Visi metai"),
        choices=news_years,
        method="filter_year",
        widget=forms.Select,
    )

    class Meta:
        model = NewsPage
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The years' choices too see the request (the page tree's view restrictions).
        # (A closure, not a partial: the form's fields are deep-copied, and a function is kept.)
        request = self.request
        self.filters["year"].extra["choices"] = lambda: news_years(request)

    def option_choices(self, name):
        """The options of every news address: the same until the next publish, so read once per
        content generation and language."""
        if self.request is None:
            return super().option_choices(name)
        key = ("news-filter-options", name, current_language())
        return memoized(
            self.request, key, lambda: list(super(NewsFilterSet, self).option_choices(name))
        )

    def filter_text(self, queryset, name, value):
        value = value.strip()
        return queryset.matching(value) if value else queryset

    def filter_project(self, queryset, name, value):
        return queryset.about_project(value)

    def filter_tag(self, queryset, name, value):
        return queryset.tagged(value.slug)

    def filter_year(self, queryset, name, value):
        return queryset.in_year(int(value))


def document_types():
    """The types some public document has, in the order of DocumentType."""
    present = set(
        PublicDocument.objects.public()
        .order_by()
        .values_list("document_type", flat=True)
        .distinct()
    )
    return [(value, label) for value, label in DocumentType.choices if value in present]


def document_years():
    years = PublicDocument.objects.public().dates("date", "year", order="DESC")
    return [(str(d.year), str(d.year)) for d in years]


class DocumentFilterSet(PublicFilterSet):
    """The public documents' filters: `q` (words of the title, in any form), `type` (a
    DocumentType value, the same in both languages) and `year`."""

    q = django_filters.CharFilter(label=_("Paieška"), method="filter_text")
    type = django_filters.ChoiceFilter(
        label=_("Tipas"),
        empty_label=_("Visi tipai"),
        choices=document_types,
        method="filter_type",
        widget=forms.Select,
    )
    year = django_filters.ChoiceFilter(
        label=_("Metai"),
        empty_label=_("Visi metai"),
        choices=document_years,
        method="filter_year",
        widget=forms.Select,
    )

    class Meta:
        model = PublicDocument
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The options are those of every address of the list until the next change: read once
        # per content generation (their labels stay lazy, translated when drawn), not once for
        # the form's validation and again for its drawing.
        # (Closures, not partials: the form's fields are deep-copied, and a function is kept.)
        if self.request is not None:
            request = self.request
            self.filters["type"].extra["choices"] = lambda: memoized(
                request, ("document-filter-options", "type"), document_types
            )
            self.filters["year"].extra["choices"] = lambda: memoized(
                request, ("document-filter-options", "year"), document_years
            )

    def filter_text(self, queryset, name, value):
        value = value.strip()
        return queryset.matching(value) if value else queryset

    def filter_type(self, queryset, name, value):
        return queryset.of_type(value)

    def filter_year(self, queryset, name, value):
        return queryset.in_year(int(value))
