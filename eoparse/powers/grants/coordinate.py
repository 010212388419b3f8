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
from eoparse.powers.grants.patterns import MODAL, PASSIVE_NO_AGENT
from eoparse.powers.grants.subject import find_subject
from eoparse.powers.wordlist import contains_any

_V = regex.VERBOSE

_SECOND_MODALS = (" shall", " may ", " must ", " authorized", " directed")
"""Strings one of which a second modal holds (``shall``, ``is authorized``, ``is
directed``): most clauses hold none after their own modal, and are not read further."""

AND_BEFORE = regex.compile(r"(?r),?\ and\ (?:the\ |each\ |all\ |any\ )?$", _V)
"""``, and the `` right before the second clause's subject."""

SHARED_GAP = regex.compile(
    r"(?r)\b(?:to|on|upon|from|of|for|with|by|in|into|at|against|describing|include|includes)$",
    _V,
)
"""A word that wants its object before the inserted clause (``deny a visa to``, ``base its
decision on``): the object comes after it, shared by both verbs."""

INSERTED_SUBJECT = regex.compile(r"(?:the|each|all|any|an?)\ |[A-Z]", _V)
"""How an inserted clause's own subject opens after ``, and `` (``the Secretary of
Homeland Security``, ``the certification``): not ``as the President may direct``, ``in
appropriate cases may reimburse`` or a modal of the same subject."""

SHARED_OBJECT = regex.compile(r",\ (?=(?:any|all|the|such|each|every|a|an|its|their)\ )", _V)
"""The comma before the object both verbs share (``…, any alien``), past the inserted
clause's own asides (``from the United States, pursuant to section 212(f) of the Act,``)."""

_RELATIVE = (" that ", " which ", " who ", " whom ", " as ")
"""Words that open a relative clause before a bare ``and``: ``any findings that the
Director and the Attorney General may request`` joins two subjects of one clause."""

_SUBJECT_REACH = 160
"""How far before a second modal the ``and`` that opens its subject may stand."""

_QUOTES = ('"', "\u201c", "``")


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
        series = _series_clause(reader, action_start, second, end)
        if series is not None:  # "A shall X, B shall Y, and C shall Z"
            return series
        near = larger(action_start, second.start() - _SUBJECT_REACH)
        if text.find(" and ", near, second.start()) < 0:
            continue  # no "and" to open another subject: no subject looked for
        if PASSIVE_NO_AGENT.match(text, second.end()) is not None:
            continue  # a passive's modal: its subject is what is done, not who ("shall be
            # directed to" is a duty of its subject's, PASSIVE_NO_AGENT leaves it out)
        # The first such modal decides: its subject is looked for once, not at every
        # modal after it (a section of hundreds of "… shall … and …" stays linear).
        # "and" before the subject's first actor, or its second of two ("notify the heads of
        # agencies, and the Secretary of Labor shall"): not before the last of a list
        # ("the Secretary of Defense, the Administrator …, and the Administrator of NASA")
        for actor in find_subject(reader, action_start, second.start())[:2]:
            joined = AND_BEFORE.search(text, larger(action_start, actor.start - 12), actor.start)
            if joined is not None and joined.end() == actor.start and actor.start > action_start:
                if _joins_clauses(text, action_start, joined.start()):
                    return Coordinate(joined.start())
                break
        return None
    return None


def _series_clause(
    reader: Reader, action_start: int, second: regex.Match[str], end: int
) -> Coordinate | None:
    """The middle clause of a series of clauses with subjects of their own, joined by a
    comma (``The Secretary of State shall review the rules, the Attorney General shall
    revise the guidance, and the Secretary of Energy shall report``), cut at its comma;
    ``None`` unless one actor stands right after the comma and right before the modal, and
    the series goes on with ``, and`` and another modal."""
    text = reader.text
    if text.find(", and ", second.end(), end) < 0:
        return None  # most modals end no series
    subject = find_subject(reader, action_start, second.start())
    if len(subject) != 1 or text[subject[0].end : second.start()].strip():
        return None
    comma = subject[0].start - 2
    if text.startswith(", the ", comma - 4):
        comma -= 4  # ", the Attorney General shall"
    if not text.startswith(", ", comma) or comma <= action_start:
        return None
    if " that" in text[action_start:comma]:
        return None  # "… requiring that, upon receipt of a request, the Director shall": a
        # clause inside the action, not the next of a series
    last = text.find(", and ", second.end(), end)
    if MODAL.search(text, last, end) is None:
        return None
    return Coordinate(comma)


def _joins_clauses(text: str, action_start: int, cut: int) -> bool:
    """Whether ``and`` at ``cut`` joins another clause to the action: not inside a
    quotation, and, without its comma, not after a relative pronoun (``any findings that
    the Director and the Attorney General may request``)."""
    before = text[action_start:cut]
    if before.count('"') % 2 or contains_any(before, _QUOTES[1:]):
        return False
    return text.startswith(",", cut) or not contains_any(before, _RELATIVE)


def _inserted(text: str, action_start: int, end: int) -> Coordinate | None:
    """A clause with a subject and a modal of its own inserted between commas where the
    action waits for its object (``deny a visa to, and the Secretary of Homeland Security
    shall exclude from the United States, any alien …``; ``base its decision on, and the
    certification shall include an analysis describing, the extent …``), or ``None``."""
    cut = text.find(", and ", action_start, end)
    while cut >= 0:
        gap = SHARED_GAP.search(text, larger(action_start, cut - 12), cut)
        if gap is not None and gap.end() == cut and INSERTED_SUBJECT.match(text, cut + 6):
            second = MODAL.search(text, cut, end)
            if second is not None and text.find(", ", cut + 6, second.start()) < 0:
                shared = SHARED_OBJECT.search(text, second.end(), end)
                if shared is not None:
                    return Coordinate(cut, shared.end())
        cut = text.find(", and ", cut + 6, end)
    return None


__all__ = [
    "AND_BEFORE",
    "INSERTED_SUBJECT",
    "SHARED_GAP",
    "SHARED_OBJECT",
    "Coordinate",
    "coordinate_after",
]
