"""A grant's clause: where it begins (past the section marker, heading and labels it
opens with, after the last ``;`` or ``:`` before its verb) and, for a lead-in that ends
in a colon (``The Council shall:``), the list items it hands its modal to."""

from __future__ import annotations

from eoparse.grammar.labels import ENUMERATOR, SECTION
from eoparse.powers.context import Context
from eoparse.powers.grants.actors import Reader
from eoparse.powers.grants.patterns import ITEM_LABEL, ITEM_TAIL, LEAD_IN, MODAL

CLAUSE_REACH = 2000
"""How far a grant's clause reaches on either side of its verb.  The longest clause in
the corpus is 1,212 characters; the bound keeps one endless sentence of grants
(``The Secretary shall, the Secretary shall, …``) linear instead of quadratic."""


def after_markers(context: Context, start: int, limit: int) -> int:
    """Past the section marker, heading and paragraph labels a clause opens with
    (``Sec. 1. Support From the Armed Forces. (a) Within 14 days …``): the grant's
    words begin after them."""
    text = context.text
    at = start
    marker = SECTION.match(text, at, limit)
    if marker is not None:
        at = marker.end()
        section = context.section_at(start)
        heading = section.heading if section is not None else None
        if heading and text.startswith(heading, at):
            at += len(heading)
            while at < limit and text[at] in ". ":
                at += 1
    while (label := ENUMERATOR.match(text, at, limit)) is not None:
        at = label.end()
        while at < limit and text[at] == " ":
            at += 1
    return at if at < limit else start


def list_items(
    reader: Reader, context: Context, action_start: int, end: int
) -> list[tuple[int, int, int]]:
    """The items a lead-in ending in a colon hands its modal to (``The Council shall:``
    then ``(1) advise …; (2) review …``): (action start, action end, anchor) of each
    child item of the lead-in's section that follows the colon.  Items that name their
    own actor and modal are left to be read on their own."""
    text = reader.text
    colon = text.rfind(":", action_start, end)
    if colon < 0 or text[colon + 1 : end].strip():
        return []
    if not LEAD_IN.fullmatch(text, action_start, colon):
        return []
    paragraph_end = context.paragraph_of(action_start)[1]
    if text[colon + 1 : paragraph_end].strip():
        return []
    section = context.section_at(action_start)
    if section is None:
        return []
    out: list[tuple[int, int, int]] = []
    for item in section.children:
        if item.span[0] <= colon:
            continue
        body = after_markers(context, item.span[0], item.span[1])
        while (label := ITEM_LABEL.match(text, body, item.span[1])) is not None:
            body = label.end()
        stop = min(item.span[1], body + CLAUSE_REACH)
        reader.cover(body, stop)
        own = MODAL.search(text, body, stop)
        if own is not None and reader.actors_between(body, own.start()):
            continue
        # The tail is at most 9 characters and trailing whitespace: search only there
        # (from the start of the item, the engine would try every position of it).
        trimmed = body + len(text[body:stop].rstrip())
        tail = ITEM_TAIL.search(text, max(body, trimmed - 10), stop)
        item_end = tail.start() if tail is not None else stop
        if item_end > body:
            out.append((body, item_end, item.span[0]))
    return out


def find_clause_start(text: str, sentence_start: int, modal_start: int) -> int:
    """Where the clause of a modal begins: after the last ``;`` or ``:`` in its sentence."""
    semi = max(
        text.rfind(";", sentence_start, modal_start), text.rfind(":", sentence_start, modal_start)
    )
    return semi + 1 if semi >= 0 else sentence_start
