"""Plain text out of rich text, for exports, feeds and meta descriptions."""

import re
from html import unescape

from django.utils.html import strip_tags
from django.utils.text import Truncator

# Where one block of rich text ends and the next begins: the text must keep the break there, or
# "...įgyvendinimo.</p><p>Projektas..." becomes "...įgyvendinimo.Projektas...".
BLOCK_BOUNDARY = re.compile(r"</(?:p|li|h[1-6]|blockquote|div|ul|ol)\s*>|<br\s*/?>", re.IGNORECASE)


def plain_text(html_or_text, length=None, *, paragraphs=False):
    """Rich text (or plain text) as plain text: one line, or with `paragraphs` one blank line
    between its blocks; cut at a word near `length` if given."""
    marked = BLOCK_BOUNDARY.sub(lambda match: match[0] + "\n", str(html_or_text or ""))
    blocks = [" ".join(block.split()) for block in unescape(strip_tags(marked)).split("\n")]
    text = ("\n\n" if paragraphs else " ").join(block for block in blocks if block)
    return Truncator(text).chars(length) if length else text
