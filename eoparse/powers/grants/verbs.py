"""What a grant's verb says by itself: the kind of grant its modal makes, whether it
stands in a section that states policy rather than directs, and whether it is what a
document is to provide rather than a direction of this order."""

from __future__ import annotations

import regex

from eoparse.model import Modality
from eoparse.powers.context import Context
from eoparse.powers.grants.patterns import AUTHORITY_TO, POLICY_HEADING
from eoparse.powers.wordlist import contains_any


def states_policy(context: Context, at: int) -> bool:
    """Whether ``at`` lies in a top-level section headed as a statement of policy (not in
    quoted amendatory text, whose top-level paths nest under the amending section)."""
    section = context.top_section(at)
    return (
        section is not None
        and "(" not in section.path
        and POLICY_HEADING.fullmatch(section.heading or "") is not None
    )


PROVIDES_THAT = regex.compile(
    r"\b(?:shall|must|will|should)\ (?:also\ )?(?:provide|state|specify|stipulate)\ that\b",
    regex.VERBOSE,
)
"""``Such proposed rule shall provide that, upon …, the Director shall … grant``: what a
document is to say, whose own modals are its words, not this order's directions."""

_PROVIDES_WORDS = (" provide that", " state that", " specify that", " stipulate that")
"""What every :data:`PROVIDES_THAT` match holds: most sentences hold none."""


_PROVIDES_REACH = 600
"""How far before a modal the words of :data:`PROVIDES_THAT` may stand: looked for only
there, so that a long sentence is not rescanned from its start at each modal."""


def provided_for(text: str, sentence_start: int, modal_start: int) -> bool:
    """Whether the modal at ``modal_start`` stands in a that-clause of what a document
    shall provide (:data:`PROVIDES_THAT` between its sentence's start, or
    :data:`_PROVIDES_REACH` before it, and the modal)."""
    start = max(sentence_start, modal_start - _PROVIDES_REACH)
    semi = text.rfind(";", start, modal_start)
    if semi >= 0 and not text.startswith((" that ", " and that ", " or that "), semi + 1):
        start = semi + 1  # "…; the Director shall", not "…; that the Secretary shall"
    if not contains_any(text, _PROVIDES_WORDS, start, modal_start):
        return False
    return PROVIDES_THAT.search(text, start, modal_start) is not None


def modality_of(modal: str, text: str = "", at: int = 0) -> Modality:
    """The kind of grant a :data:`MODAL` match makes (``is hereby delegated`` → delegated),
    ``at`` its end in ``text``: ``shall have the authority to`` authorizes."""
    if modal == "shall" and AUTHORITY_TO.match(text, at) is not None:
        return Modality.AUTHORIZED
    if modal == "may":
        return Modality.MAY
    if "delegated" in modal or "assigned" in modal:
        return Modality.DELEGATED
    if "authorized" in modal or "empowered" in modal:
        return Modality.AUTHORIZED
    return Modality.SHALL


_EXTENT = regex.compile(
    r"""the\ (?:maximum\ |fullest\ )?extent\ (?:practicable|possible|feasible|permitted\ by\ law)
        ,?\ (?=[a-z])(?!(?:and|or|consistent|within|subject|in)\b)  # the verb, not more
    """,  # of the qualifier ("… permitted by law and subject to …")
    regex.VERBOSE,
)
"""``to the maximum extent practicable`` printed with no commas between a modal and its
verb (``agencies shall to the maximum extent practicable expedite``): a qualifier, not the
action's first words."""


def action_opening(text: str, at: int, modality: Modality) -> int:
    """Where the words of a grant's action begin after its modal, which ends at ``at``:
    past the ``to`` of ``is directed to`` / ``shall to …``, and past a bare ``to the
    maximum extent practicable``; at the colon of ``is directed to:``, which leads items."""
    if modality not in (Modality.AUTHORIZED, Modality.SHALL):
        return at
    if text.startswith(" to ", at):
        extent = _EXTENT.match(text, at + 4)
        return extent.end() if extent is not None else at + 4
    if text.startswith(" to:", at):
        return at + 3  # "is directed to: (a) recognize …": the colon leads the items
    return at


__all__ = ["PROVIDES_THAT", "action_opening", "modality_of", "provided_for", "states_policy"]
