"""Orders as plain JSON-ready data, and back (the schema_version contract).

``order_to_dict`` writes exactly the shapes ``docs/schema.json`` publishes;
``order_from_dict`` reads them back so that
``order_from_dict(order_to_dict(o)) == o``.  Keys are written in a fixed
order, so the same order always gives byte-identical JSON.

Extracted items are written and read generically, kind by kind from the
registry (:mod:`eoparse.kinds`): an entry's ``fields`` name the keys, and a
value is converted by its type (enums by value, dates as ISO strings, spans
and tuples as lists, referenced documents and amendments as objects).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import types
import typing
from typing import Any

import attrs

from eoparse.errors import EOParseError
from eoparse.kinds import KINDS, kind_of
from eoparse.model import (
    SCHEMA_VERSION,
    Amendment,
    Instrument,
    Order,
    ParseWarning,
    Section,
    Span,
    WordBox,
)

# -- writing --------------------------------------------------------------------------


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _span(value: Span | None) -> list[int] | None:
    return [value[0], value[1]] if value is not None else None


def plain(value: Any) -> Any:
    """A model value as plain JSON data (recursively)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value.value if isinstance(value, enum.Enum) else value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if attrs.has(type(value)):
        return {f.name: plain(getattr(value, f.name)) for f in attrs.fields(type(value))}
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def section_to_dict(section: Section) -> dict[str, Any]:
    """One section and its children."""
    return {
        "path": section.path,
        "number": section.number,
        "heading": section.heading,
        "kind": section.kind.value,
        "span": _span(section.span),
        "children": [section_to_dict(child) for child in section.children],
    }


def instrument_to_dict(target: Instrument | None) -> dict[str, Any] | None:
    """A referenced document: kind, number, date, series."""
    result: dict[str, Any] | None = plain(target)
    return result


def item_to_dict(item: Any) -> dict[str, Any]:
    """An extracted item of any registered kind, with its kind's keys in order."""
    return {name: plain(getattr(item, name)) for name in kind_of(item).fields}


def order_to_dict(order: Order) -> dict[str, Any]:
    """The whole order, in the schema_version shape."""
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "kind": order.kind.value,
        "number": order.number,
        "title": order.title,
        "signed": _date(order.signed),
        "president": order.president,
        "citation": order.citation,
        "document_number": order.document_number,
        "sections": [section_to_dict(s) for s in order.sections],
    }
    for item_kind in KINDS:
        data[item_kind.name] = [item_to_dict(item) for item in item_kind.items(order)]
    data.update(
        {
            "warnings": [plain(w) for w in order.warnings],
            "preamble": _span(order.preamble),
            "signature": _span(order.signature),
            "quotations": [_span(q) for q in order.quotations],
            "pages": [[offset, page] for offset, page in order.pages],
            "boxes": [list(box) for box in order.boxes],
            "source_format": order.source_format,
            "text": order.text,
        }
    )
    return data


def order_to_json(order: Order, *, indent: int | None = 2) -> str:
    """:func:`order_to_dict` as JSON text."""
    return json.dumps(order_to_dict(order), indent=indent, ensure_ascii=False)


# -- reading back ------------------------------------------------------------------


