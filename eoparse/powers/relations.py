"""What an order does to the presidential documents it mentions.

Each mention gets a relation — revokes, amends, supersedes, continues,
suspends, or cites — from the verb that governs it in its sentence:

- passive, after the mention: ``Executive Orders 13769 and 13780 are revoked``;
- active, before it, with this order as subject: ``I hereby revoke``,
  ``This order supersedes``;
- nominal, just before it: ``the revocation of Executive Order 12512``;
- a list introduced by ``The following are revoked:`` gives its relation to
  the mentions at the head of each item.

A mention the verb does not govern stays ``cites``: after ``as amended by``,
``which amended``, ``issued under``; in quoted text; where the verb is negated
(``shall not be construed to supersede``).  ``as amended`` after a mention
does not make this order an amender, and ``this order`` is no reference.
Amendments keep what they strike and insert.
"""

from __future__ import annotations

import bisect

import regex
from attrs import evolve, frozen

from eoparse.instruments import Mention, find_mentions, target_sections
from eoparse.model import (
    Amendment,
    EmergencyAction,
    EmergencyActionType,
    Instrument,
    Kind,
    Reference,
    Relation,
    Span,
)
from eoparse.powers.context import Context

_V = regex.VERBOSE

PASSIVE = regex.compile(
    r"""
    \b(?:is|are|be|been)\ (?:(?:hereby|also|further|each|accordingly|now|herewith|jointly)\ ){0,3}
    (?P<verb>revoked|rescinded|superseded|amended|revised|modified|suspended|terminated
      |replaced|continued|extended|reinstated|renumbered|redesignated|restated
      |deleted|inserted|added|struck|stricken|changed)\b
    (?P<more>\ and\ (?:hereby\ )?(?:revoked|rescinded|superseded|replaced|amended))?
    """,
    _V,
)
"""``is hereby revoked``, ``are superseded and revoked`` (present tense: this order acts)."""
ACTIVE = regex.compile(
    r"""
    \b(?P<verb>revoke|revokes|rescind|rescinds|supersede|supersedes|amend|amends|suspend
      |suspends|reinstate|reinstates)\b
    (?<=                                   # said by the President or by this order
        (?:\b(?:hereby|I|[Oo]rder|[Pp]roclamation|[Mm]emorandum|and|also)|,)
        \ (?:(?:shall|will|hereby|also|further)\ ){0,2}[a-z]{5,10})
    """,
    _V,
)
"""``I hereby revoke``, ``This order shall supersede``, ``…, and revoke``."""
NOMINAL = regex.compile(
    r"""
    (?:\b(?P<verb>[Rr]evocation|[Ss]upersession|[Rr]escission|[Ss]uspension|[Aa]mendments?|[Rr]einstatement)
        \ (?:of|to)\ (?:(?:the\ )?provisions\ of\ )?
      | (?:^|[.:]\ |\bby\ )(?P<verb>Amending|Revoking|Superseding|Rescinding|Suspending)[ ]
      | \b(?P<verb>[Aa]mend(?:ments?)?)\ (?:to\ )?(?:the\ )?[^;:()]{3,160}?,?\ (?:as\ amended,\ )?
        (?:as\ )?(?:prescribed|established|promulgated|issued)\ (?:by|in|under)[ ]
      | \b(?P<verb>amendments?|changes)\ (?:are|is)\ (?:hereby\ )?made\ (?:to|in)[ ]
      | \b(?:terminate|terminates|termination\ of)\ the\ national\ emergenc(?:y|ies)\ (?P<end>)
        (?:[^;:()]{0,80}?\ )?(?:declared|described)(?:\ [a-z]{1,12}){0,3}\ (?:in|by)[ ]
      | \bexpand(?:s|ed|ing)?\ the\ scope\ of\ the\ national\ emergenc(?:y|ies)\ (?P<verb>)
        (?:[^;:()]{0,80}?\ )?(?:declared|described|addressed)(?:\ [a-z]{1,12}){0,4}\ (?:in|by)[ ]
    )$
    """,
    _V | regex.REVERSE,
)
"""Words just before a mention that state the relation: ``the revocation of``,
``Amending``, ``amendments to the Manual …, prescribed by``."""
NEGATED = regex.compile(
    r"\bnot\b[^.;]{0,40}$|\bnothing\ in\ this\b[^.;]{0,120}$|\bneither\b[^.;]{0,60}$",
    _V | regex.REVERSE,
)
SHIELD = regex.compile(
    r"""
    (?:as\ (?:further\ )?(?:amended|modified|supplemented|superseded|continued|extended)
         (?:,\ in\ part,)?\ by
      | (?:amended|modified|superseded|revoked|revised|rescinded|replaced|continued|extended)\ by
      | (?:which|that)(?:,\ [^,;]{1,50},)?\ (?:was\ |were\ |had\ |has\ |have\ )?
        (?:amended|revoked|superseded|revised|modified|replaced|continued|terminated|rescinded)
      | issued\ (?:under|pursuant\ to) | established\ (?:by|under|in|pursuant\ to)
      | pursuant\ to | under | implementing | consistent\ with | described\ in | defined\ in
      | set\ forth\ in | referenced\ in | referred\ to\ in | provided\ (?:in|by|for\ in)
      | in\ accordance\ with | required\ by | authorized\ by | prescribed\ (?:in|by)
      | designated\ (?:in|by|under) | identified\ in | listed\ in | declared\ in
      | delegated\ (?:by|in|under) | assigned\ (?:by|in|under) | specified\ in
      | in\ furtherance\ of | with\ respect\ to | as\ provided\ in | see | in\ lieu\ of
      | taken\ in | expanded\ in | modified\ in | found\ in | by\ which
      | (?:amendments?|changes)\ (?:it|that\ order|they)\ made\ to
      | (?:in\ order\ )?to
        \ (?!(?:amend|revoke|supersede|rescind|suspend|modify|replace)\b)[a-z]{3,15}
        (?:\ and\ [a-z]{3,15})?
    )\ (?:the\ )?$
    """,
    _V | regex.REVERSE,
)
"""Words just before a mention that put it outside the governing verb."""
EXTENDS_BODY = regex.compile(
    r"\bestablished\ (?:by|under|in|pursuant\ to)\ (?:the\ )?$", _V | regex.REVERSE
)
"""``(the Committee), established pursuant to`` — a body the order extends."""
OTHER_VERB = regex.compile(
    r"\b(?:remains?|shall|will|must|may|should|is|are|was|were|has|have|continues?)\b", _V
)
"""A finite verb between a mention and a later passive verb: the verb has another subject."""
ANAPHOR = regex.compile(
    r"""\b(?:(?P<one>that|such|said|the\ same)\ (?:Executive\ )?[Oo]rder
         |(?P<many>those)\ (?:Executive\ )?[Oo]rders)\b(?!\ (?:of|No\.)\ )""",
    _V,
)
"""``revoke that order`` / ``section 1 of such Executive Order``: the last document named."""
PARTIAL = regex.compile(
    r"""\bin\ part\b|\bto\ the\ extent\b|\binsofar\ as\b
        |\bexcept\ (?:for\ )?(?:section|subsection|that)""",
    _V,
)
LIST_INTRO = regex.compile(r":\ ?(?:—|-)?\ ?$|\blisted\ below\b|\bthe\ following\b", _V)
TITLE_ACTION = regex.compile(
    r"""
    (?:^|\b)(?:Further\ )?(?P<verb>Amending|Amendments?|Revoking|Revocation|Rescinding|Rescission
      |Superseding|Suspending|Suspension)(?:\ (?:of|to))?
    (?:\ (?:Certain\ )?(?:Sections?|Provisions)\ [\w(),\ ]{0,40}?\ of)?\ (?:the\ )?$
    """,
    _V,
)
"""What a title says the order does to the document it names next."""
REPLACED_BY_TEXT = regex.compile(r"\ (?:with|by)\ the\ following\b|\ to\ read\b", _V)
"""``replaced with the following`` / ``to read``: new text, an amendment."""
APPOSITION = regex.compile(r"(?:[Oo]rders?|[Pp]roclamations?)\ ?$", _V | regex.REVERSE)
"""A parenthesis that lists the orders just named: ``related orders (Executive Orders …)``."""
ASIDE = regex.compile(
    r"""(?:
        (?:,?\ (?:of|dated)\ [A-Z][a-z]{2,8}\.?\ \d{1,2},\ \d{4})?      # a date
        ,?\ \((?:[^()]|\([^()]{0,120}\)){0,600}\)                      # a title in parentheses
      | ,?\ "[^"]{0,300}"                                            # a title in quotes
    )?""",
    regex.VERBOSE,
)
"""A parenthetical or quoted title after a mention: ``(Federalism)``."""
CHAIN = regex.compile(
    r"""
    [,;]?\ (?:and\ |or\ )?(?:to\ )?$
    | ,?\ as\ amended[,;]\ (?:and\ |or\ )?$
    | ,?\ and\ (?:further\ )?(?:addressed|expanded|modified)(?:\ [a-z]{1,12}){0,4}\ (?:in|by)\ $
    """,
    _V,
)
"""What may stand between two documents named in one series: ``, `` / ``, and ``."""

