"""News items as lists show them (the news index, the home page, a project's page): each card
(`templates/pages/includes/news_item.html`) drawn once per version of what it shows and kept in
the cache (vvg_site.core.fragments).

A card shows the item's title, address, date, lead and main picture: its key holds those
values, the picture's file and focal point (its renditions follow them), the reader's language
and the heading level. Editing the item or replacing its picture changes the key; nothing else
has to be forgotten.
"""

from django.template.loader import render_to_string

from vvg_site.core.fragments import draw_once, fragment_key
from vvg_site.core.languages import current_language
from vvg_site.core.pagetree import page_tree

NEWS_CARD = "pages/includes/news_item.html"
PICTURE_FIELDS = (
    "id",
    "file",
    "width",
    "height",
    "focal_point_x",
    "focal_point_y",
    "focal_point_width",
    "focal_point_height",
)


def draw_news_cards(items, request, *, heading="h2"):
    """The news items (with `main_image` selected), each with `card` set."""
    items = list(items)
    tree = page_tree(request)
    language = current_language()
    urls = {item.pk: address(tree, item, request) for item in items}

    def key_of(item):
        image = item.main_image
        picture = tuple(getattr(image, name) for name in PICTURE_FIELDS) if image else None
        material = (language, heading, urls[item.pk], item.title, item.date, item.lead)
        return fragment_key("news-card", item.pk, (*material, item.main_image_alt, picture))

    def draw(item):
        context = {"item": item, "url": urls[item.pk], "heading": heading}
        return render_to_string(NEWS_CARD, context)

    for item, card in zip(items, draw_once(items, key_of, draw), strict=True):
        item.card = card
    return items


def address(tree, page, request):
    entry = tree.get(page.pk)
    return tree.url(entry, request) if entry is not None else page.get_url(request)
