"""The statutes an order invokes: its authority clause, and authority invoked in the body.

``By the authority vested in me … including the International Emergency
Economic Powers Act (50 U.S.C. 1701 et seq.) (IEEPA), … and section 301 of
title 3, United States Code`` gives one :class:`~eoparse.model.Authority` per
Act or citation, with the Act's name and short form and the citations in
canonical form; ``section 212(f) of the INA (8 U.S.C. 1182(f))`` is one
authority carrying both the Act section and its codification.  In the body,
a statute counts as invoked when the words around it say so (``pursuant to
section 2808 of title 10``, ``… is invoked and made available``); every other
statute the body names is an authority only mentioned (``invoked=False``):
``whether to invoke the Insurrection Act``, recommendations, savings clauses,
rules of construction, definitions, history.
"""

from __future__ import annotations

import bisect

import regex
from attrs import frozen

from eoparse.grammar.labels import CITED_LABELS_AT_END
from eoparse.model import Authority, Span
from eoparse.powers.acts import Act, lookup
from eoparse.powers.anchored import ending_at
from eoparse.powers.cite import Citation
from eoparse.powers.cite_patterns import SECTION_TOKEN, SUBSECTION_TOKEN
from eoparse.powers.context import Context, find_words, larger
from eoparse.powers.spans import Covered

_V = regex.VERBOSE

CLAUSE_START = regex.compile(
    r"""\b(?:[Bb]y|[Uu]nder)\ (?:virtue\ of\ )?the\ authority\ vested\ in\ me\b
      | \b[Pp]ursuant\ to\ (?=the\ authority|section|sections|the\ [A-Z])""",
    _V,
)
"""The start of an authority clause."""

_CLAUSE_NEEDLES = ("authority vested in me", "ursuant to ")
"""Strings every :data:`CLAUSE_START` match holds."""

CLAUSE_END = regex.compile(
    r"""
    ,?\ (?:and\ )?it\ is\ (?:hereby\ )?ordered
    | ,?\ (?:and\ )?I\ (?:do\ )?hereby\b
    | ,?\ (?:do\ )?hereby\ (?:proclaim|declare|order|find|determine|direct|delegate|designate)
    | ,?\ (?:and\ )?in\ order\ to\b | ,?\ and\ to\ [a-z]
    | ,?\ (?:and\ )?in\ view\ of\b | ,?\ (?:and\ )?in\ light\ of\b
    | ,?\ (?:and\ )?having\ (?:found|determined)\b
    | ,\ I,\ [A-Z]
    | [:;]\ | \.\ [A-Z] | \.$
    """,
    _V,
)
"""Where an authority clause ends: the order's operative words begin."""

_CLAUSE_END_WORDS = (
    *("it is ", "hereby", "in order to", "and to ", "in view of", "in light of", "having "),
    *(", I, ", ":", ";", "."),
)
_CLAUSE_END_REACH = len(", and I do ")
"""Every :data:`CLAUSE_END` match holds one of :data:`_CLAUSE_END_WORDS` at most this many
characters after its start (``, and I do hereby``)."""


def _clause_end(text: str, start: int, end: int) -> int:
    """Where :data:`CLAUSE_END` first matches in ``text[start:end]``, or ``end``.  The
    search starts where the first of its words allows, not at each space of the clause
    (the pattern can start at any of them): no match starts further back."""
    words = (text.find(word, start, end) for word in _CLAUSE_END_WORDS)
    first = min((at for at in words if at >= 0), default=-1)
    if first < 0:
        return end
    match = CLAUSE_END.search(text, larger(start, first - _CLAUSE_END_REACH), end)
    return match.start() if match is not None else end


ACT_WORD = regex.compile(r"\bAct(?:\ of\ \d{4})?(?![\w-])", _V)
"""The word that ends every Act's name (``… Act``, ``… Act of 1977``)."""

