"""The registry of item kinds: every kind is complete, and everything iterates over it."""

from __future__ import annotations

import attrs
import pytest

import eoparse
from eoparse.compare import CATEGORIES
from eoparse.compare.rules import generic_rule, rule_for
from eoparse.kinds import BY_NAME, EXTRACTION_ORDER, KINDS, ItemKind, kind, kind_of
from eoparse.model import Order
from eoparse.present import frames
from eoparse.present.export import item_to_dict, order_to_dict
from eoparse.present.html import order_html

from .conftest import SAMPLES


@pytest.fixture(scope="module")
def order() -> Order:
    return eoparse.parse(SAMPLES / "designating_organizations.txt")


@pytest.mark.parametrize("item_kind", KINDS, ids=lambda k: k.name)
def test_every_field_of_the_model_class_is_written(item_kind: ItemKind) -> None:
    names = {f.name for f in attrs.fields(item_kind.cls)}
    assert set(item_kind.fields) == names, item_kind.name
    assert len(set(item_kind.fields)) == len(item_kind.fields)


@pytest.mark.parametrize("item_kind", KINDS, ids=lambda k: k.name)
def test_the_order_holds_each_kind_under_its_name(item_kind: ItemKind) -> None:
    field = attrs.fields_dict(Order)[item_kind.name]
    assert field.default == ()


def test_names_letters_and_extraction_order() -> None:
    assert [k.name for k in KINDS] == [
        "authorities", "references", "emergencies", "designations", "measures", "grants",
        "bodies",
    ]  # fmt: skip
    assert len({k.letter for k in KINDS}) == len(KINDS)
    assert set(EXTRACTION_ORDER) == set(KINDS)
    assert len(EXTRACTION_ORDER) == len(KINDS)
    assert kind("grants") is BY_NAME["grants"]
    with pytest.raises(ValueError, match="decrees"):
        kind("decrees")
    with pytest.raises(TypeError, match="str"):
        kind_of("not an item")


def test_json_frames_diff_and_display_follow_the_registry(order: Order) -> None:
    data = order_to_dict(order)
    for item_kind in KINDS:
        assert data[item_kind.name] == [item_to_dict(i) for i in item_kind.items(order)]
        assert item_kind.name in frames.KINDS
        assert frames.columns(item_kind.name)[len(frames.COMMON) :] == item_kind.column_names
        assert item_kind.name in CATEGORIES
    page = order_html(order)
    for item_kind in KINDS:
        if item_kind.items(order):
            assert f"{item_kind.title} ({len(item_kind.items(order))})" in page


def test_every_item_finds_its_kind_and_label(order: Order) -> None:
    for item_kind in KINDS:
        for item in item_kind.items(order):
            assert kind_of(item) is item_kind
            assert item_kind.label(item)
            assert len(item_kind.cells) >= 1
            hash(item_kind.identity(item))


def test_a_kind_without_its_own_rule_gets_the_generic_one(order: Order) -> None:
    grants = BY_NAME["grants"]
    rule = generic_rule(grants)
    units = rule.units(order, -1)
    assert len(units) == len(order.grants)
    # an item is always its own best match under the generic rule
    first = units[0]
    assert rule.score(first, first, None) == 2.0  # type: ignore[arg-type]
    assert rule.fields(first.item, first.item) == ()
    for item_kind in KINDS:
        assert rule_for(item_kind) is not None
