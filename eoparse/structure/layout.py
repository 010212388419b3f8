"""Segment a normalised text into the parts of a presidential document.

heading (``Executive Order 13224 of September 23, 2001``) → title → body
(preamble and sections) → signature block (``IN WITNESS WHEREOF``, the
president's name, ``THE WHITE HOUSE,`` and the date) → annexes.  A Part cover
page before the heading is cut away.  Works paragraph by paragraph: the
readers put one paragraph on each line.
"""

from __future__ import annotations

import regex
from attrs import frozen

from eoparse.grammar.dates import DAY, MONTH_WORD, YEAR_DIGITS
from eoparse.grammar.labels import SECTION, SECTION_STARTS
from eoparse.grammar.patterns import (
    ANNEX,
    BODY_START,
    HEADING,
    MEMO_OPENER,
    SIGNER_LINE,
    WHITE_HOUSE,
    WITNESS,
)
from eoparse.model import Span
from eoparse.read.base import Text

_DATE_LINE = regex.compile(
    rf"""
    (?:Washington,?\ (?:D\.C\.,?\ )?)?     # the place, on old documents
    {MONTH_WORD}\ {DAY},?\ {YEAR_DIGITS}\.?  # January 20, 2025.
    """,
    regex.VERBOSE,
)
"""The date line of a signature block, under ``THE WHITE HOUSE,``."""


_SENTENCE_WORDS = regex.compile(r"\b(?:is|are|shall|was|of this order)\b")


def paragraphs(string: str) -> list[Span]:
    """The ``(start, end)`` of every non-empty line of ``string``."""
    spans = []
    start = 0
    length = len(string)
    while start < length:
        end = string.find("\n", start)
        if end < 0:
            end = length
        if end > start:
            spans.append((start, end))
        start = end + 1
    return spans


@frozen
class Heading:
    """The heading line's facts, as printed."""

    span: Span
    kind: str
    number: str | None
    date: str | None
    rest: str


@frozen
class Layout:
    """Where the parts of a document lie in its (cropped) text."""

    text: Text
    paragraphs: tuple[Span, ...]
    heading: Heading | None
    title: Span | None
    body: tuple[Span, ...]
    signature: tuple[Span, ...]
    annexes: tuple[Span, ...]
    cover: bool = False
    """Whether text (a Part cover page) preceded the heading and was cut away."""


_HEADING_GROUPS = tuple(HEADING.groupindex[name] for name in ("kind", "number", "date", "rest"))
""":data:`HEADING`'s groups by number: the regex module looks a name up by trying it as an
integer first, raising and clearing an error, at six times the cost."""


def _match_heading(line: str, start: int) -> Heading | None:
    match = HEADING.match(line)
    if not match:
        return None
    kind, number, date, rest = (match[group] for group in _HEADING_GROUPS)
    if not (number or date):
        return None
    rest = rest.strip()
    if rest.startswith(("—", "-", ",")) and date is None:
        return None  # a Part cover entry: "Executive Order 13224—Blocking ..."
    if rest.startswith("—") or len(rest) > 90:
        return None
    if rest and not rest.startswith((".", "of ")) and date is not None:
        return None  # a sentence that begins with a citation
    if rest and _SENTENCE_WORDS.search(rest):
        return None
    return Heading(span=(start, start + len(line)), kind=kind, number=number, date=date, rest=rest)


def find_heading(text: Text, spans: list[Span]) -> Heading | None:
    """The document's own heading, among the heading-shaped paragraphs before the body.

    A Part cover page lists other documents first, so the last candidate
    before the body wins, unless one carries the number the file name states.
    """
    string = text.string
    candidates: list[Heading] = []
    for start, end in spans:
        line = string[start:end]
        heading = _match_heading(line, start)
        if heading is not None:
            candidates.append(heading)
        elif BODY_START.match(line) or (line.startswith(SECTION_STARTS) and SECTION.match(line)):
            break
    if not candidates:
        return None
    wanted = text.hints.number
    if wanted is not None:
        for heading in candidates:
            if heading.number and heading.number.replace(",", "") == str(wanted):
                return heading
    return candidates[-1]


def _is_title(line: str) -> bool:
    return (
        len(line) <= 400
        and BODY_START.match(line) is None
        and not (line.startswith(SECTION_STARTS) and SECTION.match(line))
        and not MEMO_OPENER.match(line)
        and _match_heading(line, 0) is None
    )


