"""The full names of the bodies grants go to: ``The Task Force shall …`` in an order that
established the ``Insider Threat Task Force`` is a duty of the Insider Threat Task Force.

An actor that is the short name an order gives a body it establishes (``(Council)``),
or the noun of the body's kind when the order establishes one body of that kind (``the
Task Force``), is written out as the body's name, in ``actor``, ``co_actors`` and an
office of the body (``Chair of the Task Force``).  Bodies set up in quoted amendatory
text are the amended order's and name nothing here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

import attrs

from eoparse.model import Body, BodyAction, Grant
from eoparse.powers.bodies import kind_noun


def body_names(bodies: tuple[Body, ...]) -> Mapping[str, str]:
    """The names grants may print for the bodies the order establishes, to their full
    names: short names, and kind nouns that only one of them has."""
    established = [b for b in bodies if b.action is BodyAction.ESTABLISH and not b.quoted]
    nouns = Counter(kind_noun(b.name) for b in established)
    names: dict[str, str] = {}
    for body in established:
        noun = kind_noun(body.name)
        if noun is not None and nouns[noun] == 1 and noun != body.name:
            names.setdefault(noun, body.name)
    for body in established:  # a short name the order gives wins over a shared noun
        if body.short and body.short != body.name:
            names[body.short] = body.name
    return names


def _written_out(actor: str, names: Mapping[str, str]) -> str:
    full = names.get(actor)
    if full is not None:
        return full
    head, of_the, tail = actor.rpartition(" of the ")
    if of_the and tail in names:  # "Chair of the Task Force"
        return f"{head} of the {names[tail]}"
    return actor


def name_bodies(grants: tuple[Grant, ...], bodies: tuple[Body, ...]) -> tuple[Grant, ...]:
    """``grants`` with the bodies they name written out (see the module's docstring)."""
    names = body_names(bodies)
    if not names:
        return grants
    out = []
    for grant in grants:
        if grant.quoted:
            out.append(grant)
            continue
        actor = _written_out(grant.actor, names)
        co_actors = tuple(_written_out(c, names) for c in grant.co_actors)
        if actor != grant.actor or co_actors != grant.co_actors:
            grant = attrs.evolve(grant, actor=actor, co_actors=co_actors)
        out.append(grant)
    return tuple(out)


__all__ = ["body_names", "name_bodies"]
