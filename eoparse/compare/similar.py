"""Word similarity and one-to-one pairing, the measures every alignment of a diff uses.

Similarity is :class:`difflib.SequenceMatcher`'s ratio over words, so the
same inputs always give the same result.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from typing import Any

import regex

TRIVIAL_WORD = regex.compile(
    r"""
    ^(?:
        (?:a|an|the|of|to|or|and|in|on|for|by|with|any|such|this|that|these|those|is|are|be)
      | [\w.-]{0,8}(?:\(\w{1,6}\))+(?:-\(\w{1,6}\))*     # a cross-reference: 1(a)(ii)
      | \W{1,3}                                            # punctuation
    )[,;.:]?$
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
"""A word whose change alone says nothing new: a function word, a cross-reference that was
renumbered, punctuation."""


def norm(text: str | None) -> str:
    """``text`` with white space collapsed, case folded (``None`` as empty)."""
    return " ".join((text or "").split()).casefold()


def similarity(a: str | None, b: str | None) -> float:
    """How alike two texts are, word by word (0.0–1.0; two empty texts are alike)."""
    wa, wb = norm(a).split(), norm(b).split()
    if not wa and not wb:
        return 1.0
    return difflib.SequenceMatcher(None, wa, wb).ratio()


class Ratios:
    """Word similarities with a floor, reusing one matcher per second sequence.

    :class:`difflib.SequenceMatcher` indexes its second sequence; the greedy
    alignment compares each new item with every old one, so the new item's
    words are indexed once.  Sequences are keyed by identity and kept alive.
    """

    def __init__(self) -> None:
        self._matchers: dict[int, tuple[difflib.SequenceMatcher[str], Sequence[str]]] = {}

    def ratio(self, a: Sequence[str], b: Sequence[str], floor: float) -> float:
        """The word similarity of ``a`` and ``b``, or 0.0 when it cannot reach ``floor``."""
        if not a and not b:
            return 1.0
        if 2.0 * min(len(a), len(b)) / (len(a) + len(b)) < floor:
            return 0.0
        if len(b) < 200 and a == b:  # no autojunk below 200 words: identical is exactly 1.0
            return 1.0
        found = self._matchers.get(id(b))
        if found is None:
            matcher: difflib.SequenceMatcher[str] = difflib.SequenceMatcher(None)
            matcher.set_seq2(b)
            self._matchers[id(b)] = (matcher, b)
        else:
            matcher = found[0]
        matcher.set_seq1(a)
        if matcher.quick_ratio() < floor:
            return 0.0
        return matcher.ratio()


def word_diff(old: str, new: str) -> tuple[tuple[str, str], ...]:
    """A word-level diff: ``(op, words)`` with op ``equal``, ``delete`` or ``insert``."""
    a, b = old.split(), new.split()
    out: list[tuple[str, str]] = []

    def emit(op: str, words: list[str]) -> None:
        if not words:
            return
        if out and out[-1][0] == op:
            out[-1] = (op, out[-1][1] + " " + " ".join(words))
        else:
            out.append((op, " ".join(words)))

    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            emit("equal", a[i1:i2])
        else:
            emit("delete", a[i1:i2])
            emit("insert", b[j1:j2])
    return tuple(out)


def greedy(
    news: Sequence[Any],
    olds: Sequence[Any],
    score: Callable[[Any, Any], float | None],
    candidates: Sequence[Sequence[int]] | None = None,
) -> list[tuple[Any, Any]]:
    """One-to-one pairs by descending score (ties: document order).  ``candidates``, when
    given, lists for each new item the indexes of the old items it is scored against
    (all of them otherwise)."""
    scored = []
    every = range(len(olds))
    for i, new in enumerate(news):
        for j in every if candidates is None else candidates[i]:
            value = score(new, olds[j])
            if value is not None:
                scored.append((-value, i, j))
    scored.sort()
    used_new: set[int] = set()
    used_old: set[int] = set()
    pairs = []
    for _, i, j in scored:
        if i in used_new or j in used_old:
            continue
        used_new.add(i)
        used_old.add(j)
        pairs.append((news[i], olds[j]))
    return pairs


def trivial_change(old: str, new: str) -> bool:
    """Whether ``old`` and ``new`` differ only in :data:`TRIVIAL_WORD` words."""
    for op, words in word_diff(old, new):
        if op != "equal" and not all(TRIVIAL_WORD.match(w) for w in words.split()):
            return False
    return True


__all__ = [
    "TRIVIAL_WORD",
    "Ratios",
    "greedy",
    "norm",
    "similarity",
    "trivial_change",
    "word_diff",
]
