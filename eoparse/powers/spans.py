"""Stretches of text an extractor has already claimed, kept as sorted disjoint intervals
so that testing an offset or a span is a bisection (one endless sentence of items stays
linear)."""

from __future__ import annotations

import bisect


class Covered:
    """A union of spans: sorted, disjoint, merged as they are added."""

    def __init__(self, spans: tuple[tuple[int, int], ...] | list[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        first = bisect.bisect_right(self._ends, start)  # the first interval ending after start
        last = bisect.bisect_left(self._starts, end)  # past the last one starting before end
        if first < last:
            start = min(start, self._starts[first])
            end = max(end, self._ends[last - 1])
        self._starts[first:last] = [start]
        self._ends[first:last] = [end]

    def __contains__(self, offset: int) -> bool:
        index = bisect.bisect_right(self._starts, offset) - 1
        return index >= 0 and offset < self._ends[index]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any covered interval meets ``[start, end)``."""
        index = bisect.bisect_right(self._ends, start)  # the first interval ending after start
        return index < len(self._starts) and self._starts[index] < end