STRIKE_INSERT = regex.compile(
    r"""
    (?:striking|deleting|removing)\ (?:out\ )?
    (?:the\ (?:words?|phrases?|numbers?|text|date|term|sentence|period)\ )?
    "(?P<strike>[^"\n]{1,600})"
    [^"\n]{0,160}?
    (?:(?:and|,)\ (?:by\ )?)?(?:inserting|adding|substituting)
    \ (?:in\ lieu\ thereof\ |in\ its\ place\ )?
    (?:the\ (?:words?|phrases?|numbers?|text|date|term)\ )?
    "(?P<insert>[^"\n]{0,2000})"
    """,
    _V,
)
"""``striking "X" and inserting "Y"`` / ``deleting "X" and inserting in lieu thereof "Y"``."""
SUBSTITUTE = regex.compile(
    r"""substituting\ "(?P<insert>[^"\n]{0,2000})"\ for\ "(?P<strike>[^"\n]{1,600})\"""", _V
)
"""``substituting "Y" for "X"``."""
STRIKE_ONLY = regex.compile(
    r"""(?:striking|deleting|removing)\ (?:out\ )?(?:the\ (?:words?|phrases?|numbers?|text)\ )?
        "(?P<strike>[^"\n]{1,600})\"""",
    _V,
)
"""``striking "X"`` with nothing put in its place."""
_AMENDED_SECTION = r"\d+(?:\([A-Za-z0-9]{1,5}\))*(?:\ \([a-z ]{1,40}\))?"
"""``1(d)``, optionally with a note: ``1(d) (the first time it appears)``."""

