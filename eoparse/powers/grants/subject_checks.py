"""Tests on the words around a grant's subject that the table cannot settle: whether a
capitalised name ending in a generic noun is a body of its own (``The Harbor Office
shall``), whether a ``, which`` clause is about the body a sentence sets up, and whether
a modal is the verb of a ``whose`` clause inside the subject; and the body whose duties are
a verb's subject (``The responsibilities of the Council shall include``), and the word
that narrows a bare group of agencies (``participating agencies``).  Kept apart from
:mod:`eoparse.powers.grants.subject`, which asks them."""

from __future__ import annotations

import attrs
import regex

from eoparse.powers.anchored import ending_at
from eoparse.powers.bodies import kind_noun
from eoparse.powers.context import larger
from eoparse.powers.grants.actors import Reader
from eoparse.powers.grants.definitions import after_loose_the
from eoparse.powers.grants.duty_patterns import DUTIES_AFTER, DUTIES_OF_BEFORE
from eoparse.powers.grants.offices import GENERIC_NOUNS, Actor, is_body, person
from eoparse.powers.grants.patterns import BODY_WORDS, MODAL, NAME_TAIL, OFFICER_BEFORE
from eoparse.powers.grants.subject_patterns import (
    DELEGATE_BEFORE,
    LOWER_BODY_BEFORE,
    NARROWED_GROUP_BEFORE,
    NOT_NARROWING,
    OF_NAME_AND_BEFORE,
)
from eoparse.powers.grants.subject_text import narrowing_name
from eoparse.powers.officials import resolve
from eoparse.powers.wordlist import contains_any

_DESCRIBES_BODY = ("chaired", "co-chaired", "composed", "consisting", "comprised")
"""How the words between a body's name (and short name) and its ``, which`` open when they
describe the body (who chairs it, who sits on it)."""


def which_is_the_body(reader: Reader, name_end: int, which: int) -> bool:
    """Whether the ``, which`` at ``which`` is about the body whose name ends at
    ``name_end``: nothing else that could act is named between, or the words between
    describe the body (``(Council) chaired by the President and composed of …, which``),
    not another actor (``… in the Department of Energy, which``)."""
    text = reader.text
    at = name_end
    while at < which and text[at] == " ":
        at += 1
    if text.startswith("(", at) and (close := text.find(")", at, which)) >= 0:
        at = close + 1  # its short name: "(Council)"
        while at < which and text[at] == " ":
            at += 1
    return text.startswith(_DESCRIBES_BODY, at) or not reader.actors_between(at, which)


NOUN_PHRASE_WORDS = 4
"""How many words ``whose`` and a bare noun phrase take at most (``whose chief financial
officers``): a modal right after them is the relative clause's own verb."""


def named_body(reader: Reader, clause_start: int, noun: Actor) -> Actor | None:
    """The body whose capitalised name ends in a generic noun of the table (``Harbor
    Office``, ``Interagency Harbor Group``), where no ``of`` makes the noun an office's
    (``Director of the … Council`` is read before this); a name the order defines as a
    short form stands for its full name, and a noun a complement follows (``Council on
    Access and Mobility``) is left to the bodies the order sets up."""
    text = reader.text
    if noun.name not in GENERIC_NOUNS or text.startswith((" on ", " for ", " of "), noun.end):
        return None
    name = ending_at(NAME_TAIL, text, larger(clause_start, noun.start - 120), noun.end)
    if name is None:
        return None
    of = text.rfind(" of ", name.start(), noun.start)
    if of >= 0 and kind_noun(text[name.start() : of]) is None:
        return None  # an officer's title ("Director of the … Council"), not a body's name;
        # a body of a body is one ("the Air Traffic Control Subcommittee of the … Committee")
    words = after_loose_the(" ".join(name[0].split()))
    for article in ("The ", "Each ", "Any ", "All ", "Such ", "This ", "That ", "Its "):
        words = words.removeprefix(article)
    if words == noun.name or " " not in words:
        return None
    if words in reader.defined:
        return Actor(name.start(), noun.end, reader.defined[words][0], True)
    if words.split()[0].isupper() or _part_of_longer_name(text, words):
        return None  # "the Executive Council" of an order that set up the "NSCI Executive
        # Council", "the MPA Center" (an abbreviation): the bodies the order sets up name it
    return Actor(name.start(), noun.end, words, True)


