"""Statutory and regulatory citations, in one canonical form.

``50 U.S.C. 1701 et seq.``, ``8 U.S.C. 1182(f)``, ``3 U.S.C. 301`` (also from
``section 301 of title 3, United States Code``), ``Pub. L. 95-223``,
``91 Stat. 1626``, ``31 CFR part 594``, ``90 FR 8439``.  Lists spread:
``50 U.S.C. 1621 and 1631`` is two citations, ``50 U.S.C. 1702(b)(1), (3)``
too.  An order's own ``Sec. 2.`` heading is never a citation: every pattern
needs a title number and a code name.
"""

from __future__ import annotations

import bisect

import regex
from attrs import frozen

from eoparse.grammar.labels import CITED_LABEL, CITED_LABELS_AT_END
from eoparse.model import Span
from eoparse.powers.anchored import anchored_matches, literal_starts
from eoparse.powers.cite_patterns import (
    CFR,
    FEDERAL_REGISTER,
    PUBLIC_LAW,
    SECTION_TOKEN,
    STAT,
    SUBSECTION_TOKEN,
    USC,
    USC_PROSE,
    USC_PROSE_REACH,
)
from eoparse.powers.wordlist import contains_any

_ITEM = regex.compile(
    rf"(?P<glue>,\ and\ |,\ or\ |\ and\ |\ or\ |,\ |\ through\ |\ to\ )?"
    rf"(?P<token>{SECTION_TOKEN}|{SUBSECTION_TOKEN})",
    regex.VERBOSE,
)
_LEVEL = regex.compile(CITED_LABEL)
_AS_AMENDED = regex.compile(r"\)?,?\ as\ amended\b", regex.VERBOSE)


def _as_amended(text: str, at: int) -> bool:
    """Whether ``, as amended`` follows at ``at`` (a string search first: seldom)."""
    return text.find(" as amended", at, at + 13) >= 0 and bool(_AS_AMENDED.match(text, at))


@frozen
class Citation:
    """One citation: its canonical form, what it is, and where it is printed.

    Several citations may share a span when one printed string lists them.
    """

    canonical: str
    kind: str
    """``usc``, ``stat``, ``public_law``, ``cfr`` or ``fr``."""
    span: Span
    title: int | None = None
    section: str | None = None
    as_amended: bool = False


_TOKEN, _GLUE = _ITEM.groupindex["token"], _ITEM.groupindex["glue"]
"""Group numbers: ``match[n]`` costs a sixth of ``match["name"]``, which the regex module
looks up by trying the name as an integer first (raising and clearing an error)."""


def _sections(listing: str) -> list[tuple[str, str | None]]:
    """Split ``5, 44(d), and 461(a)`` into sections; ``(3)`` inherits its parent."""
    out: list[tuple[str, str | None]] = []
    previous = ""
    for match in _ITEM.finditer(listing):
        token = match[_TOKEN]
        glue = (match[_GLUE] or "").strip(", ")
        if token.startswith("("):
            if not previous:
                continue
            base = CITED_LABELS_AT_END.sub("", previous)
            parents = _LEVEL.findall(previous[len(base) :])
            levels = len(_LEVEL.findall(token))
            kept = parents[: max(len(parents) - levels, 0)]
            token = base + "".join(kept) + token
        out.append((token, glue or None))
        previous = token
    return out


_USC_GROUPS = tuple(USC.groupindex[name] for name in ("title", "chapter", "app", "sections"))
_USC_SUFFIX = USC.groupindex["suffix"]


def _usc(match: regex.Match[str], text: str) -> list[Citation]:
    digits, chapter, app, sections = (match[group] for group in _USC_GROUPS)  # by number
    title = int(digits)
    span = (match.start(), match.end())
    amended = _as_amended(text, match.end())
    code = f"{title} U.S.C."
    if chapter:
        return [Citation(f"{code} chapter {chapter}", "usc", span, title, None, amended)]
    if app and not sections:
        return [Citation(f"{code} App.", "usc", span, title, None, amended)]
    if not sections:
        return [Citation(code, "usc", span, title, None, amended)]
    suffix = ""
    if match[_USC_SUFFIX]:
        suffix = " et seq." if match[_USC_SUFFIX].strip().startswith("et") else " note"
    prefix = f"{code} App. " if app else f"{code} "
    return _spread(prefix, sections, suffix, span, title, amended)