ADD = regex.compile(
    rf"""
    (?:adding|inserting)
    \ (?P<position>(?:at\ the\ end|after|before|immediately\ after|a\ new)[^"\n:]{{0,120}}+)?
    [^"\n]{{0,60}}?:?\ ?"(?P<insert>[^"\n]{{0,2000}})"?
    (?:\ (?P<anchor>(?:immediately\ )?(?:after|before)\ "[^"\n]{{1,200}}"))?  # after "X"
    (?:\ in\ (?:sub)?(?:sections?|paragraphs?)\                           # in sections 1(b),
        (?P<sections>{_AMENDED_SECTION}(?:,?\ and\ {_AMENDED_SECTION}|,\ {_AMENDED_SECTION})*))?
    """,
    _V,
)
"""``adding at the end the following: "…"``."""
ITEM_TARGET = regex.compile(
    r"""
    (?:\(\w{1,5}\)\ |\d{1,2}\.\ )?(?:[Ii]n\ )?
    (?P<unit>(?:[Ss]ub)?[Ss]ections?|[Pp]aragraphs?|[Pp]arts?|[Tt]he\ [Pp]reamble)
    \ ?(?P<which>[\w().\-]{0,16})
    """,
    _V,
)
"""The section an amending list item names first: ``(a) Section 2(a) is amended by …``."""

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


