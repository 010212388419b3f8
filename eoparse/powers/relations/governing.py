"""The verbs of a sentence and the relation each gives the mentions it governs:
passive after the mention (``… are revoked``), active before it (``I hereby revoke``),
nominal just before it (``the revocation of``); shielded where words before the
mention put it outside any verb (``as amended by``, ``issued under``)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import regex
from attrs import frozen

from eoparse.model import Relation, Span
from eoparse.powers.anchored import ending_at
from eoparse.powers.context import larger, smaller
from eoparse.powers.instruments import Mention
from eoparse.powers.relations.patterns import (
    ACTIVE,
    ACTIVE_STEMS,
    APPOSITION,
    BACK_REFERENCE,
    EXTENDS_BODY,
    NEGATED,
    NOMINAL,
    OTHER_VERB,
    PAREN,
    PASSIVE,
    PASSIVE_VERBS,
    REPLACED_BY_TEXT,
    SHIELD,
)
from eoparse.powers.wordlist import contains_any

_RELATION = {
    "revoke": Relation.REVOKES,
    "rescind": Relation.REVOKES,
    "terminat": Relation.REVOKES,
    "supersed": Relation.SUPERSEDES,
    "replac": Relation.SUPERSEDES,
    "amend": Relation.AMENDS,
    "revis": Relation.AMENDS,
    "modif": Relation.AMENDS,
    "renumber": Relation.AMENDS,
    "redesignat": Relation.AMENDS,
    "restat": Relation.AMENDS,
    "suspen": Relation.SUSPENDS,
    "continu": Relation.CONTINUES,
    "extend": Relation.CONTINUES,
    "reinstat": Relation.CONTINUES,
    "delet": Relation.AMENDS,
    "insert": Relation.AMENDS,
    "add": Relation.AMENDS,
    "struck": Relation.AMENDS,
    "stricken": Relation.AMENDS,
    "chang": Relation.AMENDS,
    "revocation": Relation.REVOKES,
    "rescission": Relation.REVOKES,
}
"""Verb stems and their relation.  Continuing or extending a body an order
established (``is continued until September 30, 2005``) continues that order
(the disposition tables record it as an amendment in some years, not others)."""


_DOUBLET = {Relation.REVOKES, Relation.SUPERSEDES}
"""The relations of a pair of verbs where the last one gives the relation: ``superseded
and revoked`` revokes, ``revoked and superseded`` supersedes.  The disposition tables
record both forms so in the corpus (EO 13562 revokes 13162 and 13318; EO 13846 supersedes
13628 and 13716); the one row against it (EO 13562 supersedes 12015) contradicts the two
rows of the same words in the same section.  A revoking verb last revokes after any verb
(``replaced and revoked``)."""


def relation_of(verb: str) -> Relation:
    """The relation a verb expresses: ``revoked`` → revokes, ``revision`` → amends."""
    word = verb.lower()
    for stem, relation in _RELATION.items():
        if word.startswith(stem):
            return relation
    return Relation.CITES


@frozen
class Trigger:
    start: int
    end: int
    relation: Relation
    voice: str  # passive | active


def quoted_ranges(text: str, start: int, end: int) -> list[Span]:
    """Inline quotations in a sentence: pairs of straight double quotes."""
    marks = []
    at = text.find('"', start, end)
    while at >= 0:
        marks.append(at)
        at = text.find('"', at + 1, end)
    return [(marks[i], marks[i + 1]) for i in range(0, len(marks) - 1, 2)]


class Parens:
    """The parentheses of one sentence, read once: which is open at any offset."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.points: list[int] = []  # offsets of the parentheses that open or close
        self.innermost: list[int | None] = []  # the innermost one open after each
        if text.find("(", start, end) < 0:
            return
        stack: list[int] = []
        for match in PAREN.finditer(text, start, end):
            if match[0] == "(":
                stack.append(match.start())
            elif stack:
                stack.pop()
            else:
                continue
            self.points.append(match.start())
            self.innermost.append(stack[-1] if stack else None)

    def open_at(self, at: int) -> int | None:
        """The offset of the innermost parenthesis still open just before ``at``."""
        index = bisect.bisect_left(self.points, at) - 1
        return self.innermost[index] if index >= 0 else None


def outside_parentheses(words: str) -> str:
    """``words`` with every parenthesis that closes within them blanked out, the length
    kept: ``(pursuant to which the Program was established)`` is an aside about the
    document before it, and its verbs govern nothing outside it."""
    if "(" not in words:
        return words
    chars = list(words)
    opened: list[int] = []
    for match in PAREN.finditer(words):
        if match[0] == "(":
            opened.append(match.start())
        elif opened:
            start = opened.pop()
            if not opened:
                chars[start : match.end()] = " " * (match.end() - start)
    return "".join(chars)


