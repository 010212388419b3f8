"""What a powers diff gives: the compared orders, the item changes and the aligned sections.

:class:`PowerDiff` holds :class:`ItemChange` records (an item added, removed
or changed, with the :class:`FieldChange` of each changed field and a
:class:`Side` — order, section path, words — for the old and the new item)
and :class:`SectionChange` records (top-level sections aligned, with a word
diff).  Everything converts to plain JSON with ``to_dict()``.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs
from attrs import field, frozen

from eoparse.export import item_to_dict, plain
from eoparse.kinds import KINDS
from eoparse.model import Order, Span

CATEGORIES = tuple(kind.name for kind in KINDS)
"""The categories of items compared (the registry's kinds), in the order a diff lists them."""


class Change(enum.StrEnum):
    """What happened to an item or a section between the old and the new order."""

    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    SAME = "same"


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


@frozen
class OrderRef:
    """The header facts of a compared order (what a diff keeps of it)."""

    label: str
    kind: str
    number: int | None
    signed: dt.date | None
    title: str | None

    @classmethod
    def of(cls, order: Order) -> OrderRef:
        """The reference for ``order``."""
        return cls(order.label(), order.kind.value, order.number, order.signed, order.title)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON: label, kind, number, signed (ISO), title."""
        return {
            "label": self.label,
            "kind": self.kind,
            "number": self.number,
            "signed": self.signed.isoformat() if self.signed else None,
            "title": self.title,
        }


@frozen
class FieldChange:
    """One field of a matched item that differs: ``deadline_days`` 30 → 14.

    For set-like fields (citations, basis, statutes, co-actors, target
    sections) ``added`` and ``removed`` list the members that differ.
    """

    field: str
    old: Any
    new: Any
    added: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    removed: tuple[str, ...] = attrs.field(default=(), converter=_tuple)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON (tuples become lists)."""
        out: dict[str, Any] = {
            "field": self.field,
            "old": plain(self.old),
            "new": plain(self.new),
        }
        if self.added or self.removed:
            out["added"] = list(self.added)
            out["removed"] = list(self.removed)
        return out


@frozen
class Side:
    """One side of a change: the order it is in, the section path, the words and the item."""

    order: str
    where: str
    span: Span
    quote: str
    item: Any
    """The item itself (an Authority, Grant … of the order this side comes from)."""

    def to_dict(self) -> dict[str, Any]:
        """``where``, ``quote``, ``item`` (the item's JSON), ``order`` and ``span``."""
        return {
            "where": self.where,
            "quote": self.quote,
            "item": item_to_dict(self.item),
            "order": self.order,
            "span": [self.span[0], self.span[1]],
        }


@frozen
class ItemChange:
    """An item added, removed, changed (or kept the same) between the orders."""

    category: str
    change: Change = field(converter=Change)
    label: str
    fields: tuple[FieldChange, ...] = field(converter=_tuple)
    new: Side | None
    old: Side | None

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of one entry of ``PowerDiff.to_dict()["changes"]``."""
        return {
            "category": self.category,
            "change": self.change.value,
            "label": self.label,
            "fields": [f.to_dict() for f in self.fields],
            "new": self.new.to_dict() if self.new else None,
            "old": self.old.to_dict() if self.old else None,
        }


@frozen
class SectionChange:
    """A top-level section (or the preamble) aligned between the orders, with a word diff.

    ``text_diff`` is a list of ``(op, words)`` with op ``equal``, ``delete``
    (only in the old section) or ``insert`` (only in the new one).
    """

    change: Change = field(converter=Change)
    new_path: str | None
    old_path: str | None
    new_heading: str | None
    old_heading: str | None
    similarity: float
    text_diff: tuple[tuple[str, str], ...] = field(converter=_tuple, repr=False)
    old_order: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of one entry of ``PowerDiff.to_dict()["sections"]``."""
        return {
            "change": self.change.value,
            "new_path": self.new_path,
            "old_path": self.old_path,
            "new_heading": self.new_heading,
            "old_heading": self.old_heading,
            "similarity": round(self.similarity, 4),
            "text_diff": [[op, words] for op, words in self.text_diff],
            "old_order": self.old_order,
        }


@frozen
class PowerDiff:
    """The aligned comparison of a new order with one or more old ones.

    ``changes`` holds the added, removed and changed items; ``unchanged`` the
    matched items that did not change; ``sections`` the aligned sections.
    """

    new: OrderRef
    old: tuple[OrderRef, ...] = field(converter=_tuple)
    changes: tuple[ItemChange, ...] = field(converter=_tuple)
    sections: tuple[SectionChange, ...] = field(converter=_tuple, repr=False)
    unchanged: tuple[ItemChange, ...] = field(default=(), converter=_tuple, repr=False)

    @property
    def added(self) -> tuple[ItemChange, ...]:
        """The items only the new order has."""
        return tuple(c for c in self.changes if c.change is Change.ADDED)

    @property
    def removed(self) -> tuple[ItemChange, ...]:
        """The items only the old order(s) have."""
        return tuple(c for c in self.changes if c.change is Change.REMOVED)

    @property
    def changed(self) -> tuple[ItemChange, ...]:
        """The matched items whose fields differ."""
        return tuple(c for c in self.changes if c.change is Change.CHANGED)

    def category(self, name: str) -> tuple[ItemChange, ...]:
        """The changes of one category (``grants``, ``authorities`` …)."""
        if name not in CATEGORIES:
            raise ValueError(f"unknown category {name!r}; expected one of {', '.join(CATEGORIES)}")
        return tuple(c for c in self.changes if c.category == name)

    def counts(self) -> dict[str, dict[str, int]]:
        """Per category: how many items were added, removed, changed and left unchanged."""
        out = {
            name: {"added": 0, "removed": 0, "changed": 0, "unchanged": 0} for name in CATEGORIES
        }
        for change in self.changes:
            out[change.category][change.change.value] += 1
        for change in self.unchanged:
            out[change.category]["unchanged"] += 1
        return out

    def section_counts(self) -> dict[str, int]:
        """How many aligned sections were added, removed, changed and the same."""
        out = {change.value: 0 for change in (Change.ADDED, Change.REMOVED, Change.CHANGED)}
        out["same"] = 0
        for section in self.sections:
            out[section.change.value] += 1
        return out

    def summary(self) -> str:
        """One line: the orders compared and the counts of what changed."""
        olds = ", ".join(ref.label for ref in self.old) or "nothing"
        parts = []
        for name, figures in self.counts().items():
            words = [f"{figures[k]} {k}" for k in ("added", "removed", "changed") if figures[k]]
            if words:
                parts.append(f"{name} {', '.join(words)}")
        sections = self.section_counts()
        moved = [f"{sections[k]} {k}" for k in ("added", "removed", "changed") if sections[k]]
        if moved:
            parts.append(f"sections {', '.join(moved)}")
        body = "; ".join(parts) if parts else "no changes"
        return f"{self.new.label} vs {olds}: {body}"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON: the orders, the summary, the counts, the changes and the sections."""
        return {
            "new": self.new.to_dict(),
            "old": [ref.to_dict() for ref in self.old],
            "summary": self.summary(),
            "counts": self.counts(),
            "changes": [change.to_dict() for change in self.changes],
            "sections": [section.to_dict() for section in self.sections],
        }

    def _repr_html_(self) -> str:
        """Notebook display: the two orders side by side (:func:`eoparse.render.html.diff_html`)."""
        from eoparse.render.html import diff_html

        return diff_html(self)

    def to_text(self) -> str:
        """A readable report: the summary, each change with both quotes, the changed sections
        (:func:`eoparse.compare.render.diff_text`)."""
        from eoparse.compare.render import diff_text

        return diff_text(self)


__all__ = [
    "CATEGORIES",
    "Change",
    "FieldChange",
    "ItemChange",
    "OrderRef",
    "PowerDiff",
    "SectionChange",
    "Side",
]