def relation_of(verb: str) -> Relation:
    """The relation a verb expresses: ``revoked`` → revokes, ``revision`` → amends."""
    word = verb.lower()
    for stem, relation in _RELATION.items():
        if word.startswith(stem):
            return relation
    return Relation.CITES


@frozen
class _Trigger:
    start: int
    end: int
    relation: Relation
    voice: str  # passive | active


def _quoted_ranges(text: str, start: int, end: int) -> list[Span]:
    """Inline quotations in a sentence: pairs of straight double quotes."""
    marks = []
    at = text.find('"', start, end)
    while at >= 0:
        marks.append(at)
        at = text.find('"', at + 1, end)
    return [(marks[i], marks[i + 1]) for i in range(0, len(marks) - 1, 2)]


class _Parens:
    """The parentheses of one sentence, read once: which is open at any offset."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.points: list[int] = []  # offsets of the parentheses that open or close
        self.innermost: list[int | None] = []  # the innermost one open after each
        if text.find("(", start, end) < 0:
            return
        stack: list[int] = []
        for match in _PAREN.finditer(text, start, end):
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


_PAREN = regex.compile(r"[()]")


def _triggers(text: str, start: int, end: int) -> list[_Trigger]:
    """Every un-negated relation verb in the sentence."""
    out = []
    for match in PASSIVE.finditer(text, start, end):
        if NEGATED.search(text[max(start, match.start() - 160) : match.start()]):
            continue
        relation = relation_of(match["verb"])
        if relation is Relation.SUPERSEDES and REPLACED_BY_TEXT.match(text, match.end("verb"), end):
            relation = Relation.AMENDS  # "is replaced with the following: ..." changes text
        more = match["more"]
        if more and relation_of(more.split()[-1]) is Relation.REVOKES:
            relation = Relation.REVOKES  # "superseded and revoked": the revocation stands
        out.append(_Trigger(match.start("verb"), match.end(), relation, "passive"))
    for match in ACTIVE.finditer(text, start, end):
        if NEGATED.search(text[max(start, match.start() - 160) : match.start()]):
            continue
        out.append(
            _Trigger(match.start("verb"), match.end("verb"), relation_of(match["verb"]), "active")
        )
    out.sort(key=lambda t: t.start)
    return out


def shielded(text: str, mention: Mention, sentence: Span) -> bool:
    """Whether words before ``mention`` put it outside any governing verb."""
    head = min(mention.start, mention.group[0])
    before = text[max(sentence[0], head - 200) : head]
    return bool(SHIELD.search(before)) and not EXTENDS_BODY.search(before)


def _governed(
    text: str, mention: Mention, sentence: Span, triggers: list[_Trigger], parens: _Parens
) -> Relation | None:
    """The relation the sentence's verbs give ``mention``, if any governs it."""
    head = min(mention.start, mention.group[0])
    opened = parens.open_at(head)
    if opened is not None:
        if not APPOSITION.search(text, max(sentence[0], opened - 30), opened):
            return None  # an aside: "(… by Revoking Executive Order 13495)"
        head = opened  # "revoke those and all related orders (Executive Orders 12810, …)"
    before = text[max(sentence[0], head - 200) : head]
    nominal = NOMINAL.search(before)
    if nominal:
        verbs = [v for v in nominal.captures("verb") if v]
        if verbs:
            return relation_of(verbs[0])
        # Terminating the emergency an order declared revokes that order;
        # expanding its scope amends it.
        return Relation.REVOKES if nominal.captures("end") else Relation.AMENDS
    extends = bool(EXTENDS_BODY.search(before))
    if SHIELD.search(before) and not extends:
        return None
    candidates: list[tuple[int, Relation]] = []
    after = bisect.bisect_left(triggers, mention.span[1], key=lambda t: t.start)
    for index in range(after, len(triggers)):
        trigger = triggers[index]
        if trigger.voice == "passive":
            between = text[mention.span[1] : trigger.start]
            if len(between) > 1500:
                break  # every later verb is further still
            if OTHER_VERB.search(between[:-24]):
                continue
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
            if ";" in between:
                break
            if trigger.voice == "active" and len(between) < 400:
                candidates.append((len(between), trigger.relation))
            elif trigger.voice == "passive" and ":" in between:
                candidates.append((len(between), trigger.relation))  # "are revoked: EO 1, EO 2"
            break
    if not candidates:
        return None
    return min(candidates, key=lambda c: c[0])[1]


