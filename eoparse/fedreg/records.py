"""The Federal Register API's metadata about one document: a :class:`Record`.

Built from one JSON object of ``documents/{document_number}.json`` or of the
``results`` of ``documents.json``, with the fields eoparse asks for
(:data:`FIELDS`).  A record is *provenance*: what the API says about the
document, kept beside the parsed text and never merged into it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from attrs import field, frozen

from eoparse.errors import MalformedResponse
from eoparse.model import Kind

FIELDS = (
    "document_number",
    "title",
    "type",
    "subtype",
    "presidential_document_number",
    "executive_order_number",
    "proclamation_number",
    "signing_date",
    "publication_date",
    "citation",
    "start_page",
    "end_page",
    "president",
    "disposition_notes",
    "executive_order_notes",
    "full_text_xml_url",
    "raw_text_url",
    "pdf_url",
    "html_url",
    "json_url",
)
"""The document fields eoparse asks the API for (``fields[]=``), as the API names them."""

SUBTYPES = {
    "Executive Order": Kind.EXECUTIVE_ORDER,
    "Proclamation": Kind.PROCLAMATION,
    "Memorandum": Kind.MEMORANDUM,
    "Notice": Kind.NOTICE,
    "Determination": Kind.DETERMINATION,
}
"""The API's ``subtype`` of a presidential document → :class:`~eoparse.model.Kind`."""

DOCUMENT_TYPES = {
    Kind.EXECUTIVE_ORDER: "executive_order",
    Kind.PROCLAMATION: "proclamation",
    Kind.MEMORANDUM: "memorandum",
    Kind.NOTICE: "notice",
    Kind.DETERMINATION: "determination",
}
""":class:`~eoparse.model.Kind` → the API's ``presidential_document_type`` identifier."""


def _mapping(value: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(value))


def _text(data: Mapping[str, Any], name: str) -> str | None:
    value = data.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise MalformedResponse(f"field {name!r} is {type(value).__name__}, not text")
    return str(value).strip() or None


def _date(data: Mapping[str, Any], name: str) -> dt.date | None:
    value = _text(data, name)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise MalformedResponse(f"field {name!r} is not a date: {value!r}") from None


def _number(value: str | None) -> int | None:
    """``"14157"`` → 14157; numbers printed with letters or commas are kept only when plain."""
    if value is None:
        return None
    digits = value.replace(",", "")
    return int(digits) if digits.isdigit() and len(digits) <= 9 else None


def _url(data: Mapping[str, Any], name: str) -> str | None:
    value = _text(data, name)
    if value is not None and not value.lower().startswith(("http://", "https://")):
        raise MalformedResponse(f"field {name!r} is not an http(s) URL: {value!r}")
    return value


@frozen
class Record:
    """What the Federal Register API says about one document.

    ``kind`` comes from the API's ``subtype``; ``number`` from
    ``executive_order_number`` or ``proclamation_number``; ``notes`` from
    ``disposition_notes`` (the FR's own note of what amended or revoked the
    document, e.g. ``See: EO 13268, July 2, 2002``); ``raw`` holds every field
    as received.
    """

    document_number: str
    title: str | None
    kind: Kind | None
    number: int | None
    signing_date: dt.date | None
    publication_date: dt.date | None
    citation: str | None
    president: str | None
    notes: str | None
    full_text_xml_url: str | None
    raw_text_url: str | None
    pdf_url: str | None
    html_url: str | None
    raw: Mapping[str, Any] = field(converter=_mapping, repr=False, eq=False)

    @classmethod
    def from_api(cls, data: object) -> Record:
        """A record from one document object of the API.

        Raises :class:`~eoparse.errors.MalformedResponse` if it is not one.
        """
        if not isinstance(data, Mapping):
            raise MalformedResponse(f"a document is a JSON object, not {type(data).__name__}")
        document_number = _text(data, "document_number")
        if document_number is None:
            raise MalformedResponse("a document without a document_number")
        president = data.get("president")
        name = president.get("name") if isinstance(president, Mapping) else None
        subtype = _text(data, "subtype")
        kind = SUBTYPES.get(subtype) if subtype else None
        if kind is None and _text(data, "type") == "PRESDOCU":
            kind = Kind.OTHER
        number = _number(
            _text(data, "executive_order_number")
            if kind is Kind.EXECUTIVE_ORDER
            else _text(data, "proclamation_number")
            if kind is Kind.PROCLAMATION
            else None
        )
        if number is None and kind in (Kind.EXECUTIVE_ORDER, Kind.PROCLAMATION):
            number = _number(_text(data, "presidential_document_number"))
        return cls(
            document_number=document_number,
            title=_text(data, "title"),
            kind=kind,
            number=number,
            signing_date=_date(data, "signing_date"),
            publication_date=_date(data, "publication_date"),
            citation=_text(data, "citation"),
            president=name if isinstance(name, str) else None,
            notes=_text(data, "disposition_notes") or _text(data, "executive_order_notes"),
            full_text_xml_url=_url(data, "full_text_xml_url"),
            raw_text_url=_url(data, "raw_text_url"),
            pdf_url=_url(data, "pdf_url"),
            html_url=_url(data, "html_url"),
            raw=data,
        )

    def label(self) -> str:
        """``Executive Order 14157``, ``Notice of 2025-09-04``, or ``FR Doc. 2025-02004``."""
        if self.kind is Kind.EXECUTIVE_ORDER and self.number is not None:
            return f"Executive Order {self.number}"
        if self.kind is Kind.PROCLAMATION and self.number is not None:
            return f"Proclamation {self.number}"
        if self.kind is not None and self.signing_date is not None:
            return f"{self.kind.value.replace('_', ' ').title()} of {self.signing_date.isoformat()}"
        return f"FR Doc. {self.document_number}"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON: the modelled fields (dates as ISO strings), without ``raw``."""
        return {
            "document_number": self.document_number,
            "title": self.title,
            "kind": self.kind.value if self.kind else None,
            "number": self.number,
            "signing_date": self.signing_date.isoformat() if self.signing_date else None,
            "publication_date": self.publication_date.isoformat()
            if self.publication_date
            else None,
            "citation": self.citation,
            "president": self.president,
            "notes": self.notes,
            "full_text_xml_url": self.full_text_xml_url,
            "raw_text_url": self.raw_text_url,
            "pdf_url": self.pdf_url,
            "html_url": self.html_url,
        }
