"""The phrases that name officials beside a grant's actor: one table, from which the
pattern, the literal strings that find where it can start, and the cheap gate are all
built, so that they cannot drift apart.

``The Secretary of State, in consultation with the Attorney General, shall …``: the
Attorney General is consulted, not the actor.  Some phrases name officials who are
neither actors nor consulted (``on behalf of``, ``rather than``, ``at the request of``):
their matches carry the ``apart`` group.
"""

from __future__ import annotations

import regex

from eoparse.powers.anchored import Starts, anchored_matches, literal_starts
from eoparse.powers.wordlist import contains_any

CONSULTED = (
    *("in consultation with", "in consultation as appropriate with"),
    *("in consultation, as appropriate, with", "in consultation, as appropriate with"),
    *("in consultation as appropriate, with", "after consultation with"),
    *("after such consultation with", "after appropriate consultation with"),
    *("in coordination with", "in cooperation with", "in conjunction with"),
    *("in collaboration with", "in partnership with", "jointly with", "acting through"),
    *("with the concurrence of", "with the advice of", "with the assistance of"),
    *("after concurrence by", "after concurrence of", "after the concurrence of"),
    *("upon concurrence of", "upon the concurrence of"),
    *("with the advice and assistance of", "with the assistance and advice of"),
    *("with support of", "with support from", "with the support of", "with the support from"),
    *("with assistance from", "with assistance of", "with such assistance from"),
)
"""Phrases that name co-actors: consulted, coordinated with, joined or gone through."""

CONSULTED_GLUE = ("", "and", "or", "and the", "the")
"""What may stand between the officials a consultation phrase names, one after another."""

APART = (
    *("on behalf of", "rather than", "at the request of", "upon request of"),
    *("upon the request of", "in support of"),
    *("with the approval of", "subject to the approval of", "with the consent of"),
    *("who also serves as", "who serves as", "who shall also serve as"),
)
"""Phrases that name officials who are neither actors nor consulted (``The Secretary,
with the approval of the President, shall terminate``: the President approves; ``The
Federal Chief Performance Officer, who also serves as the Chair of …, shall``: one
official's other titles)."""

_ALTERNATIVE_TAIL = r"(?:,\ or\ [^,;:]{1,80}?\ (?:from|by|of),)?"
"""``in consultation with, or upon referral … from, the heads``: a second way of naming
the same officials, read as part of the phrase."""


def _alternation(phrases: tuple[str, ...]) -> str:
    """The phrases as one alternation, longest first, each opening in either case
    (``In consultation with`` opens a sentence)."""
    forms = sorted(phrases, key=len, reverse=True)
    return "|".join(f"[{p[0].upper()}{p[0]}]" + regex.escape(p[1:]) for p in forms)


CONSULT = regex.compile(
    rf"""\b(?:{_alternation(CONSULTED)}|(?P<apart>{_alternation(APART)}))
        {_ALTERNATIVE_TAIL}\ """,
    regex.VERBOSE,
)
"""The words that name co-actors (``in consultation, as appropriate, with``), or, in the
``apart`` group, officials who are neither actors nor consulted (``rather than``, ``on
behalf of``, ``at the request of``)."""

CONSULT_APART = CONSULT.groupindex["apart"]
"""The number of :data:`CONSULT`'s ``apart`` group (read by number on a hot path)."""

_STARTS: Starts = {phrase[1:]: (1,) for phrase in (*CONSULTED, *APART)}
"""Where a :data:`CONSULT` match can start: one character before each phrase without
its first letter (whose case varies)."""


def _gate_words(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """Strings one of which each of ``phrases`` holds as printed, whatever the case of
    its first letter: the word after ``with`` (a space or a comma), else all but the
    first word, else all but the first letter; none that holds another."""
    words: set[str] = set()
    for phrase in phrases:
        if phrase.endswith(" with"):
            words.update((" with ", " with,"))
        else:
            words.add(phrase.split(" ", 1)[1] if phrase.count(" ") > 1 else phrase[1:])
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


_GATE = _gate_words((*CONSULTED, *APART))
"""Strings one of which every :data:`CONSULT` match holds (``with``, ``request of``,
``through``): most stretches hold none, and string searches settle it."""


def consultations(text: str, start: int, end: int) -> list[regex.Match[str]]:
    """The :data:`CONSULT` phrases in ``text[start:end]``, tried only where a phrase's
    words stand, not at every word."""
    if not contains_any(text, _GATE, start, end):
        return []
    candidates = literal_starts(_STARTS, text, start, end)
    return list(anchored_matches(CONSULT, candidates, text, start, end))


__all__ = ["APART", "CONSULT", "CONSULTED", "CONSULT_APART", "consultations"]
