"""What of an old order the new one replaces: the scope in which an old item can be *removed*.

An item only an old order has is removed when the new order replaces it:

- the new order is another version of the same document (the same identity),
  or revokes or supersedes the old one in whole: every old item is in scope;
- it declares a national emergency anew and refers to the old order, which
  declared one too: the new declaration succeeds the old, whole;
- it amends, revokes or supersedes named sections of the old one: the old
  items in those sections (and their subsections) are in scope;
- otherwise — it expands the old order's emergency, takes further steps under
  it, cites it, or does not mention it — the old order stays in force as it
  was, and its items the new order does not repeat are *kept*, not removed.

In a chain of old orders, one that another old order replaces in whole is
history: its items are left out of the comparison (:func:`superseded`).
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from eoparse.model import EmergencyActionType, Order, Relation

_REPLACING = (Relation.REVOKES, Relation.SUPERSEDES)
_CHANGING = (Relation.REVOKES, Relation.SUPERSEDES, Relation.AMENDS)


@frozen
class Scope:
    """Which items of one old order the new order replaces."""

    whole: bool
    """The new order replaces the whole old order."""
    sections: tuple[str, ...] = ()
    """The old order's sections the new one replaces, where it names them."""

    def replaces(self, where: str) -> bool:
        """Whether an old item at section path ``where`` is within the replaced scope."""
        if self.whole:
            return True
        return any(where == s or where.startswith((f"{s}(", f"{s}.")) for s in self.sections)


def scope_of(new: Order, old: Order) -> Scope:
    """What of ``old`` the order ``new`` replaces (see the module's docstring)."""
    if old.key is not None and old.key == new.key:
        return Scope(True)
    if (
        _declares(new)
        and _declares(old)
        and any(old.key is not None and r.target.key == old.key for r in new.references)
    ):
        return Scope(True)  # a new declaration on the old one's subject succeeds it
    sections: list[str] = []
    for reference in new.references:
        if old.key is None or reference.target.key != old.key:
            continue
        if reference.relation in _REPLACING and not reference.partial:
            return Scope(True)
        if reference.relation in _CHANGING:
            sections.extend(reference.target_sections)
            sections.extend(a.section for a in reference.amendments if a.section)
    return Scope(False, tuple(dict.fromkeys(sections)))


def _declares(order: Order) -> bool:
    return any(e.action is EmergencyActionType.DECLARE for e in order.emergencies)


def superseded(olds: Sequence[Order]) -> frozenset[int]:
    """The old orders of a chain that another old order replaces in whole (by their index):
    their items are history, not the state the new order is compared with."""
    out = set()
    for i, old in enumerate(olds):
        for j, other in enumerate(olds):
            if i != j and other.key != old.key and scope_of(other, old).whole:
                out.add(i)
                break
    return frozenset(out)


def scopes(new: Order, olds: Sequence[Order]) -> tuple[Scope, ...]:
    """The scope of each old order, in order."""
    return tuple(scope_of(new, old) for old in olds)


__all__ = ["Scope", "scope_of", "scopes", "superseded"]
