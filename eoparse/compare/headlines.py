"""The headlines of a powers diff: the short ranked list an analyst reads first.

In this order (weights in :data:`WEIGHTS`): designations and the names they
list; national-emergency actions; measures the orders take by their own
force; relations to other documents (revocations, amendments,
supersessions); councils, committees and task forces established, ended or
re-formed (their members, chairs and invited officials); statutes newly invoked
or dropped; powers an actor gained or
lost (grants added or removed, one line per actor); deadlines changed.
Wording-only changes never make a headline.
"""

from __future__ import annotations

from collections.abc import Iterable

from eoparse.compare.result import Change, Headline, ItemChange
from eoparse.kinds import flat

WEIGHTS = {
    "designations": 100,
    "emergencies": 90,
    "measures": 80,
    "references": 70,
    "bodies": 60,
    "authorities": 50,
    "grants": 40,
    "deadlines": 30,
}
"""How a headline of each kind ranks (higher first)."""

LIMIT = 30
"""At most this many headlines; the rest are in the details."""

_SIGN = {Change.ADDED: "+", Change.REMOVED: "−", Change.CHANGED: "~"}


def _fields_text(change: ItemChange) -> str:
    parts = []
    for f in change.fields:
        if f.added or f.removed:
            moved = [f"+{v}" for v in f.added] + [f"−{v}" for v in f.removed]
            parts.append(f"{f.field} {', '.join(moved)}")
        elif not f.words:
            parts.append(f"{f.field} {f.old} → {f.new}")
        else:
            parts.append(f"{f.field} reworded")
    return "; ".join(parts)


def _line(change: ItemChange) -> str:
    sign = _SIGN.get(change.change, "")
    text = f"{sign} {change.category}: {change.label}"
    if change.change is Change.CHANGED and change.fields:
        text += f" ({_fields_text(change)})"
    return text


def _is_headline(change: ItemChange) -> bool:
    if change.change not in _SIGN:
        return False
    if change.category == "references":
        side = change.new or change.old
        relation = getattr(side.item, "relation", None) if side else None
        return relation is not None and relation.value != "cites"
    if change.category == "authorities":
        side = change.new or change.old
        invoked = getattr(side.item, "invoked", True) if side else True
        moved = any(f.field == "invoked" for f in change.fields)
        return (change.change is not Change.CHANGED and invoked) or moved
    if change.category == "bodies":  # a continued body's new end date alone is routine
        return change.change is not Change.CHANGED or any(f.field != "until" for f in change.fields)
    return change.category in ("designations", "emergencies", "measures")


def _action(change: ItemChange, *, gained: bool) -> str:
    """The action of the grant an actor gained (the new side) or lost (the old side)."""
    side = (change.new if gained else change.old) or change.new or change.old
    return flat(getattr(side.item, "action", "") if side else "")


def _actors(changes: Iterable[ItemChange]) -> list[Headline]:
    """One line per actor that gained or lost grants: grants added or removed, and grants
    that moved from one actor to another (a changed ``actor``: the old actor loses the
    power, the new one gains it)."""
    gained: dict[str, list[ItemChange]] = {}
    lost: dict[str, list[ItemChange]] = {}
    for change in changes:
        if change.category != "grants":
            continue
        moved = change.change is Change.CHANGED and any(f.field == "actor" for f in change.fields)
        if change.change is Change.ADDED or moved:
            actor = getattr(change.new.item, "actor", "") if change.new else ""
            gained.setdefault(actor, []).append(change)
        if change.change is Change.REMOVED or moved:
            actor = getattr(change.old.item, "actor", "") if change.old else ""
            lost.setdefault(actor, []).append(change)
    out = []
    for verb, table, sign in (("gains", gained, "+"), ("loses", lost, "−")):
        for actor, found in table.items():
            actions = "; ".join(_action(c, gained=sign == "+") for c in found[:3])
            more = f"; and {len(found) - 3} more" if len(found) > 3 else ""
            noun = "power or duty" if len(found) == 1 else "powers or duties"
            text = f"{sign} grants: {actor} {verb} {len(found)} {noun}: {actions}{more}"
            out.append(Headline(text, "grants", WEIGHTS["grants"] + min(len(found), 9), found))
    return out


def _deadlines(changes: Iterable[ItemChange]) -> list[Headline]:
    out = []
    for change in changes:
        if change.category != "grants" or change.change is not Change.CHANGED:
            continue
        moved = [f for f in change.fields if f.field in ("deadline_days", "deadline_date")]
        if moved:
            text = f"~ deadline: {change.label} ({_fields_text(change)})"
            out.append(Headline(text, "grants", WEIGHTS["deadlines"], (change,)))
    return out


def headlines(changes: Iterable[ItemChange], *, limit: int = LIMIT) -> tuple[Headline, ...]:
    """The ranked headlines of ``changes`` (at most ``limit``; stable for equal weights)."""
    changes = list(changes)
    found = [
        Headline(_line(c), c.category, WEIGHTS[c.category], (c,))
        for c in changes
        if _is_headline(c)
    ]
    found += _actors(changes)
    found += _deadlines(changes)
    ranked = sorted(enumerate(found), key=lambda pair: (-pair[1].weight, pair[0]))
    return tuple(headline for _, headline in ranked[:limit])


__all__ = ["LIMIT", "WEIGHTS", "headlines"]
