"""The full names of the bodies grants go to: ``The Task Force shall …`` in an order that
established the ``Insider Threat Task Force`` is a duty of the Insider Threat Task Force.

An actor that is the short name an order gives a body it establishes (``(Council)``),
or the noun of the body's kind when the order establishes one body of that kind (``the
Task Force``), is written out as the body's name, in ``actor``, ``co_actors`` and an
office of the body (``Chair of the Task Force``).  Bodies set up in quoted amendatory
text are the amended order's and name nothing here; a bare noun in a quotation (``The
Task Force shall report``) is the one name of that kind the order prints (its title's
``President's Task Force on Puerto Rico's Status``), or stays as printed.

Where the order establishes no body of that kind (it names one set up before, or sets it
up in words the bodies do not read), a bare noun stands for the one name of that kind the
order prints (``the Integrity Committee`` … ``The Committee shall``); where it prints
several, for none.  A shortened name (``The Advisory Board`` of the ``President's
Advisory Board on Race``) stands for the one established body whose name holds it up to
its noun, an office after a short name for that body's (``Committee Co-Chairs``), and
``member agencies`` that no name precedes for the members of the one body the order sets
up.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping

import attrs
import regex

from eoparse.model import Body, BodyAction, Grant
from eoparse.powers.anchored import ending_at
from eoparse.powers.bodies import kind_noun
from eoparse.powers.body_patterns import CAPITALS_BEFORE, NAMED_BODY
from eoparse.powers.context import larger
from eoparse.powers.officials import resolve
from eoparse.powers.wordlist import contains_any


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


_CONGRESS = ("Senate ", "House ", "Joint ")
"""How the name of a committee of the Congress opens (never a body an order sets up)."""


def _printed(text: str, nouns: set[str]) -> Iterator[regex.Match[str]]:
    """The :data:`NAMED_BODY` matches that hold a noun of ``nouns``: looked for only from
    the capitalised words before each place the noun is printed, not at every word."""
    seen: set[int] = set()
    for noun in nouns:
        at = text.find(noun)
        while at >= 0:
            words = ending_at(CAPITALS_BEFORE, text, max(0, at - 200), at)
            start = words.start() if words is not None else at
            match = NAMED_BODY.search(text, start, at + len(noun) + 200)
            if match is not None and match.start() <= at and match.start() not in seen:
                seen.add(match.start())
                yield match
            at = text.find(noun, at + len(noun))


def _printed_at(text: str, nouns: set[str]) -> dict[str, list[tuple[int, str]]]:
    """For each noun of ``nouns``, where the names of its kind ``text`` prints stand, and
    the names, in text order (a body of the Congress or of the officials table left out:
    a bare noun is another body)."""
    found: dict[str, list[tuple[int, str]]] = {}
    for match in _printed(text, nouns):
        name = " ".join(match["name"].split())
        noun = kind_noun(name)
        if noun not in nouns or name == noun or name.startswith(_CONGRESS):
            continue
        if resolve(name) is not None:
            continue
        found.setdefault(noun, []).append((match.start(), name))
    for places in found.values():
        places.sort()
    return found


def _one_name(printed: list[tuple[int, str]]) -> str | None:
    """The one body ``printed`` names: the longest, where every other name ends it (``White
    House Millennium Council`` and ``Millennium Council`` are the same body); else none."""
    longest = max((name for _, name in printed), key=len)
    return longest if all(longest.endswith(name) for _, name in printed) else None


def printed_names(text: str, nouns: set[str]) -> dict[str, str]:
    """For each noun of ``nouns`` (``Committee``), the one name ending in it, or going
    on from it with a complement, that ``text`` prints (``Integrity Committee``); nouns
    of no name or of several are left out.  A name that ends another (``Millennium
    Council`` in ``White House Millennium Council``) is the same body."""
    names: dict[str, str] = {}
    for noun, printed in _printed_at(text, nouns).items():
        one = _one_name(printed)
        if one is not None:
            names[noun] = one
    return names


_NEAR = 800
"""How far before a bare noun the name it stands for may be printed, where the order
prints several names of that kind (about a subsection's length)."""


def _nearest(text: str, noun: str, printed: list[tuple[int, str]], at: int) -> str | None:
    """The one body printed within :data:`_NEAR` before ``at``: the one a bare noun stands
    for where the order names several bodies of its kind (``… participate in the
    Interagency Energy Policy Committee, described in section 306(d). The Committee shall
    …`` in an order that also sets up a ``Public/Private Advisory Committee``); none where
    two are printed there (``The Harbor Committee and the Port Committee shall meet``)."""
    near = [(start, name) for start, name in printed if at - _NEAR <= start < at]
    if not near or text.find(f"he {noun}", max(0, at - _NEAR), near[0][0]) >= 0:
        return None  # a bare noun before the name already stood for a body of its own
    return _one_name(near)


_MEMBERS = ("member agencies", "Member agencies", "member agency heads")
"""A body's members, named without the body (``The Workgroup shall …, and member agencies
shall …``): where the order sets up one body, its members."""

_ROLES = ("Chair", "Co-Chairs", "Vice Chair", "Executive Director")
"""The officers of a body its short name before them means (``Committee Co-Chairs``).
``Committee members`` is left as printed, as the labelled sets have it."""


def _written_out(
    actor: str, names: Mapping[str, str], full_names: tuple[str, ...] = (), *, bare: bool = False
) -> str:
    """The name ``actor`` stands for: a short name's or noun's body (``Task Force``), an
    office of one (``Chair of the Task Force``, ``Committee Co-Chairs``), or
    the one established body whose name holds it (``The Advisory Board`` of the
    ``President's Advisory Board on Race``)."""
    full = names.get(actor)
    if full is not None:
        return full
    if actor in _MEMBERS and len(full_names) == 1 and bare:  # the one body the order sets up
        return f"{actor} of the {full_names[0]}"
    head, of_the, tail = actor.rpartition(" of the ")
    if of_the and tail in names:  # "Chair of the Task Force"
        return f"{head} of the {names[tail]}"
    for title in _ROLES:
        short = actor.removesuffix(f" {title}")
        if short != actor and (body := _written_out(short, names, full_names)) != short:
            return f"{title} of the {body}"  # "Committee Co-Chairs", "Advisory Board Chair"
    noun = kind_noun(actor)
    if noun is None or actor == noun or not actor.endswith(noun):
        return actor
    within = [  # its words, up to the noun of the body's kind (not "… Council Committee")
        name
        for name in full_names
        if f" {actor} " in f" {name} "
        and name.rfind(noun) == name.find(actor) + len(actor) - len(noun)
    ]
    return within[0] if len(within) == 1 else actor


def _unnamed(text: str, grant: Grant) -> bool:
    """Whether the grant's actor, where its clause prints it, follows no capitalised word
    (``…, and member agencies shall``, not ``The Task Force member agencies shall``)."""
    clause = text[grant.span[0] : grant.span[1]]
    at = clause.lower().find(grant.actor.lower())
    if at < 0:
        return False
    word = (clause[:at].split() or ["."])[-1]
    return not word[:1].isupper() or word.endswith((".", ")")) or word in ("The", "All", "Each")


def _capitalised(name: str) -> str:
    """A body noun printed in lower case as the order's names print it (``the board``
    of an order establishing an ``Emergency Board``: ``Board``); other names as they are."""
    if name.islower() and name.count(" ") <= 1 and kind_noun(name.title()) == name.title():
        return name.title()
    return name


_SETTING_UP = ("establish", "create", "launch", "convene", "constitute", "form ", "appoint")
"""Verbs of a sentence that introduces a body the order sets up (``There is established …
a board``, ``shall appoint a second emergency board``, ``shall establish an interagency
task force``, ``shall launch an awareness initiative``)."""


def _the(text: str, grant: Grant, introducing: dict[str, regex.Pattern[str]]) -> bool:
    """Whether the grant's clause prints its actor after ``the`` (``The board shall``),
    not at the end of a longer subject (``the head of each agency or council shall``), and
    the order introduces no other body of that noun before it (``Each State shall establish
    a local advisory council. The council shall …``): a body only an establishing sentence
    introduces (``There is established … a board of three members``) is the one it names.
    Each place the noun is introduced counts, this sentence's words in :data:`_SETTING_UP`.
    ``introducing`` keeps the pattern of each noun, compiled once for all the grants."""
    clause = text[grant.span[0] : grant.span[1]]
    if f"he {grant.actor} " not in clause:
        return False
    if text.find(grant.actor, 0, grant.span[0]) < 0:
        return True  # the noun is introduced nowhere before
    pattern = introducing.get(grant.actor)
    if pattern is None:
        noun = regex.escape(grant.actor)
        pattern = introducing[grant.actor] = regex.compile(rf"\ban?\ (?:[\w\-]+\ ){{0,3}}?{noun}\b")
    for introduced in pattern.finditer(text, 0, grant.span[0]):
        opening = (
            larger(text.rfind(". ", 0, introduced.start()), text.rfind("\n", 0, introduced.start()))
            + 1
        )
        if not contains_any(text, _SETTING_UP, opening, introduced.start()):
            return False
    return True


def _bare(name: str) -> str | None:
    """The body noun an actor is, alone or as the body of an office (``Chair of the
    Committee``)."""
    noun = name.rpartition(" of the ")[2]
    if noun.count(" ") > 1:
        return None  # a name of its own ("Council on Environmental Quality"): no noun
    return noun if kind_noun(noun) == noun else None


def name_bodies(
    grants: tuple[Grant, ...], bodies: tuple[Body, ...], text: str
) -> tuple[Grant, ...]:
    """``grants`` with the bodies they name written out (see the module's docstring)."""
    names = dict(body_names(bodies))
    full_names = tuple(b.name for b in bodies if b.action is BodyAction.ESTABLISH and not b.quoted)
    bare = {
        noun
        for grant in grants
        if not grant.quoted
        for actor in (grant.actor, *grant.co_actors)
        if (noun := _bare(_capitalised(actor))) is not None and noun not in names
    }
    several: dict[str, list[tuple[int, str]]] = {}  # nouns of several names: the nearest
    if bare:
        for noun, printed in _printed_at(text, bare).items():
            one = _one_name(printed)
            if one is not None:
                names[noun] = one
            else:
                several[noun] = printed
    own = {kind_noun(name) for name in full_names}  # the kinds of body the order sets up
    quoted = {  # a quotation's "Task Force" is the amended order's: the one the order prints,
        noun  # where the order sets up no body of that kind of its own
        for grant in grants
        if grant.quoted
        and (noun := _bare(grant.actor)) is not None
        and noun == grant.actor
        and noun not in own
    }
    amended = printed_names(text, quoted) if quoted else {}
    if not names and not full_names and not amended and not several:
        return grants
    out = []
    introducing: dict[str, regex.Pattern[str]] = {}  # see _the
    for grant in grants:
        if grant.quoted:
            out.append(attrs.evolve(grant, actor=amended.get(grant.actor, grant.actor)))
            continue
        unnamed = grant.actor in _MEMBERS and _unnamed(text, grant)  # asked of members only
        actor = _written_out(grant.actor, names, full_names, bare=unnamed)
        if actor == grant.actor and _capitalised(actor) in names and _the(text, grant, introducing):
            actor = names[_capitalised(actor)]  # "the board": the Emergency Board
        if actor == grant.actor and actor in several and _the(text, grant, introducing):
            actor = _nearest(text, actor, several[actor], grant.span[0]) or actor
        co_actors = tuple(_written_out(c, names, full_names) for c in grant.co_actors)
        if actor != grant.actor or co_actors != grant.co_actors:
            grant = attrs.evolve(grant, actor=actor, co_actors=co_actors)
        out.append(grant)
    return tuple(out)


__all__ = ["body_names", "name_bodies"]