def _parse_date(value: Any, field: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as error:
        raise EOParseError(f"{field}: {value!r} is not an ISO date") from error


def _pair(value: Any, field: str) -> Span:
    try:
        start, end = value
        return (int(start), int(end))
    except (TypeError, ValueError) as error:
        raise EOParseError(f"{field}: expected [start, end], got {value!r}") from error


def _box(value: Any) -> WordBox:
    try:
        start, end, page, x0, top, x1, bottom = value
        return (int(start), int(end), int(page), float(x0), float(top), float(x1), float(bottom))
    except (TypeError, ValueError) as error:
        raise EOParseError(f"boxes: expected 7 numbers, got {value!r}") from error


def _optional_pair(value: Any, field: str) -> Span | None:
    return None if value is None else _pair(value, field)


def section_from_dict(data: dict[str, Any], text: str) -> Section:
    """A section from :func:`section_to_dict` output; ``text`` is the order's text."""
    span = _pair(data["span"], f"section {data.get('path')} span")
    return Section(
        path=data["path"],
        number=data["number"],
        heading=data.get("heading"),
        span=span,
        children=tuple(section_from_dict(child, text) for child in data.get("children", ())),
        kind=data.get("kind", "section"),
        source=text,
    )


@functools.cache
def _field_types(cls: type) -> dict[str, Any]:
    """The resolved type of each field of an attrs class."""
    return typing.get_type_hints(cls)


def _decode(tp: Any, value: Any, field: str) -> Any:
    """``value`` read as type ``tp`` (the annotation of a model field)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [t for t in typing.get_args(tp) if t is not type(None)]
        if value is None:
            return None
        return _decode(options[0], value, field) if len(options) == 1 else value
    if tp is Span or (origin is tuple and typing.get_args(tp) == (int, int)):
        return _pair(value, field)
    if origin is tuple:
        member = typing.get_args(tp)[0]
        if not isinstance(value, list | tuple):
            raise EOParseError(f"{field}: expected a list, got {value!r}")
        return tuple(_decode(member, v, field) for v in value)
    if tp is dt.date:
        return _parse_date(value, field)
    if tp is bool:
        return bool(value)
    if isinstance(tp, type) and attrs.has(tp):
        return from_plain(tp, value, field)
    return value


def from_plain(cls: type, data: Any, what: str) -> Any:
    """An instance of the attrs class ``cls`` from :func:`plain` output.

    Keys that are absent take the field's default; a required key that is
    absent is an :class:`~eoparse.errors.EOParseError` naming it.
    """
    if not isinstance(data, dict):
        raise EOParseError(f"{what}: expected an object, got {data!r}")
    hints = _field_types(cls)
    values: dict[str, Any] = {}
    for field in attrs.fields(cls):
        if field.name not in data:
            if field.default is attrs.NOTHING:
                raise EOParseError(f"{what}: missing field {field.name!r}")
            continue
        values[field.name] = _decode(hints[field.name], data[field.name], f"{what} {field.name}")
    return cls(**values)


def instrument_from_dict(data: dict[str, Any] | None) -> Instrument | None:
    """A referenced document from :func:`instrument_to_dict` output."""
    if data is None:
        return None
    result: Instrument = from_plain(Instrument, data, "target")
    return result


def amendment_from_dict(data: dict[str, Any]) -> Amendment:
    """An amendment from its JSON object."""
    result: Amendment = from_plain(Amendment, data, "amendment")
    return result


def order_from_dict(data: dict[str, Any]) -> Order:
    """Rebuild an :class:`Order` from :func:`order_to_dict` output.

    Raises :class:`~eoparse.errors.EOParseError` naming the field when the
    data does not follow the contract.
    """
    if not isinstance(data, dict):
        raise EOParseError(f"expected a dict, got {type(data).__name__}")
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise EOParseError(f"schema_version {version!r} is not {SCHEMA_VERSION}")
    try:
        text = data["text"]
        found = {
            item_kind.name: tuple(
                from_plain(item_kind.cls, item, item_kind.noun)
                for item in data.get(item_kind.name, ())
            )
            for item_kind in KINDS
        }
        return Order(
            kind=data["kind"],
            number=data.get("number"),
            title=data.get("title"),
            signed=_parse_date(data.get("signed"), "signed"),
            president=data.get("president"),
            citation=data.get("citation"),
            document_number=data.get("document_number"),
            text=text,
            sections=tuple(section_from_dict(s, text) for s in data.get("sections", ())),
            preamble=_optional_pair(data.get("preamble"), "preamble"),
            signature=_optional_pair(data.get("signature"), "signature"),
            quotations=tuple(_pair(q, "quotation") for q in data.get("quotations", ())),
            pages=tuple(_pair(p, "page") for p in data.get("pages", ())),
            boxes=tuple(_box(b) for b in data.get("boxes", ())),
            source_format=data.get("source_format", "text"),
            warnings=tuple(
                from_plain(ParseWarning, w, "warning") for w in data.get("warnings", ())
            ),
            **found,
        )
    except KeyError as error:
        raise EOParseError(f"missing field {error.args[0]!r}") from error
    except (ValueError, TypeError) as error:
        raise EOParseError(f"invalid value: {error}") from error


__all__ = [
    "from_plain",
    "instrument_from_dict",
    "instrument_to_dict",
    "item_to_dict",
    "order_from_dict",
    "order_to_dict",
    "order_to_json",
    "plain",
    "section_from_dict",
    "section_to_dict",
]
