"""Mentions of presidential documents: executive orders, proclamations, memoranda,
notices, determinations and numbered directives (NSPM, PPD, HSPD, NSD …).

``Executive Orders 13769 and 13780`` is two mentions sharing a group; a date
printed with a number (``Executive Order 13224 of September 23, 2001``) is
kept; ``section 3 of`` before a mention names the sections it concerns.
What an order *does* to the document it mentions is decided elsewhere
(:mod:`eoparse.powers.relations`).
"""

from __future__ import annotations

import datetime as dt

import regex
from attrs import frozen

from eoparse.grammar.dates import parse_date
from eoparse.model import Instrument, Kind, Span
from eoparse.powers.anchored import anchored_matches, ending_at, literal_starts
from eoparse.powers.cite_patterns import (
    DATED_DOCUMENT,
    DIRECTIVE,
    DIRECTIVE_SERIES,
    EXECUTIVE_ORDERS,
    LIST_MEMBER,
    PROCLAMATION_MEMBER,
    PROCLAMATIONS,
    TARGET_SECTIONS,
)
from eoparse.powers.wordlist import contains_any

_ANCHOR_WORDS = (
    *("Executive", "Exec.", "E.O.", "E. O.", "EO", "Proclamation", "Proc.", "emorandum"),
    *("otice of", "etermination of", "Directive", "NSPM", "PPD", "HSPD", "NSPD", "NSD", "PDD"),
)
"""Words without which a text names no presidential document (tested with ``str.find``)."""
_RANGE_LIMIT = 60
_LABELLED = regex.compile(r"Executive\ [Oo]rder|E\.\ ?O\.|EO|Proclamation", regex.VERBOSE)
_AS_AMENDED = regex.compile(r",?\ as\ (?:further\ )?amended\b", regex.VERBOSE)
_SECTION_ITEM = regex.compile(
    r"(?P<glue>,\ and\ |\ and\ |,\ |\ through\ |\ to\ )?(?P<item>[\w().\-]{1,16})", regex.VERBOSE
)


@frozen
class Mention:
    """One presidential document named in the text."""

    target: Instrument
    span: Span
    """The words naming this document (for a list member, its number and date)."""
    group: Span
    """The whole printed mention it belongs to (``Executive Orders 13769 and 13780``)."""
    sections: tuple[str, ...] = ()
    """Sections named before it: ``section 3 of`` → ``("3",)``."""
    start: int = 0
    """Where the mention begins, including a ``section 3 of`` before it."""
    as_amended: bool = False


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    found, _ = parse_date(text)
    return found


def _number(text: str) -> int:
    return int(text.replace(",", ""))


def target_sections(text: str, at: int) -> tuple[tuple[str, ...], int]:
    """Sections named just before offset ``at`` and where those words begin."""
    window_start = max(0, at - 160)
    match = ending_at(TARGET_SECTIONS, text, window_start, at)
    if match is None or match.end() != at:
        return (), at
    return section_items(match["which"], match["outer"], match["unit"]), match.start()


def section_items(which: str, outer: str | None, unit: str) -> tuple[str, ...]:
    """The sections a run of labels names (``1, 2, and 4`` → 1, 2, 4; ``5 through 8`` →
    5 … 8; ``(b)`` of section ``outer`` 12 → 12(b); a Part's as ``Part 1``)."""
    items: list[str] = []
    for part in _SECTION_ITEM.finditer(which):
        item = part["item"].strip(".,")
        if not item or item in ("and", "through", "to"):
            continue
        if part["glue"] and part["glue"].strip() in ("through", "to") and items:
            first, last = items[-1], item
            if first.isdigit() and last.isdigit() and 0 < int(last) - int(first) <= 50:
                items.extend(str(n) for n in range(int(first) + 1, int(last) + 1))
                continue
        items.append(item)
    if outer:
        items = [f"{outer}{item}" if item.startswith("(") else item for item in items]
    if unit.lower().startswith("part"):
        items = [f"Part {item}" for item in items]
    return tuple(items)


