"""Lines to paragraphs, by geometry: a line that stops short of the right edge of the
column ends its paragraph, and so does extra space above the next line."""

from __future__ import annotations

import regex

from eoparse.grammar.labels import DIGIT, LABEL, LOWER, UPPER, ordinal, roman_value
from eoparse.grammar.patterns import HEADING_LINE, WHITE_HOUSE
from eoparse.read.paragraphs import STARTS_BODY, STARTS_SECTION, ends_unit, starts_unit
from eoparse.read.pdf.hyphens import mend, read_vocabulary
from eoparse.read.pdf.layout import Layout
from eoparse.read.pdf.words import Line, Word

_LABEL = regex.compile(rf"\((?P<label>{LABEL})\)", regex.VERBOSE)
_ROMAN_LETTERS = frozenset("ivxl")
"""The letters a label is read as a roman numeral in (``(c)`` is a letter only)."""


def _ordinals(label: str) -> set[tuple[str, int]]:
    """Every reading of a paragraph label: ``(iv)`` is roman 4 (and not a letter pair)."""
    readings: set[tuple[str, int]] = set()
    if label.isdigit():
        return {(DIGIT, int(label))}
    lower = label.lower()
    kind = LOWER if label.islower() else UPPER
    if len(set(lower)) == 1:  # a, b … z, aa, bb …
        readings.add((kind, ordinal(lower, LOWER)))
    if _ROMAN_LETTERS.issuperset(lower):
        readings.add((kind + "-roman", roman_value(lower)))
    return readings


def _follows(opening: str, text: str) -> bool:
    """Whether ``text`` starts with the label after the one that opened the paragraph."""
    first, second = _LABEL.match(opening), _LABEL.match(text)
    if first is None or second is None:
        return False
    before = _ordinals(first["label"])
    return any((kind, value - 1) in before for kind, value in _ordinals(second["label"]))


def _breaks(
    earlier: Line | None, previous: Line, line: Line, layout: Layout, opening: str = ""
) -> bool:
    """Whether ``line`` starts a new paragraph after ``previous`` (outside the title).

    Justified lines reach the right edge of their block; a paragraph's last
    line stops short of it.  The block's edge is the column's, or — for an
    indented block — the furthest of the neighbouring lines.  Extra space
    above a line also starts a paragraph.
    """
    before, text = previous.text, line.text
    if HEADING_LINE.fullmatch(before) or WHITE_HOUSE.fullmatch(before):
        return True
    if HEADING_LINE.fullmatch(text) or STARTS_SECTION.match(text) or STARTS_BODY.match(text):
        return True
    if ends_unit(before) and _follows(opening, text):
        return True  # (1) … ; / (2) …: the next item of a list, even after a full line
    tolerance = max(1.5 * layout.size, 12.0)
    short = previous.x1 < layout.right - tolerance
    if line.page == previous.page:
        if line.top - previous.top > layout.pitch + 0.6 * (line.size / layout.size):
            return True
        edge = max(previous.x1, line.x1)
        if earlier is not None and earlier.page == previous.page:
            edge = max(edge, earlier.x1)
        if previous.x1 < edge - tolerance:
            return True
        return short and ends_unit(before) and starts_unit(text)
    if short and (
        earlier is None or earlier.page != previous.page or earlier.x1 > previous.x1 + tolerance
    ):
        return True
    indented = line.x0 > layout.left + 0.5 * layout.size
    return ends_unit(before) and (starts_unit(text) or indented)


def join_paragraphs(lines: list[Line], layout: Layout) -> list[list[Word]]:
    """Join lines into paragraphs of words, mending words broken across lines."""
    vocabulary = read_vocabulary(lines)
    paragraphs: list[list[Word]] = []
    previous: Line | None = None
    earlier: Line | None = None  # the line before ``previous``
    title: float | None = None  # the type size of the title block being read
    for line in lines:
        words = list(line.words)
        if previous is None:
            new = True
        elif title is not None:
            new = not (
                line.page == previous.page
                and abs(line.size - title) < 0.6
                and line.top - previous.bottom < 0.8 * line.size
            )
            if new:
                title = None
        else:
            opening = paragraphs[-1][0].text if paragraphs and paragraphs[-1] else ""
            new = _breaks(earlier, previous, line, layout, opening)
        if previous is not None and HEADING_LINE.fullmatch(previous.text):
            title = line.size if line.size > layout.size * 1.08 else None
            new = True
        if new or not paragraphs:
            paragraphs.append(words)
        else:
            current = paragraphs[-1]
            mended = mend(current[-1], words[0], vocabulary) if current else None
            if mended is not None:
                current[-1] = mended
                current.extend(words[1:])
            else:
                current.extend(words)
        earlier, previous = previous, line
    return paragraphs