def _spread(
    prefix: str, listing: str, suffix: str, span: Span, title: int, amended: bool
) -> list[Citation]:
    """One citation per listed section; ``A through B`` is one range ``A-B``."""
    parts = _sections(listing)
    citations: list[Citation] = []
    for index, (section, glue) in enumerate(parts):
        if glue in ("through", "to") and citations:
            last = citations.pop()
            canonical = f"{last.canonical}-{section}"
            citations.append(Citation(canonical, "usc", span, title, last.section, amended))
            continue
        end = suffix if index == len(parts) - 1 else ""
        citations.append(Citation(f"{prefix}{section}{end}", "usc", span, title, section, amended))
    return citations


def _usc_prose(match: regex.Match[str], text: str) -> list[Citation]:
    title = int(match["title"])
    span = (match.start(), match.end())
    amended = _as_amended(text, match.end())
    code = f"{title} U.S.C."
    unit = (match["unit"] or "").lower()
    if not unit:
        if match["in_chapter"]:
            return [Citation(f"{code} chapter {match['in_chapter']}", "usc", span, title)]
        return [Citation(code, "usc", span, title, None, amended)]
    if unit.startswith("chapter") or unit.startswith("subchapter") or unit.startswith("part"):
        word = "subchapter" if unit.startswith("sub") else unit.rstrip("s")
        return [
            Citation(f"{code} {word} {section}", "usc", span, title, None, amended)
            for section, _ in _sections(match["sections"])
        ]
    return _spread(f"{code} ", match["sections"], "", span, title, amended)


_CODE = "United States Code"
_CODE_TAIL = len("United States Code Annotated")


def usc_prose_stretches(text: str, start: int, end: int) -> list[Span]:
    """Where :data:`USC_PROSE` can match in ``text[start:end]``: each ``United States
    Code`` with :data:`USC_PROSE_REACH` before it, stretches that meet merged.  Every
    match ends at one of them, so a scan of these finds what a scan of the whole finds,
    without trying the pattern's optional words at every position of the order."""
    stretches: list[Span] = []
    at = text.find(_CODE, start, end)
    while at >= 0:
        first, last = max(start, at - USC_PROSE_REACH), min(end, at + _CODE_TAIL)
        if stretches and first <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], last)
        else:
            stretches.append((first, last))
        at = text.find(_CODE, at + 1, end)
    return stretches


_PROSE_STARTS = {"ection": (1, 4), "hapter": (1, 4, 7), "art": (1, 4), "itle": (1,)}
"""Where a :data:`USC_PROSE` match can start: at its unit word (``section``, ``Subsection``,
``chapter``, ``subchapter``, ``Subpart``), or at ``title`` without one; the pattern, whose
unit words are optional, is tried there only, not at every position of a stretch."""


