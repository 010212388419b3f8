"""Subjects a modal implies without naming them before it: ``they`` after a group's
grant (``As part of this responsibility, they shall: …``), ``it`` after one actor's, the
lead-in of a list whose items open with their modal (``each Federal agency: (a) shall …;
(b) shall …``), and the subject of the verb before (``The Council shall provide
leadership, and shall: (a) …``)."""

from __future__ import annotations

import attrs
import regex

from eoparse.model import Grant, Section
from eoparse.powers.context import Context, clause_start, larger
from eoparse.powers.grants.actors import Reader
from eoparse.powers.grants.clauses import clause_words
from eoparse.powers.grants.list_patterns import ITEM_LABEL, LEAD_TAIL
from eoparse.powers.grants.offices import Actor, person
from eoparse.powers.grants.patterns import MODAL
from eoparse.powers.grants.second_modal import joined_second
from eoparse.powers.grants.subject import find_subject


def _they(context: Context, out: list[Grant], sentence_start: int, they: int) -> list[Actor]:
    """Who ``they`` are in ``As part of this responsibility, they shall: …``: the actors of
    the grant just before, in the same paragraph, when there were several of them or a
    group (``The heads of agencies … shall …``).  Only a ``they`` that opens its sentence,
    after at most a short introductory phrase or one that names them again, is read so."""
    opening = context.text[sentence_start:they]
    group = [g for g in _last_grants(out, context.paragraph_of(they)[0], they) if g.span[1] <= they]
    if not group or (len(group) == 1 and not _plural(group[0].actor)):
        return []
    if opening and not (
        opening.endswith(", ")
        and (opening.count(" ") <= 8 or all(g.actor in opening for g in group))
    ):  # a longer opening only where it names them again ("If the Secretary of the
        return []  # Interior, … and the Secretary of Commerce decide not to …, they shall")
    return [Actor(they, they + 4, g.actor, g.resolved) for g in group]


_SUCH_BEFORE = regex.compile(
    r"\b[Ss]uch\ (?P<noun>agency|agencies|member|members|officer|officers|official|officials)\ $"
)
"""``Such agency shall``, ``such member may``: the subject is one named before."""


def _such(
    reader: Reader, context: Context, out: list[Grant], such: regex.Match[str]
) -> list[Actor]:
    """Who ``such agency`` or ``such member`` is: the actors of the grant just before in
    the paragraph, where their name holds the noun (``Each agency described in subsection
    4(a) shall update … . Before implementing any revisions …, such agency shall``); else
    the body whose member the paragraph named before (``If any member of the Working Group
    disagrees …, such member may``: the member of the Working Group)."""
    # the noun as an actor's name holds it ("agency", "agencies": "agenc"; "member")
    noun = "agenc" if such["noun"].startswith("agenc") else such["noun"].removesuffix("s")
    paragraph = context.paragraph_of(such.start())
    last = [g for g in _last_grants(out, paragraph[0], such.start()) if g.span[1] <= such.start()]
    if last and all(noun in g.actor.lower() for g in last):
        return [Actor(such.start(), such.end() - 1, g.actor, g.resolved) for g in last]
    named = list(
        _MEMBER_OF.finditer(reader.text, larger(paragraph[0], such.start() - 600), such.start())
    )
    of_body = named[-1] if named else None  # the last before "such"
    if of_body is None or of_body["noun"].removesuffix("s") != such["noun"].removesuffix("s"):
        return []
    body = _BODY_NAME.match(reader.text, of_body.end(), such.start())
    if body is None:
        return []
    # the body as printed: its short form is written out with the grants' bodies
    name = f"{such['noun'].removesuffix('s')} of the {body[0]}"
    return [Actor(such.start(), such.end() - 1, name, True)]


_MEMBER_OF = regex.compile(
    r"\b(?:[Aa]ny|[Ee]ach|[Ee]very|[Aa]n?)\ (?P<noun>member|officer|official)s?\ of\ (?:the\ )?"
)
"""A member or officer of a body named before ``such member`` points back to it."""

_BODY_NAME = regex.compile(
    r"[A-Z][\w'\-]{1,30}(?:\ (?:(?:of|on|for|and|the|to)\ ){0,2}[A-Z][\w'\-]{1,30}){0,8}"
)
"""The capitalised words that name a body (``Working Group``, ``Council on …``)."""