def _amendments(text: str, start: int, end: int) -> list[Amendment]:
    """The strike/insert pairs stated in ``text[start:end]``."""
    found = [
        Amendment(strike=m["strike"], insert=m["insert"])
        for pattern in (STRIKE_INSERT, SUBSTITUTE)
        for m in pattern.finditer(text, start, end)
    ]
    if not found:
        found = [Amendment(strike=m["strike"]) for m in STRIKE_ONLY.finditer(text, start, end)]
        for match in ADD.finditer(text, start, end):
            if not match["insert"]:
                continue
            position = (match["position"] or match["anchor"] or "").strip(" ,") or None
            sections = _SECTION_LABEL.findall(match["sections"] or "") or [None]
            found.extend(
                Amendment(insert=match["insert"], position=position, section=section)
                for section in sections
            )
    return found


_SECTION_LABEL = regex.compile(r"\b\d+(?:\([A-Za-z0-9]{1,5}\))*")


def _with_section(amendment: Amendment, section: str | None) -> Amendment:
    return amendment if section is None or amendment.section else evolve(amendment, section=section)


def _following_amendments(context: Context, sentence: Span) -> list[Amendment]:
    """Amendments an ``… is amended as follows:`` statement lists in the items after it,
    and the quotation block right after it (the new text)."""
    text = context.text
    out: list[Amendment] = []
    stated = text[sentence[0] : sentence[1]]
    if not stated.rstrip().endswith((":", "—", "by")):
        return out
    replace = "to read" in stated or "read as follows" in stated
    for q_start, q_end in context.quotations:
        if 0 <= q_start - sentence[1] <= 2:
            out.append(
                Amendment(
                    insert=text[q_start:q_end].strip('"'), position="replace" if replace else None
                )
            )
            return out
    paragraph = context.paragraph_of(sentence[0])
    index = context.paragraphs.index(paragraph) if paragraph in context.paragraphs else -1
    where = context.path_at(sentence[0])
    for p_start, p_end in context.paragraphs[index + 1 : index + 60]:
        item_where = context.path_at(p_start)
        outside = not (item_where.startswith(where) or where == "preamble")
        if (outside or item_where == where) and not context.quoted(p_start):
            break
        if context.quoted(p_start):
            if out and out[-1].insert is None:
                out[-1] = evolve(out[-1], insert=text[p_start:p_end].strip('"'))
            continue
        target = ITEM_TARGET.match(text, p_start, p_end)
        section = None
        if target and target["which"]:
            section = target["which"].strip(".,")
        found = _amendments(text, p_start, p_end)
        if not found and text[p_start:p_end].rstrip().endswith(":"):
            found = [Amendment(position="replace" if "to read" in text[p_start:p_end] else None)]
        out.extend(_with_section(a, section) for a in found)
    return [a for a in out if a.strike is not None or a.insert is not None]


