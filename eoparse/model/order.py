"""The parsed document: :class:`Order`."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterator
from typing import Any

import attrs
from attrs import field, frozen

from eoparse.model.items import (
    Authority,
    Body,
    Designation,
    EmergencyAction,
    Grant,
    Measure,
    ParseWarning,
    Reference,
    Section,
)
from eoparse.model.vocabulary import (
    DocumentKey,
    HasSpan,
    Kind,
    Location,
    PageMark,
    Span,
    WordBox,
    _tuple,
    document_key,
)


@frozen
class Order:
    """A parsed presidential document.

    Header facts (``kind`` … ``document_number``) are ``None`` when the source
    does not carry them; ``warnings`` says what was guessed or repaired.
    """

    kind: Kind = field(converter=Kind)
    number: int | None
    title: str | None
    signed: dt.date | None
    president: str | None
    citation: str | None
    document_number: str | None
    text: str = field(repr=False)
    sections: tuple[Section, ...] = field(default=(), converter=_tuple, repr=False)
    preamble: Span | None = field(default=None, repr=False)
    signature: Span | None = field(default=None, repr=False)
    quotations: tuple[Span, ...] = field(default=(), converter=_tuple, repr=False)
    """Spans of text this order inserts into other documents (its markers are theirs)."""
    authorities: tuple[Authority, ...] = field(default=(), converter=_tuple, repr=False)
    references: tuple[Reference, ...] = field(default=(), converter=_tuple, repr=False)
    emergencies: tuple[EmergencyAction, ...] = field(default=(), converter=_tuple, repr=False)
    designations: tuple[Designation, ...] = field(default=(), converter=_tuple, repr=False)
    measures: tuple[Measure, ...] = field(default=(), converter=_tuple, repr=False)
    grants: tuple[Grant, ...] = field(default=(), converter=_tuple, repr=False)
    bodies: tuple[Body, ...] = field(default=(), converter=_tuple, repr=False)
    pages: tuple[PageMark, ...] = field(default=(), converter=_tuple, repr=False)
    boxes: tuple[WordBox, ...] = field(default=(), converter=_tuple, repr=False)
    """Word boxes on the PDF pages (only for orders read from a PDF)."""
    source_format: str = field(default="text", repr=False)
    warnings: tuple[ParseWarning, ...] = field(default=(), converter=_tuple, repr=False)
    """What the parse guessed, repaired or could not find (see :mod:`eoparse.diagnostics`)."""

    # -- reading the text -------------------------------------------------

    def quote(self, item: HasSpan | Span) -> str:
        """The exact words of ``item`` (anything with a ``span``, or a span itself)."""
        start, end = item if isinstance(item, tuple) else item.span
        return self.text[start:end]

    def page_at(self, offset: int) -> int | None:
        """The Federal Register page on which ``offset`` of ``text`` is printed."""
        if not self.pages:
            return None
        i = bisect.bisect_right([mark[0] for mark in self.pages], offset) - 1
        return self.pages[max(i, 0)][1]

    def locate(self, item: HasSpan | Span) -> tuple[Location, ...]:
        """Where ``item`` is printed in the source PDF: one rectangle per page and line.

        Empty when the order was not read from a PDF.  Feed the rectangles to
        pdfplumber's ``page.to_image().draw_rects`` to highlight the item.
        """
        start, end = item if isinstance(item, tuple) else item.span
        rectangles: list[tuple[int, list[float]]] = []
        for w_start, w_end, page, x0, top, x1, bottom in self.boxes:
            if w_end <= start or w_start >= end:
                continue
            last = rectangles[-1] if rectangles else None
            same_line = last is not None and last[0] == page and abs(last[1][1] - top) < 2
            if last is not None and same_line:
                box = last[1]
                box[0], box[1] = min(box[0], x0), min(box[1], top)
                box[2], box[3] = max(box[2], x1), max(box[3], bottom)
            else:
                rectangles.append((page, [x0, top, x1, bottom]))
        return tuple((page, (b[0], b[1], b[2], b[3])) for page, b in rectangles)

    def walk(self) -> Iterator[Section]:
        """Every section of the tree, in document order."""
        for section in self.sections:
            yield from section.walk()

    def section(self, path: str) -> Section:
        """The section with this ``path`` (``KeyError`` naming the path if there is none)."""
        for section in self.walk():
            if section.path == path:
                return section
        raise KeyError(f"no section {path!r} in {self.label()}")

    def path_at(self, offset: int) -> str:
        """The path of the innermost section holding ``offset``, or preamble/signature."""
        found: Section | None = None
        level: tuple[Section, ...] = self.sections
        while True:
            for section in level:
                if section.span[0] <= offset < section.span[1]:
                    found = section
                    level = section.children
                    break
            else:
                break
        if found is not None:
            return found.path
        if self.signature is not None and self.signature[0] <= offset < self.signature[1]:
            return "signature"
        return "preamble"

    @property
    def key(self) -> DocumentKey | None:
        """The order's identity (kind and number, else kind and signing date); ``None``
        when it has neither."""
        if self.number is None and self.signed is None:
            return None
        return document_key(self.kind, self.number, self.signed)

    def label(self) -> str:
        """``Executive Order 14157``, or the kind and title when there is no number."""
        name = self.kind.value.replace("_", " ").title()
        if self.number is not None:
            return f"{name} {self.number}"
        if self.signed is not None:
            return f"{name} of {self.signed:%B} {self.signed.day}, {self.signed.year}"
        return name

    # -- export -------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The order as plain JSON-ready data (schema_version 2, see docs/schema.json)."""
        from eoparse.present.export import order_to_dict

        return order_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Order:
        """Rebuild an order from :meth:`to_dict` output: ``from_dict(o.to_dict()) == o``."""
        from eoparse.present.export import order_from_dict

        return order_from_dict(data)

    def to_json(self, *, indent: int | None = 2) -> str:
        """The :meth:`to_dict` data as a JSON string (keys in a stable order)."""
        from eoparse.present.export import order_to_json

        return order_to_json(self, indent=indent)

    def to_frame(self, kind: str) -> Any:
        """A pandas DataFrame with one row per item of ``kind`` (``orders``, ``sections``,
        ``authorities``, ``references``, ``emergencies``, ``designations``, ``measures``,
        ``grants``, ``bodies``):
        the order, the path, the span and the quote.  Needs ``pip install 'eoparse[pandas]'``
        (an ``ImportError`` says so otherwise); see :mod:`eoparse.present.frames`."""
        from eoparse.present.frames import to_frame

        return to_frame(self, kind)

    def outline(self) -> str:
        """A readable plain-text outline: header, section tree and extraction counts."""
        from eoparse.present.text import outline

        return outline(self)

    def _repr_html_(self) -> str:
        """Notebook display: header, outline, extraction tables, highlighted text."""
        from eoparse.present.html import order_html

        return order_html(self)


def evolve(instance: Any, **changes: Any) -> Any:
    """A copy of a frozen model instance with ``changes`` applied (``attrs.evolve``)."""
    return attrs.evolve(instance, **changes)


__all__ = ["Order", "evolve"]
