"""Titles the officials table does not hold as printed, resolved from the order around
them: ``the Secretary`` (a bare title: the office of that title the section names),
``the Secretaries``, ``the Chair`` (of the body under discussion), joint titles (``the
Secretary and the Secretaries of the Treasury and Commerce``), and the role an order
defines; plural titles of agency heads (``the Administrators of the Environmental
Protection Agency and the Small Business Administration``) and an officer of the body named
last where no actor stands before the verb (``The co-chairs of the … Working Group``).
Kept apart from :mod:`eoparse.powers.grants.actors`, whose
:class:`~eoparse.powers.grants.actors.Reader` asks them."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import regex

from eoparse.model import Span
from eoparse.powers.context import larger, smaller
from eoparse.powers.grants.consult import CONSULTED_GLUE, consultations
from eoparse.powers.grants.offices import (
    BODY_TITLES,
    LIST_GLUE,
    TITLES,
    Actor,
    in_a_row,
    is_body,
    plural_offices,
)
from eoparse.powers.grants.patterns import (
    ACTOR_HEAD,
    BODY_TITLE,
    BODY_WORDS,
    DEPARTMENTS,
    JOINT,
    JOINT_THE,
    OFFICER_BEFORE,
    SECRETARIES,
)
from eoparse.powers.grants.quoting import inline_quoted, quoted_paragraph, struck
from eoparse.powers.officials import resolve

if TYPE_CHECKING:
    from eoparse.powers.grants.actors import Reader

_CONSULTED_REACH = 600
"""How far from a bare title its sentence is read for officials it consults."""


def name_actors(reader: Reader, name: str, span: Span, depth: int = 0) -> list[Actor]:
    """Actors for a title the table does not hold as printed."""
    if " the " in name and depth == 0:
        # "the Secretary and the Secretaries of the Treasury and Commerce": split where
        # an article starts the next office, so each office keeps its own "and".
        parts = [p for p in JOINT_THE.split(name) if p.strip()]
        if len(parts) > 1 and all(ACTOR_HEAD.search(p) for p in parts):
            named = [a for part in parts for a in name_actors(reader, part, span, depth + 1)]
            if named and all(a.resolved for a in named):
                return named
    if " and " in name and depth == 0:
        parts = [p.strip() for p in JOINT.split(name) if p.strip()]
        parts = [p[4:] if p.startswith("the ") else p for p in parts]
        if len(parts) > 1 and all(ACTOR_HEAD.search(p) for p in parts):
            actors: list[Actor] = []
            for part in parts:
                actors.extend(name_actors(reader, part, span, depth + 1))
            return actors
    if name == "Secretaries":
        together = named_together(reader, span[0])
        if together:
            return [Actor(*span, n, True) for n in together]
        return [Actor(*span, name, False)]
    plural = SECRETARIES.fullmatch(name)
    if plural is not None:
        found = plural_offices(plural["of"])
        if found:
            return [Actor(*span, o.name, True) for o in found]
    plural = DEPARTMENTS.fullmatch(name)
    if plural is not None:  # "The Departments of Veterans Affairs and Defense shall"
        found = plural_offices(plural["of"], "Department")
        if found:
            return [Actor(*span, o.name, True) for o in found]
    if name in TITLES:
        return [bare_title(reader, name, span)]
    if name in BODY_TITLES or BODY_TITLE.fullmatch(name):
        bodies = [a for a in reader.all_actors_between(0, span[0]) if is_body(a.name)]
        # The body under discussion, not one that only ends another's title ("(D) the
        # Director of the Office of Thrift Supervision" in a task force's member list)
        own = [a for a in bodies if a.name[:1].isupper() and under_discussion(reader, a)]
        if own or bodies:
            return [Actor(*span, f"{name} of the {(own or bodies)[-1].name}", True)]
    official = resolve(name)
    if official is not None:
        return [Actor(*span, official.name, True)]
    for short, (full, resolved) in reader.defined.items():
        # the role the order defined, with its scope: "the Executive Agent for the Program"
        # (two words at least: "the Director of the Task Force" is not "the Director")
        if " " in short and name.startswith((short + " for ", short + " of ")):
            return [Actor(*span, full, resolved)]
    # A body the order itself sets up ("the Interagency Working Group for X").
    return [Actor(*span, name, BODY_WORDS.search(name) is not None)]


def _own_actors(reader: Reader) -> list[Actor]:
    """The actors of the document the reader reads: the order's own text, not the text it
    quotes into another or strikes from it (``inserting in lieu thereof "the Director of
    the Office of Science and Technology Policy"``); or, reading a quotation, the
    quotation's (read once)."""
    return reader.context.memoized("grants: own actors", lambda: _unquoted(reader))


def _unquoted(reader: Reader) -> list[Actor]:
    context, text = reader.context, reader.text
    if not context.paragraphs:
        return []
    own: list[Actor] = []
    for actor in reader.all_actors_between(context.paragraphs[0][0], context.paragraphs[-1][1]):
        if context.quoted(actor.start):
            continue
        paragraph = context.paragraph_of(actor.start)[0]
        if quoted_paragraph(context, paragraph) or (
            text.find('"', paragraph, actor.start) >= 0
            and (
                inline_quoted(text, paragraph, actor.start) or struck(text, paragraph, actor.start)
            )
        ):
            continue
        own.append(actor)
    return own


def _groups_of_secretaries(reader: Reader) -> tuple[list[int], list[tuple[str, ...]]]:
    """Where each group of two or more Secretaries the document names together ends (``the
    Secretaries of the Treasury, Labor, and Health and Human Services``, ``the Secretary of
    Commerce and the Secretary of Homeland Security``), and who they are, in text order."""
    text = reader.text
    ends: list[int] = []
    groups: list[tuple[str, ...]] = []
    run: list[Actor] = []
    for actor in (*_own_actors(reader), None):
        if actor is not None and (
            not run or text[run[-1].end : actor.start].strip(" ,") in LIST_GLUE
        ):
            run.append(actor)
            continue
        names = tuple(
            dict.fromkeys(a.name for a in reader.expand(run) if a.name.startswith("Secretary of "))
        )
        if len(names) > 1:
            ends.append(run[-1].end)
            groups.append(names)
        run = [actor] if actor is not None else []
    return ends, groups


def named_together(reader: Reader, at: int) -> tuple[str, ...]:
    """The Secretaries a bare ``the Secretaries`` at ``at`` stands for: the group of them
    the document last named together before it (one office each); none where it named no
    two together (never guessed from Secretaries named apart)."""
    ends, groups = reader.context.memoized(
        "grants: Secretaries named together", lambda: _groups_of_secretaries(reader)
    )
    i = bisect.bisect_right(ends, at) - 1
    return groups[i] if i >= 0 else ()


def under_discussion(reader: Reader, body: Actor) -> bool:
    """Whether a body is named for itself or by one of its officers (``The Task Force
    shall``, ``Chair of the Task Force``), not only at the end of another office's
    title (``the Director of the Office of Thrift Supervision``); its short form after
    its name (``… of the National Security Council (NSC)``) as that name."""
    text = reader.text
    start = body.start
    if text.startswith(" Act", body.end):
        return False  # "the Federal Advisory Committee Act": a statute's name
    if text.endswith(("(", '("'), 0, start):
        # the short form after a name ("the National Security Council (NSC)"): as the name is
        named = text.rfind(body.name, larger(0, start - len(body.name) - 4), start)
        if named < 0:
            return True
        start = named
    before = text[larger(0, start - 40) : start]
    if not before.endswith((" of the ", " of ")):
        return True
    return OFFICER_BEFORE.search(before) is not None


def bare_title(reader: Reader, title: str, span: Span) -> Actor:
    """``the Secretary`` the order does not define: the nearest office of that title
    named in the same section (before it, else after it); else the one office of that
    title the whole document names, where it names exactly one — but never one its own
    sentence names as consulted (``which the Secretary shall perform after consultation
    with the Secretary of Health and Human Services``).  Unresolved where the section
    names none and the document two or more: the office is never guessed."""
    start, end = reader.context.top_section_span(span[0])
    starts, titled = _titled_in(reader, title, start, end)
    first_after = bisect.bisect_left(starts, span[1])
    consulted: dict[int, str] | None = None
    for actor in (
        *(a for a in reversed(titled[: bisect.bisect_left(starts, span[0])]) if a.end <= span[0]),
        *titled[first_after:],
    ):
        if consulted is None:
            consulted = consulted_in_sentence(reader, span[0])
        if actor.start not in consulted:
            return Actor(*span, actor.name, actor.resolved)
    offices = reader.context.memoized(
        f"grants: offices titled {title}", lambda: _offices_titled(reader, title)
    )
    if len(offices) == 1:
        if consulted is None:
            consulted = consulted_in_sentence(reader, span[0])
        office, resolved = offices[0]
        if office not in consulted.values():
            return Actor(*span, office, resolved)
    return Actor(*span, title, False)


def _titled_in(reader: Reader, title: str, start: int, end: int) -> tuple[list[int], list[Actor]]:
    """The actors of the section ``[start, end)`` whose title is ``title`` (``Secretary
    of State`` for ``Secretary``), with their start offsets: found once a section and a
    title, however many bare titles it prints (a scan of the section at each was
    quadratic on a section of hundreds of them)."""

    def titled() -> tuple[list[int], list[Actor]]:
        found = [a for a in reader.all_actors_between(start, end) if a.name.startswith(title + " ")]
        return [a.start for a in found], found

    return reader.context.memoized(f"grants: titled {title} {start} {end}", titled)


def _offices_titled(reader: Reader, title: str) -> list[tuple[str, bool]]:
    """The offices of ``title`` the document names (``Secretary of Health and Human
    Services``; each of ``the Secretaries of State and Defense``), one each, with whether
    each resolved."""
    found: dict[str, bool] = {}
    for actor in reader.expand(_own_actors(reader)):
        if actor.name.startswith(title + " "):
            found.setdefault(actor.name, actor.resolved)
    return list(found.items())


def consulted_in_sentence(reader: Reader, offset: int) -> dict[int, str]:
    """Where the officials start, and who they are, that the sentence holding ``offset``
    names after a phrase of :mod:`~eoparse.powers.grants.consult` (consulted, coordinated
    with, acted for or at the request of), within :data:`_CONSULTED_REACH` of it (a
    sentence with no full stop may run for pages)."""
    context, text = reader.context, reader.text
    paragraph = context.paragraph_of(offset)
    start, end = context.sentence_at(*paragraph, offset) or paragraph
    start = larger(start, offset - _CONSULTED_REACH)
    end = smaller(end, offset + _CONSULTED_REACH)
    found: dict[int, str] = {}
    for match in consultations(text, start, end):
        at = match.end()
        named = reader.all_actors_between(at, smaller(end, at + 400))
        for actor in in_a_row(text, named, at, CONSULTED_GLUE)[0]:
            found[actor.start] = actor.name
    return found


_ROLE_AFTER = ("shall be the ", "shall be a ", "shall be an ")
"""What a modal opens that says who holds an office, not what its holder does."""


def officer_before(reader: Reader, clause_start: int, modal_start: int) -> list[Actor]:
    """An officer of the body named last before the modal, where no actor stands there
    (``The co-chairs of the Interagency Working Group shall``, ``the Director of the Center
    shall:``); none before a role (``The director of the Center shall be the Special Envoy
    …``)."""
    text = reader.text
    if text.startswith(_ROLE_AFTER, modal_start):
        return []
    window = larger(clause_start, modal_start - 200)
    named = reader.actors_between(window, modal_start)
    if not named or text[named[-1].end : modal_start].strip():
        return []
    body = named[-1]
    if not text.endswith(" of ", window, body.start):
        return []
    return reader.officer_of(window, body.start, body.end) or []


_THIS_OFFICER = frozenset(
    ("This officer", "This official", "Such officer", "Such official", "The officer")
)
"""A subject that stands for the office the sentence before sets up."""

_SET_UP_OFFICE = regex.compile(
    r"""(?P<by>[A-Z][\w'’\-]*(?:\ (?:[A-Z][\w'’\-]*|of|for|on|the|and)){0,8})
        (?:\ \([A-Z]{2,8}\))?                      # its short form: "(SBA)"
        \ shall\ (?:establish|appoint|designate|create)\ an?
        \ (?P<title>[A-Z][\w'’\-]*(?:\ (?:[A-Z][\w'’\-]*|of|for|on|the|and)){0,10})""",
    regex.VERBOSE,
)
"""``The Small Business Administration (SBA) shall establish an Assistant Administrator for
Women's Procurement``: who sets the office up, and its title."""


def this_officer(reader: Reader, clause_start: int, modal_start: int) -> list[Actor]:
    """The office ``This officer shall`` stands for: the one the sentence before sets up
    (``The Small Business Administration shall establish an Assistant Administrator for
    Women's Procurement … . This officer shall be responsible for:``), named with the body
    that sets it up; none where the sentence before sets up no office."""
    text = reader.text
    if text[clause_start:modal_start].strip() not in _THIS_OFFICER:
        return []
    before = larger(0, clause_start - 400)
    stop = text.rfind(". ", before, clause_start - 2)  # the sentence before this one
    opening = text.rfind(". ", before, stop) if stop > 0 else -1
    start = opening + 2 if opening >= 0 else before
    found = list(_SET_UP_OFFICE.finditer(text, start, clause_start))
    if not found:
        return []
    set_up = found[-1]
    title = set_up["title"]
    by = resolve(set_up["by"])
    name = f"{title} of the {by.name}" if by is not None and by.kind != "official" else title
    return [Actor(clause_start, modal_start - 1, name, True)]


_PLURAL_HEADS = ("Administrators of ", "Directors of ")
"""The plural titles of the heads of the agencies named after them."""


def plural_heads(reader: Reader, clause_start: int, modal_start: int) -> list[Actor]:
    """The heads of the agencies a plural title names right before the verb (``The
    Administrators of NASA, the Environmental Protection Agency, and the Small Business
    Administration shall``, ``the Directors of OMB and the National Science Foundation``):
    each agency's head; none where no such title stands there."""
    text = reader.text
    window = larger(clause_start, modal_start - 300)
    at = max(text.rfind(title, window, modal_start) for title in _PLURAL_HEADS)
    if at < 0:
        return []
    opening = text[larger(clause_start, at - 12) : at]
    if not (
        opening.endswith(("The ", "the "))
        and (at - 4 <= clause_start or opening[:-4].rstrip().endswith((",", ";", "and", ":")))
    ):
        return []  # "… shall consult the Directors of OMB and …": an object
    at = text.find(" of ", at) + 4
    if text.startswith("the ", at):
        at += 4
    run, end = in_a_row(text, reader.actors_between(at, modal_start), at, LIST_GLUE)
    if not run or run[0].start not in (at, at - 4) or text[end:modal_start].strip(" ,"):
        return []
    return [head for actor in run for head in reader.heads_of(actor)]
