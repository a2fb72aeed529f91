"""Content blocks shared by every page body."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("tekstas"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("lygis"),
        choices=[("h2", _("2 lygio antraštė")), ("h3", _("3 lygio antraštė"))],
        default="h2",
        help_text=_("2 lygio – skyriaus antraštė; 3 lygio – poskyrio."),
    )

    class Meta:
        icon = "title"
        label = _("antraštė")
        template = "blocks/heading_block.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("paveikslėlis"))
    alt_text = blocks.CharBlock(
        label=_("alternatyvusis tekstas"),
        required=False,
        max_length=250,
        help_text=_(
            "Ką paveikslėlis rodo žmogui, kuris jo nemato. Palikite tuščią tik dekoratyviam "
            "paveikslėliui."
        ),
    )
    caption = blocks.CharBlock(label=_("paaiškinimas"), required=False, max_length=300)

    class Meta:
        icon = "image"
        label = _("paveikslėlis")
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("citata"))
    attribution = blocks.CharBlock(label=_("autorius"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("citata")
        template = "blocks/quote_block.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("dokumentas"))
    label = blocks.CharBlock(
        label=_("nuorodos tekstas"),
        required=False,
        max_length=200,
        help_text=_("Jei tuščia, rodomas dokumento pavadinimas."),
    )

    class Meta:
        icon = "doc-full"
        label = _("dokumentas")
        template = "blocks/document_link_block.html"


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("tekstas"), features=RICH_TEXT_FEATURES, template="blocks/paragraph_block.html"
    )
    image = ImageBlock()
    quote = QuoteBlock()
    document = DocumentLinkBlock()
    embed = EmbedBlock(
        label=_("įterpimas (vaizdo įrašas ir pan.)"),
        help_text=_("Nuoroda, pvz. į YouTube vaizdo įrašą."),
        template="blocks/embed_block.html",
    )
