"""The rules rich text is stored by, however it arrives: formatting and Wagtail's own link and
embed references only.

Wagtail's editor already drops scripts and `javascript:` links from what editors type, but
`{{ value|richtext }}` trusts whatever is in the database: fixtures, the shell, an importer or a
forged form post could put a script there. signals.py applies these rules before every save.
"""

from wagtail.whitelist import DEFAULT_ELEMENT_RULES, Whitelister, attribute_rule, check_url

from bs4 import BeautifulSoup

# Elements whose content is code or a foreign document, never text to keep.
DROPPED_WITH_CONTENT = ["script", "style", "iframe", "object", "embed:not([embedtype])", "template"]

BLOCK_KEY = {"data-block-key": True}
ELEMENT_RULES = {
    **{name: attribute_rule(BLOCK_KEY) for name in DEFAULT_ELEMENT_RULES if name != "img"},
    "[document]": attribute_rule({}),
    "i": attribute_rule({}),
    "b": attribute_rule({}),
    "code": attribute_rule({}),
    "s": attribute_rule({}),
    "blockquote": attribute_rule(BLOCK_KEY),
    # Wagtail's database format: links to pages and documents by id, images and media as embeds.
    "a": attribute_rule({"href": check_url, "linktype": True, "id": True}),
    "embed": attribute_rule(
        {"embedtype": True, "id": True, "format": True, "alt": True, "url": check_url}
    ),
}


class StoredRichTextWhitelister(Whitelister):
    element_rules = ELEMENT_RULES

    def clean(self, html):
        doc = BeautifulSoup(html, "html.parser")
        for node in doc.select(", ".join(DROPPED_WITH_CONTENT)):
            node.decompose()
        return super().clean(str(doc))


def clean_rich_text(html):
    return StoredRichTextWhitelister().clean(html) if html else html