_NOT_NAME_WORDS = frozenset(
    {*("same", "other", "said", "such", "appropriate", "relevant", "new", "existing", "first")},
)
"""Lower-case words before a body's noun that say which one, not what it is named."""


def lower_body(reader: Reader, clause_start: int, noun: Actor) -> Actor | None:
    """The lower-case body a bare noun of the table is, with the words before it (``the
    advisory committee shall`` → ``advisory committee``, as the order set it up: ``shall
    establish an advisory committee``); ``None`` where no such words stand before it."""
    official = resolve(noun.name)
    if official is None or official.kind != "body":
        return None
    before = ending_at(
        LOWER_BODY_BEFORE, reader.text, larger(clause_start, noun.start - 70), noun.start
    )
    if before is None or not _NOT_NAME_WORDS.isdisjoint(before["words"].split()):
        return None
    return Actor(before.start("words"), noun.end, f"{before['words']}{noun.name}", True)


def _part_of_longer_name(text: str, words: str) -> bool:
    """Whether ``words`` are printed somewhere as the end or the start of a longer name
    (``NSCI Executive Council``, ``… Coordinating Council on Access and Mobility``)."""
    at = text.find(words)
    while at >= 0:
        before = text[max(0, at - 30) : at].split()
        after = text[at + len(words) : at + len(words) + 40].split()
        if before and before[-1][:1].isupper() and before[-1] not in _OPENERS:
            return True
        if len(after) > 1 and after[0] in ("on", "for", "of") and after[1][:1].isupper():
            return True
        at = text.find(words, at + len(words))
    return False


_OPENERS = frozenset(("The", "the", "Each", "Any", "All", "Such", "A", "An", "Sec.", "(a)"))
"""Capitalised words before a name that are not part of it."""


def verb_follows(text: str, modal_start: int) -> bool:
    """Whether another modal follows the one at ``modal_start`` in the same clause (no
    ``;``, ``:`` or ``.`` between): then this one is the verb of a ``whose`` clause inside
    the subject (``agencies whose actions may affect the reefs shall``)."""
    later = MODAL.search(text, modal_start + 3, modal_start + 200)
    if later is None or text.endswith(
        (" as ", " that ", " which ", " who ", " or ", " and "), modal_start, later.start()
    ):
        # "… shall render such assistance as may be requested", "… shall either take the
        # action or shall explain why": a clause of the modal's own, not the main verb
        return False
    between = text[modal_start : later.start()]
    return not any(mark in between for mark in (";", ":", ". "))


WHICH_DESCRIBES = (
    *("shall be ", "may be ", "shall include", "may include", "shall contain"),
    "may contain",
)
"""How a ``, which`` clause goes on when it describes what came before (a passive, or a
report's contents: ``a report … to the Task Force, which may include recommendations``),
not what a body shall do."""


def past_short_form(text: str, end: int) -> int:
    """Where the actor named right before ``end`` ends: inside the parentheses of a short
    form the order gives a name (``the Global Engagement Center (Center)``, ``… for Global
    Engagement Communications (Coordinator)``: the short form, which the order's
    definitions resolve to the full name), else ``end`` itself."""
    return end - 1 if text.endswith(")", 0, end) else end


_INSTITUTIONS = (" Center", " Office", " Agency", " Administration", " Service", " Bureau")
"""How the name of an institution the table lacks may end (``the Global Engagement Center
(Center) which shall lead``): ``which`` is never a person, so it names no officer."""


_DOCUMENTS = (" Plan", " Report", " Strategy", " Program", " Framework", " Agenda", " Guidance")
"""How the name of a document or programme ends: a ``which`` clause on it describes it."""


