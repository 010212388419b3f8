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

from eoparse.kinds import KINDS
from eoparse.model import Order, Span
from eoparse.present.export import item_to_dict, plain

CATEGORIES = tuple(kind.name for kind in KINDS)
"""The categories of items compared (the registry's kinds), in the order a diff lists them."""


class Change(enum.StrEnum):
    """What happened to an item or a section between the old and the new order."""

    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    WORDING = "wording"
    """Matched items that differ in wording only (same actor, modality, deadline, scope):
    folded away by the displays unless asked for."""
    SAME = "same"
    KEPT = "kept"
    """An old order's item the new one neither repeats nor replaces: it stays in force (the
    new order amends, expands or cites the old one without revoking it)."""


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
    sections, names) ``added`` and ``removed`` list the members that differ;
    for text fields ``words`` is a word diff, ``(op, words)`` with op
    ``equal``, ``delete`` or ``insert``.
    """

    field: str
    old: Any
    new: Any
    added: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    removed: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    words: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_tuple, repr=False)

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
        if self.words:
            out["words"] = [[op, words] for op, words in self.words]
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
class Headline:
    """One line of a diff's headlines: what an analyst would brief first.

    ``changes`` are the item changes it sums up (one, or several: the powers an
    actor gained or lost); ``weight`` ranks it (higher first).
    """

    text: str
    category: str
    weight: int
    changes: tuple[ItemChange, ...] = field(converter=_tuple, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON: the line, its category and weight, and the changes it sums up."""
        return {
            "text": self.text,
            "category": self.category,
            "weight": self.weight,
            "changes": [change.to_dict() for change in self.changes],
        }


@frozen
class Relatedness:
    """How the compared orders relate, found before diffing them.

    ``relations``: what one says it does to the other (revokes, amends,
    supersedes, cites …, emergency actions on its emergency); ``lineage``:
    documents both act on; ``subject``: what they share (distinctive title
    words, specific statutes, an emergency).  ``warning`` says so when they
    share none of these: a diff of unrelated orders compares unlike things.
    """

    relations: tuple[str, ...] = field(default=(), converter=_tuple)
    lineage: tuple[str, ...] = field(default=(), converter=_tuple)
    subject: tuple[str, ...] = field(default=(), converter=_tuple)

    @property
    def related(self) -> bool:
        """Whether the orders share anything at all."""
        return bool(self.relations or self.lineage or self.subject)

    @property
    def warning(self) -> str | None:
        """The warning for orders that share nothing, or ``None``."""
        if self.related:
            return None
        return (
            "these orders do not refer to one another, act on no common document and share "
            "no subject: the diff compares unrelated orders"
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON: relations, lineage, subject, related and the warning."""
        return {
            "related": self.related,
            "relations": list(self.relations),
            "lineage": list(self.lineage),
            "subject": list(self.subject),
            "warning": self.warning,
        }


@frozen
class PowerDiff:
    """The aligned comparison of one or more old orders with a new one.

    ``changes`` holds the added, removed, changed and wording-only changes;
    ``unchanged`` the matched items that did not change and the old items kept in
    force (``kept``: the new order does not replace them); ``sections`` the
    aligned sections; ``related`` how the orders relate; ``headlines`` the
    ranked short list an analyst reads first.
    """

    new: OrderRef
    old: tuple[OrderRef, ...] = field(converter=_tuple)
    changes: tuple[ItemChange, ...] = field(converter=_tuple)
    sections: tuple[SectionChange, ...] = field(converter=_tuple, repr=False)
    unchanged: tuple[ItemChange, ...] = field(default=(), converter=_tuple, repr=False)
    related: Relatedness = field(factory=Relatedness)
    headlines: tuple[Headline, ...] = field(default=(), converter=_tuple)

    @property
    def warnings(self) -> tuple[str, ...]:
        """What the reader of this diff should know first (unrelated orders)."""
        warning = self.related.warning
        return (warning,) if warning else ()

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
        """The matched items whose powers differ."""
        return tuple(c for c in self.changes if c.change is Change.CHANGED)

    @property
    def wording(self) -> tuple[ItemChange, ...]:
        """The matched items that differ in wording only."""
        return tuple(c for c in self.changes if c.change is Change.WORDING)

    @property
    def powers(self) -> tuple[ItemChange, ...]:
        """The changes of power: added, removed and changed, without wording-only ones."""
        return tuple(c for c in self.changes if c.change is not Change.WORDING)

    def category(self, name: str) -> tuple[ItemChange, ...]:
        """The changes of one category (``grants``, ``authorities`` …)."""
        if name not in CATEGORIES:
            raise ValueError(f"unknown category {name!r}; expected one of {', '.join(CATEGORIES)}")
        return tuple(c for c in self.changes if c.category == name)

    def counts(self) -> dict[str, dict[str, int]]:
        """Per category: how many items were added, removed, changed and left unchanged."""
        out = {
            name: {"added": 0, "removed": 0, "changed": 0, "wording": 0, "unchanged": 0, "kept": 0}
            for name in CATEGORIES
        }
        for change in self.changes:
            out[change.category][change.change.value] += 1
        for change in self.unchanged:
            out[change.category]["kept" if change.change is Change.KEPT else "unchanged"] += 1
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
        body = "; ".join(parts) if parts else "no change of power"
        wording = len(self.wording)
        if wording:
            body += f" ({wording} wording-only change{'s' if wording != 1 else ''} folded)"
        return f"{olds} → {self.new.label}: {body}"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON: the orders, how they relate, the headlines, the summary, the counts,
        every change (wording-only ones too, marked ``wording``) and the sections."""
        return {
            "old": [ref.to_dict() for ref in self.old],
            "new": self.new.to_dict(),
            "related": self.related.to_dict(),
            "headlines": [headline.to_dict() for headline in self.headlines],
            "summary": self.summary(),
            "counts": self.counts(),
            "changes": [change.to_dict() for change in self.changes],
            "sections": [section.to_dict() for section in self.sections],
        }

    def _repr_html_(self) -> str:
        """Notebook display: the orders side by side (:func:`eoparse.present.html.diff_html`)."""
        from eoparse.present.html import diff_html

        return diff_html(self)

    def to_text(self, *, width: int = 100, wording: bool = False) -> str:
        """A readable report: the headlines, then each change with both quotes, then the
        changed sections, wrapped to ``width`` and never cut; wording-only changes are
        counted, and listed with ``wording=True`` (:func:`eoparse.compare.render.diff_text`)."""
        from eoparse.compare.render import diff_text

        return diff_text(self, width=width, wording=wording)


__all__ = [
    "CATEGORIES",
    "Change",
    "FieldChange",
    "Headline",
    "ItemChange",
    "OrderRef",
    "PowerDiff",
    "Relatedness",
    "SectionChange",
    "Side",
]
