"""Who heads a body a passive names: ``The Office shall be headed by a Director`` is a
grant to the Office's Director, ``a staff to be headed by the Assistant to the President
for X`` one to that Assistant (the conventions count ``to be headed by`` as a grant to the
head).  Kept apart from :mod:`eoparse.powers.grants.build`, which calls it."""

from __future__ import annotations

from eoparse.powers.context import smaller
from eoparse.powers.grants.actors import Reader
from eoparse.powers.grants.duty_patterns import BY_AGENT
from eoparse.powers.grants.offices import Actor, is_body
from eoparse.powers.grants.patterns import AGENT_TITLE, HEAD_TITLE
from eoparse.powers.grants.subject import find_subject
from eoparse.powers.grants.subject_patterns import ROLE_SUBJECT

_HEADING_VERBS = (
    *("headed", "led", "chaired", "co-chaired", "Co-chaired", "directed", "supervised"),
    *("administered", "managed"),
)
"""The passives whose agent heads the subject (``shall be headed by``, ``The Center shall
be supervised by a Director``)."""

_OFFICE_WORDS = (" Office", " Center", " Cell", " Unit", " Directorate", " Institute")
"""How the name of an office headed by a Director ends, besides a body's words."""


_WORK_OF = (
    *(" operations of the ", " activities of the ", " affairs of the ", " work of the "),
    *(" operations of ", " activities of ", " affairs of ", " work of "),
)
"""What a body's work is named by before the body, as the subject a head administers."""


_AFTER_HEAD = (",", ".", ";", " appointed ", " designated ", " selected ", " named ", " who ")
"""What follows a second head's title (``by a Director and a Deputy Director, who …``), not
the start of another clause (``and a Chair of the Council shall be elected``)."""


def head_of_subject(reader: Reader, start: int, modal_start: int, be: int, end: int) -> list[Actor]:
    """``The CCSO shall be headed by a Director``: the Director of the body the clause is
    about, named so (``Director of the Counterterrorism Communications Support Office``);
    none where the agent is named otherwise or the subject is no single body.  ``be`` is
    where `` be `` follows the modal."""
    text = reader.text
    by = BY_AGENT.match(text, be, end)
    if by is None or by[0].split()[-2] not in _HEADING_VERBS:
        return []
    at = by.end()
    article = "a " if text.startswith("a ", at) else "an " if text.startswith("an ", at) else ""
    title = HEAD_TITLE.match(text, at + len(article), end) if article else None
    if title is None:
        return []
    subject = find_subject(reader, start, modal_start)
    if not subject:  # "The day-to-day operations of the Council shall be administered by"
        named = reader.actors_between(start, modal_start)
        if named and text.endswith(_WORK_OF, start, named[-1].start):
            subject = named[-1:]
    if len(subject) != 1 or not (
        is_body(subject[0].name)
        or subject[0].name.endswith(_OFFICE_WORDS)
        or text.endswith(_OFFICE_WORDS, start, modal_start - 1)  # "The Center"
    ):
        return []
    heads = [Actor(title.start(), title.end(), f"{title[0]} of the {subject[0].name}", True)]
    at = title.end()
    for article in (" and a ", " and an "):  # "by a Director and a Deputy Director"
        if text.startswith(article, at):
            second = HEAD_TITLE.match(text, at + len(article), end)
            if second is not None and text.startswith(_AFTER_HEAD, second.end()):
                name = f"{second[0]} of the {subject[0].name}"
                heads.append(Actor(second.start(), second.end(), name, True))
    return heads


def titled(reader: Reader, at: int, end: int) -> list[Actor] | None:
    """Actors for the capitalised title at ``at`` that no table entry names (``the
    Assistant``, a passive's agent), or ``None``."""
    title = AGENT_TITLE.match(reader.text, at, end)
    if title is None:
        return None
    name = title["name"].rstrip(".")
    return reader.title_actors(name, (title.start(), title.start() + len(name)))


def titled_after(reader: Reader, at: int, end: int) -> list[Actor]:
    """The official a ``to be headed by the …`` names by a title no table entry holds
    (``the Assistant to the President for Faith-Based and Community Initiatives``)."""
    if reader.text.startswith("the ", at):
        at += 4
    actors = titled(reader, at, end)
    # one person, however many titles ("the Special Assistant to the President and
    # Executive Director of the White House Office of X")
    return [max(actors, key=lambda a: len(a.name))] if actors else []


def role_holder(reader: Reader, start: int, modal_start: int, be: int, end: int) -> list[Actor]:
    """``The Chair of the Task Force shall be the Secretary of Housing and Urban
    Development``: the official named after `` be the `` (at ``be``) holds the body's
    office the subject names, a grant to that official as ``shall chair`` is; none where
    the subject is no body's officer or no official follows."""
    text = reader.text
    if ROLE_SUBJECT.fullmatch(text, start, modal_start - 1) is None:
        return []
    at = be + len(" be the ")
    if ROLE_SUBJECT.match(text, at - 4, end) is not None:
        return []  # "the Chair of the Committee shall be the Vice Chair of …": the subject
    found = reader.actors_between(at, smaller(end, at + 200))
    if found and all(w[:1].isupper() or w in _NAME_GLUE for w in text[at : found[0].start].split()):
        holder = found[:1]  # as the order names it ("Special Envoy and Coordinator …")
    else:
        holder = titled_after(reader, be + 4, smaller(end, be + 300))
    return [a for a in holder if not is_body(a.name)]  # a person holds the office


_NAME_GLUE = frozenset(("and", "of", "for", "the", "on", "to"))
"""The small words inside an official's title (``Special Envoy and Coordinator for …``)."""


__all__ = ["head_of_subject", "role_holder", "titled", "titled_after"]
