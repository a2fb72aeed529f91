"""Rich text at any depth of a StreamField, cleaned with the RichTextFields' rules.

A RichTextBlock is rendered with `|richtext` just like a RichTextField, so a script stored in a
paragraph block reaches visitors the same way. Blocks nest (a StreamBlock inside a StructBlock
inside a ListBlock), so the walk follows the block definitions through the value's JSON form,
the form it is stored in, both on the model and inside a revision's content.
"""

from wagtail import blocks

from vvg_site.sanitising.rich_text import clean_rich_text


def _is_list_item(item):
    # Wagtail's current ListBlock format: {"type": "item", "value": ..., "id": ...}.
    return isinstance(item, dict) and "id" in item and "value" in item


def clean_block_data(block, data):
    """The JSON form of a block's value, with every rich text inside it cleaned."""
    if isinstance(block, blocks.RichTextBlock):
        return clean_rich_text(data) if isinstance(data, str) else data
    if isinstance(block, blocks.BaseStreamBlock) and isinstance(data, list):
        return [_clean_stream_child(block, child) for child in data]
    if isinstance(block, blocks.BaseStructBlock) and isinstance(data, dict):
        return {
            name: clean_block_data(block.child_blocks[name], value)
            if name in block.child_blocks
            else value
            for name, value in data.items()
        }
    if isinstance(block, blocks.ListBlock) and isinstance(data, list):
        return [
            {**item, "value": clean_block_data(block.child_block, item["value"])}
            if _is_list_item(item)
            else clean_block_data(block.child_block, item)
            for item in data
        ]
    return data


def _clean_stream_child(stream_block, child):
    if not isinstance(child, dict) or child.get("type") not in stream_block.child_blocks:
        return child
    child_block = stream_block.child_blocks[child["type"]]
    return {**child, "value": clean_block_data(child_block, child.get("value"))}


def clean_stream_field(field, value):
    """The cleaned JSON form of a StreamField's value, or None when there is nothing to clean."""
    data = field.get_prep_value(value)
    cleaned = clean_block_data(field.stream_block, data)
    return None if cleaned == data else cleaned