def _it(context: Context, out: list[Grant], sentence_start: int, it: int) -> list[Actor]:
    """Who ``it`` is in ``The Task Force shall seek … . It shall provide advice …``: the
    body or agency that is the one actor of the grant just before, in the same paragraph.
    Only an ``It`` that opens its sentence is read so, after at most a short opening that
    sets no condition (``In addition, it shall``; not ``If an applicant is a State
    agency, it shall``), and not after an official's grant (``it`` is no person).  (What
    a thing holds, ``It shall include recommendations``, is turned away before: see
    :func:`implied_subject`.)"""
    text = context.text
    opening = text[sentence_start:it]
    if opening and not (
        opening.endswith(", ") and opening.count(" ") <= 4 and not opening.startswith(_CONDITIONS)
    ):
        return []
    last = [g for g in _last_grants(out, context.paragraph_of(it)[0], it) if g.span[1] <= it]
    if len(last) != 1 or _plural(last[0].actor):
        return []
    if person(last[0].actor):
        return []  # "it" is no official
    return [Actor(it, it + 2, last[0].actor, last[0].resolved)]


_OPENING_WORD = r"(?:As|When|Whenever|Once|While|Where|Before|After|To\ the\ extent(?:\ that)?)\ "

_OPENING = regex.compile(_OPENING_WORD)
"""A subordinate clause opening a sentence whose subject ``it`` may take up."""

_LABEL_THEN_OPENING = regex.compile(rf"\((?:[a-z]{{1,4}}|\d{{1,2}})\)\ (?={_OPENING_WORD})")
"""A paragraph's label right before its opening clause, the section's heading before it in
the same sentence (``Sec. 4. Responsibilities. (a) As part of …``)."""


def _subject_of_opening(reader: Reader, sentence_start: int, it: int) -> list[Actor]:
    """Who ``it`` is where the sentence opens with a clause whose subject is an agency or a
    body (``As each agency implements … systems …, it shall utilize …``); none where that
    subject is no actor (``If an applicant is a State agency, it shall``) or a person."""
    text = reader.text
    label = _LABEL_THEN_OPENING.search(text, sentence_start, it)
    if label is not None:  # "Sec. 4. Responsibilities. (a) As part of …, it shall"
        sentence_start = label.end()
    opening = _OPENING.match(text, sentence_start, it)
    if opening is None or not text.endswith(", ", 0, it):
        return []
    named = reader.actors_between(opening.end(), it)
    if (
        not named
        or named[0].start != opening.end()
        or person(named[0].name)
        or "head" in named[0].name  # "an agency head", a person: no "it"
    ):
        return []
    if text.startswith(("'s ", "’s "), named[0].end):
        return []  # "As each agency's budget submission is prepared, it": the submission
    return [Actor(it, it + 2, named[0].name, named[0].resolved)]


def _he(context: Context, out: list[Grant], he: int, end: int) -> list[Actor]:
    """Who ``he`` is in ``The Secretary of Transportation shall not permit …, except that he
    may … permit …``: the one official of the grant just before, in the same paragraph,
    where the pronoun's sentence names no other person after that grant's action (``If the
    President determines …, he may``; ``… notify the employee concerned, and he may
    appeal``)."""
    paragraph = context.paragraph_of(he)
    last = [g for g in _last_grants(out, paragraph[0], he) if g.span[1] <= he]
    if len(last) != 1 or _plural(last[0].actor) or not person(last[0].actor):
        return []  # a body is no "he"
    action = context.text.find(last[0].action[:40], last[0].span[0], he)
    if action < 0:
        return []
    sentence = context.sentence_at(paragraph[0], paragraph[1], he)
    start = larger(action, sentence[0]) if sentence is not None else action
    own = set(last[0].actor.lower().split())  # "If the head of the agency so objects, he"
    if any(m[0].lower() not in own for m in _OTHER_PERSON.finditer(context.text, start, he)):
        return []
    return [Actor(he, end, last[0].actor, last[0].resolved)]


