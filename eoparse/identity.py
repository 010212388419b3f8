"""One document identity, used everywhere: kind and number, or kind and date.

A document's identity is its :data:`~eoparse.model.DocumentKey`
(``Order.key``, ``Instrument.key``): ``("executive_order", "13224")``, or
``("memorandum", "2025-05-14")`` for an unnumbered one.  The corpus indexes
by it, the diff compares referenced documents by it, lineage and the CLI
look documents up by it.  :func:`target_key` turns whatever a user names a
document by into that key.
"""

from __future__ import annotations

import datetime as dt

import regex

from eoparse.model import DocumentKey, Instrument, Kind, Order

Target = int | str | Order | Instrument | tuple[str | Kind, int | str | dt.date]
"""What names a document: an executive order number (``13224`` or ``"13224"``), a
label (``"EO 13224"``, ``"Executive Order 13224"``, ``"Proclamation 10886"``), an
order, an instrument, or ``(kind, number)`` / ``(kind, date)``."""

LABEL = regex.compile(
    r"""
    ^\s*
    (?:
        (?P<executive_order>E\.?\ ?O\.?|Exec(?:utive|\.)?\ Order)   # EO, E.O., Executive Order
      | (?P<proclamation>Proc(?:lamation|\.)?)                       # Proclamation, Proc.
    )
    \ ?(?:No\.\ ?)?(?P<number>\d{1,6})\s*$                            # the number
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
"""A label naming a numbered document: ``EO 14157``, ``Executive Order No. 13224``,
``Proclamation 10886``."""


def target_key(target: Target) -> DocumentKey:
    """The identity of whatever names a document (see :data:`Target`).

    Raises ``TypeError`` for something that names no document and ``KeyError``
    for an order with neither number nor date.
    """
    if isinstance(target, bool):
        raise TypeError("a document is named by a number, an order, an instrument or (kind, id)")
    if isinstance(target, int):
        return (Kind.EXECUTIVE_ORDER.value, str(target))
    if isinstance(target, Order):
        key = target.key
        if key is None:
            raise KeyError(f"{target.label()} has no number or date to be found by")
        return key
    if isinstance(target, Instrument):
        return target.key
    if isinstance(target, str):
        if target.isdigit():
            return (Kind.EXECUTIVE_ORDER.value, str(int(target)))
        match = LABEL.match(target)
        if match is None:
            raise TypeError(f"cannot name a document by {target!r}; see eoparse.identity.Target")
        kind = "executive_order" if match["executive_order"] else "proclamation"
        return (kind, str(int(match["number"])))
    if not isinstance(target, tuple) or len(target) != 2:
        raise TypeError(f"cannot name a document by {target!r}; see eoparse.identity.Target")
    kind, ident = target
    value = ident.isoformat() if isinstance(ident, dt.date) else str(ident)
    return (Kind(kind).value, value)


__all__ = ["LABEL", "Target", "target_key"]
