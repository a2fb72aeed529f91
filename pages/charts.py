"""The sector balance as a bar chart drawn on the server: geometry here, markup in
templates/pages/includes/sector_chart.html (an inline SVG with the same numbers as a table).

Coordinates are whole numbers in the SVG's own units, so no locale can put a decimal comma into
an attribute; the viewBox scales the drawing to the column.
"""

from pages.models.organisation import MAJORITY_LIMIT, percent_text

LABEL_WIDTH = 150  # the sector's name, left of its bar
BAR_SPACE = 220  # a bar of 100 %
VALUE_SPACE = 90  # "12 (57,1 %)" right of the bar
ROW_HEIGHT = 30
BAR_HEIGHT = 18
TOP = 18  # room for the limit's label above the first bar


def sector_chart(balance, *, show_limit=False):
    """Bars of a SectorBalance, every sector in order (an empty one as a bar of 0), and, for a
    decision-making body, the 49 % line of the majority rule. None when there is nothing to count.
    """
    if not balance.total:
        return None
    rows = []
    for i, share in enumerate(balance.shares):
        y = TOP + i * ROW_HEIGHT
        width = round(BAR_SPACE * share.share)
        rows.append(
            {
                "share": share,
                "y": y,
                "width": width,
                "label_y": y + BAR_HEIGHT - 4,
                "value_x": LABEL_WIDTH + width + 6,
            }
        )
    height = TOP + len(rows) * ROW_HEIGHT
    limit_x = LABEL_WIDTH + round(BAR_SPACE * MAJORITY_LIMIT)
    return {
        "balance": balance,
        "rows": rows,
        "bar_x": LABEL_WIDTH,
        "label_x": LABEL_WIDTH - 8,
        "bar_height": BAR_HEIGHT,
        "width": LABEL_WIDTH + BAR_SPACE + VALUE_SPACE,
        "height": height,
        "limit": {
            "x": limit_x,
            "y_top": TOP - 4,
            "y_bottom": height - 4,
            "label_y": TOP - 7,
            "text": percent_text(MAJORITY_LIMIT * 100),
        }
        if show_limit
        else None,
    }
