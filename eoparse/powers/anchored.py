"""A pattern matched only where it can start: fast scans find the candidate starts, and
the pattern is tried, anchored, at each.

A pattern that opens with ``\\b`` and an alternation (``\\b(?:shall|may|…)``) makes the
regex engine try every word boundary of an order.  When every match must begin at (or a
fixed distance before) one of a few literal strings, a scan per string and an anchored
:meth:`~regex.Pattern.match` at each candidate give the same matches for a fraction of
the work.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

import regex

Starts = Mapping[str, tuple[int, ...]]
"""Where a pattern's matches can start: for each literal string, how many characters
before each occurrence of it (``{"emorandum": (1, 14)}`` for ``Memorandum`` and
``Presidential Memorandum``)."""


def literal_starts(starts: Starts, text: str, start: int, end: int) -> set[int]:
    """The candidate starts in ``text[start:end]``: ``back`` characters before each
    occurrence of a string of ``starts``, for each ``back`` listed with it."""
    candidates: set[int] = set()
    window = text[start:end]  # most strings stand nowhere: 'in' spares find()'s parsing
    for string, backs in starts.items():
        if string not in window:
            continue
        at = text.find(string, start, end)
        while at >= 0:
            for back in backs:  # a loop: a generator per occurrence cost more
                if at - back >= start:
                    candidates.add(at - back)
            at = text.find(string, at + 1, end)
    return candidates


def lead_starts(leads: Iterable[regex.Pattern[str]], text: str, start: int, end: int) -> set[int]:
    """The candidate starts in ``text[start:end]``: where a match of a ``lead`` pattern
    (a literal after ``\\b``, which the engine finds fast) begins."""
    return {m.start() for lead in leads for m in lead.finditer(text, start, end)}


def anchored_matches(
    pattern: regex.Pattern[str], candidates: Iterable[int], text: str, start: int, end: int
) -> Iterator[regex.Match[str]]:
    """What ``pattern.finditer(text, start, end)`` yields, given that every match begins
    at one of ``candidates``; a candidate a match already covers is skipped, as
    ``finditer`` would."""
    done = start
    for candidate in sorted(candidates):
        if candidate < done:
            continue  # inside the match before
        match = pattern.match(text, candidate, end)
        if match is not None:
            yield match
            done = match.end()


def ending_at(
    pattern: regex.Pattern[str], text: str, start: int = 0, end: int | None = None
) -> regex.Match[str] | None:
    """What ``pattern.search(text, start, end)`` finds, for a ``regex.REVERSE`` pattern
    every match of which ends at its ``$``: a match ending at ``end``, tried there alone
    (``match``, which a reverse pattern anchors at its end) instead of at every position
    before it, where a search that finds nothing tries the pattern.  ``$`` also matches
    before a line break that ends the stretch: there the search runs as before."""
    end = len(text) if end is None else end
    found = pattern.match(text, start, end)
    if found is None and start < end and text[end - 1] == "\n":
        return pattern.search(text, start, end)
    return found


__all__ = ["Starts", "anchored_matches", "ending_at", "lead_starts", "literal_starts"]
