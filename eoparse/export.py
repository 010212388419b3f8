"""Orders as plain JSON-ready data, and back (the schema_version 1 contract).

``order_to_dict`` writes exactly the shapes ``docs/schema.json`` publishes;
``order_from_dict`` reads them back so that
``order_from_dict(order_to_dict(o)) == o``.  Keys are written in a fixed
order, so the same order always gives byte-identical JSON.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from eoparse.errors import EOParseError
from eoparse.model import (
    SCHEMA_VERSION,
    Amendment,
    Authority,
    Designation,
    EmergencyAction,
    Grant,
    Instrument,
    Order,
    Reference,
    Section,
    Span,
    WordBox,
)


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_date(value: Any, field: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as error:
        raise EOParseError(f"{field}: {value!r} is not an ISO date") from error


def _span(value: Span | None) -> list[int] | None:
    return [value[0], value[1]] if value is not None else None


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
    """A referenced document: kind, number, date."""
    if target is None:
        return None
    return {
        "kind": target.kind.value,
        "number": target.number,
        "date": _date(target.date),
        "series": target.series,
    }


def authority_to_dict(item: Authority) -> dict[str, Any]:
    """An invoked authority."""
    return {
        "name": item.name,
        "short": item.short,
        "citations": list(item.citations),
        "sections": list(item.sections),
        "where": item.where,
        "span": _span(item.span),
    }


def reference_to_dict(item: Reference) -> dict[str, Any]:
    """A reference to another presidential document."""
    return {
        "relation": item.relation.value,
        "target": instrument_to_dict(item.target),
        "partial": item.partial,
        "target_sections": list(item.target_sections),
        "where": item.where,
        "span": _span(item.span),
        "amendments": [
            {"strike": a.strike, "insert": a.insert, "position": a.position, "section": a.section}
            for a in item.amendments
        ],
        "statement": _span(item.statement),
    }


def emergency_to_dict(item: EmergencyAction) -> dict[str, Any]:
    """An action on a national emergency."""
    return {
        "action": item.action.value,
        "target": instrument_to_dict(item.target),
        "statutes": list(item.statutes),
        "threat": item.threat,
        "where": item.where,
        "span": _span(item.span),
    }


def designation_to_dict(item: Designation) -> dict[str, Any]:
    """A designation."""
    return {
        "designee": item.designee,
        "designation": item.designation,
        "basis": list(item.basis),
        "directed": item.directed,
        "where": item.where,
        "span": _span(item.span),
    }


def grant_to_dict(item: Grant) -> dict[str, Any]:
    """A grant of power or duty."""
    return {
        "actor": item.actor,
        "modality": item.modality.value,
        "action": item.action,
        "deadline": item.deadline,
        "deadline_days": item.deadline_days,
        "deadline_date": _date(item.deadline_date),
        "basis": list(item.basis),
        "co_actors": list(item.co_actors),
        "resolved": item.resolved,
        "where": item.where,
        "span": _span(item.span),
    }


def order_to_dict(order: Order) -> dict[str, Any]:
    """The whole order, in the schema_version 1 shape."""
    return {
        "schema_version": SCHEMA_VERSION,
        "kind": order.kind.value,
        "number": order.number,
        "title": order.title,
        "signed": _date(order.signed),
        "president": order.president,
        "citation": order.citation,
        "document_number": order.document_number,
        "sections": [section_to_dict(s) for s in order.sections],
        "authorities": [authority_to_dict(a) for a in order.authorities],
        "references": [reference_to_dict(r) for r in order.references],
        "emergencies": [emergency_to_dict(e) for e in order.emergencies],
        "designations": [designation_to_dict(d) for d in order.designations],
        "grants": [grant_to_dict(g) for g in order.grants],
        "warnings": list(order.warnings),
        "preamble": _span(order.preamble),
        "signature": _span(order.signature),
        "quotations": [_span(q) for q in order.quotations],
        "pages": [[offset, page] for offset, page in order.pages],
        "boxes": [list(box) for box in order.boxes],
        "source_format": order.source_format,
        "text": order.text,
    }


def order_to_json(order: Order, *, indent: int | None = 2) -> str:
    """:func:`order_to_dict` as JSON text."""
    return json.dumps(order_to_dict(order), indent=indent, ensure_ascii=False)


# -- reading back ------------------------------------------------------------------


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
        text=text[span[0] : span[1]],
        kind=data.get("kind", "section"),
    )


def instrument_from_dict(data: dict[str, Any] | None) -> Instrument | None:
    """A referenced document from :func:`instrument_to_dict` output."""
    if data is None:
        return None
    return Instrument(
        kind=data["kind"],
        number=data.get("number"),
        date=_parse_date(data.get("date"), "target date"),
        series=data.get("series"),
    )


def _target(data: dict[str, Any] | None) -> Instrument:
    target = instrument_from_dict(data)
    if target is None:
        raise EOParseError("reference without a target")
    return target


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
            authorities=tuple(
                Authority(
                    name=a.get("name"),
                    short=a.get("short"),
                    citations=a.get("citations", ()),
                    sections=a.get("sections", ()),
                    where=a["where"],
                    span=_pair(a["span"], "authority span"),
                )
                for a in data.get("authorities", ())
            ),
            references=tuple(
                Reference(
                    relation=r["relation"],
                    target=_target(r.get("target")),
                    partial=bool(r.get("partial", False)),
                    target_sections=r.get("target_sections", ()),
                    where=r["where"],
                    span=_pair(r["span"], "reference span"),
                    amendments=tuple(
                        Amendment(
                            strike=a.get("strike"),
                            insert=a.get("insert"),
                            position=a.get("position"),
                            section=a.get("section"),
                        )
                        for a in r.get("amendments", ())
                    ),
                    statement=_optional_pair(r.get("statement"), "statement"),
                )
                for r in data.get("references", ())
            ),
            emergencies=tuple(
                EmergencyAction(
                    action=e["action"],
                    target=instrument_from_dict(e.get("target")),
                    statutes=e.get("statutes", ()),
                    threat=e.get("threat"),
                    where=e["where"],
                    span=_pair(e["span"], "emergency span"),
                )
                for e in data.get("emergencies", ())
            ),
            designations=tuple(
                Designation(
                    designee=d["designee"],
                    designation=d["designation"],
                    basis=d.get("basis", ()),
                    where=d["where"],
                    span=_pair(d["span"], "designation span"),
                    directed=bool(d.get("directed", False)),
                )
                for d in data.get("designations", ())
            ),
            grants=tuple(
                Grant(
                    actor=g["actor"],
                    modality=g["modality"],
                    action=g["action"],
                    deadline=g.get("deadline"),
                    basis=g.get("basis", ()),
                    where=g["where"],
                    span=_pair(g["span"], "grant span"),
                    co_actors=g.get("co_actors", ()),
                    deadline_days=g.get("deadline_days"),
                    deadline_date=_parse_date(g.get("deadline_date"), "deadline_date"),
                    resolved=bool(g.get("resolved", True)),
                )
                for g in data.get("grants", ())
            ),
            pages=tuple(_pair(p, "page") for p in data.get("pages", ())),
            boxes=tuple(_box(b) for b in data.get("boxes", ())),
            source_format=data.get("source_format", "text"),
            warnings=tuple(data.get("warnings", ())),
        )
    except KeyError as error:
        raise EOParseError(f"missing field {error.args[0]!r}") from error
    except ValueError as error:
        raise EOParseError(f"invalid value: {error}") from error