def _self(mention: Mention, context: Context) -> bool:
    target = mention.target
    return (
        target.kind is context.kind
        and target.number is not None
        and (target.number == context.number)
    )


def _anaphors(text: str, start: int, end: int, known: list[Mention]) -> list[Mention]:
    """``that order`` / ``such Executive Order`` / ``those orders``: the documents last named."""
    out: list[Mention] = []
    if not known or text.find("rder", start, end) < 0:  # every anaphor names an order
        return out
    for match in ANAPHOR.finditer(text, start, end):
        before = [m for m in known if m.span[1] <= match.start()]
        if not before or before[-1].target.kind is not Kind.EXECUTIVE_ORDER:
            continue
        if match["many"]:
            last_group = before[-1].group
            referents = [m for m in before if m.group[0] >= last_group[0] - 400]
        else:
            referents = [before[-1]]
        sections, begins = _sections_before(text, match.start())
        span = (match.start(), match.end())
        out.extend(Mention(m.target, span, span, sections, begins) for m in referents)
    return out


def _sections_before(text: str, at: int) -> tuple[tuple[str, ...], int]:
    return target_sections(text, at)


_ITEM_START = regex.compile(r"\(\w{1,5}\)\ |\d{1,2}\.\ ")


_REACH = 6000
"""How far after a mention its amendments are read (a quoted insertion runs to 2,000
characters); bounded so that one endless sentence stays linear."""


def _by_sentence(sentences: list[Span], mentions: list[Mention]) -> dict[int, list[Mention]]:
    """The mentions of each sentence (by index), in the order given."""
    starts = [start for start, _ in sentences]
    out: dict[int, list[Mention]] = {}
    for mention in mentions:
        index = bisect.bisect_right(starts, mention.span[0]) - 1
        if index >= 0 and mention.span[0] < sentences[index][1]:
            out.setdefault(index, []).append(mention)
    return out


def _list_intro(text: str, start: int, end: int) -> bool:
    """Whether the sentence introduces a list (:data:`LIST_INTRO`); cheap string tests
    first, since nearly every sentence fails them."""
    if (
        ":" not in text[max(start, end - 5) : end]
        and text.find("following", start, end) < 0
        and text.find("listed below", start, end) < 0
    ):
        return False
    return LIST_INTRO.search(text, start, end) is not None


def _may_introduce_list(text: str, start: int, end: int) -> bool:
    """The string tests of :func:`_list_intro`, over a whole paragraph: false when no
    sentence of it, its last included, can introduce a list."""
    return (
        ":" in text[max(start, end - 5) : end]
        or text.find("following", start, end) >= 0
        or text.find("listed below", start, end) >= 0
    )


def _is_item(text: str, start: int) -> bool:
    return _ITEM_START.match(text, start, start + 8) is not None