NAME_BEFORE_ACT = regex.compile(
    r"""(?r)
    (?<![\w'.\-])(?!Act\b)[A-Z][\w'.\-]{0,30}
    (?:\ (?:(?!Act\b)[A-Z][\w'.\-]{0,30}|of|and|for|the|on|to|in|with|&|\d{4})){0,14}
    \ $
    """,
    _V,
)
"""The capitalised words before ``Act`` (matched backwards from it)."""


def generic_acts(text: str) -> list[tuple[int, int, str]]:
    """Every Act named in the text, whether or not the table knows it: (start, end, name)."""
    found = []
    for match in ACT_WORD.finditer(text):
        name = ending_at(NAME_BEFORE_ACT, text, larger(0, match.start() - 300), match.start())
        if name is None:
            continue
        words = text[name.start() : match.end()]
        # drop leading small words the backwards match may have taken ("of the")
        while words.split(" ", 1)[0] in ("of", "and", "for", "the", "on", "to", "in", "with", "&"):
            words = words.split(" ", 1)[1]
        start = match.end() - len(words)
        found.append((start, match.end(), words))
    return found


DEFINED_SHORT = regex.compile(
    r"""\ ?\((?:the\ )?"?(?P<short>[A-Z][A-Za-z&\-]{1,12}|Act)"?\)""",
    _V,
)
"""A short form an order defines right after a name: ``(IEEPA)``, ``(the "Act")``."""

SECTIONS_BEFORE = regex.compile(
    rf"""
    (?:[Ss]ub)?[Ss]ections?\ (?P<which>{SECTION_TOKEN}
        (?:(?:,\ and\ |\ and\ |,\ |\ through\ )(?:{SECTION_TOKEN}|{SUBSECTION_TOKEN})){{0,10}})
    (?:\ of\ (?:title\ [IVXLC]{{1,6}}|part\ [A-Z]{{1,3}})(?:,\ as\ amended)?,?)?
    \ of\ (?:the\ )?$
    """,
    _V | regex.REVERSE,
)
"""``section 212(f) of the`` / ``sections 201 and 301 of`` before an Act."""

_SECTIONS_ENDS = (" of ", " of the ")
"""How every :data:`SECTIONS_BEFORE` match ends."""

TAIL = regex.compile(
    r"""
    (?:,?\ as\ amended(?:\ by\ [^,;()]{1,120}?)?(?=[,\ (;.]))?
    (?:
        \ ?\((?P<inner>(?:[^()]|\([^()]{0,20}\)){1,300})\)         # (50 U.S.C. 1701 et seq.)
      | ,\ (?=\d{1,2}\ U\.S\.C\.|Public\ Law|Pub\.\ L\.)            # , 8 U.S.C. 1101 et seq.
        (?P<bare>[^,;()]{1,80}?(?:et\ seq\.|\)|(?=[,;])))
    ){0,3}
    """,
    _V,
)
"""What follows an Act: ``, as amended``, its citation, its short form."""

_TAIL_STARTS = (",", " as amended", " (", "(")
"""How every non-empty :data:`TAIL` match starts: elsewhere it matches nothing."""

INVOKED_BEFORE = regex.compile(
    r"""
    (?:pursuant\ to|under\ the\ authority\ of|as\ authorized\ by|authorized\ by
      |in\ accordance\ with|authority\ (?:vested|provided|granted|conferred|available)
       (?:\ to\ (?:me|the\ President))?\ (?:in|by|under)
      |by\ virtue\ of|invoke|invoking|exercise\ of\ (?:my\ )?authority\ under|under
      |authorit(?:y|ies)\ (?:in|of)
      |(?<=(?:^|\n|[.:;]\ |\)\ ))                # a sentence's first words, not a title's
       (?:Pursuant\ to|Under\ the\ authority\ of|As\ authorized\ by|In\ accordance\ with
         |By\ virtue\ of|Under))
    \ (?:the\ )?$
    """,
    _V | regex.REVERSE,
)
"""Words before a statute that invoke it in the body: ``pursuant to``."""

