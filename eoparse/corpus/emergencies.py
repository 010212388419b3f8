"""The national emergencies a corpus declares or acts on: one :class:`Emergency` each.

An emergency is known by the document that declared it.  A row is made for
every document a corpus order declares an emergency in, and for every
document a corpus order expands, continues, modifies, terminates or invokes
the emergency of (declared outside the corpus, perhaps).  An order that only
expands another's emergency (``expand the scope of the national emergency
declared in Executive Order 13660``) is no emergency of its own: acts that
name it count for the emergency it expanded.

``status`` is read ``as_of`` a date (default: every order of the corpus):

- ``terminated``: a corpus order signed by then terminates it (when it says
  ``Effective July 1, 2025, I hereby terminate …``, from that date);
- ``revoked``: the declaring document was revoked or superseded in whole by
  then, with no act on the emergency after that;
- a later declaration of the very same threat (the same words) is read as
  ``terminated`` too: the earlier emergency had ended — it was not
  continued, or it would not be declared anew (``replaced_by``);
- ``active``: neither — as far as the corpus knows.  An emergency lapses
  when the President does not continue it within a year (50 U.S.C. 1622(d));
  continuation notices are rarely in a corpus of orders, so a lapse is not
  read from their absence.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from eoparse.corpus.lineage import EMERGENCY_ACTIONS, LineageEvent
from eoparse.model import (
    DocumentKey,
    EmergencyAction,
    EmergencyActionType,
    Instrument,
    MeasureAction,
    Order,
)

if TYPE_CHECKING:
    from eoparse.corpus.index import Corpus

ACTIVE, TERMINATED, REVOKED = "active", "terminated", "revoked"
"""The values of :attr:`Emergency.status`."""

TABLE_COLUMNS = (
    "declared_by",
    "kind",
    "number",
    "declared",
    "in_corpus",
    "threat",
    "statutes",
    "expanded_by",
    "modified_by",
    "continued_by",
    "invoked_by",
    "terminated_by",
    "revoked_by",
    "replaced_by",
    "status",
    "ended",
    "as_of",
)
"""The columns of :meth:`Emergency.row` (the CSV of ``eoparse emergencies``)."""

_SEPARATOR = "; "


def _labels(events: tuple[LineageEvent, ...]) -> list[str]:
    return list(dict.fromkeys(e.label for e in events))


@frozen
class Emergency:
    """A national emergency: the instrument that declared it and what later orders did to it.

    ``order`` is the declaring order when it is in the corpus (``None`` when
    only later orders that act on it are); ``declaration`` its ``declare``
    action.  ``status`` and ``ended`` are read as of ``as_of`` (``None``: every
    order of the corpus).
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
    replaced_by: str | None = None
    """The later declaration of the very same threat, if any (the label of its order)."""
    status: str = ACTIVE
    """``active``, ``terminated`` or ``revoked`` (see the module's docstring)."""
    ended: dt.date | None = None
    """When it was terminated or its declaring document revoked."""
    as_of: dt.date | None = None

    @property
    def declared(self) -> dt.date | None:
        """The date of the declaring instrument."""
        if self.order is not None and self.order.signed is not None:
            return self.order.signed
        return self.declared_by.date

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON: the declaring instrument, statutes, threat, the later acts, status."""
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
            "replaced_by": self.replaced_by,
            "status": self.status,
            "ended": self.ended.isoformat() if self.ended else None,
            "as_of": self.as_of.isoformat() if self.as_of else None,
        }

    def row(self) -> dict[str, Any]:
        """One flat table row (:data:`TABLE_COLUMNS`): lists joined with ``; ``."""
        return {
            "declared_by": self.declared_by.label(),
            "kind": self.declared_by.kind.value,
            "number": self.declared_by.number,
            "declared": self.declared.isoformat() if self.declared else None,
            "in_corpus": self.order is not None,
            "threat": self.threat,
            "statutes": _SEPARATOR.join(self.statutes),
            "expanded_by": _SEPARATOR.join(_labels(self.expansions)),
            "modified_by": _SEPARATOR.join(_labels(self.modifications)),
            "continued_by": _SEPARATOR.join(_labels(self.continuations)),
            "invoked_by": _SEPARATOR.join(_labels(self.invocations)),
            "terminated_by": self.termination.label if self.termination else None,
            "revoked_by": self.revocation.label if self.revocation else None,
            "replaced_by": self.replaced_by,
            "status": self.status,
            "ended": self.ended.isoformat() if self.ended else None,
            "as_of": self.as_of.isoformat() if self.as_of else None,
        }


def _signed_by(event: LineageEvent, as_of: dt.date | None) -> bool:
    return as_of is None or (event.signed is not None and event.signed <= as_of)


def _effective(event: LineageEvent, target: Instrument) -> dt.date | None:
    """When a termination takes effect: the effective date the terminating order gives for
    the declaring document (``Effective July 1, 2025, I hereby terminate …``), else the
    day it was signed."""
    for measure in event.order.measures:
        if (
            measure.action is MeasureAction.EFFECTIVE
            and measure.target is not None
            and measure.target.key == target.key
            and measure.date is not None
        ):
            return measure.date
    return event.signed


def _roots(corpus: Corpus) -> dict[DocumentKey, DocumentKey]:
    """Documents that only expand or modify another's emergency → the document that
    declared it (followed through expansions of expansions)."""
    step: dict[DocumentKey, DocumentKey] = {}
    for order in corpus.orders:
        key = order.key
        if key is None or any(e.action is EmergencyActionType.DECLARE for e in order.emergencies):
            continue
        for action in order.emergencies:
            widened = action.action in (EmergencyActionType.EXPAND, EmergencyActionType.MODIFY)
            if widened and action.target is not None and action.target.key != key:
                step.setdefault(key, action.target.key)
    roots: dict[DocumentKey, DocumentKey] = {}
    for key in step:
        root, seen = key, {key}
        while root in step and step[root] not in seen:
            root = step[root]
            seen.add(root)
        roots[key] = root
    return roots


def _declared(
    corpus: Corpus, roots: dict[DocumentKey, DocumentKey]
) -> dict[DocumentKey, tuple[Instrument, Order | None, EmergencyAction | None]]:
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
            key = roots.get(action.target.key, action.target.key)
            if key not in declared:
                target = corpus.get(key)
                instrument = (
                    Instrument(target.kind, target.number, target.signed)
                    if target is not None
                    else action.target
                )
                declared[key] = (instrument, target, None)
    return declared


def _events(corpus: Corpus, keys: list[DocumentKey], as_of: dt.date | None) -> list[LineageEvent]:
    events = [
        e
        for key in keys
        for e in corpus.lineage(key, actions=EMERGENCY_ACTIONS.values())
        if isinstance(e.item, EmergencyAction) and _signed_by(e, as_of)
    ]
    return sorted(events, key=lambda e: (e.signed or dt.date.min, e.label))


_SAME_THREAT = 30
"""Characters a threat must have for its declaration anew to say the first one ended."""


def _threat_words(threat: str | None) -> str:
    return " ".join((threat or "").casefold().split())


def _replacements(
    declared: dict[DocumentKey, tuple[Instrument, Order | None, EmergencyAction | None]],
) -> dict[DocumentKey, Order]:
    """Each declaration → the first later order declaring the very same threat anew."""
    by_threat: dict[str, list[Order]] = {}
    for _, order, declaration in declared.values():
        words = _threat_words(declaration.threat if declaration else None)
        if order is not None and order.signed is not None and len(words) >= _SAME_THREAT:
            by_threat.setdefault(words, []).append(order)
    out: dict[DocumentKey, Order] = {}
    for orders in by_threat.values():
        orders.sort(key=lambda o: o.signed or dt.date.max)
        for earlier, later in itertools.pairwise(orders):
            if earlier.key is not None:
                out[earlier.key] = later
    return out


def _status(
    termination: LineageEvent | None,
    revocation: LineageEvent | None,
    replacement: Order | None,
    events: list[LineageEvent],
    instrument: Instrument,
    as_of: dt.date | None,
) -> tuple[str, dt.date | None]:
    if termination is not None:
        ended = _effective(termination, instrument)
        if as_of is None or ended is None or ended <= as_of:
            return TERMINATED, ended
    if replacement is not None and replacement.signed is not None:
        return TERMINATED, replacement.signed  # signed by as_of: the caller checked
    if revocation is not None:
        later = [
            e
            for e in events
            if e.action != "terminates"
            and e.signed is not None
            and revocation.signed is not None
            and e.signed > revocation.signed
        ]
        if not later:
            return REVOKED, revocation.signed
    return ACTIVE, None


def emergencies_of(corpus: Corpus, as_of: dt.date | None = None) -> tuple[Emergency, ...]:
    """Every national emergency ``corpus`` declares or acts on, declared by ``as_of``, by
    declaration date, with what the corpus's orders signed by ``as_of`` did to it."""
    roots = _roots(corpus)
    members: dict[DocumentKey, list[DocumentKey]] = {}
    for key, root in roots.items():
        members.setdefault(root, []).append(key)
    out = []
    declared_all = _declared(corpus, roots)
    replacements = _replacements(declared_all)
    for key, (instrument, declaring, declaration) in declared_all.items():
        emergency = Emergency(
            declared_by=instrument,
            order=declaring,
            declaration=declaration,
            statutes=declaration.statutes if declaration else (),
            threat=declaration.threat if declaration else None,
        )
        declared = emergency.declared
        if as_of is not None and declared is not None and declared > as_of:
            continue
        events = _events(corpus, [key, *members.get(key, [])], as_of)

        def of(kind: str, events: list[LineageEvent] = events) -> tuple[LineageEvent, ...]:
            return tuple(e for e in events if e.action == kind)

        terminations = of("terminates")
        termination = terminations[0] if terminations else None
        revocation = corpus.revoked(instrument, as_of=as_of)
        replacement = replacements.get(key)
        if replacement is not None and as_of is not None and replacement.signed is not None:
            replacement = replacement if replacement.signed <= as_of else None
        status, ended = _status(termination, revocation, replacement, events, instrument, as_of)
        out.append(
            Emergency(
                declared_by=instrument,
                order=declaring,
                declaration=declaration,
                statutes=emergency.statutes,
                threat=emergency.threat,
                expansions=of("expands"),
                continuations=of("continues"),
                modifications=of("modifies"),
                invocations=of("invokes"),
                termination=termination,
                revocation=revocation,
                replaced_by=replacement.label() if replacement is not None else None,
                status=status,
                ended=ended,
                as_of=as_of,
            )
        )
    return tuple(sorted(out, key=lambda e: (e.declared or dt.date.max, e.declared_by.label())))


__all__ = ["ACTIVE", "REVOKED", "TABLE_COLUMNS", "TERMINATED", "Emergency", "emergencies_of"]