def segment(text: Text) -> Layout:
    """Crop ``text`` to the document and find its heading, title, body, signature, annexes."""
    spans = paragraphs(text.string)
    heading = find_heading(text, spans)
    cover = heading is not None and heading.span[0] > 0
    if heading is not None and heading.span[0] > 0:
        text = text.crop(heading.span[0], len(text.string))
        shift = heading.span[0]
        heading = Heading(
            span=(0, heading.span[1] - shift),
            kind=heading.kind,
            number=heading.number,
            date=heading.date,
            rest=heading.rest,
        )
        spans = paragraphs(text.string)
    string = text.string
    index = 0
    if heading is not None:
        index = 1

    # Title: the paragraph after the heading (or the first one, in pasted text).
    title: Span | None = None
    if index < len(spans):
        first = string[spans[index][0] : spans[index][1]]
        follows = (
            string[spans[index + 1][0] : spans[index + 1][1]] if index + 1 < len(spans) else ""
        )
        if _is_title(first) and (heading is not None or _opens_body(follows)):
            title = spans[index]
            index += 1
            if (
                heading is not None
                and index + 1 < len(spans)
                and _is_title(follows)
                and len(follows) < 150
                and not follows.rstrip().endswith((".", ":", ";"))
                and _opens_body(string[spans[index + 1][0] : spans[index + 1][1]])
            ):
                title = (title[0], spans[index][1])
                index += 1

    rest = spans[index:]
    signature, sig_at, sig_end = _signature(string, rest)
    if sig_at is None:
        body = tuple(rest)
        annexes: tuple[Span, ...] = ()
    else:
        body = tuple(rest[:sig_at])
        after = rest[sig_end:]
        annex_at = next((i for i, (s, e) in enumerate(after) if ANNEX.match(string[s:e])), None)
        annexes = tuple(after[annex_at:]) if annex_at is not None else ()
    return Layout(
        text=text,
        paragraphs=tuple(spans),
        heading=heading,
        title=title,
        body=body,
        signature=tuple(signature),
        annexes=annexes,
        cover=cover,
    )


def _opens_body(line: str) -> bool:
    return BODY_START.match(line) is not None or MEMO_OPENER.match(line) is not None


_PLACE = ("THE WHITE HOUSE", "The White House")
"""What a :data:`WHITE_HOUSE` place line starts with: tested before the pattern."""


def _signature(string: str, spans: list[Span]) -> tuple[list[Span], int | None, int]:
    """The signature block's paragraphs, the index where it starts and where it ends."""
    lines = [string[s:e] for s, e in spans]
    place = None
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].startswith(_PLACE) and WHITE_HOUSE.match(lines[i]) and len(lines[i]) < 80:
            place = i
            break
    witness = None
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].startswith("IN WITNESS") and WITNESS.match(lines[i]):
            witness = i
            break
        if place is not None and i < place - 3:
            break
    if place is None and witness is None:
        # A pasted text may end with the signer's name alone.
        if lines and SIGNER_LINE.fullmatch(lines[-1]) and _is_signer(lines[-1]):
            return [spans[-1]], len(lines) - 1, len(lines)
        return [], None, len(lines)
    start = witness if witness is not None else place
    assert start is not None
    if place is not None:
        end = place + 1
        if end < len(lines) and _DATE_LINE.fullmatch(lines[end]):
            end += 1
    else:
        end = start + 1
    # The president's name printed above THE WHITE HOUSE (web text) belongs to the block.
    scan = end
    while scan < len(lines) and SIGNER_LINE.fullmatch(lines[scan]) and _is_signer(lines[scan]):
        scan += 1
    end = scan
    while start > 0 and SIGNER_LINE.fullmatch(lines[start - 1]) and _is_signer(lines[start - 1]):
        start -= 1
    return list(spans[start:end]), start, end


def _is_signer(line: str) -> bool:
    """A line of capitals naming a person, not a heading such as ``ANNEX`` or ``PART 1``."""
    if (
        ANNEX.match(line)
        or (line.startswith(SECTION_STARTS) and SECTION.match(line))
        or line.startswith(("PART", "THE WHITE"))
    ):
        return False
    words = line.replace(",", " ").split()
    return 2 <= len(words) <= 6 and any(len(w.strip(".")) > 2 for w in words)