def extract_references(context: Context) -> tuple[Reference, ...]:
    """Every reference to another presidential document, with its relation."""
    text = context.text
    collected = _Collector(context)
    pending: Relation | None = None  # the relation a list intro gives its items
    last: Mention | None = None
    # Without a mention in the body there is nothing to relate (an anaphor needs one
    # named before it, a list intro an item that names one): only the title can say.
    paragraphs = context.body_paragraphs() if context.mentions() else ()
    for p_start, p_end in paragraphs:
        if context.quoted(p_start) or text.startswith('"', p_start):
            continue  # text quoted from, or inserted into, another document
        explicit = [
            m
            for m in context.mentions_between(p_start, p_end)
            if not _self(m, context) and not context.quoted(m.span[0])
        ]
        known = ([last] if last is not None else []) + explicit
        anaphors = _anaphors(text, p_start, p_end, known)
        mentions = sorted(explicit + anaphors, key=lambda m: m.start)
        if pending is not None and not _is_item(text, p_start):
            pending = None
        if not mentions and not _may_introduce_list(text, p_start, p_end):
            continue  # most paragraphs: nothing to read, no sentences to split
        intro: Relation | None = None
        sentences = context.sentences(p_start, p_end)
        grouped = _by_sentence(sentences, mentions) if mentions else {}
        for index, (s_start, s_end) in enumerate(sentences):
            in_sentence = grouped.get(index, [])
            last_sentence = s_end >= p_end - 1
            if not in_sentence and not (last_sentence and _list_intro(text, s_start, s_end)):
                continue
            triggers = _triggers(text, s_start, s_end)
            parens = _Parens(text, s_start, s_end)
            quotes = _quoted_ranges(text, s_start, s_end) if in_sentence else []
            previous: tuple[Mention, Relation | None] | None = None
            governed_any = False
            for mention in in_sentence:
                if any(q0 < mention.span[0] < q1 for q0, q1 in quotes):
                    continue
                chained = False
                gap = ""
                if previous is not None and not mention.sections:
                    gap_start = _after_aside(text, previous[0].group[1], mention.start)
                    gap_end = min(mention.start, mention.group[0])
                    chained = bool(CHAIN.fullmatch(text, gap_start, gap_end))
                    gap = text[gap_start:gap_end]
                if chained and previous is not None and previous[1] is None and ";" not in gap:
                    relation = None  # one of a series after "as amended by": cited too
                else:
                    relation = _governed(text, mention, (s_start, s_end), triggers, parens)
                    if relation is None and chained and previous is not None:
                        relation = previous[1]
                if (
                    relation is None
                    and pending is not None
                    and mention is mentions[0]
                    and not shielded(text, mention, (s_start, s_end))
                    and not OTHER_VERB.search(text, p_start, mention.start)
                ):
                    relation = pending
                if mention in anaphors and relation is None:
                    continue  # "that order" merely cited adds nothing
                if parens.open_at(mention.start) is None:
                    previous = (mention, relation)  # asides in parentheses do not chain
                relation = relation or Relation.CITES
                governed_any = governed_any or relation is not Relation.CITES
                collected.add(mention, relation, (s_start, s_end))
            if (
                triggers
                and not governed_any
                and last_sentence
                and _list_intro(text, s_start, s_end)
            ):
                intro = triggers[-1].relation
        if intro is not None:
            pending = intro
        if explicit:
            last = explicit[-1]
    _from_title(context, collected)
    return collected.references()


def _from_title(context: Context, collected: _Collector) -> None:
    """A title that says what the order does (``Amending Executive Order 12975``)
    gives that relation to a document the body only cites."""
    if context.title is None:
        return
    text = context.text
    start, end = context.title
    acted = {key[1] for key in collected.items if key[0] is not Relation.CITES}
    previous: tuple[Mention, Relation] | None = None
    for mention in find_mentions(text, start, end):
        if _self(mention, context):
            continue
        head = min(mention.start, mention.group[0])
        nominal = TITLE_ACTION.search(text[max(start, head - 60) : head])
        relation = relation_of(nominal["verb"]) if nominal else None
        if relation is None and previous is not None:
            gap_start = _after_aside(text, previous[0].group[1], head)
            if CHAIN.fullmatch(text, gap_start, head):
                relation = previous[1]
        if relation is None:
            previous = None
            continue
        previous = (mention, relation)
        if target_key(mention.target) not in acted:
            collected.add(mention, relation, (start, end), where="title")


def _after_aside(text: str, at: int, limit: int) -> int:
    """Skip a parenthetical or quoted title after a mention."""
    match = ASIDE.match(text, at, limit)
    return match.end() if match else at


