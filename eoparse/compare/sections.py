"""Aligning the top-level sections of two orders (and their preambles), with word diffs.

Sections are paired by number and heading similarity (text similarity where
there are no headings or the numbers moved); the pairs found also tell the
grant rules which sections correspond (:class:`Alignment`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from attrs import field, frozen

from eoparse.compare.result import Change, SectionChange
from eoparse.compare.similar import (
    Ratios,
    greedy,
    norm,
    similarity,
    word_diff,
)
from eoparse.model import Order


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


@frozen
class _SectionUnit:
    source: int
    path: str
    heading: str | None
    text: str
    words: tuple[str, ...] = field(converter=_tuple)
    heading_words: tuple[str, ...] = field(init=False)
    """The heading's words as :func:`~eoparse.compare.similar.similarity` reads them."""

    @heading_words.default
    def _heading_words(self) -> tuple[str, ...]:
        return tuple(norm(self.heading).split())


class Alignment:
    """Which top-level sections of the old orders correspond to which of the new one."""

    def __init__(self, new: Order, olds: Sequence[Order]) -> None:
        self.tops = [_top_paths(new), *(_top_paths(o) for o in olds)]
        self.pairs: set[tuple[int, str, str]] = set()
        """``(old index, old top path, new top path)`` of aligned sections."""
        self.ratios = Ratios()
        self.words: dict[int, list[str]] = {}
        """The normalised words of a grant's action, by the grant's identity."""
        self._old_to_new: dict[tuple[int, str], str] | None = None

    def score(self, new_where: str, source: int, old_where: str) -> float:
        """1.0: the same place; 0.5: the same aligned section; 0.0: elsewhere."""
        if new_where in ("preamble", "signature") or old_where in ("preamble", "signature"):
            return 1.0 if new_where == old_where else 0.0
        new_top = self.tops[0].get(new_where)
        old_top = self.tops[source + 1].get(old_where)
        if new_top is None or old_top is None or (source, old_top, new_top) not in self.pairs:
            return 0.0
        return 1.0 if new_where[len(new_top) :] == old_where[len(old_top) :] else 0.5

    def place(self, source: int, where: str) -> tuple[str, ...]:
        """The new order's top-level section a path corresponds to (``source`` -1: the new
        order), so that items of corresponding sections share a key; a path of an old
        section that corresponds to none gets a key of its own.  Read after the sections
        are aligned."""
        if where in ("preamble", "signature"):
            return (where,)
        top = self.tops[source + 1].get(where)
        if top is None:
            return ("unknown", str(source), where)
        if source < 0:
            return ("section", top)
        if self._old_to_new is None:
            self._old_to_new = {}
            for old_source, old_top, new_top in sorted(self.pairs):
                self._old_to_new.setdefault((old_source, old_top), new_top)
        mapped = self._old_to_new.get((source, top))
        return ("section", mapped) if mapped is not None else ("old", str(source), top)


def _top_paths(order: Order) -> dict[str, str]:
    """Each section path of ``order`` → the path of its top-level section."""
    out: dict[str, str] = {}
    for top in order.sections:
        for section in top.walk():
            out[section.path] = top.path
    return out


def _section_units(order: Order, source: int) -> list[_SectionUnit]:
    units = []
    if order.preamble is not None and order.preamble[1] > order.preamble[0]:
        text = order.quote(order.preamble)
        units.append(_SectionUnit(source, "preamble", None, text, text.split()))
    for section in order.sections:
        units.append(
            _SectionUnit(source, section.path, section.heading, section.text, section.text.split())
        )
    return units


def _section_score(new: _SectionUnit, old: _SectionUnit, ratios: Ratios) -> float | None:
    """How well two sections correspond (None: not at all)."""
    if new.path == "preamble" or old.path == "preamble":
        if new.path == old.path:
            return 3.0
        return None
    same_number = new.path == old.path
    heading = None
    if new.heading and old.heading:
        # below these the heading's likeness is not used: only an exact value above them
        threshold = 0.5 if same_number else 0.8
        heading = ratios.ratio(new.heading_words, old.heading_words, threshold)
    if same_number and heading is not None and heading >= 0.5:
        return 2.0 + heading
    if heading is not None and heading >= 0.8:
        return 1.0 + heading
    floor = 0.3 if same_number and heading is None else 0.6
    text = ratios.ratio(old.words, new.words, floor)
    if same_number and heading is None and text >= 0.3:
        return 1.5 + text
    if text >= 0.6:
        return text
    return None


CANDIDATES = 128
"""Orders with no more old sections than this (every order of the corpus: 93 at most) are
aligned exhaustively; beyond it each new section is scored against a few candidates found
by index (issue 18: 1,000 sections took 1,000,000 scores)."""

RARE_WORDS = 16
"""Rarest words of a new section looked up in the index of old sections' words."""

BY_WORDS = 8
"""Old sections sharing the most rare words with a new one that are its candidates."""

NEIGHBOURS = 4
"""Old sections each side of where a new one is expected (after the last section found
word for word in both orders) that are its candidates."""


