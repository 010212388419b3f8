"""The JSON contract: to_dict/from_dict round trip, the published schema, stable bytes."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from eoparse import EOParseError, Order, parse_text
from eoparse.present.export import order_from_dict

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "docs" / "schema.json").read_text())

ORDER = (
    "Executive Order 14981 of June 2, 2026\n\nRound Trips\n\n"
    "By the authority vested in me as President, it is hereby ordered:\n\n"
    "Section 1. Policy. (a) The Secretary of Energy shall act.\n\n(b) The Secretary may report.\n\n"
    "THE WHITE HOUSE,\nJune 2, 2026.\n"
)


def test_round_trip_and_schema() -> None:
    order = parse_text(ORDER)
    data = order.to_dict()
    jsonschema.validate(data, SCHEMA)
    assert Order.from_dict(data) == order
    assert Order.from_dict(json.loads(order.to_json())) == order
    assert data["schema_version"] == 2
    assert data["sections"][0]["children"][1]["path"] == "1(b)"
    assert data["signed"] == "2026-06-02"


def test_json_is_stable() -> None:
    assert parse_text(ORDER).to_json() == parse_text(ORDER).to_json()


def test_the_schema_rejects_what_breaks_the_contract() -> None:
    data = parse_text(ORDER).to_dict()
    data["kind"] = "decree"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"schema_version": 1}, "schema_version"),
        ({"signed": "June 2"}, "signed"),
        ({"text": None}, "text"),
    ],
)
def test_from_dict_names_the_bad_field(change: dict[str, object], message: str) -> None:
    data = parse_text(ORDER).to_dict()
    if change.get("text", 0) is None:
        del data["text"]
    else:
        data.update(change)
    with pytest.raises(EOParseError, match=message):
        order_from_dict(data)
