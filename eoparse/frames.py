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
from eoparse.model import (
    Authority,
    Designation,
    EmergencyAction,
    Grant,
    Instrument,
    Order,
    Reference,
    Section,
    Span,
)

KINDS = (
    "orders",
    "sections",
    "authorities",
    "references",
    "emergencies",
    "designations",
    "grants",
)
"""The kinds of rows :func:`records` and :func:`to_frame` make."""

SEPARATOR = "; "
"""What joins the members of a list in one cell."""

DATE_COLUMNS = ("signed", "target_date", "deadline_date")
"""Columns :func:`to_frame` converts to pandas datetimes."""

COMMON = ("order", "order_kind", "order_number", "signed", "path", "start", "end", "quote")
"""The columns every table starts with."""
_TARGET = ("target", "target_kind", "target_number", "target_date", "target_series")
COLUMNS: dict[str, tuple[str, ...]] = {
    "orders": (
        "title", "president", "citation", "document_number", "source_format", "sections",
        "authorities", "references", "emergencies", "designations", "grants", "warnings",
    ),
    "sections": ("number", "heading", "section_kind", "parent", "depth", "words"),
    "authorities": ("name", "short", "citations", "act_sections"),
    "references": (
        "relation", *_TARGET, "partial", "target_sections", "amendments", "statement",
    ),
    "emergencies": ("action", *_TARGET, "statutes", "threat"),
    "designations": ("designee", "designation", "basis", "directed"),
    "grants": (
        "actor", "modality", "action", "deadline", "deadline_days", "deadline_date", "basis",
        "co_actors", "resolved",
    ),
}  # fmt: skip
"""The columns of each kind of table after :data:`COMMON`."""

INSTALL_HINT = "pip install 'eoparse[pandas]'"


class MissingDependency(EOParseError, ImportError):
    """An optional dependency is not installed (both an ``EOParseError`` and an ``ImportError``)."""


def _join(values: Iterable[str]) -> str:
    return SEPARATOR.join(values)


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


def _target(target: Instrument | None) -> dict[str, Any]:
    return {
        "target": target.label() if target else None,
        "target_kind": target.kind.value if target else None,
        "target_number": target.number if target else None,
        "target_date": target.date if target else None,
        "target_series": target.series if target else None,
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
            "authorities": len(order.authorities),
            "references": len(order.references),
            "emergencies": len(order.emergencies),
            "designations": len(order.designations),
            "grants": len(order.grants),
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


def _authority_row(order: Order, item: Authority) -> dict[str, Any]:
    row = _common(order, item.where, item.span)
    row.update(
        {
            "name": item.name,
            "short": item.short,
            "citations": _join(item.citations),
            "act_sections": _join(item.sections),
        }
    )
    return row


def _reference_row(order: Order, item: Reference) -> dict[str, Any]:
    row = _common(order, item.where, item.span)
    row.update({"relation": item.relation.value, **_target(item.target)})
    row.update(
        {
            "partial": item.partial,
            "target_sections": _join(item.target_sections),
            "amendments": len(item.amendments),
            "statement": order.quote(item.statement) if item.statement else None,
        }
    )
    return row


def _emergency_row(order: Order, item: EmergencyAction) -> dict[str, Any]:
    row = _common(order, item.where, item.span)
    row.update({"action": item.action.value, **_target(item.target)})
    row.update({"statutes": _join(item.statutes), "threat": item.threat})
    return row


def _designation_row(order: Order, item: Designation) -> dict[str, Any]:
    row = _common(order, item.where, item.span)
    row.update(
        {
            "designee": item.designee,
            "designation": item.designation,
            "basis": _join(item.basis),
            "directed": item.directed,
        }
    )
    return row


def _grant_row(order: Order, item: Grant) -> dict[str, Any]:
    row = _common(order, item.where, item.span)
    row.update(
        {
            "actor": item.actor,
            "modality": item.modality.value,
            "action": item.action,
            "deadline": item.deadline,
            "deadline_days": item.deadline_days,
            "deadline_date": item.deadline_date,
            "basis": _join(item.basis),
            "co_actors": _join(item.co_actors),
            "resolved": item.resolved,
        }
    )
    return row


def _item_rows(order: Order, kind: str) -> list[dict[str, Any]]:
    if kind == "authorities":
        return [_authority_row(order, a) for a in order.authorities]
    if kind == "references":
        return [_reference_row(order, r) for r in order.references]
    if kind == "emergencies":
        return [_emergency_row(order, e) for e in order.emergencies]
    if kind == "designations":
        return [_designation_row(order, d) for d in order.designations]
    return [_grant_row(order, g) for g in order.grants]


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
