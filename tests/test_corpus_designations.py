"""Designations over the corpus: the rates issue #14 asks for, measured on every text file.

The orders are the ones :func:`tests.test_corpus.parsed` parses once per session,
so these tests add no parse of their own.  Each prints its misses.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from eoparse.model import DesignationCategory, Order

from .conftest import EVAL_DEV, corpus_index, requires_corpus
from .test_corpus import parsed

pytestmark = [requires_corpus, pytest.mark.corpus]


def _titled(words: str) -> list[tuple[str, Order]]:
    """(file, order) for every text file whose index title contains ``words``."""
    titles = {}
    for row in corpus_index():
        for file in row["files"].split(";"):
            titles[file] = row["title"]
    return [
        (file, order)
        for file, order in parsed().items()
        if words.casefold() in titles.get(file, "").casefold()
    ]


def _count(order: Order, category: DesignationCategory) -> int:
    return sum(1 for d in order.designations if d.category is category)


def test_every_order_of_succession_ranks_three_offices_or_more() -> None:
    orders = _titled("Providing an Order of Succession")
    assert len(orders) >= 35
    short = {
        file: _count(order, DesignationCategory.SUCCESSION)
        for file, order in orders
        if _count(order, DesignationCategory.SUCCESSION) < 3
    }
    print(short)
    assert short == {}
    for _, order in orders:
        ranks = [d.rank for d in order.designations if d.category is DesignationCategory.SUCCESSION]
        assert ranks[0] == 1
        assert ranks == sorted(ranks)  # a shared rank (oath) repeats, none goes back


def test_blocking_property_orders_yield_a_sanctions_designation() -> None:
    """61 of the 62: EO 13372 ("Clarification of Certain Executive Orders Blocking
    Property …") blocks nobody; it rewrites other orders' donation provisions."""
    orders = _titled("Blocking Property")
    assert len(orders) >= 60
    missing = [file for file, order in orders if _count(order, DesignationCategory.SANCTIONS) == 0]
    print(missing)
    assert len(missing) <= 1
    assert (len(orders) - len(missing)) / len(orders) >= 0.98


@pytest.mark.skipif(not EVAL_DEV.is_dir(), reason=f"no eval-dev tables at {EVAL_DEV}")
def test_dev_files_without_designations_yield_none() -> None:
    empty = []
    for path in sorted((EVAL_DEV / "powers").glob("*.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        if "designations" in truth and not truth["designations"]:
            empty.append(truth["file"])
    assert len(empty) >= 2
    found = {file: len(parsed()[file].designations) for file in empty}
    print(found)
    assert not any(found.values())


def test_designation_figures_over_the_corpus() -> None:
    """Floors a little under what the extractor finds today (1,435 documents)."""
    counts: Counter[str] = Counter()
    orders_with = 0
    for order in parsed().values():
        counts.update(d.category.value for d in order.designations)
        orders_with += bool(order.designations)
    print(dict(counts), orders_with)
    assert counts["sanctions"] >= 400
    assert counts["succession"] >= 400
    assert counts["organization"] >= 12
    assert counts["place"] >= 6
    assert counts["official"] >= 12
    assert counts["terrorist_organization"] >= 3
    assert counts["global_terrorist"] >= 3
    assert orders_with >= 150
    names = [
        d
        for order in parsed().values()
        for d in order.designations
        if d.names and "Annex" in d.designee
    ]
    assert len(names) >= 8  # Annexes printed as text give their entries