def which_body(reader: Reader, clause_start: int, comma: int) -> Actor | None:
    """The body or agency a ``which`` at ``comma`` (its comma, or the space before it after
    a short form) is about: the one named right before it (``the Office of Health Reform,
    which shall coordinate``, ``the Global Engagement Center (Center) which shall lead``),
    where it is a body and not an object inside another name (``the Director of the
    Council, which`` is left alone)."""
    comma = past_short_form(reader.text, comma)
    before = reader.actors_between(larger(clause_start, comma - 200), comma)
    if not before or before[-1].end != comma:
        return None
    actor = before[-1]
    official = resolve(actor.name)
    if official is None and not is_body(actor.name) and not actor.name.endswith(_INSTITUTIONS):
        return None
    if official is None and actor.name.endswith(_DOCUMENTS):
        return None  # "a … Council Management Plan (Management Plan) which shall include"
    if official is not None and official.kind == "official":
        return None  # "which" is never a person
    if OFFICER_BEFORE.search(reader.text, larger(clause_start, actor.start - 40), actor.start):
        return None  # "the Chair of the Board, which": not the Board's own clause
    return actor


__all__ = [
    "NOUN_PHRASE_WORDS",
    "WHICH_DESCRIBES",
    "body_named",
    "lower_body",
    "named_body",
    "past_short_form",
    "set_up_by_document",
    "verb_follows",
    "which_body",
    "which_is_the_body",
]


_DUTIES_WORDS = ("esponsibilit", "uties of", "unctions of", "ission of", "asks of", "ole of")
"""Words before a verb whose subject is a body's duties (``The responsibilities of``)."""


def duties_of(reader: Reader, clause_start: int, modal_start: int) -> list[Actor]:
    """The body or official whose duties are a modal's subject: ``The responsibilities of
    the Council shall include …``, ``The Council's functions shall be to …``."""
    text = reader.text
    if text.find(
        "'s ", larger(clause_start, modal_start - 160), modal_start
    ) < 0 and not contains_any(
        text, _DUTIES_WORDS, larger(clause_start, modal_start - 300), modal_start
    ):
        return []  # most clauses: neither "'s duties" nor "duties of" before the verb
    before = reader.actors_between(larger(clause_start, modal_start - 200), modal_start)
    if before and DUTIES_AFTER.fullmatch(text, before[-1].end, modal_start) is not None:
        return [before[-1]]
    owner = text.rfind("'s ", larger(clause_start, modal_start - 160), modal_start)
    if owner >= 0 and DUTIES_AFTER.fullmatch(text, owner, modal_start) is not None:
        found = reader.untabled(clause_start, owner)  # "The Executive Agent's duties, …"
        if found:
            return found
    at = modal_start
    while at > clause_start and text[at - 1] in " ,":
        at -= 1
    # … or a body the table does not name: "The responsibilities of the Council on X"
    found = [before[-1]] if before and before[-1].end == at else reader.untabled(clause_start, at)
    if found and ending_at(
        DUTIES_OF_BEFORE, text, larger(clause_start, found[0].start - 40), found[0].start
    ):
        return found
    return []


_BARE_GROUPS = frozenset(
    (
        *("agencies", "departments and agencies", "executive agencies"),
        *("executive departments and agencies", "Federal agencies"),
    )
)
"""Groups of agencies as the table names them bare, which a word before may narrow."""


def narrowed_group(text: str, clause_start: int, actor: Actor) -> Actor:
    """A bare group of agencies with the word that narrows it (``participating agencies
    shall``, ``Each of the Federal departments and agencies … shall``): the printed words
    are the actor's name, as ``Federal agencies`` is; the actor itself where no such word
    stands before it."""
    printed = " ".join(text[actor.start : actor.end].split())
    if printed not in _BARE_GROUPS:
        return actor
    before = ending_at(
        NARROWED_GROUP_BEFORE, text, larger(clause_start, actor.start - 40), actor.start
    )
    if before is None or (not before["words"] and before["of"] is None):
        return actor
    if not NOT_NARROWING.isdisjoint(before["words"].split()):
        return actor
    words = narrowing_name(text, before.start(), actor.start)
    return attrs.evolve(actor, start=before.start(), name=f"{words} {printed}")


