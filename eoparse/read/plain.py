"""Plain text pasted from anywhere: a web page, an e-mail, a word processor.

Blank lines end paragraphs.  Inside a block of lines, a line that finishes a
sentence well short of the full width, followed by one that starts a new unit
(``Sec. 2.``, ``(b)``), ends its paragraph; other lines are unwrapped.  Text
written one paragraph per line (long lines) keeps its lines as paragraphs.
"""

from __future__ import annotations

from collections.abc import Iterable

from attrs import frozen

from eoparse.grammar.patterns import HEADING_LINE
from eoparse.read.base import Hints, Text, TextBuilder, normalise_inline
from eoparse.read.paragraphs import breaks_between_lines


@frozen
class Line:
    """A line of source text, cleaned of markup, with where it came from."""

    text: str
    source: int
    hard_break: bool = False  # the source forces a line break after it


def split_lines(source: str, start: int = 0) -> list[Line]:
    """The lines of ``source`` from ``start`` on, with offsets; blank lines kept empty."""
    out = []
    offset = start
    for raw in source[start:].split("\n"):
        stripped = raw.strip()
        indent = len(raw) - len(raw.lstrip())
        out.append(Line(stripped, offset + indent))
        offset += len(raw) + 1
    return out


def build(
    lines: Iterable[Line], *, format: str, hints: Hints | None = None, guess: bool = True
) -> Text:
    """Unwrap ``lines`` into paragraphs (blank lines and hard breaks end them).

    With ``guess``, paragraph ends inside a block of lines are also guessed
    from the words (:mod:`eoparse.read.paragraphs`); without it, only blank
    lines and hard breaks end paragraphs (Markdown wraps at spaces only).
    """
    cleaned = [(normalise_inline(line.text), line) for line in lines]
    widths = sorted(len(text) for text, _ in cleaned if text)
    full_width = widths[int(len(widths) * 0.9)] if widths else 80
    one_per_line = bool(widths) and widths[len(widths) // 2] > 150

    builder = TextBuilder()
    previous = ""
    forced = False
    for text, line in cleaned:
        if not text:
            builder.paragraph()
            previous = ""
            continue
        if builder.in_paragraph and (
            forced
            or (
                guess
                and (
                    one_per_line
                    or HEADING_LINE.fullmatch(previous) is not None
                    or previous.startswith("THE WHITE HOUSE")
                    or breaks_between_lines(previous, text, full_width=full_width)
                )
            )
        ):
            builder.paragraph()
        builder.add(text, line.source)
        previous = text
        forced = line.hard_break
    return builder.build(format=format, hints=hints)


def read_plain(source: str, *, name: str | None = None) -> Text:
    """Read plain text into a normalised :class:`Text`."""
    return build(split_lines(source), format="plain", hints=Hints(source=name))
