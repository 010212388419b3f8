"""Comparing orders: the powers diff and the consolidated text.

- :func:`diff` (``eoparse.diff(old, new)``) aligns the extracted items of one
  or more old orders with those of a new one (:mod:`~eoparse.compare.align`, with the
  per-kind rules of :mod:`~eoparse.compare.rules` and the section alignment of
  :mod:`~eoparse.compare.sections`) and gives a :class:`PowerDiff`
  (:mod:`~eoparse.compare.result`), readable as text
  (:mod:`~eoparse.compare.render`), HTML or JSON;
- :func:`consolidate` (``eoparse.consolidate``) applies the textual
  amendments later orders state (:mod:`~eoparse.compare.consolidate`).
"""

from __future__ import annotations

from eoparse.compare.align import diff
from eoparse.compare.consolidate import AppliedChange, Consolidated, consolidate
from eoparse.compare.related import relate
from eoparse.compare.result import (
    CATEGORIES,
    Change,
    FieldChange,
    Headline,
    ItemChange,
    OrderRef,
    PowerDiff,
    Relatedness,
    SectionChange,
    Side,
)
from eoparse.compare.similar import similarity, word_diff

__all__ = [
    "CATEGORIES",
    "AppliedChange",
    "Change",
    "Consolidated",
    "FieldChange",
    "Headline",
    "ItemChange",
    "OrderRef",
    "PowerDiff",
    "Relatedness",
    "SectionChange",
    "Side",
    "consolidate",
    "diff",
    "relate",
    "similarity",
    "word_diff",
]
