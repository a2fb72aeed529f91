"""The sector balance as a bar chart drawn on the server: geometry here, markup in
templates/pages/includes/sector_chart.html (an inline SVG with the same numbers as a table).

Each sector's name stands above its bar and the numbers in a column to the right, so the bars
take the whole width, no text crosses the 49 % line, and the text stays legible when a phone
scales the drawing down. Coordinates are whole numbers in the SVG's own
units, so no locale can put a decimal comma into an attribute; the viewBox does the scaling.
"""

from pages.models.organisation import MAJORITY_LIMIT, percent_text

BAR_SPACE = 300  # a bar of 100 %
VALUE_SPACE = 110  # "12 (57,1 %)" right of the bars' track
ROW_HEIGHT = 46  # the name, then the bar
LABEL_BASELINE = 14  # below the row's top
BAR_TOP, BAR_HEIGHT = 20, 18
TOP = 22  # room for the limit's label above the first row


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
                "label_y": y + LABEL_BASELINE,
                "bar_y": y + BAR_TOP,
                "limit_y1": y + BAR_TOP - 3,
                "limit_y2": y + BAR_TOP + BAR_HEIGHT + 3,
                "width": width,
                "value_y": y + BAR_TOP + BAR_HEIGHT - 4,
            }
        )
    height = TOP + len(rows) * ROW_HEIGHT
    limit = None
    if show_limit:
        # Drawn across each bar (not across the names between them), labelled once on top.
        limit = {
            "x": round(BAR_SPACE * MAJORITY_LIMIT),
            "label_y": TOP - 8,
            "text": percent_text(MAJORITY_LIMIT * 100),
        }
    return {
        "balance": balance,
        "rows": rows,
        "bar_space": BAR_SPACE,
        "value_x": BAR_SPACE + 8,
        "bar_height": BAR_HEIGHT,
        "width": BAR_SPACE + VALUE_SPACE,
        "height": height,
        "limit": limit,
    }
