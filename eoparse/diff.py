"""Compare the powers of two orders: ``diff(new, old)`` → :class:`PowerDiff`.

The extracted items of the new order are aligned with those of the old one
(or of several old ones: ``diff(new, [old1, old2])``) and each is reported
as added, removed or changed, with the fields that changed and, for both
sides, the section path and the quote:

- **grants** are matched by section path first (sections aligned as below),
  then by actor and action similarity; a changed deadline, actor, modality,
  basis or action is a changed grant;
- **authorities** are compared per Act (by short or full name), or per
  citation where no Act is named; the mentions of one Act are merged, so a
  changed set of citations or Act sections is a changed authority;
- **references** are compared per target document and relation; a plain
  mention (``cites``) of a document the order also revokes, amends … is left
  out, and the same target with another relation is a changed reference;
- **emergencies** are matched by action and target, declarations by the
  threat; **designations** by the designee.

Top-level sections (and the preamble, as the pseudo-section ``preamble``) are
aligned by number and heading similarity (text similarity where there are no
headings or the numbers moved) and carry a word-level text diff.

Similarity is :class:`difflib.SequenceMatcher`'s ratio over words, so the
same inputs always give the same diff.
"""

from __future__ import annotations

import datetime as dt
import difflib
import enum
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeAlias

import attrs
from attrs import evolve, field, frozen

from eoparse.export import (
    authority_to_dict,
    designation_to_dict,
    emergency_to_dict,
    grant_to_dict,
    reference_to_dict,
)
from eoparse.model import (
    Authority,
    Designation,
    EmergencyAction,
    Grant,
    Instrument,
    Order,
    Reference,
    Relation,
    Span,
)

Item: TypeAlias = Authority | Reference | EmergencyAction | Designation | Grant
"""Any extracted item a diff compares."""

CATEGORIES = ("authorities", "references", "emergencies", "designations", "grants")
"""The categories of items compared, in the order a diff lists them."""

