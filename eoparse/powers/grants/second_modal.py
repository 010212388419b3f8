"""A second modal of another kind joined to a clause's first by ``and``: ``The Secretary
shall finalize the list and may remove products`` is a duty and a power of the Secretary,
one grant each; so is one of the same kind that leads a list (``shall be guided by X and
shall in particular: (a) …``).  Both sides of the split ask the one question here: the
first modal's clause ends at the ``and`` (:func:`second_modal_at`), and the second modal
takes the first one's actor and begins its clause at the ``and`` (:func:`joined_second`).
A clause of ``he`` or ``she`` with a modal of its own ends the one before it too
(:func:`pronoun_modal_at`)."""

from __future__ import annotations

import regex

from eoparse.powers.context import CLAUSE_REACH
from eoparse.powers.grants.list_patterns import LEAD_IN, LEADS_OWN_LIST, LIST_OPENS
from eoparse.powers.grants.patterns import MODAL, MODAL_VERB
from eoparse.powers.grants.verbs import modality_of
from eoparse.powers.wordlist import contains_any

_RELATIVES = (" that ", " which ", " who ", " whose ", " whom ")
"""Words that open a clause of another subject between the two modals (``rules under
which a lender shall verify income and may charge fees``: the lender's)."""

_NOT_JOINED_AFTER = (" be ", " not ")
"""What after the second modal makes it no power of the actor's: ``and may be eligible``
(what the actor is), ``and may not approve`` (a limit)."""


def _leads_own_list(text: str, at: int) -> bool:
    """Whether the modal ending at ``at`` leads a list of its own: an adverb and a colon
    (``and shall in particular: (a) …``), or a lead-in's words (``and shall take
    appropriate action to: (i) …``), not an object's (``and shall focus on: (i) the need
    …``)."""
    if LEADS_OWN_LIST.match(text, at) is not None:
        return True
    colon = text.find(":", at, at + _LEAD_WORDS)
    return (
        colon > at
        and text.find(";", at, colon) < 0
        and (not text.startswith(",", at) or text.count(",", at, colon) >= 2)  # an aside closed
        and LEAD_IN.fullmatch(text, at, colon) is not None
        and LIST_OPENS.match(text, colon + 1) is not None
    )


_LEAD_WORDS = 200
"""How far after a second modal its lead-in's colon may stand."""


def _joined(text: str, first: regex.Match[str], at: int, second_end: int) -> bool:
    """Whether the ``and`` at ``at`` joins the modal ending at ``second_end`` to the clause
    of ``first``: another kind of grant, or one of the same kind that leads a list of its
    own (:func:`_leads_own_list`); no other active modal between, no relative clause, and
    more than one bare verb before it (``shall receive and may investigate complaints``
    shares the object: one grant)."""
    if modality_of(first[MODAL_VERB], text, first.end()) is modality_of(
        text[at + 5 : second_end], text, second_end
    ) and not _leads_own_list(text, second_end):
        return False  # of one kind, one grant, unless the second leads a list of its own
    if text.startswith(_NOT_JOINED_AFTER, second_end):
        return False
    words = text[first.end() : at]
    if len(words.split()) < 2 or any(r in words for r in _RELATIVES):
        return False
    return all(  # another's modal between, unless a passive's ("areas where such uses
        text.startswith(" be ", between.end())  # may be conducted …, and may revise")
        for between in MODAL.finditer(text, first.end(), at)
    )


def second_modal_at(text: str, first: regex.Match[str], end: int) -> int:
    """Where, before ``end``, ``and`` joins a second modal of another kind to the clause of
    the modal ``first`` (``shall finalize the list and may remove products``), or -1."""
    for word in (" and may", " and shall"):
        at = text.find(word, first.end(), end)
        after = at + len(word)
        if at >= 0 and text[after : after + 1] in (" ", ",") and _joined(text, first, at, after):
            return at
    return -1


_PRONOUN_MODAL = regex.compile(
    r"""
    ,?\ (?:except\ that|provided\ that|but|and)   # what joins the second clause
    \ (?:he\ or\ she|he|she)                    # its subject: the first clause's official
    (?:,\ [^,;]{1,80},)?\ (?:shall|may)\b        # "he may, to the extent …, permit"
    """,
    regex.VERBOSE,
)
"""A second clause of the same official joined with a personal pronoun: ``shall not permit
…, except that he may … permit …``."""


def pronoun_modal_at(text: str, start: int, end: int) -> int:
    """Where, in ``text[start:end]``, a clause whose subject is ``he`` or ``she`` and a
    modal of its own begins (``…, except that he may …``), or -1: the grant before ends
    there; the pronoun's is read on its own."""
    if not contains_any(text, (" he ", " she "), start, end):
        return -1  # every match holds one
    found = _PRONOUN_MODAL.search(text, start, end)
    return found.start() if found is not None else -1


def joined_second(text: str, sentence_start: int, modal: regex.Match[str]) -> bool:
    """Whether the modal ``modal`` follows ``and`` as a second modal of another kind joined
    to the one clause before it in its sentence (looked for within a clause's reach)."""
    at = modal.start() - 5
    if not text.startswith(" and ", at):
        return False
    firsts = [
        first
        for first in MODAL.finditer(text, max(sentence_start, at - CLAUSE_REACH), at)
        if not text.startswith(" be ", first.end())  # a passive's: no clause of an actor
    ]
    return len(firsts) == 1 and _joined(text, firsts[0], at, modal.end())


__all__ = ["joined_second", "pronoun_modal_at", "second_modal_at"]
