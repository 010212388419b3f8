"""Whether the words of a list item or a series part name an actor and a modal of their
own (``(b) within 30 days, the Secretary of Energy shall report``), so that they are read
on their own rather than as a duty the lead-in hands down, and whether an item opens with
the verb of a duty (``(a) review …``, ``(iii) Upon request by the Secretary, advise …``)
or with a title-case heading (``(g) International Protection. Support …``)."""

from __future__ import annotations

import regex

from eoparse.powers.anchored import ending_at
from eoparse.powers.context import larger, smaller
from eoparse.powers.grants.actors import Reader
from eoparse.powers.grants.duty_patterns import BY_AGENT
from eoparse.powers.grants.list_patterns import ACTION_VERB, AS_TITLE_BEFORE
from eoparse.powers.grants.patterns import MODAL
from eoparse.powers.wordlist import contains_any


def own_grant(reader: Reader, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names its own actor and modal (read on its own)."""
    text = reader.text
    own = MODAL.search(text, start, end)
    if own is None or text.endswith(
        (" which ", " that "), max(start, own.start() - 7), own.start()
    ):
        return False  # "(a) developing, with the Agent, a policy, which shall be submitted"
    if (
        text.startswith(" be ", own.end())
        and contains_any(text, _PROVISOS, start, own.start())
        and BY_AGENT.match(text, own.end(), end) is None
    ):
        return False  # "(d) collect information …, provided that the collection shall be
        # undertaken so as to …": a proviso's passive names no actor of its own
    if text.find("which ", larger(start, own.start() - 40), own.start()) >= 0 and ending_at(
        _WHICH_SUBJECT_BEFORE, text, larger(start, own.start() - 40), own.start()
    ):
        return False  # "(f) providing training in programs for which they may be eligible"
    if text.find(" as ", larger(start, own.start() - 90), own.start()) >= 0 and ending_at(
        AS_TITLE_BEFORE, text, larger(start, own.start() - 90), own.start()
    ):
        return False  # "(h) address such other matters as the President may determine"
    if duty_first(text, start, own.start()):
        # "(g) serve as the lead …. If conflicts …, they shall be referred", "(iii) Upon
        # request by the Secretary, advise … whether such exposure may have endangered …":
        # the item is a duty of the lead-in's actor; its own modal is read on its own
        return False
    return bool(reader.actors_between(start, own.start()))


_WHICH_SUBJECT_BEFORE = regex.compile(
    r"\b(?:which|whom|whose)\ (?:[\w\-]+\ ){1,3}$", regex.VERBOSE | regex.REVERSE
)
"""A relative clause's own subject right before a modal (``for which they may``): the modal
is the relative clause's, not the item's."""

_PROVISOS = (" provided that ", " provided, however, that ", " provided further that ")
"""What opens a proviso inside an item: the modal after it qualifies the item's duty."""

_INTRO_REACH = 160
"""How long an introductory phrase before an item's verb may be (``Upon request by the
Secretary of Health and Human Services, advise …``)."""


def duty_first(text: str, start: int, modal: int) -> bool:
    """Whether the item at ``start`` opens with a verb of a duty, printed capitalised or
    not, right away or after an introductory phrase that ends in a comma (``Pursuant to
    Subtitle D of the Act, negotiate …``), before the modal at ``modal``."""
    head = text[start : smaller(modal, start + 40)]
    if head[:1].isupper() and ACTION_VERB.match(head[:1].lower() + head[1:]) is not None:
        return not heading(text, start, modal)  # "(a) Review of Rules. The Secretary shall"
    if ACTION_VERB.match(text, start, modal) is not None:
        return True
    if not text.startswith(_INTRO_WORDS, start):
        return False  # most items open otherwise: no comma to look for
    comma = text.find(", ", start, smaller(modal, start + _INTRO_REACH))
    return comma >= 0 and ACTION_VERB.match(text, comma + 2, modal) is not None


_HEADING_GLUE = frozenset(("of", "and", "the", "for", "to", "on", "in", "with", "a", "an"))
"""The small words of a title-case heading."""


def heading(text: str, start: int, modal: int) -> bool:
    """Whether the item at ``start`` opens with a title-case heading before its first
    sentence (``Review of Harbor Rules. The Secretary …``), not with a duty."""
    stop = text.find(". ", start, smaller(modal, start + 80))
    if stop >= 2 and text[stop - 2] == ".":
        return False  # "Review U.S. policy …": an abbreviation's period, no heading's
    words = text[start:stop].split() if stop >= 0 else []
    if len(words) > 1 and words[1] in ("the", "a", "an"):
        return False  # a verb and its object: "Advise the Board."
    return bool(words) and all(w[:1].isupper() or w in _HEADING_GLUE for w in words)


_INTRO_WORDS = (
    *("Upon ", "upon ", "Pursuant ", "pursuant ", "In ", "in ", "With ", "with "),
    *("Within ", "within ", "Consistent ", "consistent ", "As ", "as ", "To ", "to "),
    *("Where ", "where ", "When ", "when ", "After ", "after ", "Subject ", "subject "),
    *("Through ", "through ", "On ", "on ", "At ", "at ", "By ", "by ", "No ", "no "),
    *("Not ", "not ", "Beginning ", "beginning ", "Based ", "based ", "For ", "for "),
)
"""What an introductory phrase before an item's verb opens with (a preposition, ``No
later than``, ``Consistent with``)."""


__all__ = ["duty_first", "heading", "own_grant"]