_OTHER_PERSON = regex.compile(
    r"""\b(?:President|[Ss]ecretar(?:y|ies)|Director|Administrator|Attorney\ General|Chair\w*
        |officers?|officials?|employees?|individuals?|persons?|members?|applicants?|heads?
        |nominees?|appointees?|designees?|representatives?|[Cc]ommissioners?)\b""",
    regex.VERBOSE,
)
"""A person ``he`` may point back to instead of the official of the grant before."""


_PERSONAL = ("he or she ", "He or she ", "he ", "He ", "she ", "She ")
"""The pronouns that name one official as a modal's subject."""


_CONDITIONS = (
    *("If ", "When ", "Where ", "Unless ", "While ", "Although ", "Because ", "Once "),
    *("After ", "Before ", "Until ", "Whenever ", "In the event ", "To the extent "),
)
"""How an opening that sets a condition begins: the ``it`` after it may be anything the
condition names."""

_HOLDS = (
    *(" include", " also include", " contain", " describe", " set forth", " address"),
    *(" cover", " list", " identify", " outline", " specify", " consist", " be "),
)
"""What ``it`` does when it is a thing just named (a report, a plan): ``It shall include
recommendations``."""


def implied_subject(
    reader: Reader,
    context: Context,
    out: list[Grant],
    match: regex.Match[str],
    start: int,
    sentence_start: int,
) -> list[Actor]:
    """The subject of a modal that names none before it: ``they`` after a group's grant,
    a list item's lead-in (``each Federal agency: (a) shall …``), or the subject of the verb
    before it (``…, and shall: (a) …``)."""
    text = reader.text
    at = match.start()
    if text.startswith(("they ", "They "), at - 5):
        return _they(context, out, sentence_start, at - 5)
    such = _SUCH_BEFORE.search(text, larger(sentence_start, at - 24), at)
    if such is not None:
        return _such(reader, context, out, such)
    if text.startswith(("It ", "it "), at - 3):
        if text.startswith(_HOLDS, match.end()):
            return []  # "It shall include recommendations": a thing just named (a report)
        return _subject_of_opening(reader, sentence_start, at - 3) or _it(
            context, out, sentence_start, at - 3
        )  # not "It shall be the policy"
    for pronoun in _PERSONAL:
        if (
            text.endswith(pronoun, larger(0, at - 11), at)
            and not text[at - len(pronoun) - 1 : at - len(pronoun)].isalpha()
        ):
            return _he(context, out, at - len(pronoun), at - 1)
    if _markers_only(text, start, at):
        return _subject_of_list(reader, context, start)
    if text.startswith(" and ", at - 5):
        last = _last_grants(out, sentence_start, at)
        if not last:  # "X shall be considered a member, and shall: (a) …": X, whose first
            return _first_subject(reader, context, sentence_start, at)  # granted nothing
        if LEAD_TAIL.match(text, match.end()) or joined_second(text, sentence_start, match):
            # "The Council shall provide leadership, and shall: (a) …", "… shall finalize
            # the list and may remove products": the same subject
            return [Actor(at, at, g.actor, g.resolved) for g in last]
    return []


def _first_subject(reader: Reader, context: Context, sentence_start: int, at: int) -> list[Actor]:
    """The subject of the sentence's first modal before ``at``, where that modal's clause
    granted nothing (``The Secretary shall be considered a Senior Official …, and shall
    report``: the report is the Secretary's)."""
    text = reader.text
    first = MODAL.search(text, sentence_start, at - 5) or _DESIGNATED.search(
        text, sentence_start, at - 5
    )
    if first is None:
        return []
    start = clause_words(context, sentence_start, first.start())
    return find_subject(reader, start, first.start())


_DESIGNATED = regex.compile(r"\b(?:is|are)\ (?:hereby\ )?(?:designated|named|appointed)\b")
"""A first verb that makes its subject something (``NOAA is designated as the lead agency
… and shall be responsible for …``): the subject of the modal after it."""


