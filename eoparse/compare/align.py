"""Aligning two orders' items: :func:`diff`.

``diff(new, old)`` builds a :class:`~eoparse.compare.result.PowerDiff`: the
top-level sections are aligned first (:mod:`eoparse.compare.sections`); then,
for each kind of item in the registry (:mod:`eoparse.kinds`), the units to
align and their scores come from the kind's rule (:mod:`eoparse.compare.rules`),
the units are paired greedily by descending score (ties: document order), and
each is reported as added, removed, changed or the same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from eoparse.compare.result import Change, ItemChange, OrderRef, PowerDiff
from eoparse.compare.rules import Rule, Unit, rule_for
from eoparse.compare.sections import Alignment, align_sections
from eoparse.compare.similar import greedy
from eoparse.kinds import KINDS
from eoparse.model import Order


def _scorer(rule: Rule, alignment: Alignment) -> Callable[[Any, Any], float | None]:
    def score(new: Unit, old: Unit) -> float | None:
        return rule.score(new, old, alignment)

    return score


def diff(new: Order, old: Order | Iterable[Order]) -> PowerDiff:
    """Compare ``new`` with ``old`` (one order, or several: their items are pooled).

    With no old order at all, everything in ``new`` is added.
    """
    olds = (old,) if isinstance(old, Order) else tuple(old)
    alignment = Alignment(new, olds)
    sections = align_sections(new, olds, alignment)
    changes: list[ItemChange] = []
    unchanged: list[ItemChange] = []
    for item_kind in KINDS:
        rule = rule_for(item_kind)
        news = rule.units(new, -1)
        old_units = [u for index, o in enumerate(olds) for u in rule.units(o, index)]
        pairs = greedy(news, old_units, _scorer(rule, alignment))
        partner = {id(n): o for n, o in pairs}
        matched = {id(o) for _, o in pairs}
        for unit in news:
            other = partner.get(id(unit))
            if other is None:
                changes.append(
                    ItemChange(
                        item_kind.name,
                        Change.ADDED,
                        item_kind.label(unit.item),
                        (),
                        unit.side(),
                        None,
                    )
                )
                continue
            fields = rule.fields(unit.item, other.item)
            (changes if fields else unchanged).append(
                ItemChange(
                    item_kind.name,
                    Change.CHANGED if fields else Change.SAME,
                    item_kind.label(unit.item),
                    fields,
                    unit.side(),
                    other.side(),
                )
            )
        for unit in old_units:
            if id(unit) not in matched:
                changes.append(
                    ItemChange(
                        item_kind.name,
                        Change.REMOVED,
                        item_kind.label(unit.item),
                        (),
                        None,
                        unit.side(),
                    )
                )
    return PowerDiff(
        OrderRef.of(new), tuple(OrderRef.of(o) for o in olds), changes, sections, unchanged
    )


__all__ = ["diff"]
