"""Where an order's paragraphs open its own markers (a Part, a section, a numbered
paragraph), and whether a labelled item still follows a paragraph before the next one:
what the section tree asks of each paragraph before it places it."""

from __future__ import annotations

from collections.abc import Sequence

from eoparse.grammar.labels import SECTION
from eoparse.grammar.patterns import NUMBERED, PART
from eoparse.model import Span


def items_ahead(
    string: str, body: list[Span], labels: Sequence[object | None], quoted: set[int]
) -> list[bool]:
    """For each paragraph of ``body`` (and its end), whether a labelled item of this order
    comes at it or after it before the next section's marker: a flush paragraph with one
    after it leads that list (``The Plan shall … include:`` then ``(1)``).  One backward
    pass; quoted paragraphs are the amended order's and count for nothing."""
    ahead = [False] * (len(body) + 1)
    for i in range(len(body) - 1, -1, -1):
        if i in quoted:
            ahead[i] = ahead[i + 1]
        elif labels[i] is not None:
            ahead[i] = True
        elif not opens_marker(string, *body[i]):
            ahead[i] = ahead[i + 1]
    return ahead


def opens_marker(string: str, start: int, end: int) -> bool:
    """Whether the paragraph opens with a Part, section or numbered paragraph's marker:
    each pattern is tried only on the one first character it can start with."""
    first = string[start] if start < end else ""
    if first == "S":
        return SECTION.match(string, start, end) is not None
    if first == "P":
        return PART.match(string, start, end) is not None
    return first.isdecimal() and NUMBERED.match(string, start, end) is not None


__all__ = ["items_ahead", "opens_marker"]
