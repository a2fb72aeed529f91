"""Content blocks shared by every page body.

Their labels are the headings an editor sees on each block and its fields: capitalised as
Wagtail capitalises the labels it makes itself (capfirst), the msgids staying lowercase.
"""

from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=capfirst(_("tekstas")), max_length=200)
    level = blocks.ChoiceBlock(
        label=capfirst(_("lygis")),
        choices=[("h2", _("2 lygio antraštė")), ("h3", _("3 lygio antraštė"))],
        default="h2",
        help_text=_("2 lygio – skyriaus antraštė; 3 lygio – poskyrio."),
    )

    class Meta:
        icon = "title"
        label = capfirst(_("antraštė"))
        template = "blocks/heading_block.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=capfirst(_("paveikslėlis")))
    alt_text = blocks.CharBlock(
        label=capfirst(_("alternatyvusis tekstas")),
        required=False,
        max_length=250,
        help_text=_(
            "Ką paveikslėlis rodo žmogui, kuris jo nemato. Palikite tuščią tik dekoratyviam "
            "paveikslėliui."
        ),
    )
    caption = blocks.CharBlock(label=capfirst(_("paaiškinimas")), required=False, max_length=300)

    class Meta:
        icon = "image"
        label = capfirst(_("paveikslėlis"))
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=capfirst(_("citata")))
    attribution = blocks.CharBlock(label=capfirst(_("autorius")), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = capfirst(_("citata"))
        template = "blocks/quote_block.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=capfirst(_("dokumentas")))
    label = blocks.CharBlock(
        label=capfirst(_("nuorodos tekstas")),
        required=False,
        max_length=200,
        help_text=_("Jei tuščia, rodomas dokumento pavadinimas."),
    )

    class Meta:
        icon = "doc-full"
        label = capfirst(_("dokumentas"))
        template = "blocks/document_link_block.html"


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=capfirst(_("tekstas")),
        features=RICH_TEXT_FEATURES,
        template="blocks/paragraph_block.html",
    )
    image = ImageBlock()
    quote = QuoteBlock()
    document = DocumentLinkBlock()
    embed = EmbedBlock(
        label=capfirst(_("įterpimas (vaizdo įrašas ir pan.)")),
        help_text=_("Nuoroda, pvz. į YouTube vaizdo įrašą."),
        template="blocks/embed_block.html",
    )
