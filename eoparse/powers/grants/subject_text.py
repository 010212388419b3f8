"""The text tests a grant's subject is read with: a pattern tried only where its words
stand (:func:`search`), whether a relative clause (``as the Chair may``) or a preposition
ends a stretch of words, and the asides that may stand between an actor and its verb (a
consultation, a definition, a deadline).  Kept apart from
:mod:`eoparse.powers.grants.subject`, which asks them."""

from __future__ import annotations

import attrs
import regex

from eoparse.powers.anchored import ending_at
from eoparse.powers.context import larger
from eoparse.powers.grants.actors import Reader
from eoparse.powers.grants.deadlines import Deadline, read_deadline
from eoparse.powers.grants.offices import LIST_GLUE, Actor
from eoparse.powers.grants.patterns import (
    ARTICLES_AND_GLUE,
    ASIDE_AFTER_ACTOR,
    HEADS_OF_BEFORE,
    PREPOSITION_BEFORE,
    PREPOSITION_ENDS,
    RELATIVE_BEFORE,
)
from eoparse.powers.grants.subject_patterns import (
    NAMED_OFFICIAL_BEFORE,
    NARROWED_AGENCY_BEFORE,
    NOT_NARROWING,
    RESTRICTIVE_BEFORE,
)
from eoparse.powers.wordlist import contains_any


def search(
    pattern: regex.Pattern[str], needles: str | tuple[str, ...], text: str, start: int, end: int
) -> regex.Match[str] | None:
    """``pattern.search(text, start, end)``, where every match holds ``needles`` (one of
    them, for a tuple): string searches first, since these patterns seldom match and a
    call costs far more.  A reverse pattern (each of them ends at its ``$``) is tried
    at the end only (:func:`~eoparse.powers.anchored.ending_at`)."""
    if not contains_any(text, (needles,) if isinstance(needles, str) else needles, start, end):
        return None
    if pattern.flags & regex.REVERSE:
        return ending_at(pattern, text, start, end)
    return pattern.search(text, start, end)


_RELATIVE_STOPS = (";", "(", ")", '"')
"""Characters no :data:`RESTRICTIVE_BEFORE` match holds anywhere."""


def restrictive_before(
    needles: tuple[str, ...], text: str, start: int, end: int
) -> regex.Match[str] | None:
    """``search(RESTRICTIVE_BEFORE, needles, text, start, end)``, its pronouns looked for
    only after the last character its clause cannot hold (one of :data:`_RELATIVE_STOPS`,
    a colon or a comma before its last three characters, where the match's own closing
    ``, `` or ``:`` stands, but not the comma of ``, United States Code``): each match runs
    from its pronoun to ``end`` (or to a line break ending the stretch), so a pronoun
    before such a character opens none, and most clauses hold no other."""
    if not contains_any(text, needles, start, end):
        return None
    stop = start
    for char in _RELATIVE_STOPS:
        at = text.rfind(char, stop, end)
        if at >= 0:
            stop = at + 1
    at = text.rfind(":", stop, end - 3)
    if at >= 0:
        stop = at + 1
    at = text.rfind(",", stop, end - 3)
    while at >= 0 and text.startswith(" United States Code", at + 1):
        at = text.rfind(",", stop, at)
    if at >= 0:
        stop = at + 1
    if stop > start and not contains_any(text, needles, stop, end):
        return None
    return ending_at(RESTRICTIVE_BEFORE, text, start, end)


def heads_before(text: str, clause_start: int, at: int) -> regex.Match[str] | None:
    """``the heads of`` ending ``text[:at]`` (line breaks and all), unless it is itself an
    object (``shall report to the heads of the Departments of X and Y``)."""
    heads = search(HEADS_OF_BEFORE, (" of ", " of\n"), text, larger(clause_start, at - 30), at)
    if heads is None:
        return None
    start = heads.start()
    if text.startswith("the ", start - 4) or text.startswith("The ", start - 4):
        start -= 4
    if after_preposition(text, larger(clause_start, start - 16), start):
        return None
    return heads


