"""Plain text out of rich text, for exports, feeds and meta descriptions."""

from html import unescape

from django.utils.html import strip_tags
from django.utils.text import Truncator


def plain_text(html_or_text, length=None):
    """Rich text (or plain text) as one line of plain text; cut at a word near `length` if given."""
    text = " ".join(unescape(strip_tags(str(html_or_text or ""))).split())
    return Truncator(text).chars(length) if length else text
