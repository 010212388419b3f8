"""Memory per input byte (issue 18): a 20 MB text once peaked at 75 bytes a byte.

Each section held its own copy of its text, children included, so a text nested
four deep was stored about four times over.  Sections now slice the order's one
text.  Python allocations are measured with ``tracemalloc`` (RSS would measure
the interpreter and the other tests too); ``benchmarks/bench_memory.py --nested``
measures RSS on larger texts.
"""

from __future__ import annotations

import gc
import pickle
import tracemalloc

from eoparse import Order, parse_text
from eoparse.model.items import Section

from .synthetic_orders import nested_order

BYTES_PER_BYTE = 30.0  # the bound on the peak
RETAINED_PER_BYTE = 9.0  # what the finished Order holds: 10.3 when sections held copies


def test_nested_text_stays_within_the_memory_bound() -> None:
    text = nested_order(150_000)
    parse_text(nested_order(5_000))  # warm-up: compiled patterns and caches are not the parse
    gc.collect()
    tracemalloc.start()
    try:
        order = parse_text(text)
        retained, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sum(1 for _ in order.walk()) > 1500
    assert peak / len(text) <= BYTES_PER_BYTE
    assert retained / len(text) <= RETAINED_PER_BYTE


def test_sections_slice_the_order_text() -> None:
    order = parse_text(nested_order(5_000))
    deepest = max(order.walk(), key=lambda s: s.path.count("("))
    assert deepest.path.count("(") == 3  # 1(a)(i)(A)
    for section in order.walk():
        assert section.text == order.text[section.span[0] : section.span[1]]
    again = Order.from_dict(order.to_dict())
    assert again == order
    assert [s.text for s in again.walk()] == [s.text for s in order.walk()]
    unpickled = pickle.loads(pickle.dumps(order))
    assert unpickled == order
    assert hash(unpickled.sections) == hash(order.sections)
    # the order's text is pickled once, not once per section
    assert len(pickle.dumps(order)) < 2 * len(order.text) + 200 * sum(1 for _ in order.walk())


def test_a_section_made_by_hand_keeps_its_own_text() -> None:
    own = Section("1", "1", None, (10, 15), text="Sec. 1. Purpose.")
    assert own.text == "Sec. 1. Purpose."
    shared = Section("1", "1", None, (0, 16), source="Sec. 1. Purpose. More.")
    assert shared.text == "Sec. 1. Purpose."
    assert shared == Section("1", "1", None, (0, 16), text="Sec. 1. Purpose.")
    assert shared != Section("1", "1", None, (0, 16), text="Sec. 1. Purposes")