# Strings that every match of a pattern contains: ``str.find`` tests them in a blink, so
# a pattern whose strings are all absent (most orders cite no CFR, no Statutes at Large)
# is not run at all.  Each is exact: a match cannot avoid all of its strings.
_NEEDS_USC = ("S.C.", "S. C.", "USC")  # U.S.C. / U. S. C. / USC
_USC_STARTS = {"S.C.": (4, 5, 6), "S. C.": (4, 5, 6), "USC": (2, 3)}
"""Where a :data:`USC` match can start: a title of one or two digits and a space before
``U.S.C.`` (``U. S. C.``, ``U. S.C.``, ``U.S. C.``) or ``USC``; the pattern is tried
there only, not at every digit of the order."""
_STAT_STARTS = {"Stat.": (2, 3, 4)}
_CFR_STARTS = dict.fromkeys(("CFR", "C.F.", "C. F."), (2, 3))
_FR_STARTS = dict.fromkeys(("FR", "Fed."), (2, 3, 4))
"""Where a :data:`STAT`, :data:`CFR` or :data:`FEDERAL_REGISTER` match can start: its
volume or title of up to three or two digits and a space before these words; the
pattern is tried there only, not at every digit of the order (as :data:`_USC_STARTS`)."""
_NEEDS_PUBLIC_LAW = regex.compile(r"P(?:ublic\ Law|ub\.|\.L\.|\.\ L\.)", regex.VERBOSE)
"""``Public Law``, ``Pub.``, ``P.L.`` or ``P. L.``: one scan that stops only at a capital
P, where four ``str.find`` passes over the order cost three times as much."""
_NEEDS_STAT = ("Stat.",)
_NEEDS_CFR = regex.compile(r"(?:CF|F\.\ ?)R", regex.VERBOSE)
"""``CFR``, ``F.R`` or ``F. R``, which ``CFR``, ``C.F.R.`` and ``C. F. R.`` hold: one scan
that stops only at a capital C or F (three ``str.find`` passes cost half as much again)."""
_NEEDS_FR = regex.compile(r"(?<=\ )F(?:R\ |ed\.)", regex.VERBOSE)
"""`` FR `` or `` Fed.``: one scan that stops only at a capital F (two ``str.find``
passes cost four times as much)."""


def find_citations(text: str, start: int = 0, end: int | None = None) -> list[Citation]:
    """Every statutory or regulatory citation in ``text[start:end]``, in text order."""
    end = len(text) if end is None else end
    found: list[Citation] = []
    taken: list[Span] = []
    for first, last in usc_prose_stretches(text, start, end):
        prose = literal_starts(_PROSE_STARTS, text, first, last)
        for match in anchored_matches(USC_PROSE, prose, text, first, last):
            found.extend(_usc_prose(match, text))
            taken.append((match.start(), match.end()))
    if contains_any(text, _NEEDS_USC, start, end):
        candidates = literal_starts(_USC_STARTS, text, start, end)
        for match in anchored_matches(USC, candidates, text, start, end):
            if _inside(match.start(), taken):
                continue
            found.extend(_usc(match, text))
    if _NEEDS_PUBLIC_LAW.search(text, start, end) is not None:
        for match in PUBLIC_LAW.finditer(text, start, end):
            canonical = f"Pub. L. {match['congress']}-{match['number']}"
            found.append(Citation(canonical, "public_law", (match.start(), match.end())))
    if contains_any(text, _NEEDS_STAT, start, end):
        candidates = literal_starts(_STAT_STARTS, text, start, end)
        for match in anchored_matches(STAT, candidates, text, start, end):
            canonical = f"{match['volume']} Stat. {match['page']}"
            found.append(Citation(canonical, "stat", (match.start(), match.end())))
    if _NEEDS_CFR.search(text, start, end) is not None:
        candidates = literal_starts(_CFR_STARTS, text, start, end)
        for match in anchored_matches(CFR, candidates, text, start, end):
            found.append(_cfr(match))
    if _NEEDS_FR.search(text, start, end) is not None:
        candidates = literal_starts(_FR_STARTS, text, start, end)
        for match in anchored_matches(FEDERAL_REGISTER, candidates, text, start, end):
            canonical = f"{match['volume']} FR {match['page']}"
            found.append(Citation(canonical, "fr", (match.start(), match.end())))
    found.sort(key=lambda c: c.span)
    return found


def _inside(offset: int, spans: list[Span]) -> bool:
    """Whether ``offset`` lies in one of ``spans`` (sorted, apart: ``finditer``'s matches)."""
    index = bisect.bisect_right(spans, offset, key=_start) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]


def _start(span: Span) -> int:
    return span[0]


def _cfr(match: regex.Match[str]) -> Citation:
    title = int(match["title"])
    span = (match.start(), match.end())
    if match["unit"]:
        unit = match["unit"].lower().rstrip("s")
        return Citation(f"{title} CFR {unit} {match['which']}", "cfr", span, title)
    if match["section"]:
        return Citation(f"{title} CFR {match['section']}", "cfr", span, title, match["section"])
    return Citation(f"{title} CFR", "cfr", span, title)
