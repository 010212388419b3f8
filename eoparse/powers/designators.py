"""Who designates: the official who determines, and the officials only consulted.

``any person determined by the Secretary of the Treasury, in consultation with
the Secretary of State`` is a determination of the Secretary of the Treasury;
the Secretary of State is consulted and is never the designator.  Alternatives
(``… or by the Secretary of State, in consultation with …``; ``the Secretary
of State or the Secretary of the Treasury, as applicable``) name every
official who may determine, joined by ``or``.  Officials are written under the
canonical names of the officials table (:mod:`eoparse.powers.officials`).
"""

from __future__ import annotations

from eoparse.powers.designation_patterns import AS_APPLICABLE, CONSULTED, THROUGH
from eoparse.powers.officials import actor_pattern, resolve
from eoparse.powers.wordlist import find_listed

PRESIDENT = "President"
"""The designator of the designations an order makes itself."""

_CONSULT_REACH = ("by ", "determines", "determine ", " shall", " may ")
"""Words after which officials named are designators again (a consultation has ended)."""


def _canonical(printed: str) -> str | None:
    """The table's name for a printed official (``None`` for the President and bodies)."""
    official = resolve(printed)
    if official is None or official.kind in ("group", "agency", "body"):
        return None
    if official.name in ("President", "President of the United States"):
        return None
    return official.name


def officials_in(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """``(start, end, canonical name)`` of each official named in ``text[start:end]``."""
    found = []
    for s, e in find_listed(actor_pattern(), text, start, end):
        name = _canonical(text[s:e])
        if name is not None:
            found.append((s, e, name))
    return found


def designators(text: str, start: int, end: int) -> tuple[str | None, tuple[str, ...]]:
    """The designator and the consulted officials of the words ``text[start:end]``.

    An official after ``in consultation with`` (or ``at the recommendation of``,
    ``in coordination with`` …) is consulted until a ``by`` or a verb opens the
    next determiner; the others determine, joined by ``or`` where the text gives
    alternatives and by ``and`` where they act together.  ``None`` when no
    official determines.
    """
    consulting = False
    last = start
    chosen: list[str] = []
    joints: list[str] = []
    chosen_end = start
    consulted: list[str] = []
    consults = [(m.start(), m.end()) for m in CONSULTED.finditer(text, start, end)]
    agents = [m.end() for m in THROUGH.finditer(text, start, end)]
    for s, e, name in officials_in(text, start, end):
        between = text[last:s]
        if any(last <= at <= s for at in agents):
            last = e  # "acting through the Director": the agent, neither designator nor consulted
            continue
        if any(last <= c_start and c_end <= s for c_start, c_end in consults):
            consulting = True
        elif any(word in between for word in _CONSULT_REACH):
            consulting = False
        if consulting:
            consulted.append(name)
        elif name not in chosen:
            if chosen:
                joints.append("or" if " or " in text[chosen_end:s] else "and")
            chosen.append(name)
            chosen_end = e
        last = e
    consulted = [name for name in dict.fromkeys(consulted) if name not in chosen]
    if not chosen:
        return None, tuple(consulted)
    who = chosen[0]
    for joint, name in zip(joints, chosen[1:], strict=True):
        who += f" {joint} {name}"
    if len(chosen) > 1:
        applicable = AS_APPLICABLE.match(text, chosen_end, end)
        if applicable is not None and "applicable" in applicable[0]:
            who += ", as applicable"
    return who, tuple(consulted)


__all__ = ["PRESIDENT", "designators", "officials_in"]
