"""Where a grant's verb stands in text the order quotes: a paragraph of a quotation (read
with the quotation's own section tree), words quoted inline into another order (their
grants are ``quoted``), and words an amendment strikes (no grant at all)."""

from __future__ import annotations

import regex

from eoparse.powers.context import Context, larger


def quoted_paragraph(context: Context, p_start: int) -> bool:
    """Whether the paragraph at ``p_start`` is text this order quotes: read with the
    quotation, not as the order's own words."""
    return context.quoted(p_start) or context.text.startswith('"', p_start)


_QUOTE_REACH = 3000
"""How far back a verb looks for the quote mark that opens the quotation it is in."""

_SINGLE_CLOSE = regex.compile(r"'(?![A-Za-z])")
"""What closes a quotation a single quote mark opens (``'the Board shall'``, a quotation
inside a quotation, as the Federal Register prints one): a ``'`` that no letter follows,
unlike an apostrophe (``President's``)."""


def _open_quote(text: str, start: int, at: int) -> int:
    """Where the quote mark stands that opens a quotation still open at ``at``, counting
    from ``start``: a double one, or a single one after a space (inside it or alone); -1
    where none is open."""
    double = text.rfind('"', start, at)
    if double >= 0 and text.count('"', start, at) % 2 == 0:
        double = -1  # closed before ``at``
    single = text.rfind(" '", larger(start, double), at)
    if single >= 0 and _SINGLE_CLOSE.search(text, single + 2, at) is None:
        return single + 1
    return double


def inline_quoted(text: str, p_start: int, at: int) -> bool:
    """Whether ``at`` lies in text its paragraph quotes into another order: after an
    opening quote mark not closed yet, which an amendment's words lead into."""
    start = larger(p_start, at - _QUOTE_REACH)
    if text.find('"', start, at) < 0 and text.find(" '", start, at) < 0:
        return False
    opening = _open_quote(text, start, at)
    if opening < 0:
        return False
    lead = text[larger(start, opening - 120) : opening]
    return any(word in lead for word in ("amend", "read", "follows", "insert", "add"))


_STRIKING = ("striking", "strike", "deleting", "delete", "removing", "remove")
"""The words of an amendment that takes text out (``by striking "the Vice President shall
convene"``): what it quotes is no duty of anyone's."""


def struck(text: str, p_start: int, at: int) -> bool:
    """Whether ``at`` lies in words its paragraph quotes to strike from another order:
    after an opening quote mark not closed yet, right after ``striking`` or ``deleting``
    (``by striking "the Board shall"``, ``… amended: (ii) by striking 'the Board shall'``)."""
    start = larger(p_start, at - 400)
    opening = _open_quote(text, start, at)
    if opening < 0:
        return False
    lead = text[larger(start, opening - 24) : opening].rstrip(" ,")
    return lead.endswith(_STRIKING) or lead.endswith(tuple(f"{w} the words" for w in _STRIKING))


__all__ = ["inline_quoted", "quoted_paragraph", "struck"]
