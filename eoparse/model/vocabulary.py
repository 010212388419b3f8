"""The vocabulary of the model: spans and keys, the closed vocabularies (enums), converters."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any, Protocol

Span = tuple[int, int]
"""A half-open character range ``(start, end)`` into ``Order.text``."""

PageMark = tuple[int, int]
"""``(offset, page)``: the Federal Register page that starts at ``offset`` of the text."""

WordBox = tuple[int, int, int, float, float, float, float]
"""``(start, end, page, x0, top, x1, bottom)``: where a word of the text is printed.

``start``/``end`` index ``Order.text``; ``page`` is the 1-based page of the
PDF file; the box is in PDF points from the page's top-left corner (the
coordinates pdfplumber uses, so ``page.to_image().draw_rects`` can show it).
"""

Location = tuple[int, tuple[float, float, float, float]]
"""``(page, (x0, top, x1, bottom))``: a rectangle on a PDF page."""

SCHEMA_VERSION = 2


class Kind(enum.StrEnum):
    """The kind of presidential document."""

    EXECUTIVE_ORDER = "executive_order"
    PROCLAMATION = "proclamation"
    MEMORANDUM = "memorandum"
    NOTICE = "notice"
    DETERMINATION = "determination"
    OTHER = "other"


class Relation(enum.StrEnum):
    """How an order acts on another presidential document."""

    REVOKES = "revokes"
    AMENDS = "amends"
    SUPERSEDES = "supersedes"
    CONTINUES = "continues"
    SUSPENDS = "suspends"
    CITES = "cites"


class EmergencyActionType(enum.StrEnum):
    """What an order does to a national emergency."""

    DECLARE = "declare"
    EXPAND = "expand"
    CONTINUE = "continue"
    MODIFY = "modify"
    TERMINATE = "terminate"
    INVOKE = "invoke"


class Modality(enum.StrEnum):
    """The force of a grant: a duty, a permission, an authorisation or a delegation."""

    SHALL = "shall"
    MAY = "may"
    AUTHORIZED = "authorized"
    DELEGATED = "delegated"


class DesignationCategory(enum.StrEnum):
    """The legal category a designation puts its designee in."""

    SANCTIONS = "sanctions"
    """Persons whose property and interests in property are blocked (a sanctions order's
    Annex and its determination criteria)."""
    TERRORIST_ORGANIZATION = "terrorist_organization"
    """A Foreign Terrorist Organization (8 U.S.C. 1189)."""
    GLOBAL_TERRORIST = "global_terrorist"
    """A Specially Designated Global Terrorist (IEEPA, EO 13224)."""
    SUCCESSION = "succession"
    """An office in an order of succession (``rank`` gives its place)."""
    PLACE = "place"
    """A place: a combat zone, an area, a country designated as such."""
    ORGANIZATION = "organization"
    """An organisation: a public international organization and the like."""
    OFFICIAL = "official"
    """An official designated to exercise an authority or to perform a function."""
    OTHER = "other"
    """Anything else designated: a substance, a language, a day …"""


class BodyAction(enum.StrEnum):
    """What an order does to a council, committee, commission, board or task force."""

    ESTABLISH = "establish"
    """The order establishes the body, or directs an official to establish it."""
    CONTINUE = "continue"
    """The order continues an existing body (until a date, where one is given)."""
    TERMINATE = "terminate"
    """The order abolishes or terminates the body."""


class MeasureAction(enum.StrEnum):
    """What an order does by its own force."""

    SUSPEND_ENTRY = "suspend_entry"
    """The entry of a class of aliens is suspended (INA 212(f))."""
    LIMIT_ENTRY = "limit_entry"
    """The entry of a class of aliens is limited or made subject to conditions."""
    BLOCK = "block"
    """Property and interests in property are blocked."""
    PROHIBIT = "prohibit"
    """Transactions, imports, exports or other conduct are prohibited."""
    EFFECTIVE = "effective"
    """The order, a section or a revocation takes effect (a date or an event)."""
    EXPIRE = "expire"
    """The order or a measure ends (a date or a duration)."""
    EXCEPTION = "exception"
    """A measure does not apply to a class of persons or acts."""
    WAIVER = "waiver"
    """An official may waive a measure case by case."""
    WAIVE_REQUIREMENT = "waive_requirement"
    """The order waives a statutory or regulatory requirement itself."""
    OTHER = "other"
    """Another act the order takes by its own force."""


class Severity(enum.StrEnum):
    """How much a :class:`ParseWarning` matters: ``strict=True`` fails on errors only."""

    INFO = "info"
    """An expected layout fact, said for completeness (a signature image)."""
    WARNING = "warning"
    """Something was guessed or repaired; the result is probably right."""
    ERROR = "error"
    """The result is probably wrong or incomplete (not an order, no number or date found,
    sections out of sequence)."""


class SectionKind(enum.StrEnum):
    """The structural role of a :class:`Section`."""

    PART = "part"
    SECTION = "section"
    PARAGRAPH = "paragraph"
    CLAUSE = "clause"
    ANNEX = "annex"


class HasSpan(Protocol):
    """Anything with a ``span`` into ``Order.text``."""

    @property
    def span(self) -> Span: ...


DocumentKey = tuple[str, str]
"""What identifies a presidential document everywhere (corpus, diff, lineage, CLI):
``("executive_order", "13224")``, ``("memorandum", "NSPM-4")`` for a numbered directive,
or ``("memorandum", "2025-05-14")`` — kind and signing date — for an unnumbered one."""


def document_key(
    kind: Kind | str, number: int | None, date: dt.date | None, series: str | None = None
) -> DocumentKey:
    """The :data:`DocumentKey` of a document of ``kind`` with this number or date.

    A document with neither has the key ``(kind, "")``.
    """
    name = Kind(kind).value
    if number is not None:
        return (name, f"{series}-{number}" if series is not None else str(number))
    return (name, date.isoformat() if date is not None else "")


def _span(value: Any) -> Span:
    if type(value) is tuple and len(value) == 2 and type(value[0]) is type(value[1]) is int:
        return value  # a pair of ints already, as the extractors make them: no int() calls
    start, end = value
    return (int(start), int(end))


def _optional_span(value: Any) -> Span | None:
    return None if value is None else _span(value)


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


# Converters that hand a member back as it is: ``Kind(member)`` returns the same member
# through the enum machinery, at three times the cost; a section, a grant, a reference
# and a document named take one each (tens of thousands over the corpus).  Four named
# functions, not one factory: mypy's attrs plugin accepts only named functions, types and
# lambdas as converters.


def _section_kind(value: Any) -> SectionKind:
    return value if type(value) is SectionKind else SectionKind(value)


def _modality(value: Any) -> Modality:
    return value if type(value) is Modality else Modality(value)


def _kind(value: Any) -> Kind:
    return value if type(value) is Kind else Kind(value)


def _relation(value: Any) -> Relation:
    return value if type(value) is Relation else Relation(value)


__all__ = [
    "SCHEMA_VERSION",
    "DesignationCategory",
    "DocumentKey",
    "EmergencyActionType",
    "HasSpan",
    "Kind",
    "Location",
    "MeasureAction",
    "Modality",
    "PageMark",
    "Relation",
    "SectionKind",
    "Severity",
    "Span",
    "WordBox",
    "document_key",
]