_INVOKED_ENDS = tuple(
    f"{word} {article}"
    for word in ("to", "of", "by", "with", "in", "under", "Under", "invoke", "invoking")
    for article in ("", "the ")
)
"""How every match of :data:`INVOKED_BEFORE` ends: its last word (``to``, ``of``, ``by``,
``with``, ``in``, ``under``, ``invoke``, ``invoking``), a space, and ``the`` perhaps."""

GENERAL_PROVISION = regex.compile(
    r"""\bNothing\ in\ this\ (?:order|proclamation|memorandum|section)\b
      | \bconstrued\b | \b[Tt]he\ terms?\ "[^"]{1,60}"\ (?:means|shall\ mean|has|includes)\b""",
    _V,
)
"""A sentence that invokes no statute it names: a savings clause, a rule of
construction, a definition."""

MENTION_ONLY = regex.compile(
    r"""
    (?:\bwhether\ to|\bdecision\ [^.;]{0,40}?to|\brecommend\w{0,8}\ [^.;]{0,120}?
      |\bshould|\bmay|\bmight|\bcould|\bwould|\bconsider(?:ing|s)?|\bnot)
    \ invok(?:e|ing)\ (?:the\ )?$
    """,
    _V | regex.REVERSE,
)
"""``whether to invoke the Insurrection Act``, ``any decision I make to invoke …``,
``recommendations … to invoke …``: a statute talked about, not acted under."""

INVOKED_AFTER = regex.compile(r",?\ (?:is|are)\ (?:hereby\ )?(?:invoked|made\ available)\b", _V)
"""Words after a statute that invoke it: ``… is invoked and made available``."""


def _invoked_after(text: str, end: int) -> bool:
    """Whether :data:`INVOKED_AFTER` follows at ``end`` (string searches first: seldom)."""
    if text.find(" is ", end, end + 5) < 0 and text.find(" are ", end, end + 6) < 0:
        return False
    return INVOKED_AFTER.match(text, end) is not None


@frozen
class _Named:
    """An Act named in the text, with what the words around it say."""

    act: Act | None
    name: str
    short: str | None
    start: int  # including "section 212(f) of the"
    name_start: int
    end: int  # including its citations and short form
    sections: tuple[str, ...]
    citations: tuple[str, ...]


_SECTION_GLUE = regex.compile(r",\ and\ |\ and\ |,\ |\ through\ ", _V)
_SHORT_INSIDE = regex.compile(r'(?:the\ )?"?([A-Z][A-Za-z&\-]{1,12})"?', _V)
"""The short form an Act's parenthesis defines: ``(the "Act")``, ``(IEEPA)``."""


def _split_sections(which: str) -> tuple[str, ...]:
    parts = _SECTION_GLUE.split(which)
    out: list[str] = []
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if part.startswith("(") and out:
            base = CITED_LABELS_AT_END.sub("", out[-1])
            part = base + part
        out.append(part)
    return tuple(out)


def learned_shorts(text: str, acts: list[tuple[int, int, str]] | None = None) -> dict[str, str]:
    """Short forms the order defines for Acts: ``{"INA": "Immigration and Nationality Act"}``.

    ``acts`` is :func:`generic_acts` of ``text``, if the caller has it already.
    """
    learned: dict[str, str] = {}
    for _, end, name in generic_acts(text) if acts is None else acts:
        tail = text[end : end + 160]
        for short in DEFINED_SHORT.finditer(tail):
            before = tail[: short.start()]
            if short.start() > 0 and not TAIL.fullmatch(before) and len(before) > 60:
                break
            learned.setdefault(short["short"], name)
            break
    return learned