def relative_before(text: str, start: int, end: int) -> bool:
    """Whether :data:`RELATIVE_BEFORE` is in ``text[start:end]``: tried only where ``as ``
    or ``than `` stands."""
    if text.find("as ", start, end) < 0 and text.find("than ", start, end) < 0:
        return False
    return ending_at(RELATIVE_BEFORE, text, start, end) is not None


def after_preposition(text: str, start: int, end: int) -> bool:
    """Whether :data:`PREPOSITION_BEFORE` ends ``text[start:end]``: searched for only where
    the stretch ends as its matches do (:data:`PREPOSITION_ENDS`), or with a line break,
    before which ``$`` matches too."""
    if not text.endswith(PREPOSITION_ENDS, start, end) and not (
        end > start and text[end - 1] == "\n"
    ):
        return False
    return ending_at(PREPOSITION_BEFORE, text, start, end) is not None


def closes_aside(words: str, phrase: str) -> bool:
    """Whether a consultation phrase running up to the verb is an aside of the subject
    before it (``, in consultation with the Attorney General, shall``), not a member
    of a list that goes on (``, acting through the Administrator of FEMA, and the
    Administrator of the Small Business Administration shall``).  The officials a
    consultation (not ``through``) names in one serial list of three or more, the last
    joined by ``, and`` or ``, or``, run on to the verb inside the aside (``, in
    consultation with the Secretary of State, the Attorney General, …, and the heads of
    other relevant agencies shall``); one member and a second joined by ``, and`` is where a
    list of subjects goes on (so is any earlier ``, and``: ``with A, and B, C, and D
    shall``), and a comma after the last member closes the list before a subject (``after
    consultation with A, B, and C, the Attorney General shall``)."""
    if words.rstrip().endswith(",") or not (", and " in words or ", or " in words):
        return True
    if "through" in phrase or words.count(", and ") + words.count(", or ") > 1:
        return False
    last = larger(words.rfind(", and "), words.rfind(", or "))
    return words.count(", ", 0, last) >= 1 and ", " not in words[last + 2 :]