class _Collector:
    """Gathers references, merging repeats of the same target and relation in one place."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.items: dict[tuple[object, ...], Reference] = {}
        self._partial: dict[Span, bool] = {}  # per sentence: one scan, however many mentions

    def _says_partial(self, sentence: Span) -> bool:
        found = self._partial.get(sentence)
        if found is None:
            found = bool(PARTIAL.search(self.context.text, sentence[0], sentence[1]))
            self._partial[sentence] = found
        return found

    def add(
        self, mention: Mention, relation: Relation, sentence: Span, where: str | None = None
    ) -> None:
        context = self.context
        text = context.text
        where = where or context.path_at(mention.start)
        partial = bool(mention.sections) or (
            relation in (Relation.REVOKES, Relation.SUPERSEDES, Relation.SUSPENDS)
            and self._says_partial(sentence)
        )
        amendments: tuple[Amendment, ...] = ()
        if relation is Relation.AMENDS:
            section = mention.sections[0] if len(mention.sections) == 1 else None
            found = _amendments(text, mention.span[1], min(sentence[1], mention.span[1] + _REACH))
            found += _following_amendments(context, sentence)
            amendments = tuple(_with_section(a, section) for a in found)
        key = (relation, target_key(mention.target), where)
        existing = self.items.get(key)
        if existing is not None:
            # The same act stated twice in one place (a heading, then the sentence):
            # one reference, with the date, sections and amendments either gives.
            target = existing.target if existing.target.date else mention.target
            more = tuple(a for a in amendments if a not in existing.amendments)
            sections = tuple(dict.fromkeys(existing.target_sections + mention.sections))
            statement = existing.statement
            if mention.sections and not existing.target_sections:
                statement = sentence  # the statement naming the sections says more
            self.items[key] = evolve(
                existing,
                target=target,
                amendments=existing.amendments + more,
                target_sections=sections,
                partial=existing.partial or (partial and relation is not Relation.CITES),
                statement=statement,
            )
            return
        self.items[key] = Reference(
            relation=relation,
            target=mention.target,
            partial=partial if relation is not Relation.CITES else False,
            target_sections=mention.sections,
            where=where,
            span=(mention.start, mention.span[1]),
            amendments=amendments,
            statement=sentence,
        )

    def references(self) -> tuple[Reference, ...]:
        return tuple(
            sorted(
                (_sections_from_amendments(r) for r in self.items.values()), key=lambda r: r.span
            )
        )


_SECTION_LABEL_ONLY = regex.compile(r"\d[\w.\-]{0,12}(?:\([\w]{1,5}\)){0,4}")
"""A section of an amended document as an amendment names it: ``1``, ``1-101``, ``2(a)``."""


def _sections_from_amendments(reference: Reference) -> Reference:
    """An amending reference whose sentence named no section but whose amendments do
    (``… is further amended by adding in section 1-102(a) a new paragraph``) amends
    those sections, in part."""
    if reference.relation is not Relation.AMENDS or reference.target_sections:
        return reference
    sections = tuple(
        dict.fromkeys(
            a.section
            for a in reference.amendments
            if a.section and _SECTION_LABEL_ONLY.fullmatch(a.section)
        )
    )
    if not sections:
        return reference
    return evolve(reference, target_sections=sections, partial=True)


def continued_references(
    references: tuple[Reference, ...], emergencies: tuple[EmergencyAction, ...]
) -> tuple[Reference, ...]:
    """A document whose national emergency this order continues is continued, not cited;
    its statement becomes the sentence that continues the emergency."""
    continued: dict[tuple[Kind, int | None, str | None], Span] = {}
    for e in emergencies:
        if e.action is EmergencyActionType.CONTINUE and e.target is not None:
            continued.setdefault(target_key(e.target), e.span)
    if not continued:
        return references
    return tuple(
        evolve(r, relation=Relation.CONTINUES, statement=continued[target_key(r.target)])
        if r.relation is Relation.CITES and target_key(r.target) in continued
        else r
        for r in references
    )


def target_key(target: Instrument) -> tuple[Kind, int | None, str | None]:
    """A key that identifies a document across mentions (dates may be omitted)."""
    if target.number is not None:
        return (target.kind, target.number, target.series)
    return (target.kind, None, target.date.isoformat() if target.date else None)