def _markers_only(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds nothing but list markers (``(a) ``)."""
    at = start
    while at < end:
        if text[at].isspace():
            at += 1
            continue
        label = ITEM_LABEL.match(text, at, end)
        if label is None:
            return False
        at = label.end()
    return True


def _section(sections: tuple[Section, ...], path: str) -> Section | None:
    """The section at ``path`` (``2(a)``) in the tree ``sections``."""
    return next((s for top in sections for s in top.walk() if s.path == path), None)


_RECENT = 256
"""How many of the grants read last are looked at for the last clause's: the clause is
one of them, and a long order is not rescanned from its start at each modal."""


def pointed_back(
    reader: Reader, context: Context, out: list[Grant], actors: list[Actor]
) -> list[Actor]:
    """The agencies ``these agencies`` or ``such agencies`` point back to: the actors of the
    grant just before in the paragraph, where each is a narrower group of agencies
    (``Agencies with responsibility for regulating the security of critical infrastructure
    shall … . In making such determination, these agencies shall consider …``); else
    ``actors`` as found."""
    if len(actors) != 1 or "agenc" not in actors[0].name:
        return actors
    text = reader.text
    start = actors[0].start
    pointing = _POINTED.search(actors[0].name)  # "Heads of such agencies", as printed
    if pointing is None and not text.endswith(_POINTING, larger(0, start - 6), start):
        return actors
    printed = start if pointing is not None else text.rfind(" ", 0, start - 1) + 1
    heads = (
        pointing["heads"] is not None
        if pointing is not None
        else text.endswith(("Heads of ", "heads of "), larger(0, printed - 9), printed)
    )
    paragraph = context.paragraph_of(start)
    last = [g for g in _last_grants(out, paragraph[0], start) if g.span[1] <= start]
    if last and all(
        "agenc" in g.actor
        and len(g.actor) > len(actors[0].name)
        and ("head" in g.actor.lower()) == heads
        and " agencies" not in g.action  # "… identify any agencies that fund …. Such agencies"
        for g in last
    ):
        return [Actor(start, actors[0].end, g.actor, g.resolved) for g in last]
    if heads and pointing is None and "head" not in actors[0].name:
        # "Heads of these agencies shall": the heads, not the agencies
        return [attrs.evolve(actors[0], name=f"heads of {actors[0].name}")]
    return actors  # not the agencies' heads for the agencies ("all such agencies")


_POINTING = ("these ", "These ", "such ", "Such ")
"""The words that make a group of agencies the one just named (``these agencies``)."""

_POINTED = regex.compile(r"^(?P<heads>[Hh]eads\ of\ )?(?:these|such)\ agencies$")
"""An actor kept as printed that points back (``Heads of such agencies``)."""


def _last_grants(out: list[Grant], start: int, at: int) -> list[Grant]:
    """The grants of the last clause read between ``start`` and ``at`` (one per actor),
    among the :data:`_RECENT` read last."""
    last = [g for g in out[-_RECENT:] if start <= g.span[0] < at]
    return [g for g in last if g.span == last[-1].span] if last else []


def _subject_of_list(reader: Reader, context: Context, item_start: int) -> list[Actor]:
    """The subject of a list whose items open with their modal: ``each Federal agency:
    (a) shall make it a high priority …; (b) shall ensure …``."""
    text = reader.text
    section = context.section_at(item_start)
    if section is None or "(" not in section.path:
        return []  # not a list item
    lead = _section(context.sections, section.path.rsplit("(", 1)[0])
    if lead is None or not lead.children:
        return []
    colon = lead.span[0] + len(text[lead.span[0] : lead.children[0].span[0]].rstrip()) - 1
    if text[colon] != ":":
        return []  # the list's lead-in ends in no colon: its items name their subjects
    paragraph = context.paragraph_of(colon)
    sentence = context.sentence_at(paragraph[0], paragraph[1], colon)
    if sentence is None:
        return []
    reader.cover(*paragraph)  # a paragraph without a modal has not been read for actors
    start = clause_start(text, sentence[0], colon)
    found = find_subject(reader, start, colon)
    if not found and text[colon - 1] != " " and text[colon + 1 : colon + 2] in (" ", "\n"):
        # "the head of each agency that possesses … information:": read with its colon, as
        # a restrictive clause before a verb is read
        found = [
            attrs.evolve(a, name=a.name.rstrip(" :"))
            for a in find_subject(reader, start, colon + 1)
        ]
    return found


def _plural(name: str) -> bool:
    """Whether an actor's name is a group (``heads of agencies``, ``agencies``)."""
    head = name.split(" of ", 1)[0].split(" that ", 1)[0]
    return head.endswith("s") and not head.endswith(("ss", "us"))


__all__ = ["implied_subject"]
