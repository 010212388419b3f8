"""The diff of large orders in near-linear time (issue 18).

Diffing 1 / 2 / 4 MB orders took 1.3 / 3.5 / 13 s: every new section was scored
against every old one (then against up to 128), each score a difflib ratio.
Past :data:`~eoparse.compare.sections.CANDIDATES` old sections a new section is
now scored against a bounded few found by index.  Checked twice, on the
synthetic order pairs of ``tests/synthetic_orders.py`` (ours, no corpus text):

* the number of candidates grows as the number of sections (a count: exact,
  whatever the machine's load);
* the CPU time of ``diff`` per doubling of the orders, 120 → 240 → 480 kB, in
  the style of ``tests/test_linear_time.py``: linear is 2, quadratic 4; a
  doubling may cost at most ``LIMIT`` (3) times, the best of a few turns, each
  turn timing both sizes one right after the other.
"""

from __future__ import annotations

import gc
import time
from functools import cache
from itertools import pairwise

import pytest

import eoparse
from eoparse.compare import sections
from eoparse.model import Order
from tests.synthetic_orders import order_pair

SIZES = (120_000, 240_000, 480_000)
"""Characters of the old order: about 190, 380 and 760 sections, all past the 128 old
sections below which the alignment is exhaustive."""

LIMIT = 3.0
"""At most this many times the time for twice the input (linear: 2, quadratic: 4)."""

ROUNDS = 3


@cache
def _pair(size: int) -> tuple[Order, Order]:
    old, new = order_pair(size)
    return eoparse.parse_text(old), eoparse.parse_text(new)


def _cpu(size: int) -> float:
    old, new = _pair(size)
    gc.collect()
    start = time.process_time()
    eoparse.diff(old, new)
    return time.process_time() - start


def test_the_synthetic_pairs_are_past_the_exhaustive_alignment() -> None:
    old, new = _pair(SIZES[0])
    assert len(old.sections) > sections.CANDIDATES
    assert len(new.sections) > sections.CANDIDATES
    assert len(_pair(SIZES[-1])[0].sections) > 3.5 * len(old.sections)


def test_section_candidates_grow_linearly() -> None:
    counts = []
    for size in SIZES:
        old, new = _pair(size)
        new_units = sections._section_units(new, -1)
        old_units = sections._section_units(old, 0)
        found = sections._candidates(new_units, old_units)
        counts.append(sum(len(c) for c in found) / len(new_units))
    # each new section: up to NEIGHBOURS identical and as many of the same path, BY_WORDS
    # sharing rare words, NEIGHBOURS each side of the place expected and that place
    bound = sections.NEIGHBOURS * 2 + sections.BY_WORDS + sections.NEIGHBOURS * 2 + 1
    assert all(count <= bound for count in counts), counts


@pytest.mark.parametrize(("small", "large"), list(pairwise(SIZES)))
def test_diff_time_grows_linearly(small: int, large: int) -> None:
    _pair(large)  # parsed before timing
    eoparse.diff(*_pair(small))  # warm
    best = float("inf")
    for _ in range(ROUNDS):
        ratio = _cpu(large) / max(_cpu(small), 1e-3)
        best = min(best, ratio)
        if best <= LIMIT:
            break
    assert best <= LIMIT, f"diff of {small} → {large} characters took {best:.2f}x the time"
