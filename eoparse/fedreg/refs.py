"""What the user asks for: a reference to one presidential document, read into a :class:`DocRef`.

``"EO 14157"``, ``"Executive Order 14157"``, ``14157``, ``"Proclamation 10886"``,
``"Memorandum of January 20, 2025"``, a Federal Register document number
(``"2025-02004"``), a citation (``"90 FR 8439"``), or an object eoparse made:
a :class:`~eoparse.model.Reference` (its target), an
:class:`~eoparse.model.Instrument` or an :class:`~eoparse.model.Order`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from attrs import frozen

from eoparse.errors import BadReference
from eoparse.fedreg.patterns import CITATION, DATED, DOCUMENT_NUMBER, ISO_DATE, NUMBERED
from eoparse.grammar.dates import parse_date
from eoparse.model import Instrument, Kind, Order, Reference

Ref = str | int | Instrument | Reference | Order
"""Whatever :func:`eoparse.fetch` accepts as a reference (see :func:`read_ref`)."""

_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-"})


@frozen
class DocRef:
    """One document asked for: by FR document number, by citation, by kind and number,
    or by kind and signing date (memoranda, notices and determinations have no number)."""

    kind: Kind | None = None
    number: int | None = None
    date: dt.date | None = None
    document_number: str | None = None
    citation: str | None = None

    def label(self) -> str:
        """How messages name it: ``EO 14157``, ``Proclamation 10886``, ``FR Doc. 2025-02004``."""
        if self.document_number is not None:
            return f"FR Doc. {self.document_number}"
        if self.citation is not None:
            return self.citation
        if self.kind is Kind.EXECUTIVE_ORDER and self.number is not None:
            return f"EO {self.number}"
        return Instrument(self.kind or Kind.OTHER, self.number, self.date).label()


def _from_instrument(target: Instrument) -> DocRef:
    if target.series is not None:
        raise BadReference(
            f"{target.label()} is a numbered directive; the Federal Register does not index "
            "it by that number: fetch it by FR document number or signing date"
        )
    if target.number is not None:
        if target.kind not in (Kind.EXECUTIVE_ORDER, Kind.PROCLAMATION):
            raise BadReference(f"{target.label()}: only orders and proclamations have numbers")
        return DocRef(kind=target.kind, number=target.number)
    if target.date is not None:
        return DocRef(kind=target.kind, date=target.date)
    raise BadReference(f"{target.label()} has neither a number nor a date to be found by")


def _from_order(order: Order) -> DocRef:
    if order.document_number:
        return DocRef(document_number=order.document_number)
    return _from_instrument(Instrument(order.kind, order.number, order.signed))


def _date(text: str) -> dt.date | None:
    iso = ISO_DATE.match(text)
    if iso is not None:
        try:
            return dt.date(int(iso["y"]), int(iso["m"]), int(iso["d"]))
        except ValueError:
            return None
    found, _ = parse_date(text)
    return found


def _from_string(value: str) -> DocRef:
    text = " ".join(value.translate(_DASHES).split())
    if text.isdigit():
        return DocRef(kind=Kind.EXECUTIVE_ORDER, number=int(text))
    numbered = NUMBERED.match(text)
    if numbered is not None:
        kind = Kind.EXECUTIVE_ORDER if numbered["eo"] else Kind.PROCLAMATION
        return DocRef(kind=kind, number=int(numbered["number"].replace(",", "")))
    document = DOCUMENT_NUMBER.match(text)
    if document is not None:
        return DocRef(document_number=document["number"].upper())
    citation = CITATION.match(text)
    if citation is not None:
        return DocRef(citation=f"{int(citation['volume'])} FR {int(citation['page'])}")
    dated = DATED.match(text)
    if dated is not None:
        day = _date(dated["date"])
        if day is None:
            raise BadReference(f"{value!r}: cannot read {dated['date']!r} as a date")
        return DocRef(kind=Kind(dated["kind"].lower()), date=day)
    raise BadReference(
        f"cannot read {value!r} as a reference to a presidential document; give e.g. "
        "'EO 14157', 'Proclamation 10886', 'Memorandum of 2025-01-20', an FR document "
        "number ('2025-02004') or a citation ('90 FR 8439')"
    )


def read_ref(value: Ref | DocRef) -> DocRef:
    """Read whatever names a presidential document into a :class:`DocRef`.

    Raises :class:`~eoparse.errors.BadReference` (also a ``ValueError``) for
    what names no document, and for numbered directives (NSPM-7), which the
    Federal Register does not index by their number.
    """
    if isinstance(value, DocRef):
        return value
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return DocRef(kind=Kind.EXECUTIVE_ORDER, number=value)
    for kind, reader in _READERS:
        if isinstance(value, kind):
            return reader(value)
    raise BadReference(f"cannot read {value!r} as a reference to a presidential document")


_READERS: tuple[tuple[type, Callable[[Any], DocRef]], ...] = (
    (Reference, lambda reference: _from_instrument(reference.target)),
    (Instrument, _from_instrument),
    (Order, _from_order),
    (str, _from_string),
)
"""How each kind of object eoparse makes names a document."""