_SUBORDINATORS = frozenset(
    (
        *("before", "after", "until", "unless", "once", "if", "when", "whenever", "while"),
        *("although", "because", "since", "to the extent", "insofar as"),
    )
)
"""Words that open a clause another clause governs (``Before an agency may undertake …,
the head of the agency shall submit``): the actor right after one is that clause's subject,
and its modal says what may happen, not what the order directs.  A purpose (``so that the
Attorney General may seek relief``) is left a grant: it reads as the official's discretion
(audit 7)."""

_DETERMINERS = frozenset(("the", "an", "a", "each", "any", "every", "no"))
"""The determiner an actor may open with after a subordinator (``Before an agency``)."""


def _words_before(text: str, clause_start: int, actor_start: int, reach: int) -> list[str]:
    """The words of the ``reach`` characters before the actor at ``actor_start``, as
    printed: not the end of a word the window cuts (``…specif``), nor the actor's own
    determiner (``Before an agency``)."""
    start = larger(clause_start, actor_start - reach)
    words = text[start:actor_start].split()
    if words and start > 0 and text[start - 1].isalnum():
        words.pop(0)
    if words and words[-1].lower() in _DETERMINERS:
        words.pop()
    return words


def subordinate(text: str, clause_start: int, actor_start: int) -> bool:
    """Whether the actor at ``actor_start`` opens a subordinate clause: one of
    :data:`_SUBORDINATORS` right before it (its determiner aside)."""
    words = [word.lower() for word in _words_before(text, clause_start, actor_start, 24)]
    return bool(words) and (
        words[-1] in _SUBORDINATORS
        or " ".join(words[-2:]) in _SUBORDINATORS
        or " ".join(words[-3:]) in _SUBORDINATORS
    )


_NOT_NOUNS = frozenset(("except", "provided", "so", "such", "given", "now", "order"))
"""Words before ``that`` that make a conjunction of it (``except that``, ``so that``, ``in
order that``), not a noun a relative clause describes."""

_PLURAL_OPENING = regex.compile(r"[A-Z][a-z]{2,20}(?<![su])s")
"""A plural noun that opens its clause (``Records that …``; not ``Provided``, ``Its``)."""

_RELATIVE_DETERMINERS = frozenset(("the", "a", "an", "any", "all", "those", "such", "each"))
"""What opens a noun phrase a relative clause may describe (``the positions that``)."""


def relative(text: str, clause_start: int, actor_start: int) -> bool:
    """Whether the actor at ``actor_start`` opens a relative clause of a noun (``a
    description of the positions that agencies may fill``, ``the ways in which the
    Department may streamline``): ``that`` or ``which`` right before it, after a
    determiner and one or two lower-case words, the last no clause's end (``…, except
    that``).  Its ``may`` describes the noun; it grants nothing.  A verb before ``that``
    (``shall ensure that agencies``) follows no determiner; a name (``the policy of the
    United States that agencies may``) opens what a policy says, not a relative clause."""
    printed = _words_before(text, clause_start, actor_start, 64)
    words = [word.lower() for word in printed]
    if words[-1:] in (["a"], ["an"]):  # "Records that an agency may maintain"
        printed, words = printed[:-1], words[:-1]
    if len(words) == 2 and words[-1] in ("that", "which") and _PLURAL_OPENING.fullmatch(printed[0]):
        return True  # "Records that a department or agency may maintain … shall be reviewed"
    if len(words) < 3 or words[-1] not in ("that", "which") or words[-2] in _NOT_NOUNS:
        return False
    if words[-2].endswith((",", ";", ":")) or "policy" in words:
        return False  # "…, except that", "the United States, that", "It is the policy …"
    if words[-3] in _RELATIVE_DETERMINERS:
        return printed[-2].islower()
    return (
        len(words) > 3
        and words[-4] in _RELATIVE_DETERMINERS
        and words[-3] != "extent"
        and printed[-3].islower()
        and printed[-2].islower()
    )


def past_agencies_short_form(text: str, end: int) -> int:
    """Where the words after agencies ending at ``end`` begin, past the short form the
    order gives them there (``each executive department and agency (agency) responsible
    for …``)."""
    if not text.startswith((" (agenc", ' ("agenc'), end):
        return end
    close = text.find(")", end, end + 16)
    return close + 1 if close >= 0 else end