def _holding(
    pattern: regex.Pattern[str], words: tuple[str, ...], text: str, start: int, end: int
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text, start, end)``, where every match holds one of ``words``:
    none where the sentence holds none of them (most do not), without a scan."""
    if contains_any(text, words, start, end):
        yield from pattern.finditer(text, start, end)


_PASSIVE_VERB, _PASSIVE_MORE = PASSIVE.groupindex["verb"], PASSIVE.groupindex["more"]
"""Groups by number: the regex module looks a name up by trying it as an integer first."""


def find_triggers(text: str, start: int, end: int) -> list[Trigger]:
    """Every un-negated relation verb in the sentence."""
    out = []
    for match in _holding(PASSIVE, PASSIVE_VERBS, text, start, end):
        if ending_at(NEGATED, text[larger(start, match.start() - 160) : match.start()]):
            continue
        relation = relation_of(match[_PASSIVE_VERB])
        verb_end = match.end(_PASSIVE_VERB)
        if relation is Relation.SUPERSEDES and REPLACED_BY_TEXT.match(text, verb_end, end):
            relation = Relation.AMENDS  # "is replaced with the following: ..." changes text
        more = match[_PASSIVE_MORE]
        if more:
            last = relation_of(more.split()[-1])
            if last is Relation.REVOKES or {relation, last} == _DOUBLET:
                relation = last  # the last verb of the pair (see _DOUBLET)
        out.append(Trigger(match.start(_PASSIVE_VERB), match.end(), relation, "passive"))
    for match in _holding(ACTIVE, ACTIVE_STEMS, text, start, end):
        if ending_at(NEGATED, text[larger(start, match.start() - 160) : match.start()]):
            continue
        out.append(
            Trigger(match.start("verb"), match.end("verb"), relation_of(match["verb"]), "active")
        )
    out.sort(key=lambda t: t.start)
    return out


def shielded(text: str, mention: Mention, sentence: Span) -> bool:
    """Whether words before ``mention`` put it outside any governing verb."""
    head = smaller(mention.start, mention.group[0])
    before = text[larger(sentence[0], head - 200) : head]
    return bool(ending_at(SHIELD, before)) and not ending_at(EXTENDS_BODY, before)


def governing_relation(
    text: str, mention: Mention, sentence: Span, triggers: list[Trigger], parens: Parens
) -> Relation | None:
    """The relation the sentence's verbs give ``mention``, if any governs it."""
    head = smaller(mention.start, mention.group[0])
    opened = parens.open_at(head)
    if opened is not None:
        if not ending_at(APPOSITION, text, larger(sentence[0], opened - 30), opened):
            return None  # an aside: "(… by Revoking Executive Order 13495)"
        head = opened  # "revoke those and all related orders (Executive Orders 12810, …)"
    before = text[larger(sentence[0], head - 200) : head]
    nominal = ending_at(NOMINAL, before)
    if nominal:
        if BACK_REFERENCE.match(text, mention.group[1]) is not None:
            return None  # "the revocation of … as set forth in section 9": restated
        verbs = [v for v in nominal.captures("verb") if v]
        if verbs:
            return relation_of(verbs[0])
        # Terminating the emergency an order declared revokes that order;
        # expanding its scope amends it.
        return Relation.REVOKES if nominal.captures("end") else Relation.AMENDS
    extends = bool(ending_at(EXTENDS_BODY, before))
    if ending_at(SHIELD, before) and not extends:
        return None
    candidates: list[tuple[int, Relation]] = []
    after = bisect.bisect_left(triggers, mention.span[1], key=lambda t: t.start)
    for index in range(after, len(triggers)):
        trigger = triggers[index]
        if trigger.voice == "passive":
            between = text[mention.span[1] : trigger.start]
            if len(between) > 1500:
                break  # every later verb is further still
            if OTHER_VERB.search(outside_parentheses(between)[:-24]):
                continue  # a verb of an aside does not count: "(under which … was set up)"
            if extends and trigger.relation is not Relation.CONTINUES:
                continue
            candidates.append((len(between), trigger.relation))
            break
    if not extends:
        before_head = bisect.bisect_left(triggers, head, key=lambda t: t.start)
        for index in range(before_head - 1, -1, -1):
            trigger = triggers[index]
            if trigger.end > head:
                continue
            between = text[trigger.end : head]
            semi, colon = between.find(";"), between.find(":")
            if semi >= 0 and not 0 <= colon < semi:
                break  # "are continued until …: Group on X; Executive Order 13544" goes on
            if trigger.voice == "active" and len(between) < 400:
                candidates.append((len(between), trigger.relation))
            elif trigger.voice == "passive" and ":" in between:
                candidates.append((len(between), trigger.relation))  # "are revoked: EO 1, EO 2"
            break
    if not candidates:
        return None
    return min(candidates, key=lambda c: c[0])[1]
