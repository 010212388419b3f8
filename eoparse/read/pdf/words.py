"""Characters to words and lines: one baseline's characters make a line, split where a
gap wider than 2.5 times the type size separates the side column from the body; words
split at space characters and at gaps wider than a fifth of the type size."""

from __future__ import annotations

import unicodedata

import attrs

from eoparse.read.base import normalise_inline
from eoparse.read.pdf.backends import Char, RawPage

Part = tuple[int, int, int, float, float, float, float]
"""Where a piece of a word is printed: (start, end) in the word, page, x0, top, x1, bottom."""

_HYPHENS = "-\u2010\u2011\ufffe\u00ad"
_ACCENTS = {
    "\u00b4": "\u0301",  # acute
    "`": "\u0300",
    "\u02c6": "\u0302",  # circumflex
    "\u00a8": "\u0308",  # dieresis
    "\u02dc": "\u0303",  # tilde
    "\u00b8": "\u0327",  # cedilla
}
"""Spacing accents that old FR PDFs print over the letter before them (``Jose´`` → ``José``)."""
_DASHES = "\u2013\u2014"


@attrs.define
class Word:
    text: str
    parts: list[Part]
    hyphen: bool = False
    """The printed word ends in a hyphen (it may be broken across lines)."""
    dash: bool = False
    """The printed word ends in an en or em dash."""


@attrs.define
class Line:
    page: int
    words: list[Word]
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    row: int = 0
    """Lines split from one baseline share a row number."""


# -- backends ------------------------------------------------------------------------


def page_lines(page: RawPage) -> list[Line]:
    """The lines of a page, top to bottom; side-by-side columns are separate lines."""
    chars = page.chars
    if not chars:
        return []
    chars.sort(key=lambda c: c[4])
    lines: list[Line] = []
    cluster: list[Char] = [chars[0]]
    base = chars[0][4]
    for char in chars[1:]:
        height = char[4] - char[2]
        if char[4] - base <= (0.3 * height if height > 5.0 else 1.5):
            cluster.append(char)
        else:
            lines.extend(_segments(cluster, page.index, len(lines)))
            cluster = [char]
            base = char[4]
    lines.extend(_segments(cluster, page.index, len(lines)))
    lines.sort(key=lambda line: (round(line.bottom), line.x0))
    return lines


def _segments(cluster: list[Char], page: int, row: int) -> list[Line]:
    """Split one baseline's characters into lines at wide gaps, and into words.

    A space character, or a gap wider than a fifth of the type size, ends a
    word; a gap wider than two and a half times the type size ends the line
    (the side column and the body share baselines).
    """
    cluster.sort(key=_x0)
    out: list[Line] = []
    words: list[Word] = []
    raw: list[str] = []
    x0w = topw = x1w = bottomw = 0.0
    right = -1e9
    for text, x0, top, x1, bottom in cluster:
        if text.isspace():
            if raw:
                _add_word(words, raw, page, x0w, topw, x1w, bottomw)
                raw = []
            continue
        gap = x0 - right
        if raw and gap < 0:
            if text == raw[-1] and x1 - right < 1 and gap < -0.5 * (x1 - x0):
                continue  # the same glyph printed twice (simulated bold)
            if text in _ACCENTS:
                raw[-1] = unicodedata.normalize("NFC", raw[-1] + _ACCENTS[text])
                continue
        height = bottom - top
        if gap > 0.2 * height and (raw or words):
            if raw:
                _add_word(words, raw, page, x0w, topw, x1w, bottomw)
                raw = []
            if gap > 2.5 * height and words:
                out.append(_make_line(words, page, row))
                words = []
        if raw:
            if top < topw:
                topw = top
            if x1 > x1w:
                x1w = x1
            if bottom > bottomw:
                bottomw = bottom
        else:
            x0w, topw, x1w, bottomw = x0, top, x1, bottom
        raw.append(text)
        if x1 > right:
            right = x1
    if raw:
        _add_word(words, raw, page, x0w, topw, x1w, bottomw)
    if words:
        out.append(_make_line(words, page, row))
    return out


def _x0(char: Char) -> float:
    return char[1]


def _add_word(
    words: list[Word], raw: list[str], page: int, x0: float, top: float, x1: float, bottom: float
) -> None:
    printed = "".join(raw)
    text = normalise_inline(printed)
    if text:
        last = printed[-1]
        words.append(
            Word(
                text,
                [(0, len(text), page, x0, top, x1, bottom)],
                hyphen=last in _HYPHENS,
                dash=last in _DASHES,
            )
        )


def _make_line(words: list[Word], page: int, row: int) -> Line:
    top = min(word.parts[0][4] for word in words)
    bottom = max(word.parts[0][6] for word in words)
    heights = sorted(word.parts[0][6] - word.parts[0][4] for word in words)
    return Line(
        page,
        words,
        " ".join(word.text for word in words),
        words[0].parts[0][3],
        top,
        max(word.parts[0][5] for word in words),
        bottom,
        heights[len(heights) // 2],
        row,
    )
