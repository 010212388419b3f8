"""A clause of another subject joined by ``and`` after a grant's clause.

``The Secretary of State shall review the list, and the Attorney General shall revise it``
holds two grants; the first actor's action ends before ``, and the Attorney General``.
Where that clause is inserted before the words both verbs share (``The Secretary of State
shall deny a visa to, and the Secretary of Homeland Security shall exclude from the United
States, any alien …``), the first action goes on after it: ``deny a visa to any alien …``.
Kept apart from :mod:`eoparse.powers.grants.build`, which calls it.
"""

from __future__ import annotations

import regex
from attrs import frozen

from eoparse.powers.context import larger
from eoparse.powers.grants.actors import Reader
from eoparse.powers.grants.patterns import MODAL
from eoparse.powers.grants.subject import find_subject
from eoparse.powers.wordlist import contains_any

_V = regex.VERBOSE

_SECOND_MODALS = (" shall ", " may ", " must ", " authorized ")
"""What a second modal's clause holds: most clauses hold none after their own modal."""

AND_BEFORE = regex.compile(r"(?r),?\ and\ (?:the\ |each\ |all\ |any\ )?$", _V)
"""``, and the `` right before the second clause's subject."""

SHARED_GAP = regex.compile(
    r"(?r)\b(?:to|on|upon|from|of|for|with|by|in|into|at|against|describing|include|includes)$",
    _V,
)
"""A word that wants its object before the inserted clause (``deny a visa to``, ``base its
decision on``): the object comes after it, shared by both verbs."""


_OWN_MODAL = ("shall ", "may ", "must ")
"""A modal right after ``, and``: a second predicate of the same subject (``develop an
annual plan for, and shall document the agency's effort in, …``), no clause of another."""


@frozen
class Coordinate:
    """Where the first clause's action stops (``cut``), and where it goes on after an
    inserted clause (``resume``; -1 where it does not)."""

    cut: int
    resume: int = -1


def coordinate_after(reader: Reader, action_start: int, end: int) -> Coordinate | None:
    """The clause of another subject that ``and`` joins before ``end`` to the action
    beginning at ``action_start``, or ``None``."""
    text = reader.text
    if not contains_any(text, _SECOND_MODALS, action_start, end):
        return None
    inserted = _inserted(text, action_start, end)
    if inserted is not None:
        return inserted
    for second in MODAL.finditer(text, action_start, end):
        if text.startswith(" be ", second.end()):
            continue  # a passive's modal: its subject is what is done, not who
        subject = find_subject(reader, action_start, second.start())
        if not subject or subject[0].start <= action_start:
            continue
        joined = AND_BEFORE.search(
            text, larger(action_start, subject[0].start - 12), subject[0].start
        )
        if joined is None or joined.end() != subject[0].start:
            continue
        return Coordinate(joined.start())
    return None


def _inserted(text: str, action_start: int, end: int) -> Coordinate | None:
    """A clause with a modal of its own inserted between commas where the action waits
    for its object (``deny a visa to, and the Secretary of Homeland Security shall exclude
    from the United States, any alien …``; ``base its decision on, and the certification
    shall include an analysis describing, the extent …``), or ``None``."""
    cut = text.find(", and ", action_start, end)
    while cut >= 0:
        gap = SHARED_GAP.search(text, larger(action_start, cut - 12), cut)
        if gap is not None and gap.end() == cut and not text.startswith(_OWN_MODAL, cut + 6):
            second = MODAL.search(text, cut, end)
            if second is not None and text.find(", ", cut + 6, second.start()) < 0:
                close = text.find(", ", second.end(), end)
                if close > 0:
                    return Coordinate(cut, close + 2)
        cut = text.find(", and ", cut + 6, end)
    return None


__all__ = ["Coordinate", "coordinate_after"]