def names_and_asides(reader: Reader, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names actors and nothing else but glue and asides
    (``the heads of relevant agencies, as appropriate,``)."""
    text = reader.text
    at = start
    for actor in reader.actors_between(start, end):
        gap = text[at : actor.start]
        if ARTICLES_AND_GLUE.fullmatch(gap) is None and not aside_only(gap):
            return False
        at = actor.end
    rest = text[at:end]
    return ARTICLES_AND_GLUE.fullmatch(rest) is not None or aside_only(rest)


def subject_after_comma(reader: Reader, start: int, end: int) -> bool:
    """Whether the last actor of ``text[start:end]`` follows the one before it after a bare
    comma, and ends the stretch (``with the approval of the Executive Director, the heads
    of … shall``): the aside closed at that comma and the last actor is the subject."""
    named = reader.actors_between(start, end)
    if len(named) < 2 or reader.text[named[-1].end : end].strip():
        return False
    return reader.text[named[-2].end : named[-1].start] in (", ", ", the ")


def aside_opening(reader: Reader, window: int, consult: int) -> int | None:
    """Where the aside that a consultation phrase at ``consult`` belongs to opens: at
    the comma before it (words without an actor between, ``, as consistent with
    applicable law and in coordination with``), or right after an actor it follows
    without a comma (``the Secretary in consultation with``)."""
    text = reader.text
    comma = text.rfind(",", larger(window, consult - 80), consult)
    if comma >= 0 and not reader.actors_between(comma, consult):
        return comma
    before = reader.actors_between(larger(window, consult - 200), consult)
    if before and not text[before[-1].end : consult].strip():
        return before[-1].end
    return None


def aside_only(gap: str) -> bool:
    """Whether ``gap`` holds nothing but asides (a definition, a consultation)."""
    rest = gap
    while rest.strip():
        match = ASIDE_AFTER_ACTOR.match(rest)
        if not match or match.end() == 0:
            return False
        rest = rest[match.end() :]
        if match[0].endswith(",") and rest.startswith(" "):
            rest = "," + rest  # the comma closing one aside opens the next: ", in
            # accordance with applicable law, in addition to regular meetings,"
    return True


def untabled(reader: Reader, clause_start: int, at: int) -> list[Actor]:
    """A title no table entry names right before the verb, unless it opens a relative
    clause (``as the Chair shall request``)."""
    found = reader.untabled(clause_start, at)
    if not found and contains_any(reader.text, (" officer", " official"), clause_start, at):
        named = ending_at(NAMED_OFFICIAL_BEFORE, reader.text, larger(clause_start, at - 160), at)
        if named is not None:  # "each agency official designated under subsection (a)"
            found = [Actor(named.start("who"), at, " ".join(named["who"].split()), False)]
    if not found and reader.text.endswith(" agency", 0, at):
        found = narrowed_agency(reader.text, clause_start, at)
        no = ending_at(NO_AGENCY, reader.text, larger(clause_start, at - 40), at)
        if not found and no is not None and BE_AFTER_MODAL.match(reader.text, at) is None:
            # "No agency shall retain …": each agency shall not; "No agency may be required
            # to …" binds others
            found = [Actor(no.start("agency"), at, f"each {no['agency']}", True)]
    if not found and reader.text.find(" other ", larger(clause_start, at - 80), at) >= 0:
        found = listed_with_others(reader, clause_start, at)
    if found and relative_before(
        reader.text, larger(clause_start, found[0].start - 12), found[0].start + 4
    ):
        return []
    return found


BE_AFTER_MODAL = regex.compile(r"\ (?:shall|may|must)\ (?:not\ )?be\ ", regex.VERBOSE)
"""A passive after the agency (``No agency may be required to``): a duty on others."""

NO_AGENCY = regex.compile(
    r"(?r)\b[Nn]o\ (?P<agency>(?:Federal\ |executive\ (?:branch\ )?|other\ )?agency)$",
    regex.VERBOSE,
)
"""``No agency`` before its verb: a prohibition on each agency (``No agency shall retain
any guidance document …``), its action turned ``not …`` where it is emitted."""

OTHERS_AFTER_LIST = regex.compile(
    r"""(?r),\ (?:and|or)(?:,\ as\ appropriate,)?
        \ (?P<others>other\ (?:[A-Za-z\-]{2,20}\ ){0,3}
          (?:participants|agencies|departments|officials|officers|members|entities|offices
            |components|heads))\ ?$""",
    regex.VERBOSE,
)
"""The last of a list of actors, a group the table does not name (``…, the Secretary of
State, and, as appropriate, other Review participants shall``)."""


def listed_with_others(reader: Reader, clause_start: int, at: int) -> list[Actor]:
    """The actors named one after another before a last ``and other …`` right before the
    verb at ``at``, and that group as printed (unresolved); none where no actor is listed
    before it."""
    text = reader.text
    others = ending_at(OTHERS_AFTER_LIST, text, larger(clause_start, at - 120), at)
    if others is None:
        return []
    row: list[Actor] = []
    end = others.start()
    for actor in reversed(reader.actors_between(larger(clause_start, end - 300), end)):
        if text[actor.end : end].strip(" ,") not in LIST_GLUE:
            break
        row.insert(0, actor)
        end = actor.start
    if not row or after_preposition(text, larger(clause_start, row[0].start - 16), row[0].start):
        return []  # "The reports of the Secretary …, and other …": objects, no subject
    group = " ".join(others["others"].split())
    return [*reader.expand(row), Actor(others.start("others"), at, group, False)]


def narrowed_agency(text: str, clause_start: int, at: int) -> list[Actor]:
    """The one agency a word before ``agency`` says which of, ending at ``at`` (``the
    issuing agency``, ``each participating agency``), with ``each``, ``every`` or ``any``
    kept as the table keeps them (``each Federal agency``), or its head (``the head of each
    covered agency``); none elsewhere."""
    match = ending_at(NARROWED_AGENCY_BEFORE, text, larger(clause_start, at - 60), at)
    if match is None or not NOT_NARROWING.isdisjoint(match["words"].split()):
        return []
    det = match["det"].lower()
    start = match.start() if det != "the" else match.start("words")
    for head in ("head of ", "heads of "):  # "the head of each covered agency": its head
        if text.endswith(head, 0, match.start()):
            start = match.start() - len(head)
    if after_preposition(text, larger(clause_start, start - 16), start):
        return []  # "Each member of the participating agency shall": an object
    return [Actor(start, at, narrowing_name(text, start, at), True)]


def narrowing_name(text: str, start: int, end: int) -> str:
    """The printed words of ``[start, end)`` that say which agencies, as an actor's name:
    lower case first (``Participating agencies`` opening a sentence), ``Federal`` aside."""
    words = " ".join(text[start:end].split())
    return words if words.startswith("Federal") else words[:1].lower() + words[1:]


def capitalised_word_before(text: str, at: int) -> bool:
    """Whether the word before ``at`` is part of a name (``American Technology``), not an
    article (``The``)."""
    words = text[max(0, at - 30) : at].split()
    word = words[-1].strip(",;:()") if words else ""
    return word[:1].isupper() and word not in ("The", "Each", "All", "Any", "Such")


def semicolon_list(reader: Reader, clause_start: int, first: Actor) -> list[Actor]:
    """The officials a list separated by ``;`` names before the one whose clause holds the
    verb (``…: the Secretaries of Defense and Energy; the Administrator of General
    Services; and the Director of OPM shall implement …``), each segment names and glue
    only, back to the list's colon or sentence; none where the subject opens no such
    list."""
    text = reader.text
    if text[clause_start : first.start].strip() not in _LIST_OPENINGS:
        return []
    found: list[Actor] = []
    at = text.rfind(";", larger(0, clause_start - 4), clause_start)
    paragraph = reader.context.paragraph_of(at)[0] if at > 0 else 0
    while at > 0:
        low = larger(paragraph, at - 400)  # the list's segments share its paragraph
        opening = larger(text.rfind(";", low, at), text.rfind(":", low, at))
        if opening < 0:
            return _opened_by_its_sentence(reader, at, found)
        if not names_and_asides(reader, opening + 1, at):
            break
        named = _segment_actors(reader, opening + 1, at)
        if not named:
            break
        found = named + found
        if text[opening] == ":":  # "Within 180 days of the date of this order: A; B; and C"
            return with_deadline(
                found, read_deadline(text, larger(paragraph, opening - 300), opening)
            )
        at = opening
    return []


def with_deadline(actors: list[Actor], deadline: Deadline) -> list[Actor]:
    """``actors``, each with ``deadline`` where it sets one."""
    if deadline[0] is None:
        return actors
    return [attrs.evolve(actor, deadline=deadline) for actor in actors]


def _segment_actors(reader: Reader, start: int, end: int) -> list[Actor]:
    """The officials a segment of a ``;`` list names as members, not those of its asides
    (``the Secretary of the Interior, acting through the Director of the USGS``: the
    Secretary)."""
    text = reader.text
    kept: list[Actor] = []
    at = start
    for actor in reader.actors_between(start, end):
        if ARTICLES_AND_GLUE.fullmatch(text, at, actor.start) is None:
            break  # an aside opens: "…, acting through the Under Secretary and the …"
        kept.append(actor)
        at = actor.end
    return reader.expand(kept)


def _opened_by_its_sentence(reader: Reader, at: int, found: list[Actor]) -> list[Actor]:
    """The list's members when its first segment opens the sentence after a lead that names
    no one (``Within 180 days of the date of this order, the Secretary of the Interior,
    acting through …; the Secretary of Commerce, …; and the Administrator of NASA shall``),
    each with the lead's deadline; none where the segment names anything else."""
    text = reader.text
    paragraph = reader.context.paragraph_of(at)
    sentence = reader.context.sentence_at(*paragraph, at) or paragraph
    named = reader.actors_between(sentence[0], at)
    if not named or not found:
        return []
    comma = text.rfind(", ", sentence[0], named[0].start)
    start = comma + 2 if comma >= 0 else sentence[0]
    if not names_and_asides(reader, start, at):
        return []
    first = _segment_actors(reader, start, at)
    return with_deadline(first + found, read_deadline(text, sentence[0], start))


_LIST_OPENINGS = ("", "and", "and the", "the")
"""What stands between a ``;`` and the last official of a list it separates."""
