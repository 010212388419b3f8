"""The units the diff aligns and the field changes it records: shared by every rule."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from attrs import frozen

from eoparse.compare.result import FieldChange, Side
from eoparse.compare.similar import norm, word_diff
from eoparse.model import Order, Span
from eoparse.present.export import plain

Item = Any
"""An extracted item of any registered kind."""


@frozen
class Unit:
    """An item to align: the order it comes from (its index: -1 new, 0… old) and its quote."""

    source: int
    order: Order
    item: Item
    span: Span
    position: int

    @property
    def where(self) -> str:
        """The section path of the item."""
        where: str = self.item.where
        return where

    def side(self) -> Side:
        """This unit as one side of a change."""
        return Side(
            self.order.label(), self.where, self.span, self.order.quote(self.span), self.item
        )


def set_field(name: str, old: Iterable[str], new: Iterable[str]) -> FieldChange | None:
    old_t, new_t = tuple(dict.fromkeys(old)), tuple(dict.fromkeys(new))
    if set(old_t) == set(new_t):
        return None
    return FieldChange(
        name,
        old_t,
        new_t,
        added=tuple(v for v in new_t if v not in old_t),
        removed=tuple(v for v in old_t if v not in new_t),
    )


def text_field(name: str, old: str | None, new: str | None) -> FieldChange | None:
    if norm(old) == norm(new):
        return None
    words = word_diff(old or "", new or "") if old and new else ()
    return FieldChange(name, old, new, words=words)


def value_field(name: str, old: Any, new: Any) -> FieldChange | None:
    return None if old == new else FieldChange(name, plain(old), plain(new))


def fields_of(*candidates: FieldChange | None) -> tuple[FieldChange, ...]:
    return tuple(c for c in candidates if c is not None)


def plain_units(items: Iterable[Item], order: Order, source: int) -> list[Unit]:
    """One unit per item, in order."""
    return [Unit(source, order, item, item.span, i) for i, item in enumerate(items)]


__all__ = ["Item", "Unit", "fields_of", "plain_units", "set_field", "text_field", "value_field"]
