"""Where a grant's verb stands in text the order quotes: a paragraph of a quotation (read
with the quotation's own section tree), words quoted inline into another order (their
grants are ``quoted``), and words an amendment strikes (no grant at all)."""

from __future__ import annotations

from eoparse.powers.context import Context, larger


def quoted_paragraph(context: Context, p_start: int) -> bool:
    """Whether the paragraph at ``p_start`` is text this order quotes: read with the
    quotation, not as the order's own words."""
    return context.quoted(p_start) or context.text.startswith('"', p_start)


_QUOTE_REACH = 3000
"""How far back a verb looks for the quote mark that opens the quotation it is in."""


def inline_quoted(text: str, p_start: int, at: int) -> bool:
    """Whether ``at`` lies in text its paragraph quotes into another order: after an
    opening quote mark not closed yet, which an amendment's words lead into."""
    start = larger(p_start, at - _QUOTE_REACH)
    if text.find('"', start, at) < 0:
        return False
    before = text[start:at]
    if before.count('"') % 2 == 0:
        return False
    opening = before.rfind('"')
    lead = before[larger(0, opening - 120) : opening]
    return any(word in lead for word in ("amend", "read", "follows", "insert", "add"))


_STRIKING = ("striking", "strike", "deleting", "delete", "removing", "remove")
"""The words of an amendment that takes text out (``by striking "the Vice President shall
convene"``): what it quotes is no duty of anyone's."""


def struck(text: str, p_start: int, at: int) -> bool:
    """Whether ``at`` lies in words its paragraph quotes to strike from another order:
    after an opening quote mark not closed yet, right after ``striking`` or ``deleting``."""
    start = larger(p_start, at - 400)
    opening = text.rfind('"', start, at)
    if opening < 0 or text.count('"', start, opening) % 2 == 1:
        return False  # not inside a quotation, or inside the closing of one
    lead = text[larger(start, opening - 24) : opening].rstrip(" ,")
    return lead.endswith(_STRIKING) or lead.endswith(tuple(f"{w} the words" for w in _STRIKING))


__all__ = ["inline_quoted", "quoted_paragraph", "struck"]
