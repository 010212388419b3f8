"""Duties joined by ``;``: where a clause's first duty ends (past the parts that go on with
it: purposes, things, an inline list's items), the further duties of a series, and the
``;`` that only separates documents.  Kept apart from :mod:`eoparse.powers.grants.clauses`,
which reads lead-ins and their items."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from eoparse.model import Span
from eoparse.powers.context import larger
from eoparse.powers.grants.actors import Reader
from eoparse.powers.grants.list_patterns import ACTION_VERB, INLINE_ITEM, ITEM_TAIL
from eoparse.powers.grants.own_grant import own_grant
from eoparse.powers.grants.patterns import MODAL


def trimmed(text: str, body: int, stop: int) -> int:
    """Where an item's words end: before ``; and``, ``;``, ``.`` and trailing space.  The
    tail is at most 9 characters and trailing whitespace: search only there (from the
    start of the item, the engine would try every position of it)."""
    trimmed = body + len(text[body:stop].rstrip())
    tail = ITEM_TAIL.search(text, larger(body, trimmed - 10), stop)
    return tail.start() if tail is not None else stop


def _purpose_before(text: str, semi: int) -> bool:
    """Whether the clause ending at ``semi`` ends in a purpose (``… training in key areas
    to promote sustainable fisheries``), which a part ``to strengthen …`` after it goes on
    with, rather than a duty of its own."""
    window = text[larger(0, semi - 200) : semi]
    at = window.rfind(" to ")
    return at >= 0 and ACTION_VERB.match(window, at + 1) is not None


_BARE_JOINS = frozenset(("", "and", "or", "and/or"))
"""What is left after the last ``;`` of a list item (``…; and`` before the next item)."""

_THINGS = (", including ", " including: ", " such as ", ": (1) ", ": (a) ", ": (i) ", ": (A) ")
"""What opens a series of things in a duty (``solicit input from stakeholders, including
A; B; and C``; ``prescribe: (1) rates …; and (2) regulations …``)."""


def _things_before(text: str, semi: int) -> bool:
    """Whether the clause ending at ``semi`` opens a series of things within its last 300
    characters, which the parts after ``semi`` go on with."""
    window = text[larger(0, semi - 300) : semi]
    return any(words in window for words in _THINGS)


def duty_end(reader: Reader, semi: int, limit: int, start: int = 0) -> int:
    """Where the first duty of a clause whose first ``;`` is ``semi`` ends: past the parts
    after it that go on with it rather than set duties of their own — a series of purposes
    (``… training to promote A; to strengthen B; and to promote C``) or of things
    (``stakeholders, including A; B; and C``), or the items of a list printed inline after
    a colon in the duty's own words from ``start`` (``ensure that its facilities: (1) …;
    (2) …; and (3) …``) —, else at ``semi``."""
    text = reader.text
    end = semi
    colon = text.rfind(": (", larger(start, semi - 600), semi)  # in the duty's own words
    inline = colon >= 0 and INLINE_ITEM.match(text, colon + 2) is not None
    for body, stop in _parts(text, semi, limit):
        if text[body:stop].strip() in _BARE_JOINS or MODAL.search(text, body, stop) is not None:
            break  # the list item ends ("; and"), or a part with a modal of its own
        if inline and INLINE_ITEM.match(text, body, stop) is not None:
            end = larger(trimmed(text, body, stop), end)  # "; and (3) exercise …"
            continue
        verb = ACTION_VERB.match(text, body, stop)
        if verb is not None and text.startswith("to ", verb.start("verb") - 3):
            if not _purpose_before(text, semi):
                break
        elif verb is not None and not text.startswith(" of ", verb.end()):
            break  # a duty of its own: "…; issue revised guidelines"
        elif not _things_before(text, semi):
            break
        part_end = trimmed(text, body, stop)
        if part_end <= body:
            break
        end = part_end
    return end


def _parts(text: str, semi: int, limit: int) -> Iterator[Span]:
    """The parts of a series after the ``;`` at ``semi``, up to ``limit``: where each
    part's words begin (past its spaces) and the ``;`` (or ``limit``) that ends it."""
    start = semi + 1
    while start < limit:
        stop = text.find(";", start, limit)
        stop = limit if stop < 0 else stop
        body = start
        while body < stop and text[body] == " ":
            body += 1
        yield body, stop
        start = stop + 1


def opens_colon_list(text: str, start: int, semi: int) -> bool:
    """Whether the duty before ``semi`` opens a list of its own with a colon (``… submit a
    plan to: improve A; secure B``): the parts after ``semi`` are that list's items, the
    plan's aims, not further duties (a colon before a capital is a title's: ``Valuing
    Climate Damages: Updating …``)."""
    colon = text.find(": ", start, semi)
    while colon >= 0:
        following = text[colon + 2 : colon + 3]
        if following.islower() or following == "(":
            return True
        colon = text.find(": ", colon + 2, semi)
    return False


def series(reader: Reader, semi: int, limit: int) -> list[Span]:
    """The further duties of a series joined by ``;`` after the clause ending at ``semi``
    (``… shall review the guidelines; issue revised guidelines; and report …``): each
    part up to ``limit`` that opens with a verb and names no actor and modal of its own.
    Stops at the first part that is not such a duty."""
    text = reader.text
    out: list[Span] = []
    for body, stop in _parts(text, semi, limit):
        verb = ACTION_VERB.match(text, body, stop)
        if verb is None or own_grant(reader, body, stop):
            break
        if text.startswith(" of ", verb.end()):
            break  # a noun: "factors including: …; use of recovered materials; …"
        if text.startswith("to ", body) and _purpose_before(text, semi):
            break  # "… prioritize training to promote A; to strengthen B": one purpose
        words = verb.start("verb")
        item_end = trimmed(text, words, stop)
        if item_end <= words:
            break
        out.append((words, item_end))
    return out


_CITED_NEXT = (" Executive Order ", " and Executive Order ", " Proclamation ", " and Proclamation ")
"""What follows a ``;`` that may only separate the documents of a list."""

_STATES = regex.compile(r"\b(?:is|are|shall|may|hereby)\b")
"""A verb that makes what follows a ``;`` a statement of its own."""


def cited_only(text: str, semi: int, end: int) -> bool:
    """Whether the ``;`` at ``semi`` only separates the documents of a list (``Executive Order
    14193, as amended; Executive Order 14194, as amended; and …``), not duties: the words
    after it, to the next ``;`` or sentence end, name a document and state nothing
    (``; Executive Order 14091 is hereby revoked`` is a statement)."""
    if not text.startswith(_CITED_NEXT, semi + 1):
        return False
    stops = [i for i in (text.find(";", semi + 1, end), text.find(". ", semi + 1, end)) if i > 0]
    return _STATES.search(text, semi + 1, min(stops, default=end)) is None


__all__ = ["cited_only", "duty_end", "opens_colon_list", "series", "trimmed"]
