"""A short order around a body of sections we wrote, and its grants as (where, actor): the
helper the grant tests share."""

from __future__ import annotations

from eoparse import Order, parse_text

HEAD = (
    "Executive Order 14975 of June 2, 2026\n\nTesting Grants\n\n"
    "By the authority vested in me as President, it is hereby ordered:\n\n"
)
END = "\n\nTHE WHITE HOUSE,\nJune 2, 2026.\n"

Row = tuple[str, str]
"""(where, actor)"""


def order(body: str) -> Order:
    """The order whose body is ``body``."""
    return parse_text(HEAD + body + END)


def rows(body: str) -> list[Row]:
    """The (where, actor) of each grant of the order whose body is ``body``."""
    return [(g.where, g.actor) for g in order(body).grants]
