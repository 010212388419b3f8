"""The actors a ``The following agencies shall …:`` lead-in names in its items: ``(b) The
following executive departments and agencies shall participate in the HRFC: (i) the
Department of State; (ii) the Department of the Treasury; …`` is a grant to each agency
listed, at its item's path, not to the agencies at large."""

from __future__ import annotations

from eoparse.powers.context import Context, smaller
from eoparse.powers.grants.actors import Reader
from eoparse.powers.grants.clauses import after_markers
from eoparse.powers.grants.emit import named_in_a_row
from eoparse.powers.grants.offices import LIST_GLUE, Actor
from eoparse.powers.grants.patterns import MODAL

_LISTED_ITEMS = 40
"""How many items of a ``The following agencies shall …:`` list are read at most."""


def listed_actors(
    reader: Reader, context: Context, action_start: int, limit: int
) -> tuple[int, list[tuple[list[Actor], int]]]:
    """The lead-in's colon and the actors a ``The following agencies shall …:`` lead-in
    lists in its items (``(a) the Department of State and the Department of Energy;``),
    each item's with where the item starts, up to the item that ends the list with a
    period; no items where the lead-in ends otherwise, an item but the last (``such other
    agencies as …``) opens with no actor, or an item's actor has a modal of its own."""
    text = reader.text
    colon = text.find(":", action_start, smaller(limit, action_start + 300))
    if colon < 0 or text.find(";", action_start, colon) >= 0 or ". " in text[action_start:colon]:
        return -1, []
    if text.find("following ", action_start, colon) >= 0:
        return colon, []  # "… shall provide access to the following records:": the items
    section = context.section_at(colon + 1)
    if section is None:
        return colon, []
    found: list[tuple[list[Actor], int]] = []
    items = [item for item in section.children if item.span[0] > colon][:_LISTED_ITEMS]
    for number, item in enumerate(items):
        body = after_markers(context, item.span[0], item.span[1])
        reader.cover(body, item.span[1])
        words = text[body : item.span[1]].rstrip()
        named = named_in_a_row(reader, body, item.span[1], (*LIST_GLUE, "the"))[0]
        if named:
            own = MODAL.search(text, named[-1].end, item.span[1])
            if own is not None and " as " not in text[named[-1].end : own.start()]:
                return colon, []  # "(i) the Secretary of Commerce, …, shall develop …"
            found.append((named, item.span[0]))
        elif number < len(items) - 1 and not words.endswith("."):
            return colon, []  # an item but the last names no actor: no list of actors
        if words.endswith("."):
            break  # the list's last item: what follows is no item of it
    return colon, found


__all__ = ["listed_actors"]