def own_subject(restrictive: regex.Match[str]) -> bool:
    """Whether a relative clause before the modal is only a subject, whose verb the modal
    is (``such other … offices that the Chair or the Vice Chair may designate``), not a
    clause with a verb of its own (``agencies that operate networks shall``)."""
    words = restrictive[0].rstrip(" ,:").split()[1:]
    return (
        len(words) > 1
        and words[0] in ("the", "a", "an")
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or w in _NAME_GLUE for w in words)
    )


_NAME_GLUE = frozenset(("the", "a", "an", "and", "or", "of", "for", "on", "to"))
"""The small words between the capitalised words of the officials a clause names."""


def joined_to_object(reader: Reader, clause_start: int, actor: Actor) -> bool:
    """Whether ``actor`` is joined by ``and`` to the object of an ``of`` that opens no
    title (``all actions of the Council and the … offices``), not to an official whose
    title holds ``of`` (``The Secretary of State and the heads of …``)."""
    text = reader.text
    joined = ending_at(
        OF_NAME_AND_BEFORE, text, larger(clause_start, actor.start - 100), actor.start
    )
    if joined is None:
        return False
    return not any(
        named.start < joined.start() < named.end
        for named in reader.actors_between(larger(clause_start, joined.start() - 100), actor.start)
    )


def delegate(text: str, clause_start: int, at: int) -> bool:
    """Whether the actor at ``at`` is named as a delegate (``… are assigned to the Secretary
    of Labor, who shall``), or as a further one after the first's ``who`` clause (``…, and to
    the U.S. Trade Representative, who shall``) in a clause that delegates."""
    named = ending_at(DELEGATE_BEFORE, text, larger(clause_start, at - 60), at)
    if named is None:
        return False
    if not named[0].startswith(", and"):
        return True
    return contains_any(
        text,
        (" assigned to ", " delegated to ", " respectively, to "),
        clause_start,
        named.start(),
    )


def addressee(text: str, clause_start: int, actor: Actor) -> bool:
    """Whether the actor is an official something goes to (``… make recommendations to the
    Attorney General, who shall submit a report …``): an official, not a body, so the
    ``who`` is that official."""
    return person(actor.name) and text.endswith(
        (" to the ", " to "), larger(clause_start, actor.start - 8), actor.start
    )


def set_up_by_document(set_up: str) -> bool:
    """Whether a :data:`SET_UP_BY_BEFORE` match names the document that set the body up."""
    return any(word in set_up for word in (" Order ", " Proclamation ", " Memorandum "))


def body_named(text: str, clause_start: int, end: int) -> bool:
    """Whether the subject before ``end`` is a body's name and nothing else: ``the Task
    Force`` (after an opening that a comma closes), ``The Executive Director of the
    Commission``; not a body inside a longer subject (``The heads of agencies that
    participate in the Task Force``, ``each agency that is a member of the Task Force``,
    ``The Secretary and the Task Force``, ``other agencies as recommended by the Council``),
    nor a bare officer's title (``The Executive Director established in section 2(c)``,
    which names no body to resolve it by)."""
    start = larger(clause_start, text.rfind(", ", clause_start, end) + 2)
    words = text[start:end].split()
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    if not words or not any(body.end() == end for body in BODY_WORDS.finditer(text, start, end)):
        return False
    for i, word in enumerate(words):
        if word in _BODY_NAME_GLUE:
            continue
        if word == "and" and i + 1 < len(words) and words[i + 1][:1].isupper():
            continue  # "the State and Federal … Working Group"; not "X and the Task Force"
        if not word[:1].isupper():
            return False
    return True


_BODY_NAME_GLUE = frozenset(("of", "on", "for", "to", "the"))
"""The small words a body's name holds between its capitalised words: no article but
``the`` and no ``and``, which :func:`body_named` reads apart (``X and the Task Force`` is
two subjects), where :data:`_NAME_GLUE` (a relative clause's own subject) takes them all."""