def _members(
    text: str, kind: Kind, match: regex.Match[str], member: regex.Pattern[str]
) -> list[Mention]:
    group = (match.start(), match.end())
    sections, begins = target_sections(text, match.start())
    # a string search first: seldom amended
    amended = text.find(" as ", match.end(), match.end() + 5) >= 0 and bool(
        _AS_AMENDED.match(text, match.end())
    )
    out: list[Mention] = []
    # groups by number: the regex module looks a name up by trying it as an integer first
    index = match.re.groupindex
    first_group, date_group, rest_group = index["first"], index["first_date"], index["rest"]
    dated = match[date_group]
    first_end = match.end(date_group) if dated else match.end(first_group)
    first = Instrument(kind=kind, number=_number(match[first_group]), date=_date(dated))
    out.append(Mention(first, (match.start(), first_end), group, sections, begins, amended))
    previous = first.number or 0
    for part in member.finditer(text, match.start(rest_group), match.end(rest_group)):
        number = _number(part["number"])
        glue = (part["glue"] or "").strip(", ")
        explicit = bool(_LABELLED.search(part[0]))
        if not explicit and 1900 <= number <= 2100 and glue == "":
            continue  # ", 2001" is a year, not an order
        if glue in ("through", "-", "–") and 0 < number - previous <= _RANGE_LIMIT:
            for between in range(previous + 1, number):
                target = Instrument(kind=kind, number=between)
                out.append(Mention(target, (part.start(), part.end()), group, (), part.start()))
        target = Instrument(kind=kind, number=number, date=_date(part["date"]))
        # ", Executive Order 13448": the member's own label is part of its words
        label_start = part.end("glue") if part["glue"] is not None else part.start()
        span = (label_start if explicit else part.start("number"), part.end())
        out.append(Mention(target, span, group, (), span[0], amended))
        previous = number
    return out


_DATED_STARTS = {"emorandum": (1, 14), "otice": (1,), "etermination": (1,)}
"""Where a :data:`DATED_DOCUMENT` match can start: one character before each of these
strings (``Memorandum``, ``notice``), or 14 (``Presidential Memorandum``)."""

_SERIES_STARTS: dict[str, tuple[int, ...]] = dict.fromkeys(
    (
        *("National Security", "Presidential Policy Directive", "Presidential Decision Directive"),
        *("Homeland Security Presidential Directive", "NSPM", "PPD", "HSPD", "NSPD", "NSD", "PDD"),
    ),
    (0,),
)
"""Where a :data:`DIRECTIVE` match can start: at each of these strings (``NSDD`` and
``NSDM`` hold ``NSD``; the long National Security names all start alike)."""

_SERIES_GATE = ("NS", "PD", "Directive", "National Security")
"""Each string of :data:`_SERIES_STARTS` holds one of these: four ``str.find`` passes
tell most orders apart from the few that name a directive."""


def find_mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Every presidential document mentioned in ``text[start:end]``, in text order."""
    end = len(text) if end is None else end
    if not contains_any(text, _ANCHOR_WORDS, start, end):
        return []
    found: list[Mention] = []
    for match in EXECUTIVE_ORDERS.finditer(text, start, end):
        found.extend(_members(text, Kind.EXECUTIVE_ORDER, match, LIST_MEMBER))
    for match in PROCLAMATIONS.finditer(text, start, end):
        found.extend(_members(text, Kind.PROCLAMATION, match, PROCLAMATION_MEMBER))
    dated = literal_starts(_DATED_STARTS, text, start, end)
    for match in anchored_matches(DATED_DOCUMENT, dated, text, start, end):
        label = match["label"].lower()
        kind = (
            Kind.MEMORANDUM
            if "memorandum" in label
            else Kind.NOTICE
            if label.startswith("notice")
            else Kind.DETERMINATION
        )
        before = text[max(0, match.start() - 5) : match.start()].lower()
        if before.endswith("this "):
            continue
        sections, begins = target_sections(text, match.start())
        target = Instrument(kind=kind, date=_date(match["date"]))
        span = (match.start(), match.end())
        found.append(Mention(target, span, span, sections, begins))
    numbered = (
        literal_starts(_SERIES_STARTS, text, start, end)
        if contains_any(text, _SERIES_GATE, start, end)
        else set()
    )
    for match in anchored_matches(DIRECTIVE, numbered, text, start, end):
        name = match["name"]
        series = DIRECTIVE_SERIES.get(name, name)
        target = Instrument(kind=Kind.MEMORANDUM, number=int(match["number"]), series=series)
        span = (match.start(), match.end())
        sections, begins = target_sections(text, match.start())
        found.append(Mention(target, span, span, sections, begins))
    found.sort(key=lambda m: (m.span[0], m.span[1]))
    return _merge_restatements(found, text)


def _merge_restatements(mentions: list[Mention], text: str) -> list[Mention]:
    """Drop a mention restating the previous one: ``PPD-21 (Presidential Policy Directive 21)``."""
    out: list[Mention] = []
    for mention in mentions:
        if out:
            last = out[-1]
            gap = text[last.group[1] : mention.span[0]]
            same = last.target.kind == mention.target.kind and (
                last.target.number == mention.target.number
                and last.target.series == mention.target.series
            )
            if same and len(gap) <= 3 and gap.strip() in ("(", "", "[", ","):
                continue
        out.append(mention)
    return out