LABEL_WIDTH = 60
"""Characters of an action or threat shown in a change's label."""


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
            "old": _plain(self.old),
            "new": _plain(self.new),
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
    item: Item

    def to_dict(self) -> dict[str, Any]:
        """``where``, ``quote``, ``item`` (the item's JSON), ``order`` and ``span``."""
        return {
            "where": self.where,
            "quote": self.quote,
            "item": _item_to_dict(self.item),
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
        """A readable report: the summary, each change with both quotes, the changed sections."""
        lines = [self.summary()]
        for change in self.changes:
            lines.append("")
            lines.append(f"{change.change.value.upper():<8} {change.category}: {change.label}")
            for item in change.fields:
                lines.append(f"         {item.field}: {_show(item.old)} → {_show(item.new)}")
            for name, side in (("new", change.new), ("old", change.old)):
                if side is not None:
                    words = _clip(" ".join(side.quote.split()), 200)
                    lines.append(f"         {name} {side.order} {side.where}: {words}")
        changed = [s for s in self.sections if s.change is not Change.SAME]
        if changed:
            lines.append("")
            lines.append("Sections:")
            for section in changed:
                old = " ".join(w for w in (section.old_path, section.old_heading) if w)
                new = " ".join(w for w in (section.new_path, section.new_heading) if w)
                lines.append(
                    f"  {section.change.value:<8} old {old or '-'} | new {new or '-'}"
                    f" (similarity {section.similarity:.2f})"
                )
        return "\n".join(lines)


# -- helpers ----------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _show(value: Any) -> str:
    if isinstance(value, tuple | list):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return _clip(str(value), 80) if value is not None else "none"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _item_to_dict(item: Item) -> dict[str, Any]:
    if isinstance(item, Authority):
        return authority_to_dict(item)
    if isinstance(item, Reference):
        return reference_to_dict(item)
    if isinstance(item, EmergencyAction):
        return emergency_to_dict(item)
    if isinstance(item, Designation):
        return designation_to_dict(item)
    return grant_to_dict(item)


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def similarity(a: str | None, b: str | None) -> float:
    """How alike two texts are, word by word (0.0–1.0; two empty texts are alike)."""
    wa, wb = _norm(a).split(), _norm(b).split()
    if not wa and not wb:
        return 1.0
    return difflib.SequenceMatcher(None, wa, wb).ratio()


class _Ratios:
    """Word similarities with a floor, reusing one matcher per second sequence.

    :class:`difflib.SequenceMatcher` indexes its second sequence; the greedy
    alignment compares each new item with every old one, so the new item's
    words are indexed once.  Sequences are keyed by identity and kept alive.
    """

    def __init__(self) -> None:
        self._matchers: dict[int, tuple[difflib.SequenceMatcher[str], Sequence[str]]] = {}

    def ratio(self, a: Sequence[str], b: Sequence[str], floor: float) -> float:
        """The word similarity of ``a`` and ``b``, or 0.0 when it cannot reach ``floor``."""
        if not a and not b:
            return 1.0
        if 2.0 * min(len(a), len(b)) / (len(a) + len(b)) < floor:
            return 0.0
        found = self._matchers.get(id(b))
        if found is None:
            matcher: difflib.SequenceMatcher[str] = difflib.SequenceMatcher(None)
            matcher.set_seq2(b)
            self._matchers[id(b)] = (matcher, b)
        else:
            matcher = found[0]
        matcher.set_seq1(a)
        if matcher.quick_ratio() < floor:
            return 0.0
        return matcher.ratio()


def word_diff(old: str, new: str) -> tuple[tuple[str, str], ...]:
    """A word-level diff: ``(op, words)`` with op ``equal``, ``delete`` or ``insert``."""
    a, b = old.split(), new.split()
    out: list[tuple[str, str]] = []

    def emit(op: str, words: list[str]) -> None:
        if not words:
            return
        if out and out[-1][0] == op:
            out[-1] = (op, out[-1][1] + " " + " ".join(words))
        else:
            out.append((op, " ".join(words)))

    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            emit("equal", a[i1:i2])
        else:
            emit("delete", a[i1:i2])
            emit("insert", b[j1:j2])
    return tuple(out)


def _set_field(name: str, old: Iterable[str], new: Iterable[str]) -> FieldChange | None:
    old_t, new_t = tuple(dict.fromkeys(old)), tuple(dict.fromkeys(new))
    if set(old_t) == set(new_t):
        return None
    return FieldChange(
        name,
        old_t,
        new_t,
        added=tuple(v for v in new_t if v not in old_t),
        removed=tuple(v for v in old_t if v not in new_t),
    )


def _text_field(name: str, old: str | None, new: str | None) -> FieldChange | None:
    return None if _norm(old) == _norm(new) else FieldChange(name, old, new)


def _value_field(name: str, old: Any, new: Any) -> FieldChange | None:
    return None if old == new else FieldChange(name, _plain(old), _plain(new))


def _fields(*candidates: FieldChange | None) -> tuple[FieldChange, ...]:
    return tuple(c for c in candidates if c is not None)


def instrument_key(target: Instrument) -> tuple[str, str]:
    """What identifies a referenced document: kind and number, else kind and date."""
    if target.series is not None and target.number is not None:
        return (target.kind.value, f"{target.series}-{target.number}")
    if target.number is not None:
        return (target.kind.value, str(target.number))
    return (target.kind.value, target.date.isoformat() if target.date else "")


# -- the orders being compared -------------------------------------------------------


@frozen
class _Unit:
    """An item to align: the order it comes from (its index: -1 new, 0… old) and its quote."""

    source: int
    order: Order
    item: Item
    span: Span
    position: int

    @property
    def where(self) -> str:
        return self.item.where

    def side(self) -> Side:
        return Side(
            self.order.label(), self.where, self.span, self.order.quote(self.span), self.item
        )


@frozen
class _SectionUnit:
    source: int
    path: str
    heading: str | None
    text: str
    words: tuple[str, ...] = field(converter=_tuple)


class _Alignment:
    """Which top-level sections of the old orders correspond to which of the new one."""

    def __init__(self, new: Order, olds: Sequence[Order]) -> None:
        self.tops = [_top_paths(new), *(_top_paths(o) for o in olds)]
        self.pairs: set[tuple[int, str, str]] = set()
        """``(old index, old top path, new top path)`` of aligned sections."""
        self.ratios = _Ratios()
        self.words: dict[int, list[str]] = {}
        """The normalised words of a grant's action, by the grant's identity."""

    def score(self, new_where: str, source: int, old_where: str) -> float:
        """1.0: the same place; 0.5: the same aligned section; 0.0: elsewhere."""
        if new_where in ("preamble", "signature") or old_where in ("preamble", "signature"):
            return 1.0 if new_where == old_where else 0.0
        new_top = self.tops[0].get(new_where)
        old_top = self.tops[source + 1].get(old_where)
        if new_top is None or old_top is None or (source, old_top, new_top) not in self.pairs:
            return 0.0
        return 1.0 if new_where[len(new_top) :] == old_where[len(old_top) :] else 0.5


def _top_paths(order: Order) -> dict[str, str]:
    """Each section path of ``order`` → the path of its top-level section."""
    out: dict[str, str] = {}
    for top in order.sections:
        for section in top.walk():
            out[section.path] = top.path
    return out


def _section_units(order: Order, source: int) -> list[_SectionUnit]:
    units = []
    if order.preamble is not None and order.preamble[1] > order.preamble[0]:
        text = order.quote(order.preamble)
        units.append(_SectionUnit(source, "preamble", None, text, text.split()))
    for section in order.sections:
        units.append(
            _SectionUnit(source, section.path, section.heading, section.text, section.text.split())
        )
    return units


def _section_score(new: _SectionUnit, old: _SectionUnit, ratios: _Ratios) -> float | None:
    """How well two sections correspond (None: not at all)."""
    if new.path == "preamble" or old.path == "preamble":
        if new.path == old.path:
            return 3.0
        return None
    same_number = new.path == old.path
    heading = similarity(new.heading, old.heading) if new.heading and old.heading else None
    if same_number and heading is not None and heading >= 0.5:
        return 2.0 + heading
    if heading is not None and heading >= 0.8:
        return 1.0 + heading
    floor = 0.3 if same_number and heading is None else 0.6
    text = ratios.ratio(old.words, new.words, floor)
    if same_number and heading is None and text >= 0.3:
        return 1.5 + text
    if text >= 0.6:
        return text
    return None


def _align_sections(
    new: Order, olds: Sequence[Order], alignment: _Alignment
) -> tuple[SectionChange, ...]:
    new_units = _section_units(new, -1)
    old_units = [u for index, old in enumerate(olds) for u in _section_units(old, index)]
    pairs = _greedy(new_units, old_units, lambda n, o: _section_score(n, o, alignment.ratios))
    matched_old = {id(o): n for n, o in pairs}
    partner = {id(n): o for n, o in pairs}
    for n, o in pairs:
        if n.path != "preamble":
            alignment.pairs.add((o.source, o.path, n.path))
    labels = [old.label() for old in olds]

    def removed(unit: _SectionUnit) -> SectionChange:
        return SectionChange(
            Change.REMOVED,
            None,
            unit.path,
            None,
            unit.heading,
            0.0,
            (("delete", " ".join(unit.words)),) if unit.words else (),
            labels[unit.source],
        )

    # an unmatched old section is listed after the new partner of the last
    # matched section before it in its order (or first, when there is none)
    after: dict[int, list[_SectionUnit]] = {}
    leading: list[_SectionUnit] = []
    last_matched: dict[int, _SectionUnit] = {}
    for unit in old_units:
        if id(unit) in matched_old:
            last_matched[unit.source] = unit
        elif unit.source in last_matched:
            anchor = matched_old[id(last_matched[unit.source])]
            after.setdefault(id(anchor), []).append(unit)
        else:
            leading.append(unit)

    out = [removed(unit) for unit in leading]
    for unit in new_units:
        old = partner.get(id(unit))
        if old is None:
            out.append(
                SectionChange(
                    Change.ADDED,
                    unit.path,
                    None,
                    unit.heading,
                    None,
                    0.0,
                    (("insert", " ".join(unit.words)),) if unit.words else (),
                )
            )
        else:
            same = old.words == unit.words
            ratio = 1.0 if same else similarity(old.text, unit.text)
            out.append(
                SectionChange(
                    Change.SAME if same else Change.CHANGED,
                    unit.path,
                    old.path,
                    unit.heading,
                    old.heading,
                    ratio,
                    (("equal", " ".join(unit.words)),) if same else word_diff(old.text, unit.text),
                    labels[old.source],
                )
            )
        out.extend(removed(u) for u in after.get(id(unit), ()))
    return tuple(out)


def _greedy(
    news: Sequence[Any], olds: Sequence[Any], score: Callable[[Any, Any], float | None]
) -> list[tuple[Any, Any]]:
    """One-to-one pairs by descending score (ties: document order)."""
    scored = []
    for i, new in enumerate(news):
        for j, old in enumerate(olds):
            value = score(new, old)
            if value is not None:
                scored.append((-value, i, j))
    scored.sort()
    used_new: set[int] = set()
    used_old: set[int] = set()
    pairs = []
    for _, i, j in scored:
        if i in used_new or j in used_old:
            continue
        used_new.add(i)
        used_old.add(j)
        pairs.append((news[i], olds[j]))
    return pairs


# -- the items of each category ------------------------------------------------------


def _authority_key(item: Authority) -> str:
    if item.short:
        return item.short.casefold()
    if item.name:
        return _norm(item.name)
    return item.citations[0] if item.citations else _norm(item.name)


def _merge_authorities(group: list[Authority]) -> Authority:
    first = group[0]
    return evolve(
        first,
        name=next((a.name for a in group if a.name), None),
        short=next((a.short for a in group if a.short), None),
        citations=tuple(dict.fromkeys(c for a in group for c in a.citations)),
        sections=tuple(dict.fromkeys(s for a in group for s in a.sections)),
    )


def _authority_units(order: Order, source: int) -> list[_Unit]:
    """One unit per Act (or per citation where no Act is named), mentions merged."""
    groups: dict[str, list[Authority]] = {}
    cited: dict[str, str] = {}
    named = [a for a in order.authorities if a.short or a.name]
    for item in named:
        key = _authority_key(item)
        groups.setdefault(key, []).append(item)
        for citation in item.citations:
            cited.setdefault(citation, key)
    for item in order.authorities:
        if item.short or item.name:
            continue
        key = next((cited[c] for c in item.citations if c in cited), _authority_key(item))
        groups.setdefault(key, []).append(item)
    merged = sorted((_merge_authorities(g) for g in groups.values()), key=lambda a: a.span)
    return [_Unit(source, order, a, a.span, i) for i, a in enumerate(merged)]


def _authority_score(new: _Unit, old: _Unit, alignment: _Alignment) -> float | None:
    n, o = new.item, old.item
    assert isinstance(n, Authority)
    assert isinstance(o, Authority)
    if _authority_key(n) == _authority_key(o):
        return 2.0
    shared = set(n.citations) & set(o.citations)
    if shared:
        return 1.0 + len(shared) / len(set(n.citations) | set(o.citations))
    return None


def _authority_fields(n: Item, o: Item) -> tuple[FieldChange, ...]:
    assert isinstance(n, Authority)
    assert isinstance(o, Authority)
    return _fields(
        _text_field("name", o.name, n.name),
        _value_field("short", o.short, n.short),
        _set_field("citations", o.citations, n.citations),
        _set_field("sections", o.sections, n.sections),
    )


def _authority_label(item: Item) -> str:
    assert isinstance(item, Authority)
    if item.name:
        return f"{item.name} ({item.short})" if item.short else item.name
    return item.short or ", ".join(item.citations) or "authority"


def _reference_units(order: Order, source: int) -> list[_Unit]:
    """One unit per target and relation; plain mentions of a target acted on are left out."""
    groups: dict[tuple[tuple[str, str], Relation], list[Reference]] = {}
    for item in order.references:
        groups.setdefault((instrument_key(item.target), item.relation), []).append(item)
    acted_on = {key for key, relation in groups if relation is not Relation.CITES}
    units: list[_Unit] = []
    for (key, relation), group in groups.items():
        if relation is Relation.CITES and key in acted_on:
            continue
        first = group[0]
        merged = evolve(
            first,
            partial=all(r.partial for r in group),
            target_sections=tuple(dict.fromkeys(s for r in group for s in r.target_sections)),
            amendments=tuple(a for r in group for a in r.amendments),
        )
        span = first.statement or first.span
        units.append(_Unit(source, order, merged, span, len(units)))
    return sorted(units, key=lambda u: u.span)


def _reference_score(new: _Unit, old: _Unit, alignment: _Alignment) -> float | None:
    n, o = new.item, old.item
    assert isinstance(n, Reference)
    assert isinstance(o, Reference)
    if instrument_key(n.target) != instrument_key(o.target):
        return None
    return 2.0 if n.relation is o.relation else 1.0


def _amendment_text(item: Reference) -> tuple[str, ...]:
    out = []
    for a in item.amendments:
        words = [
            f'strike "{a.strike}"' if a.strike is not None else "",
            f'insert "{_clip(a.insert, 80)}"' if a.insert is not None else "",
            f"({a.position})" if a.position else "",
            f"in {a.section}" if a.section else "",
        ]
        out.append(" ".join(w for w in words if w))
    return tuple(out)


def _reference_fields(n: Item, o: Item) -> tuple[FieldChange, ...]:
    assert isinstance(n, Reference)
    assert isinstance(o, Reference)
    return _fields(
        _value_field("relation", o.relation, n.relation),
        _value_field("partial", o.partial, n.partial),
        _set_field("target_sections", o.target_sections, n.target_sections),
        _set_field("amendments", _amendment_text(o), _amendment_text(n)),
    )


def _reference_label(item: Item) -> str:
    assert isinstance(item, Reference)
    sections = f" (section {', '.join(item.target_sections)})" if item.target_sections else ""
    part = " in part" if item.partial and not sections else ""
    return f"{item.relation.value} {item.target.label()}{sections}{part}"


def _plain_units(items: Iterable[Item], order: Order, source: int) -> list[_Unit]:
    return [_Unit(source, order, item, item.span, i) for i, item in enumerate(items)]


def _emergency_units(order: Order, source: int) -> list[_Unit]:
    return _plain_units(order.emergencies, order, source)


def _emergency_score(new: _Unit, old: _Unit, alignment: _Alignment) -> float | None:
    n, o = new.item, old.item
    assert isinstance(n, EmergencyAction)
    assert isinstance(o, EmergencyAction)
    n_key = instrument_key(n.target) if n.target else None
    o_key = instrument_key(o.target) if o.target else None
    threat = similarity(n.threat, o.threat)
    if n.action is o.action:
        if n_key is not None and o_key is not None:
            return 2.0 + threat if n_key == o_key else None
        if n_key is None and o_key is None:
            loose = n.threat is None or o.threat is None
            return 1.0 + threat if loose or threat >= 0.3 else None
        return None
    if n_key is not None and n_key == o_key:
        return 1.0
    return None


def _emergency_fields(n: Item, o: Item) -> tuple[FieldChange, ...]:
    assert isinstance(n, EmergencyAction)
    assert isinstance(o, EmergencyAction)
    return _fields(
        _value_field("action", o.action, n.action),
        _value_field(
            "target", o.target.label() if o.target else None, n.target.label() if n.target else None
        ),
        _set_field("statutes", o.statutes, n.statutes),
        _text_field("threat", o.threat, n.threat),
    )


def _emergency_label(item: Item) -> str:
    assert isinstance(item, EmergencyAction)
    target = f" of {item.target.label()}" if item.target else ""
    threat = f": {_clip(' '.join(item.threat.split()), LABEL_WIDTH)}" if item.threat else ""
    return f"{item.action.value} national emergency{target}{threat}"


def _designation_units(order: Order, source: int) -> list[_Unit]:
    return _plain_units(order.designations, order, source)


def _designation_score(new: _Unit, old: _Unit, alignment: _Alignment) -> float | None:
    n, o = new.item, old.item
    assert isinstance(n, Designation)
    assert isinstance(o, Designation)
    who = similarity(n.designee, o.designee)
    if who < 0.8:
        return None
    return 1.0 + who + (0.5 if _norm(n.designation) == _norm(o.designation) else 0.0)


def _designation_fields(n: Item, o: Item) -> tuple[FieldChange, ...]:
    assert isinstance(n, Designation)
    assert isinstance(o, Designation)
    return _fields(
        _text_field("designee", o.designee, n.designee),
        _text_field("designation", o.designation, n.designation),
        _set_field("basis", o.basis, n.basis),
        _value_field("directed", o.directed, n.directed),
    )


def _designation_label(item: Item) -> str:
    assert isinstance(item, Designation)
    return f"{_clip(item.designee, LABEL_WIDTH)} as {item.designation}"


def _grant_units(order: Order, source: int) -> list[_Unit]:
    return _plain_units(order.grants, order, source)


def _action_words(unit: _Unit, alignment: _Alignment) -> list[str]:
    found = alignment.words.get(id(unit.item))
    if found is None:
        assert isinstance(unit.item, Grant)
        found = alignment.words[id(unit.item)] = _norm(unit.item.action).split()
    return found


def _grant_score(new: _Unit, old: _Unit, alignment: _Alignment) -> float | None:
    n, o = new.item, old.item
    assert isinstance(n, Grant)
    assert isinstance(o, Grant)
    place = alignment.score(n.where, old.source, o.where)
    actor = _norm(n.actor) == _norm(o.actor)
    if place == 1.0:
        floor = 0.3 if actor else 0.5
    elif place == 0.5:
        floor = 0.6
    else:
        floor = 0.6 if actor else 0.8
    old_words, new_words = _action_words(old, alignment), _action_words(new, alignment)
    action = alignment.ratios.ratio(old_words, new_words, floor)
    if action < floor:
        return None
    same_modality = 0.1 if n.modality is o.modality else 0.0
    return action + (0.5 if actor else 0.0) + 0.5 * place + same_modality


def _grant_fields(n: Item, o: Item) -> tuple[FieldChange, ...]:
    assert isinstance(n, Grant)
    assert isinstance(o, Grant)
    return _fields(
        _text_field("actor", o.actor, n.actor),
        _value_field("modality", o.modality, n.modality),
        _value_field("deadline_days", o.deadline_days, n.deadline_days),
        _value_field("deadline_date", o.deadline_date, n.deadline_date),
        _text_field("deadline", o.deadline, n.deadline),
        _text_field("action", o.action, n.action),
        _set_field("basis", o.basis, n.basis),
        _set_field("co_actors", o.co_actors, n.co_actors),
    )


def _grant_label(item: Item) -> str:
    assert isinstance(item, Grant)
    return (
        f"{item.actor} {item.modality.value}: {_clip(' '.join(item.action.split()), LABEL_WIDTH)}"
    )


@frozen
class _Category:
    name: str
    units: Callable[[Order, int], list[_Unit]]
    score: Callable[[_Unit, _Unit, _Alignment], float | None]
    fields: Callable[[Item, Item], tuple[FieldChange, ...]]
    label: Callable[[Item], str]


def _categories() -> tuple[_Category, ...]:
    return (
        _Category(
            "authorities", _authority_units, _authority_score, _authority_fields, _authority_label
        ),
        _Category(
            "references", _reference_units, _reference_score, _reference_fields, _reference_label
        ),
        _Category(
            "emergencies", _emergency_units, _emergency_score, _emergency_fields, _emergency_label
        ),
        _Category(
            "designations",
            _designation_units,
            _designation_score,
            _designation_fields,
            _designation_label,
        ),
        _Category("grants", _grant_units, _grant_score, _grant_fields, _grant_label),
    )


def _scorer(category: _Category, alignment: _Alignment) -> Callable[[Any, Any], float | None]:
    def score(new: _Unit, old: _Unit) -> float | None:
        return category.score(new, old, alignment)

    return score


def diff(new: Order, old: Order | Iterable[Order]) -> PowerDiff:
    """Compare ``new`` with ``old`` (one order, or several: their items are pooled).

    With no old order at all, everything in ``new`` is added.
    """
    olds = (old,) if isinstance(old, Order) else tuple(old)
    alignment = _Alignment(new, olds)
    sections = _align_sections(new, olds, alignment)
    changes: list[ItemChange] = []
    unchanged: list[ItemChange] = []
    for category in _categories():
        news = category.units(new, -1)
        old_units = [u for index, o in enumerate(olds) for u in category.units(o, index)]
        pairs = _greedy(news, old_units, _scorer(category, alignment))
        partner = {id(n): o for n, o in pairs}
        matched = {id(o) for _, o in pairs}
        for unit in news:
            other = partner.get(id(unit))
            if other is None:
                changes.append(
                    ItemChange(
                        category.name,
                        Change.ADDED,
                        category.label(unit.item),
                        (),
                        unit.side(),
                        None,
                    )
                )
                continue
            fields = category.fields(unit.item, other.item)
            (changes if fields else unchanged).append(
                ItemChange(
                    category.name,
                    Change.CHANGED if fields else Change.SAME,
                    category.label(unit.item),
                    fields,
                    unit.side(),
                    other.side(),
                )
            )
        for unit in old_units:
            if id(unit) not in matched:
                changes.append(
                    ItemChange(
                        category.name,
                        Change.REMOVED,
                        category.label(unit.item),
                        (),
                        None,
                        unit.side(),
                    )
                )
    return PowerDiff(
        OrderRef.of(new), tuple(OrderRef.of(o) for o in olds), changes, sections, unchanged
    )


__all__ = [
    "CATEGORIES",
    "Change",
    "FieldChange",
    "Item",
    "ItemChange",
    "OrderRef",
    "PowerDiff",
    "SectionChange",
    "Side",
    "diff",
    "instrument_key",
    "similarity",
    "word_diff",
]
