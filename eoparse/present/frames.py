"""Orders as tables: one row per order, section or extracted item.

:func:`records` gives plain rows (dicts of str, int, bool, date or None) and
needs nothing beyond eoparse; :func:`to_frame` turns them into a pandas
DataFrame (``pip install 'eoparse[pandas]'``).  ``order.to_frame(kind)`` and
``corpus.to_frame(kind)`` call them.

Every row starts with the same columns: ``order`` (its label), ``order_kind``,
``order_number``, ``signed``, ``path`` (the section path, ``preamble`` or
``signature``; ``None`` for a row of kind ``orders``), ``start``, ``end`` (the
span in ``order.text``) and ``quote`` (the exact words).  Lists (citations,
basis, statutes …) are joined with ``"; "`` so that rows fit a CSV file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from eoparse.errors import EOParseError
from eoparse.kinds import BY_NAME, SEPARATOR
from eoparse.kinds import KINDS as ITEM_KINDS
from eoparse.model import Order, Section, Span

KINDS = ("orders", "sections", *(kind.name for kind in ITEM_KINDS))
"""The kinds of rows :func:`records` and :func:`to_frame` make: orders, sections and
every kind of extracted item in the registry (:mod:`eoparse.kinds`)."""

DATE_COLUMNS = ("signed", "target_date", "deadline_date")
"""Columns :func:`to_frame` converts to pandas datetimes."""

COMMON = ("order", "order_kind", "order_number", "signed", "path", "start", "end", "quote")
"""The columns every table starts with."""
COLUMNS: dict[str, tuple[str, ...]] = {
    "orders": (
        "title", "president", "citation", "document_number", "source_format", "sections",
        *(kind.name for kind in ITEM_KINDS), "warnings",
    ),
    "sections": ("number", "heading", "section_kind", "parent", "depth", "words"),
    **{kind.name: kind.column_names for kind in ITEM_KINDS},
}  # fmt: skip
"""The columns of each kind of table after :data:`COMMON`."""

INSTALL_HINT = "pip install 'eoparse[pandas]'"


class MissingDependency(EOParseError, ImportError):
    """An optional dependency is not installed (both an ``EOParseError`` and an ``ImportError``)."""


def _common(order: Order, path: str | None, span: Span) -> dict[str, Any]:
    return {
        "order": order.label(),
        "order_kind": order.kind.value,
        "order_number": order.number,
        "signed": order.signed,
        "path": path,
        "start": span[0],
        "end": span[1],
        "quote": order.quote(span),
    }


def _order_rows(order: Order) -> list[dict[str, Any]]:
    row = _common(order, None, (0, len(order.text)))
    row["quote"] = order.title
    row.update(
        {
            "title": order.title,
            "president": order.president,
            "citation": order.citation,
            "document_number": order.document_number,
            "source_format": order.source_format,
            "sections": sum(1 for _ in order.walk()),
            **{kind.name: len(kind.items(order)) for kind in ITEM_KINDS},
            "warnings": len(order.warnings),
        }
    )
    return [row]


def _section_rows(order: Order) -> list[dict[str, Any]]:
    rows = []

    def visit(section: Section, parent: str | None, depth: int) -> None:
        row = _common(order, section.path, section.span)
        row.update(
            {
                "number": section.number,
                "heading": section.heading,
                "section_kind": section.kind.value,
                "parent": parent,
                "depth": depth,
                "words": len(section.text.split()),
            }
        )
        rows.append(row)
        for child in section.children:
            visit(child, section.path, depth + 1)

    for top in order.sections:
        visit(top, None, 1)
    return rows


def _item_rows(order: Order, kind: str) -> list[dict[str, Any]]:
    item_kind = BY_NAME[kind]
    rows = []
    for item in item_kind.items(order):
        row = _common(order, item.where, item.span)
        row.update({column.name: column.value(order, item) for column in item_kind.columns})
        rows.append(row)
    return rows


_ROWS: dict[str, Callable[[Order], list[dict[str, Any]]]] = {
    "orders": _order_rows,
    "sections": _section_rows,
}


def records(orders: Order | Iterable[Order], kind: str) -> list[dict[str, Any]]:
    """One plain row per item of ``kind`` (one of :data:`KINDS`) in ``orders``.

    Raises ``ValueError`` naming the kinds for an unknown ``kind``.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
    many = (orders,) if isinstance(orders, Order) else orders
    rows: list[dict[str, Any]] = []
    for order in many:
        make = _ROWS.get(kind)
        rows.extend(make(order) if make else _item_rows(order, kind))
    return rows


def columns(kind: str) -> tuple[str, ...]:
    """The columns of a table of ``kind``, in order (known even when it has no rows)."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
    return COMMON + COLUMNS[kind]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as error:
        raise MissingDependency(f"to_frame() needs pandas: {INSTALL_HINT}") from error
    return pandas


def to_frame(orders: Order | Iterable[Order], kind: str) -> Any:
    """A pandas DataFrame of :func:`records` (dates as datetimes, numbers nullable).

    Raises :class:`MissingDependency` (an ``ImportError``) saying how to
    install pandas when it is not installed.
    """
    pandas = _pandas()
    rows = records(orders, kind)
    frame = pandas.DataFrame.from_records(rows, columns=list(columns(kind)))
    for name in DATE_COLUMNS:
        if name in frame.columns:
            frame[name] = pandas.to_datetime(frame[name], errors="coerce")
    for name in ("order_number", "target_number", "deadline_days"):
        if name in frame.columns:
            frame[name] = frame[name].astype("Int64")
    return frame


def _date(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def csv_rows(orders: Order | Iterable[Order], kind: str) -> list[dict[str, Any]]:
    """:func:`records` with dates as ISO strings, ready for :class:`csv.DictWriter`."""
    return [{k: _date(v) for k, v in row.items()} for row in records(orders, kind)]


__all__ = [
    "COLUMNS",
    "COMMON",
    "DATE_COLUMNS",
    "KINDS",
    "SEPARATOR",
    "MissingDependency",
    "columns",
    "csv_rows",
    "records",
    "to_frame",
]
