"""What the corpus's orders do to each other: :class:`LineageEvent` and the index of acts.

Each reference that amends, supersedes, revokes, suspends or continues a
document, and each action on the national emergency a document declared
(expand, continue, modify, terminate, invoke), is an event on that document,
found under its identity (:data:`~eoparse.model.DocumentKey`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from attrs import field, frozen

from eoparse.model import (
    DocumentKey,
    EmergencyAction,
    EmergencyActionType,
    Instrument,
    Order,
    Reference,
    Relation,
    Span,
)

REFERENCE_ACTIONS = {
    Relation.AMENDS: "amends",
    Relation.SUPERSEDES: "supersedes",
    Relation.REVOKES: "revokes",
    Relation.SUSPENDS: "suspends",
    Relation.CONTINUES: "continues",
}
EMERGENCY_ACTIONS = {
    EmergencyActionType.EXPAND: "expands",
    EmergencyActionType.CONTINUE: "continues",
    EmergencyActionType.MODIFY: "modifies",
    EmergencyActionType.TERMINATE: "terminates",
    EmergencyActionType.INVOKE: "invokes",
}
LINEAGE_ACTIONS = frozenset(
    {
        "amends",
        "supersedes",
        "revokes",
        "suspends",
        "continues",
        "expands",
        "modifies",
        "terminates",
    }
)
"""What :meth:`Corpus.lineage` lists by default: every act on the order but invoking
its emergency (``invokes``, taking further steps under it) and citing it."""


@frozen
class LineageEvent:
    """Something another order did to an order: amended, revoked, expanded its emergency …

    ``action`` is ``amends``, ``supersedes``, ``revokes``, ``suspends`` or
    ``continues`` (a reference), or ``expands``, ``continues``, ``modifies``,
    ``terminates`` or ``invokes`` (an action on the emergency it declared);
    ``quote`` is the statement that says so.
    """

    order: Order = field(repr=False, eq=False)
    label: str
    signed: dt.date | None
    action: str
    partial: bool
    target_sections: tuple[str, ...]
    where: str
    span: Span
    quote: str
    item: Reference | EmergencyAction = field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON: who, when, what, where and the words."""
        return {
            "order": self.label,
            "kind": self.order.kind.value,
            "number": self.order.number,
            "signed": self.signed.isoformat() if self.signed else None,
            "action": self.action,
            "partial": self.partial,
            "target_sections": list(self.target_sections),
            "where": self.where,
            "span": [self.span[0], self.span[1]],
            "quote": self.quote,
        }


def _event(order: Order, item: Reference | EmergencyAction, action: str) -> LineageEvent:
    if isinstance(item, Reference):
        span = item.statement or item.span
        partial, sections = item.partial, item.target_sections
    else:
        span, partial, sections = item.span, False, ()
    return LineageEvent(
        order=order,
        label=order.label(),
        signed=order.signed,
        action=action,
        partial=partial,
        target_sections=sections,
        where=item.where,
        span=span,
        quote=order.quote(span),
        item=item,
    )


def acts_on(orders: Sequence[Order]) -> dict[DocumentKey, tuple[LineageEvent, ...]]:
    """For each document acted on, every act of the other orders, in date order."""
    acts: dict[DocumentKey, dict[tuple[int, str, Span], LineageEvent]] = {}
    for position, order in enumerate(orders):
        own = order.key
        items: list[tuple[Reference | EmergencyAction, Instrument, str]] = [
            (r, r.target, REFERENCE_ACTIONS[r.relation])
            for r in order.references
            if r.relation in REFERENCE_ACTIONS
        ]
        items += [
            (e, e.target, EMERGENCY_ACTIONS[e.action])
            for e in order.emergencies
            if e.target is not None and e.action in EMERGENCY_ACTIONS
        ]
        continued = {
            target.key
            for item, target, action in items
            if isinstance(item, EmergencyAction) and action == "continues"
        }
        for item, target, action in items:
            key = target.key
            if key == own:
                continue
            if isinstance(item, Reference) and action == "continues" and key in continued:
                continue  # said better by the emergency action on the same target
            event = _event(order, item, action)
            acts.setdefault(key, {}).setdefault((position, action, event.span), event)
    return {
        key: tuple(
            event
            for (_, _, span), event in sorted(
                found.items(), key=lambda kv: (kv[0][0], kv[0][2], kv[0][1])
            )
        )
        for key, found in acts.items()
    }


__all__ = ["EMERGENCY_ACTIONS", "LINEAGE_ACTIONS", "REFERENCE_ACTIONS", "LineageEvent", "acts_on"]
