"""The offices and bodies an actor's name stands for, read without the order around it:
the :class:`Actor` found in the text, the bare and body titles orders use, the offices a
joint title names (``the Secretaries of the Army, the Navy, and the Air Force``), whether
a name is a body, and the head of an agency."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from attrs import frozen

from eoparse.powers.grants.deadlines import Deadline
from eoparse.powers.grants.patterns import BODY_WORDS, JOINT, PERSON_TITLE
from eoparse.powers.officials import Official, officials, resolve

NO_DEADLINE: Deadline = (None, None, None)


@frozen
class Actor:
    """An actor named at ``[start, end)`` of the text: its name, whether the officials
    table or the order's own definitions resolved it, and a deadline set for it alone
    (``the Secretary, within 90 days of the date of this order, and the Attorney
    General, within 180 days, shall each submit``)."""

    start: int
    end: int
    name: str
    resolved: bool
    deadline: Deadline = NO_DEADLINE


TITLES = frozenset(
    {
        "Secretary",
        "Director",
        "Administrator",
        "Commissioner",
        "Coordinator",
        "Counsel",
        "Representative",
        "Advisor",
        "Adviser",
        "Archivist",
        "Comptroller",
        "Department",
    }
)
"""Bare titles that stand for the last office of that title named before them (``the
Department`` for the ``Department of Labor`` its section names)."""

BODY_TITLES = frozenset(
    [
        "Chair",
        "Chairman",
        "Chairperson",
        "Co-Chair",
        "Co-Chairs",
        "Co-Chairmen",
        "Vice Chair",
        "Vice Chairman",
        "Vice Chairperson",
        "Executive Director",
        "Executive Secretary",
        "Chair and Vice Chair",
        "Chairman and Co-Chairman",
        "Members",
        "Executive Agent",
    ]
)
"""Titles inside a body the order sets up: ``the Chair`` is the chair of the last body named."""


GENERIC_BODIES = frozenset(
    {
        *("Council", "Task Force", "Board", "Commission", "Committee", "Subcommittee"),
        *("Working Group", "Panel", "Initiative", "Center", "Interagency Council"),
        *("Steering Committee", "Advisory Committee", "Advisory Council", "Advisory Board"),
    }
)
"""Table entries that name a kind of body, not one body: orders say "the Council"."""

GENERIC_NOUNS = GENERIC_BODIES | {"Office", "Group", "Team", "Cell", "Unit"}
"""The table's generic nouns a capitalised name may end in (``Harbor Office``)."""


LIST_GLUE = ("", "and", "or", "the", "and the", "or the")
"""What may stand between actors named one after another (commas aside)."""


def in_a_row(
    text: str, actors: Iterable[Actor], at: int, glue: tuple[str, ...]
) -> tuple[list[Actor], int]:
    """Of ``actors`` (in text order, from ``at``), those named one after another with only
    ``glue`` between them (``the Secretary of State and the Attorney General``), and where
    the last one ends."""
    found: list[Actor] = []
    for actor in actors:
        if actor.start < at:
            continue  # inside a short form stepped over: "(OSTP)"
        if found and text.startswith(" (", at):
            close = text.find(")", at, at + _SHORT_FORM_REACH)
            if close >= 0:  # "the Director of the Office of Science and Technology Policy
                if actor.start < close:  # (OSTP) and the Director of …": its short form
                    at = close + 1
                    continue
                if text[at + 2 : close].count("(") == 0:
                    at = close + 1
        if text[at : actor.start].strip(" ,") not in glue:
            break
        found.append(actor)
        at = actor.end
    return found, at


def apposed(text: str, actors: list[Actor]) -> list[Actor]:
    """``actors`` without a body that only says where the official before it sits (``the
    Intellectual Property Enforcement Coordinator (Coordinator), Executive Office of the
    President``): two names, an official's then a body's, only a comma between."""
    if len(actors) != 2 or not person(actors[0].name) or person(actors[1].name):
        return actors
    glue = text[actors[0].end : actors[1].start]
    if glue.startswith(" ("):
        glue = glue[glue.find(")") + 1 :]
    return actors[:1] if glue == ", " else actors


def person(name: str) -> bool:
    """Whether an actor's name is an official's, not a body's or an agency's."""
    official = resolve(name)
    return official.kind == "official" if official is not None else not is_body(name)


_SHORT_FORM_REACH = 60
"""How long the short form printed after an actor's name may be (``(OSTP)``, ``(the
Secretary)``)."""


def between(actors: list[Actor], starts: list[int], start: int, end: int) -> list[Actor]:
    """The actors wholly inside ``[start, end)``; ``starts`` are their start offsets."""
    i = bisect.bisect_left(starts, start)
    out = []
    while i < len(actors) and actors[i].start < end:
        if actors[i].end <= end:
            out.append(actors[i])
        i += 1
    return out


def plural_offices(departments: str, title: str = "Secretary") -> list[Official]:
    """The Secretaries (or, with ``title="Department"``, the Departments) of a joint
    list (``Health and Human Services and Agriculture``): the longest run of words that
    names a department wins, so a department's own ``and`` is not a split.  Empty
    unless every part resolves."""
    parts = [p.strip().removeprefix("of ") for p in JOINT.split(departments) if p.strip()]
    found: list[Official] = []
    i = 0
    while i < len(parts):
        for j in range(len(parts), i, -1):
            joined = " and ".join(parts[i:j])
            # "the Army, Navy, and Air Force": the article is printed once for all
            official = resolve(f"{title} of {joined}") or resolve(f"{title} of the {joined}")
            if official is not None:
                found.append(official)
                i = j
                break
        else:
            return []
    return found


def is_body(name: str) -> bool:
    """Whether an actor's name is a body (a council, an office), not an official."""
    official = resolve(name)
    if official is not None:
        return official.kind == "body"
    return BODY_WORDS.search(name) is not None and PERSON_TITLE.match(name) is None


_HEAD_TITLES = ("Secretary", "Administrator", "Director", "Chair", "Chairman", "Commissioner")
"""The titles of an agency's head, tried in turn (``Administrator of the …``)."""

_DEPARTMENT_HEADS = frozenset({"Attorney General"})
"""Heads of a Department not titled ``Secretary of …``."""


def head_of(agency: str) -> str:
    """The title of an agency's head as the table has it (``Administrator of the
    Environmental Protection Agency``, ``Secretary of Defense``), else ``head of the …``."""
    official = resolve(agency)
    if official is not None and official.kind == "official":
        return official.name  # already a person
    if agency.endswith(("agencies", "departments", "Agencies", "Departments")):
        return f"heads of {agency}"  # "other executive departments and agencies"
    name = official.name if official is not None else agency
    department = name.removeprefix("Department of ")
    for candidate in (
        *(f"{title} of the {name}" for title in _HEAD_TITLES),
        *(f"{title} of {name}" for title in _HEAD_TITLES),
        f"Secretary of {department}",
    ):
        head = resolve(candidate)
        if head is not None and head.kind == "official":
            return head.name
    if name.startswith("Department of "):  # the Attorney General heads Justice
        for head in officials():
            if head.agency == name and head.name in _DEPARTMENT_HEADS:
                return head.name
    return f"head of the {name}"
