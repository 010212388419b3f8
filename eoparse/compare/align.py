"""Aligning the items of old and new orders: :func:`diff`.

``diff(old, new)`` — old first, as in difflib, git and ``eoparse diff OLD
NEW`` — builds a :class:`~eoparse.compare.result.PowerDiff`:

1. how the orders relate (:mod:`~eoparse.compare.related`);
2. the top-level sections aligned (:mod:`~eoparse.compare.sections`);
3. for each kind of item in the registry (:mod:`eoparse.kinds`), the units
   its rule (:mod:`~eoparse.compare.rules`) gives are paired: identical items
   first, then by score among the units that share a block key (the same
   actor, the corresponding section, the same Act …), each new unit looking
   at no more than :data:`WINDOW` old units of a block, nearest in document
   order first — so a diff of large orders stays near-linear;
4. each pair is the same, changed or changed in wording only; the new
   order's other items are added; an old order's other items are removed
   where the new order replaces it, and kept — still in force — elsewhere
   (:mod:`~eoparse.compare.scope`);
5. the headlines (:mod:`~eoparse.compare.headlines`).
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Hashable, Iterable, Sequence

from eoparse.compare.headlines import headlines
from eoparse.compare.related import relate
from eoparse.compare.result import Change, FieldChange, ItemChange, OrderRef, PowerDiff
from eoparse.compare.rules import Rule, Unit, rule_for
from eoparse.compare.scope import Scope, scopes, superseded
from eoparse.compare.sections import Alignment, align_sections
from eoparse.compare.similar import similarity, trivial_change
from eoparse.kinds import KINDS, ItemKind
from eoparse.model import Order
from eoparse.present.export import item_to_dict

WINDOW = 48
"""Old units of one block a new unit is scored against, nearest in document order."""

WORDING_LIKENESS = 0.5
"""How alike (word similarity) a reworded text field must stay to be wording only."""


def _content(unit: Unit) -> str:
    """What an item says, without where it says it."""
    data = item_to_dict(unit.item)
    data.pop("where", None)
    data.pop("span", None)
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


def _place(unit: Unit, count: int) -> float:
    return unit.position / max(count, 1)


def pair_units(
    news: Sequence[Unit], olds: Sequence[Unit], rule: Rule, alignment: Alignment
) -> list[tuple[Unit, Unit]]:
    """One-to-one pairs of ``news`` and ``olds``: identical items first, then the best
    scores among the units that share a block (ties: document order)."""
    pairs: list[tuple[Unit, Unit]] = []
    identical: dict[str, list[Unit]] = {}
    for unit in olds:
        identical.setdefault(_content(unit), []).append(unit)
    used_old: set[int] = set()
    rest: list[Unit] = []
    for unit in news:
        same = identical.get(_content(unit))
        while same and id(same[0]) in used_old:
            same.pop(0)
        if same:
            partner = same.pop(0)
            used_old.add(id(partner))
            pairs.append((unit, partner))
        else:
            rest.append(unit)
    counts: dict[int, int] = {}
    for unit in olds:
        counts[unit.source] = counts.get(unit.source, 0) + 1
    blocks: dict[Hashable, list[tuple[float, int, Unit]]] = {}
    for index, unit in enumerate(olds):
        if id(unit) in used_old:
            continue
        for key in rule.blocks(unit, alignment):
            blocks.setdefault(key, []).append((_place(unit, counts[unit.source]), index, unit))
    for members in blocks.values():
        members.sort(key=lambda member: (member[0], member[1]))
    scored: list[tuple[float, int, int, Unit, Unit]] = []
    for i, unit in enumerate(rest):
        place = _place(unit, len(news))
        seen: set[int] = set()
        for key in rule.blocks(unit, alignment):
            members = blocks.get(key) or []
            at = bisect.bisect_left(members, place, key=lambda member: member[0])
            low, high = max(0, at - WINDOW // 2), min(len(members), at + WINDOW // 2)
            for _, j, old in members[low:high]:
                if j in seen:
                    continue
                seen.add(j)
                value = rule.score(unit, old, alignment)
                if value is not None:
                    scored.append((-value, i, j, unit, old))
    scored.sort(key=lambda entry: entry[:3])
    used_new: set[int] = set()
    for _, i, _j, unit, old in scored:
        if i in used_new or id(old) in used_old:
            continue
        used_new.add(i)
        used_old.add(id(old))
        pairs.append((unit, old))
    return pairs


def _wording_only(fields: Sequence[FieldChange], rule: Rule) -> bool:
    """Whether every changed field is a wording field of the rule, and still alike."""
    for f in fields:
        how = rule.wording.get(f.field)
        if how is None:
            return False
        if isinstance(f.old, str) != isinstance(f.new, str):
            return False  # a text given or taken away
        if not (isinstance(f.old, str) and isinstance(f.new, str)):
            continue
        if how == "trivial" and not trivial_change(f.old, f.new):
            return False
        if how == "alike" and similarity(f.old, f.new) < WORDING_LIKENESS:
            return False
    return True


def _compare(
    item_kind: ItemKind,
    rule: Rule,
    new: Order,
    olds: Sequence[Order],
    alignment: Alignment,
    replaced: Sequence[Scope],
    history: frozenset[int] = frozenset(),
) -> tuple[list[ItemChange], list[ItemChange]]:
    """The changes and the unchanged (or kept) items of one kind; the old orders in
    ``history`` (replaced within the chain) are left out."""
    news = rule.units(new, -1)
    old_units = [
        u for index, o in enumerate(olds) if index not in history for u in rule.units(o, index)
    ]
    partner = {id(n): o for n, o in pair_units(news, old_units, rule, alignment)}
    matched = {id(o) for o in partner.values()}
    changes: list[ItemChange] = []
    unchanged: list[ItemChange] = []
    name = item_kind.name
    for unit in news:
        other = partner.get(id(unit))
        label = item_kind.label(unit.item)
        if other is None:
            changes.append(ItemChange(name, Change.ADDED, label, (), unit.side(), None))
            continue
        fields = rule.fields(unit.item, other.item)
        if not fields:
            unchanged.append(ItemChange(name, Change.SAME, label, (), unit.side(), other.side()))
            continue
        if rule.ends is not None and rule.ends(unit.item, other.item):
            kind = Change.REMOVED  # the new order ends it: gone, with the words that end it
        elif _wording_only(fields, rule):
            kind = Change.WORDING
        else:
            kind = Change.CHANGED
        changes.append(ItemChange(name, kind, label, fields, unit.side(), other.side()))
    for unit in old_units:
        if id(unit) not in matched:
            label = item_kind.label(unit.item)
            if replaced[unit.source].replaces(unit.where):
                changes.append(ItemChange(name, Change.REMOVED, label, (), None, unit.side()))
            else:  # the old order stays in force where the new one does not replace it
                unchanged.append(ItemChange(name, Change.KEPT, label, (), None, unit.side()))
    return changes, unchanged


def diff(old: Order | Iterable[Order], new: Order) -> PowerDiff:
    """Compare ``old`` (one order, or several: a chain, their items pooled; an old order
    another one in the chain replaces is history and left out) with ``new``.

    The argument order is the reading order: old first, as in difflib, git and
    ``eoparse diff OLD NEW``.  With no old order at all, everything in ``new``
    is added.  Raises ``TypeError`` when ``new`` is not an :class:`Order`
    (for instance when the arguments of the old ``diff(new, old)`` form are
    given with a list last).
    """
    if not isinstance(new, Order):
        raise TypeError(
            f"diff(old, new): new must be an Order, got {type(new).__name__} "
            "(the old order or orders come first)"
        )
    olds = (old,) if isinstance(old, Order) else tuple(old)
    for each in olds:
        if not isinstance(each, Order):
            raise TypeError(f"diff(old, new): old must be Orders, got {type(each).__name__}")
    alignment = Alignment(new, olds)
    sections = align_sections(new, olds, alignment)
    replaced = scopes(new, olds)
    history = superseded(olds)
    changes: list[ItemChange] = []
    unchanged: list[ItemChange] = []
    for item_kind in KINDS:
        rule = rule_for(item_kind)
        found, same = _compare(item_kind, rule, new, olds, alignment, replaced, history)
        changes.extend(found)
        unchanged.extend(same)
    return PowerDiff(
        OrderRef.of(new),
        tuple(OrderRef.of(o) for o in olds),
        changes,
        sections,
        unchanged,
        relate(olds, new),
        headlines(changes),
    )


__all__ = ["WINDOW", "WORDING_LIKENESS", "diff", "pair_units"]
