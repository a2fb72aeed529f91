"""`{{ text|marked:query }}` and `{{ rich_text|search_excerpt:query }}`: search results that
show the visitor's words in <mark>."""

import functools

from django import template

from vvg_site.core.text import plain_text
from vvg_site.textsearch.marks import excerpt, highlight

register = template.Library()


@register.filter
def marked(text, query):
    return highlight(text, query)


@register.filter
def search_excerpt(text, query):
    return excerpt(plain_words(str(text or "")), query)


# Results show the same records' text again and again, for other words: each text is made plain
# once per process (a function of the text alone, so nothing to invalidate).
@functools.lru_cache(maxsize=1024)
def plain_words(html):
    return plain_text(html)
