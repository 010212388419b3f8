"""Delegations listed item by item: ``The following functions conferred upon the President
by the Act are delegated as follows: (a) Those under section 3 of the Act … to the
Secretary of State. (b) Those under section 21 … to the Secretary of Defense.``  Each item
names its delegate after ``to``: one delegated grant at each item, its action the
functions the item names."""

from __future__ import annotations

import regex

from eoparse.model import Grant, Modality
from eoparse.powers.context import Context, smaller
from eoparse.powers.grants.actors import Reader
from eoparse.powers.grants.clauses import after_markers
from eoparse.powers.grants.emit import emit, named_in_a_row
from eoparse.powers.grants.offices import LIST_GLUE

AS_FOLLOWS = " as follows:"
"""What follows a delegating verb whose items name the delegates."""

_FUNCTIONS = ("Those ", "That ", "The functions ", "Functions ", "The authority ")
"""How an item that names delegated functions opens (``Those under section 5 …``)."""

_TO = regex.compile(r",?\ to\ (?=(?:the\ )?[A-Z])", regex.VERBOSE)
"""Where an item names its delegate: ``…, to the Secretary of Defense``."""

_SENTENCE_END = regex.compile(r"(?<![A-Z])\.(?=\ [A-Z]|\ ?$)", regex.VERBOSE)
"""Where an item's first sentence ends: a period not of an abbreviation (``U.S.C.``)."""

_REACH = 600
"""How far into an item its delegate may be named."""


def delegated_items(
    reader: Reader, context: Context, out: list[Grant], match: regex.Match[str]
) -> None:
    """One delegated grant for each item of the list the delegating verb ``match`` leads
    (``are delegated as follows:``) that names functions and, after ``to``, its delegate."""
    text = reader.text
    colon = match.end() + len(AS_FOLLOWS) - 1
    section = context.section_at(colon)
    for item in section.children if section is not None else ():
        if item.span[0] <= colon:
            continue
        body = after_markers(context, item.span[0], item.span[1])
        if not text.startswith(_FUNCTIONS, body):
            continue
        end = smaller(item.span[1], body + _REACH)
        period = _SENTENCE_END.search(text, body, end)
        end = period.start() if period is not None else end
        reader.cover(body, end)
        for to in _TO.finditer(text, body, end):
            actors = named_in_a_row(reader, to.end(), end, LIST_GLUE)[0]
            if actors and text[to.end() : actors[0].start].strip() in ("", "the"):
                words = text[body : to.start()].removeprefix("Those ").removeprefix("That ")
                said = f"exercise the functions {words}".replace("functions The ", "")
                span = (body, end)
                emit(reader, context, out, actors, Modality.DELEGATED, span, span, body, None, said)
                break


__all__ = ["AS_FOLLOWS", "delegated_items"]