class _Reader:
    """Finds the Acts and citations of one order, once, for the clause and the body."""

    def __init__(self, context: Context) -> None:
        self.context = context
        text = context.text
        self.text = text
        self._generic = generic_acts(text)
        self.learned = learned_shorts(text, self._generic)
        self.citations = [c for c in context.citations() if not context.quoted(c.span[0])]
        self._starts = [c.span[0] for c in self.citations]
        self.named = self._named()
        self._general: dict[Span, bool] = {}  # per sentence: one scan, however many statutes

    def _citations_between(self, start: int, end: int) -> list[Citation]:
        """The (unquoted) citations that start inside ``[start, end)``."""
        first = bisect.bisect_left(self._starts, start)
        return self.citations[first : bisect.bisect_left(self._starts, end, lo=first)]

    def _named(self) -> list[_Named]:
        text = self.text
        spans: list[tuple[int, int, str]] = []
        spans.extend(self.context.act_names())
        for start, end, name in self._generic:
            # "the Act" alone, or a sentence starting "This Act": not a name
            if name in ("Act",) or name.startswith(("This ", "The ", "Such ")):
                continue
            spans.append((start, end, name))
        for start, end, _word in find_words(text, list(self.learned)):
            spans.append((start, end, text[start:end]))
        spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        out: list[_Named] = []
        last_end = -1
        for start, end, printed in spans:
            if start < last_end or self.context.quoted(start):
                continue  # inside a longer name already taken
            out.append(self._describe(start, end, printed))
            last_end = out[-1].end
        return out

    def _describe(self, start: int, end: int, printed: str) -> _Named:
        text = self.text
        key = printed[4:] if printed.lower().startswith("the ") else printed
        full = self.learned.get(key, key)
        act = lookup(full)
        sections: tuple[str, ...] = ()
        begins = start
        window = larger(0, start - 120)
        # Only a match ending at the name counts, and each ends so (a string test first:
        # most names follow other words); each TAIL starts with one of _TAIL_STARTS.
        if text.endswith(_SECTIONS_ENDS, window, start):
            prefix = ending_at(SECTIONS_BEFORE, text, window, start)
            if prefix and prefix.end() == start:
                sections = _split_sections(prefix["which"])
                begins = prefix.start()
        tail = TAIL.match(text, end) if text.startswith(_TAIL_STARTS, end) else None
        stop = tail.end() if tail else end
        short = None
        printed_cites = [c.canonical for c in self._citations_between(end, stop)]
        if tail:
            for inner in tail.captures("inner"):
                defined = _SHORT_INSIDE.fullmatch(inner)
                if defined and defined[1] != "Act":
                    short = defined[1]
        if act is not None:
            short = short or act.abbreviation
            name = act.name
        else:
            name = full.removesuffix(", as amended")
            short = short or (key if key in self.learned else None)
        codified = [c for s in sections if act and (c := act.codified(s))]
        citations = tuple(dict.fromkeys([*codified, *printed_cites]))
        return _Named(act, name, short, begins, start, stop, sections, citations)

    def clause_spans(self) -> list[Span]:
        """The authority clauses of the preamble (and of a proclamation's NOW, THEREFORE)."""
        text = self.text
        context = self.context
        # Every clause start holds one of these strings: the paragraphs that hold
        # one (a few per order) are found by str.find, then scanned if in the preamble.
        paragraphs: set[Span] = set()
        for needle in _CLAUSE_NEEDLES:
            at = text.find(needle, context.body_start)
            while at >= 0:
                paragraphs.add(context.paragraph_of(at))
                at = text.find(needle, at + 1)
        spans = []
        for p_start, p_end in sorted(paragraphs):
            p_start = larger(p_start, context.body_start)
            if context.path_at(p_start) != "preamble":
                continue
            for match in CLAUSE_START.finditer(text, p_start, p_end):
                spans.append((match.start(), _clause_end(text, match.end(), p_end)))
        return spans

    def authorities(self) -> tuple[Authority, ...]:
        out: list[Authority] = []
        taken = Covered()
        for c_start, c_end in self.clause_spans():
            for named in self.named:
                if c_start <= named.name_start < c_end:
                    out.append(self._authority(named, "preamble"))
                    taken.add(named.start, named.end)
            out.extend(self._bare(c_start, c_end, taken, "preamble"))
        out.extend(self._invoked_in_body(taken))
        out.sort(key=lambda a: a.span)
        return tuple(_without_repeats(out))

    def _authority(self, named: _Named, where: str, *, invoked: bool = True) -> Authority:
        citations = named.citations
        if not citations and named.act is not None and named.act.code and not named.sections:
            citations = (f"{named.act.code} et seq.",)
        return Authority(
            name=named.name,
            short=named.short,
            citations=citations,
            where=where,
            span=(named.start, named.end),
            sections=named.sections,
            invoked=invoked,
        )

    def _bare(
        self, start: int, end: int, taken: Covered, where: str | None, *, invoked: bool = True
    ) -> list[Authority]:
        """Citations in a clause that no Act claims: one authority per printed cite."""
        groups: dict[Span, list[Citation]] = {}
        for citation in self._citations_between(start, end):
            if citation.kind in ("fr",) or citation.span[0] in taken:
                continue
            groups.setdefault(citation.span, []).append(citation)
        out = []
        for span, group in groups.items():
            out.append(
                Authority(
                    name=None,
                    short=None,
                    citations=tuple(dict.fromkeys(c.canonical for c in group)),
                    where=where or self.context.path_at(span[0]),
                    span=span,
                    invoked=invoked,
                )
            )
            taken.add(*span)
        return out

    def _invoked_in_body(self, taken: Covered) -> list[Authority]:
        """Statutes the body names: invoked (``pursuant to section 2808 of title 10``) or
        only mentioned (``invoked=False``)."""
        body_start = self.context.body_start
        out: list[Authority] = []
        for named in self.named:
            if named.start < body_start or named.start in taken:
                continue
            invoked = self._invoked(named.start, named.end)
            where = self.context.path_at(named.start)
            out.append(self._authority(named, where, invoked=invoked))
            taken.add(named.start, named.end)
        for citation in self.citations:
            start, end = citation.span
            if start < body_start or citation.kind == "fr" or start in taken:
                continue
            out.extend(self._bare(start, end, taken, None, invoked=self._invoked(start, end)))
        return out

    def _invoked(self, start: int, end: int) -> bool:
        """Whether the words around the statute at ``[start, end)`` act under it."""
        text = self.text
        # only a match ending at the statute counts: how it ends is tested first
        window = larger(0, start - 60)
        ends = text.endswith(_INVOKED_ENDS, window, start)
        before = ending_at(INVOKED_BEFORE, text, window, start) if ends else None
        invoked = before is not None and before.end() == start
        if not invoked and not _invoked_after(text, end):
            return False
        if ending_at(MENTION_ONLY, text, larger(0, start - 160), start) is not None:
            return False
        return not self._general_provision(start)

    def _general_provision(self, offset: int) -> bool:
        """Whether ``offset`` lies in a sentence that invokes nothing: a savings clause
        (``Nothing in this order … under 31 CFR chapter V``), a rule of construction,
        a definition (``the term "agency" means … under 44 U.S.C. 3502``)."""
        context = self.context
        p_start, p_end = context.paragraph_of(offset)
        sentence = context.sentence_at(p_start, p_end, offset) or (p_start, p_end)
        found = self._general.get(sentence)
        if found is None:  # one endless sentence of statutes stays linear
            found = GENERAL_PROVISION.search(self.text, *sentence) is not None
            self._general[sentence] = found
        return found


def _without_repeats(found: list[Authority]) -> list[Authority]:
    """The authorities, less the mentions of a statute the order invokes elsewhere: a
    statute named again is not "only mentioned"."""
    names = {n.casefold() for a in found if a.invoked for n in (a.name, a.short) if n}
    cited = {c for a in found if a.invoked for c in a.citations}
    return [
        a
        for a in found
        if a.invoked
        or not (
            any(n and n.casefold() in names for n in (a.name, a.short))
            or any(c in cited for c in a.citations)
        )
    ]


def extract_authorities(context: Context) -> tuple[Authority, ...]:
    """The statutes the order invokes, in text order."""
    return _Reader(context).authorities()
