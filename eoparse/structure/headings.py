"""The heading a section or a lettered paragraph prints after its marker (``Sec. 3.
Implementation.``, ``(a) Review of Harbor Rules.``), however long, and where the text
after it begins: a short phrase in title case, not the first words of a sentence."""

from __future__ import annotations

from eoparse.grammar.patterns import LONG_HEADING, SECTION_HEADING

_VERBS = frozenset(
    {
        "shall",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "may",
        "will",
        "must",
        "has",
        "have",
        "had",
        "means",
        "mean",
        "include",
        "includes",
        "should",
        "would",
        "can",
        "could",
        "does",
        "do",
        "hereby",
    }
)
"""Words a heading never holds: a phrase with one is the start of a sentence."""

_MINOR = frozenset({"that", "with", "from", "into", "than", "upon", "when", "which", "their"})
"""Words of more than three letters a heading in title case may print in lower case."""

_HEADING_OPENS = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZ"')
"""What a :data:`SECTION_HEADING` opens with."""

_LONG_HEADING_REACH = 306
"""How far past a section's marker a :data:`LONG_HEADING` match finds the label it ends
before: a heading of at most 301 characters, a period and a quote, a space, ``(``."""


def _long_heading(string: str, start: int, end: int) -> tuple[str | None, int]:
    """A section's heading that runs long, or holds an abbreviation, before the first
    paragraph label on its line (``… of Particular Concern. (a)``): in title case (its
    words of more than three letters in capitals, the minor ones aside)."""
    reach = start + _LONG_HEADING_REACH
    reach = reach if reach < end else end  # min() costs a call with keyword handling
    if string.find(". (", start, reach) < 0 and string.find('" (', start, reach) < 0:
        return None, start  # no label after a period near the marker: most sections
    match = LONG_HEADING.match(string, start, end)
    if not match:
        return None, start
    heading = match["heading"].strip()
    words = heading.split()
    content = [w for w in words if len(w.strip(',;"')) > 3 and w.lower() not in _MINOR]
    if len(words) > 40 or not content or "shall" in words:
        return None, start
    if sum(1 for w in content if not w[:1].islower()) < 0.75 * len(content):
        return None, start  # a sentence, not a heading in title case
    return heading.strip('"'), match.end()


def section_heading(string: str, start: int, end: int, *, lettered: bool) -> tuple[str | None, int]:
    """A short heading at ``start`` (``Purpose.``) and where the text after it begins."""
    if not lettered:
        heading, after = _long_heading(string, start, end)
        if heading is not None:
            return heading, after
    if (
        string[start : start + 1] not in _HEADING_OPENS
        or string.find(".", start + 1, start + 120 if start + 120 < end else end) < 0
    ):
        return None, start  # SECTION_HEADING needs a capital and a period within 120
    match = SECTION_HEADING.match(string, start, end)
    if not match:
        return None, start
    heading = match["heading"].strip()
    words = heading.split()
    if not words or len(words) > 12 or any(w.lower().strip(",;") in _VERBS for w in words):
        return None, start
    if words[0][0].islower() or heading.endswith(","):
        return None, start
    if lettered:
        capitals = sum(1 for w in words if w[:1].isupper())
        if len(words) > 5 and capitals < len(words) / 2:
            return None, start
        if match.end() >= end:
            return None, start  # "(a) Nothing here." is a sentence, not a heading
    after = match.end()
    while after < end and string[after] == " ":
        after += 1
    return heading.strip('"'), after


__all__ = ["section_heading"]
