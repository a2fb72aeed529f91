"""`{{ text|marked:query }}` and `{{ rich_text|search_excerpt:query }}`: search results that
show the visitor's words in <mark>."""

from django import template

from vvg_site.core.text import plain_text
from vvg_site.textsearch.marks import excerpt, highlight

register = template.Library()


@register.filter
def marked(text, query):
    return highlight(text, query)


@register.filter
def search_excerpt(text, query):
    return excerpt(plain_text(text), query)