def _candidates(
    new_units: Sequence[_SectionUnit], old_units: Sequence[_SectionUnit]
) -> list[list[int]]:
    """For each new section, the indexes of the old sections worth scoring.

    All of them when there are at most :data:`CANDIDATES`; else a bounded few, found
    by index: the identical sections (the same words), the preamble's preamble and the
    sections with the same path (a few of each), the :data:`BY_WORDS` sharing the most of
    its :data:`RARE_WORDS` rarest words (words in more than :data:`CANDIDATES` old
    sections are not indexed), and the :data:`NEIGHBOURS` each side of the place it is
    expected at: the old partner of the last section before it that is in each order
    once, word for word, moved on by as many sections.
    """
    everything = list(range(len(old_units)))
    if len(old_units) <= CANDIDATES:
        return [everything for _ in new_units]
    by_path: dict[str, list[int]] = {}
    by_words: dict[tuple[str, ...], list[int]] = {}
    postings: dict[str, list[int]] = {}
    for j, unit in enumerate(old_units):
        by_path.setdefault(unit.path, []).append(j)
        by_words.setdefault(unit.words, []).append(j)
        for word in {w.casefold() for w in unit.words}:
            postings.setdefault(word, []).append(j)
    new_count: dict[tuple[str, ...], int] = {}
    for unit in new_units:
        new_count[unit.words] = new_count.get(unit.words, 0) + 1
    out = []
    anchor = (0, 0)  # (new index, old index) of the last section found once in each
    for i, unit in enumerate(new_units):
        same = by_words.get(unit.words, [])
        if len(same) == 1 and new_count[unit.words] == 1:
            anchor = (i, same[0])
        found = dict.fromkeys(same[:NEIGHBOURS])
        found.update(dict.fromkeys(by_path.get(unit.path, [])[:NEIGHBOURS]))
        words = {w.casefold() for w in unit.words}
        rare = sorted(
            (len(postings[w]), w) for w in words if 0 < len(postings.get(w, ())) <= CANDIDATES
        )[:RARE_WORDS]
        hits: dict[int, int] = {}
        for _, word in rare:
            for j in postings[word]:
                hits[j] = hits.get(j, 0) + 1
        best = sorted(hits.items(), key=lambda hit: (-hit[1], hit[0]))[:BY_WORDS]
        found.update(dict.fromkeys(j for j, _ in best))
        at = anchor[1] + i - anchor[0]
        low, high = max(0, at - NEIGHBOURS), min(len(old_units), at + NEIGHBOURS + 1)
        found.update(dict.fromkeys(range(low, high)))
        out.append(sorted(found))
    return out


def _pair_sections(
    new_units: Sequence[_SectionUnit], old_units: Sequence[_SectionUnit], ratios: Ratios
) -> list[tuple[_SectionUnit, _SectionUnit]]:
    """One-to-one pairs by descending score (ties: document order), each new section
    scored against its candidates only (:func:`_candidates`)."""
    return greedy(
        new_units,
        old_units,
        lambda new, old: _section_score(new, old, ratios),
        _candidates(new_units, old_units),
    )


def align_sections(
    new: Order, olds: Sequence[Order], alignment: Alignment
) -> tuple[SectionChange, ...]:
    """The preamble and top-level sections of ``new`` aligned with those of ``olds``.

    Records the aligned pairs in ``alignment`` for the grant rules.
    """
    new_units = _section_units(new, -1)
    old_units = [u for index, old in enumerate(olds) for u in _section_units(old, index)]
    pairs = _pair_sections(new_units, old_units, alignment.ratios)
    matched_old = {id(o): n for n, o in pairs}
    partner = {id(n): o for n, o in pairs}
    for n, o in pairs:
        if n.path != "preamble":
            alignment.pairs.add((o.source, o.path, n.path))
    labels = [old.label() for old in olds]

    def removed(unit: _SectionUnit) -> SectionChange:
        return SectionChange(
            Change.REMOVED,
            None,
            unit.path,
            None,
            unit.heading,
            0.0,
            (("delete", " ".join(unit.words)),) if unit.words else (),
            labels[unit.source],
        )

    # an unmatched old section is listed after the new partner of the last
    # matched section before it in its order (or first, when there is none)
    after: dict[int, list[_SectionUnit]] = {}
    leading: list[_SectionUnit] = []
    last_matched: dict[int, _SectionUnit] = {}
    for unit in old_units:
        if id(unit) in matched_old:
            last_matched[unit.source] = unit
        elif unit.source in last_matched:
            anchor = matched_old[id(last_matched[unit.source])]
            after.setdefault(id(anchor), []).append(unit)
        else:
            leading.append(unit)

    out = [removed(unit) for unit in leading]
    for unit in new_units:
        old = partner.get(id(unit))
        if old is None:
            out.append(
                SectionChange(
                    Change.ADDED,
                    unit.path,
                    None,
                    unit.heading,
                    None,
                    0.0,
                    (("insert", " ".join(unit.words)),) if unit.words else (),
                )
            )
        else:
            same = old.words == unit.words
            ratio = 1.0 if same else similarity(old.text, unit.text)
            out.append(
                SectionChange(
                    Change.SAME if same else Change.CHANGED,
                    unit.path,
                    old.path,
                    unit.heading,
                    old.heading,
                    ratio,
                    (("equal", " ".join(unit.words)),) if same else word_diff(old.text, unit.text),
                    labels[old.source],
                )
            )
        out.extend(removed(u) for u in after.get(id(unit), ()))
    return tuple(out)


__all__ = ["CANDIDATES", "Alignment", "align_sections"]
