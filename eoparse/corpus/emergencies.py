"""The national emergencies a corpus declares or acts on: one :class:`Emergency` each."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from eoparse.corpus.lineage import EMERGENCY_ACTIONS, LineageEvent
from eoparse.model import DocumentKey, EmergencyAction, EmergencyActionType, Instrument, Order

if TYPE_CHECKING:
    from eoparse.corpus.index import Corpus


@frozen
class Emergency:
    """A national emergency: the instrument that declared it and what later orders did to it.

    ``order`` is the declaring order when it is in the corpus (``None`` when
    only later orders that act on it are); ``declaration`` its ``declare``
    action.
    """

    declared_by: Instrument
    order: Order | None = field(repr=False, eq=False)
    declaration: EmergencyAction | None = field(repr=False)
    statutes: tuple[str, ...]
    threat: str | None
    expansions: tuple[LineageEvent, ...] = ()
    continuations: tuple[LineageEvent, ...] = ()
    modifications: tuple[LineageEvent, ...] = ()
    invocations: tuple[LineageEvent, ...] = ()
    termination: LineageEvent | None = None
    revocation: LineageEvent | None = None
    """The whole revocation or supersession of the declaring instrument, if any (orders
    that end an emergency often revoke the order that declared it instead)."""

    @property
    def declared(self) -> dt.date | None:
        """The date of the declaring instrument."""
        if self.order is not None and self.order.signed is not None:
            return self.order.signed
        return self.declared_by.date

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON: the declaring instrument, statutes, threat and the later acts."""
        return {
            "declared_by": self.declared_by.label(),
            "declared": self.declared.isoformat() if self.declared else None,
            "in_corpus": self.order is not None,
            "statutes": list(self.statutes),
            "threat": self.threat,
            "expansions": [e.to_dict() for e in self.expansions],
            "continuations": [e.to_dict() for e in self.continuations],
            "modifications": [e.to_dict() for e in self.modifications],
            "invocations": [e.to_dict() for e in self.invocations],
            "termination": self.termination.to_dict() if self.termination else None,
            "revocation": self.revocation.to_dict() if self.revocation else None,
        }


def emergencies_of(corpus: Corpus) -> tuple[Emergency, ...]:
    """Every national emergency ``corpus`` declares or acts on, by declaration date."""
    declared: dict[DocumentKey, tuple[Instrument, Order | None, EmergencyAction | None]] = {}
    for order in corpus.orders:
        key = order.key
        if key is None:
            continue
        for action in order.emergencies:
            if action.action is EmergencyActionType.DECLARE and key not in declared:
                instrument = Instrument(order.kind, order.number, order.signed)
                declared[key] = (instrument, order, action)
    for order in corpus.orders:
        for action in order.emergencies:
            if action.target is None or action.action not in EMERGENCY_ACTIONS:
                continue
            key = action.target.key
            if key not in declared:
                declared[key] = (action.target, corpus.get(action.target), None)
    out = []
    for instrument, declaring, declaration in declared.values():
        events = corpus.lineage(instrument, actions=EMERGENCY_ACTIONS.values())
        emergency_events = [e for e in events if isinstance(e.item, EmergencyAction)]

        def of(
            kind: str, events: list[LineageEvent] = emergency_events
        ) -> tuple[LineageEvent, ...]:
            return tuple(e for e in events if e.action == kind)

        terminations = of("terminates")
        out.append(
            Emergency(
                declared_by=instrument,
                order=declaring,
                declaration=declaration,
                statutes=declaration.statutes if declaration else (),
                threat=declaration.threat if declaration else None,
                expansions=of("expands"),
                continuations=of("continues"),
                modifications=of("modifies"),
                invocations=of("invokes"),
                termination=terminations[0] if terminations else None,
                revocation=corpus.revoked(instrument),
            )
        )
    return tuple(sorted(out, key=lambda e: (e.declared or dt.date.max, e.declared_by.label())))


__all__ = ["Emergency", "emergencies_of"]
