"""Tables: records(order, kind) without pandas, to_frame with it, a clear ImportError without."""

from __future__ import annotations

import sys

import pytest

import eoparse
from eoparse import Order
from eoparse.present.frames import (
    COMMON,
    KINDS,
    MissingDependency,
    columns,
    csv_rows,
    records,
    to_frame,
)

from .conftest import SAMPLES


@pytest.fixture(scope="module")
def order() -> Order:
    return eoparse.parse(SAMPLES / "designating_organizations.txt")


@pytest.fixture(scope="module")
def task_force() -> Order:
    return eoparse.parse(SAMPLES / "port_security_task_force.txt")


@pytest.mark.parametrize("kind", KINDS)
def test_rows_have_the_documented_columns(order: Order, task_force: Order, kind: str) -> None:
    source = task_force if kind == "bodies" else order  # the FTO sample establishes no body
    rows = records(source, kind)
    assert rows, kind
    for row in rows:
        assert tuple(row) == columns(kind)
        assert tuple(row)[: len(COMMON)] == COMMON
        assert row["order"] == source.label()
        assert row["order_number"] == source.number


EXPECTED_ROWS = [
    ("orders", 1),
    ("sections", None),
    ("authorities", None),
    ("references", None),
    ("emergencies", None),
    ("designations", None),
    ("grants", None),
]


@pytest.mark.parametrize(("kind", "count"), EXPECTED_ROWS)
def test_one_row_per_item(order: Order, kind: str, count: int | None) -> None:
    expected = count if count is not None else (
        sum(1 for _ in order.walk()) if kind == "sections" else len(getattr(order, kind))
    )  # fmt: skip
    assert len(records(order, kind)) == expected


def test_rows_quote_the_item(order: Order) -> None:
    for kind in KINDS[1:]:
        for row in records(order, kind):
            assert row["quote"] == order.text[row["start"] : row["end"]]
    (grant, *_) = records(order, "grants")
    assert grant["path"] == order.grants[0].where
    assert grant["actor"] == order.grants[0].actor
    designation = records(order, "designations")[0]
    assert designation["basis"] == "8 U.S.C. 1189"  # lists joined with "; "
    sections = {row["path"]: row for row in records(order, "sections")}
    assert sections["1"]["depth"] == 1
    assert all(row["parent"] is None or row["parent"] in sections for row in sections.values())


def test_several_orders_and_csv_rows(order: Order) -> None:
    other = eoparse.parse(SAMPLES / "border_emergency_2019.txt")
    rows = records([order, other], "orders")
    assert [r["order"] for r in rows] == ["Executive Order 14901", "Proclamation 9871"]
    assert csv_rows(other, "orders")[0]["signed"] == "2019-02-12"
    references = records(eoparse.parse(SAMPLES / "border_emergency_2025.txt"), "references")
    revokes = next(r for r in references if r["relation"] == "revokes")
    assert revokes["target"] == "Proclamation 10150"
    assert revokes["statement"].endswith("is hereby revoked.")


def test_unknown_kind(order: Order) -> None:
    with pytest.raises(ValueError, match="grants"):
        records(order, "powers")
    with pytest.raises(ValueError, match="grants"):
        columns("powers")


def test_to_frame_with_pandas(order: Order) -> None:
    pandas = pytest.importorskip("pandas")
    frame = order.to_frame("grants")
    assert list(frame.columns) == list(columns("grants"))
    assert len(frame) == len(order.grants)
    assert str(frame["signed"].dtype).startswith("datetime64")
    assert str(frame["deadline_days"].dtype) == "Int64"
    empty = to_frame(eoparse.parse(SAMPLES / "memorandum.txt"), "designations")
    assert list(empty.columns) == list(columns("designations"))
    assert isinstance(empty, pandas.DataFrame)


def test_without_pandas_an_import_error_says_how_to_install(
    order: Order, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if it were not installed
    with pytest.raises(ImportError, match=r"pip install 'eoparse\[pandas\]'") as caught:
        order.to_frame("orders")
    assert isinstance(caught.value, MissingDependency)
    assert isinstance(caught.value, eoparse.EOParseError)
    assert records(order, "orders")  # plain rows need nothing
