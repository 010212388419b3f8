"""The eoparse data model: frozen value classes, one per thing an analyst talks about.

An :class:`Order` is the parsed document: header facts, the normalised ``text``,
the :class:`Section` tree and the extracted items.  Every extracted item carries
``where`` (a section path such as ``2(a)(i)``, ``preamble`` or ``signature``) and
``span`` (start, end) into ``Order.text``; ``order.quote(item)`` gives its words.

All classes are immutable (attrs ``frozen`` with slots) and hold tuples, never
lists, so orders can be hashed, cached and shared between threads.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
from collections.abc import Iterator
from typing import Any, Protocol

import attrs
from attrs import field, frozen

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
    start, end = value
    return (int(start), int(end))


def _optional_span(value: Any) -> Span | None:
    return None if value is None else _span(value)


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


@frozen
class Section:
    """One node of the section tree: a Part, a section, a lettered paragraph, an annex.

    ``path`` is unique within the order and reads the way orders cite themselves:
    ``2``, ``2(a)``, ``2(a)(i)``, ``1-101``, ``1.2(b)``, ``Part 1``, ``Annex``.
    ``number`` is the label as printed without punctuation (``2``, ``a``, ``i``).
    ``span`` covers the marker, the heading and all the text up to the next
    sibling, children included; ``text`` is ``Order.text[span[0]:span[1]]``.
    """

    path: str
    number: str
    heading: str | None
    span: Span = field(converter=_span)
    children: tuple[Section, ...] = field(default=(), converter=_tuple)
    text: str = field(default="", repr=False)
    kind: SectionKind = field(default=SectionKind.SECTION, converter=SectionKind)

    def walk(self) -> Iterator[Section]:
        """This section and all its descendants, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


@frozen
class Instrument:
    """A presidential document referred to by another: kind, number and/or date."""

    kind: Kind = field(converter=Kind)
    number: int | None = None
    date: dt.date | None = None
    series: str | None = None
    """For numbered directives: ``NSPM``, ``PPD``, ``HSPD``, ``NSD`` … (kind memorandum)."""

    @property
    def key(self) -> DocumentKey:
        """The document's identity: kind and number, else kind and date (:data:`DocumentKey`)."""
        return document_key(self.kind, self.number, self.date, self.series)

    def label(self) -> str:
        """A human label such as ``Executive Order 13224`` or ``Memorandum of 2017-01-27``."""
        name = self.kind.value.replace("_", " ").title()
        if self.series is not None and self.number is not None:
            return f"{self.series}-{self.number}"
        if self.number is not None:
            return f"{name} {self.number}"
        if self.date is not None:
            return f"{name} of {self.date.isoformat()}"
        return name


@frozen
class Authority:
    """A statute or other legal source the order invokes.

    ``citations`` hold the canonical citations (``50 U.S.C. 1701 et seq.``) as
    printed, or derived from the Acts table (``section 212(f)`` of the INA →
    ``8 U.S.C. 1182(f)``; an Act named without a citation → where the Code
    holds it); ``name``/``short`` the Act where one is named
    (``International Emergency Economic Powers Act`` / ``IEEPA``).
    """

    name: str | None
    short: str | None
    citations: tuple[str, ...] = field(converter=_tuple)
    where: str
    span: Span = field(converter=_span)
    sections: tuple[str, ...] = field(default=(), converter=_tuple)
    """Sections of the Act invoked (``212(f)``); their codification is in ``citations``."""
    invoked: bool = True
    """``False`` when the order only mentions the statute (``whether to invoke the
    Insurrection Act``, a savings clause, a definition) instead of acting under it."""


@frozen
class Amendment:
    """The textual change of an amending reference: strike ``strike``, insert ``insert``."""

    strike: str | None = None
    insert: str | None = None
    position: str | None = None
    """Where the insertion goes when nothing is struck: ``at the end``, ``after (b)``;
    ``replace`` when the new text replaces the whole section."""
    section: str | None = None
    """The section of the amended document that changes (``2(a)``), where stated."""


@frozen
class Reference:
    """A reference to another presidential document and what this order does to it."""

    relation: Relation = field(converter=Relation)
    target: Instrument
    partial: bool = False
    target_sections: tuple[str, ...] = field(default=(), converter=_tuple)
    where: str = "preamble"
    span: Span = field(default=(0, 0), converter=_span)
    amendments: tuple[Amendment, ...] = field(default=(), converter=_tuple)
    statement: Span | None = None
    """The sentence that states the relation (``quote`` it for the full words)."""


@frozen
class EmergencyAction:
    """An action on a national emergency: declare, expand, continue, modify, terminate, invoke."""

    action: EmergencyActionType = field(converter=EmergencyActionType)
    target: Instrument | None
    statutes: tuple[str, ...] = field(converter=_tuple)
    """The statutes the action rests on (the NEA, IEEPA …)."""
    threat: str | None
    """The text's own words for the threat (``the unusual and extraordinary threat … posed
    by …``, or the object of the declaring sentence)."""
    where: str
    span: Span = field(converter=_span)
    powers_invoked: tuple[str, ...] = field(default=(), converter=_tuple)
    """Statutes "invoked and made available" under the emergency (``10 U.S.C. 12302``),
    kept apart from ``statutes``."""


@frozen
class Designation:
    """Someone or something designated as something, under some law.

    ``directed`` is true when the order directs (or authorises) an official to
    designate by a determination, rather than designating itself; then
    ``designator`` is that official (``President`` otherwise), and the
    officials consulted are in ``consulted``.
    """

    designee: str
    designation: str
    basis: tuple[str, ...] = field(converter=_tuple)
    where: str
    span: Span = field(converter=_span)
    directed: bool = False
    category: DesignationCategory = field(
        default=DesignationCategory.OTHER, converter=DesignationCategory
    )
    designator: str | None = None
    """Who designates: ``President`` for the order's own designations, else the official
    who determines (or recommends), under the officials table's name; alternatives are
    joined by ``or`` (``Secretary of the Treasury or Secretary of State``, with the text's
    ``, as applicable``), officials acting together by ``and``."""
    consulted: tuple[str, ...] = field(default=(), converter=_tuple)
    """Officials the designator consults (never the designator)."""
    names: tuple[str, ...] = field(default=(), converter=_tuple)
    """The names the designation lists: Annex entries, countries, organisations."""
    rank: int | None = None
    """The position of the office in an order of succession (1 first)."""
    quoted: bool = False
    """The designation is written in quoted amendatory text (it is the amended order's)."""
    terminated: bool = False
    """The order ends this designation."""


@frozen
class Measure:
    """Something the order does by its own force: suspends entry, blocks, prohibits, takes
    effect, expires, excepts, allows waivers, waives a requirement."""

    action: MeasureAction = field(converter=MeasureAction)
    subject: str
    """Who or what the measure applies to, in the text's words (short)."""
    where: str
    span: Span = field(converter=_span)
    names: tuple[str, ...] = field(default=(), converter=_tuple)
    """The names the measure lists (the countries whose nationals' entry is suspended)."""
    duration: str | None = None
    """How long it lasts, as written (``90 days``)."""
    date: dt.date | None = None
    """The date it takes effect or ends, where one is given."""
    official: str | None = None
    """Who may grant an exception or waiver, where the text says."""
    basis: tuple[str, ...] = field(default=(), converter=_tuple)
    """The statutes it rests on, where the text names them (``8 U.S.C. 1182(f)``)."""
    target: Instrument | None = None
    """The document a measure concerns (the order whose revocation takes effect)."""


@frozen
class Grant:
    """A duty, permission, authorisation or delegation given to an official or body."""

    actor: str
    modality: Modality = field(converter=Modality)
    action: str
    deadline: str | None
    basis: tuple[str, ...] = field(converter=_tuple)
    where: str
    span: Span = field(converter=_span)
    co_actors: tuple[str, ...] = field(default=(), converter=_tuple)
    deadline_days: int | None = None
    """The deadline in days where it is a period (months count 30 days, years 365)."""
    deadline_date: dt.date | None = None
    resolved: bool = True
    """Whether the actor is in the officials table (or defined by the order as one)."""
    quoted: bool = False
    """The grant is written in quoted amendatory text (a duty of the amended order)."""
    timing: str | None = None
    """Timing that is not a deadline: ``immediately``, ``promptly``, a trigger."""


@frozen
class ParseWarning:
    """Something the parse guessed, repaired or could not find.

    ``code`` is a stable identifier (see docs/model.md, "Warnings"), ``message``
    says what and where in words; ``where`` and ``span`` locate it in the text
    when it has a place.
    """

    code: str
    message: str
    where: str | None = None
    span: Span | None = field(default=None, converter=_optional_span)
    severity: Severity = field(default=Severity.WARNING, converter=Severity)

    def __str__(self) -> str:
        return self.message


@frozen
class Order:
    """A parsed presidential document.

    Header facts (``kind`` … ``document_number``) are ``None`` when the source
    does not carry them; ``warnings`` says what was guessed or repaired.
    """

    kind: Kind = field(converter=Kind)
    number: int | None
    title: str | None
    signed: dt.date | None
    president: str | None
    citation: str | None
    document_number: str | None
    text: str = field(repr=False)
    sections: tuple[Section, ...] = field(default=(), converter=_tuple, repr=False)
    preamble: Span | None = field(default=None, repr=False)
    signature: Span | None = field(default=None, repr=False)
    quotations: tuple[Span, ...] = field(default=(), converter=_tuple, repr=False)
    """Spans of text this order inserts into other documents (its markers are theirs)."""
    authorities: tuple[Authority, ...] = field(default=(), converter=_tuple, repr=False)
    references: tuple[Reference, ...] = field(default=(), converter=_tuple, repr=False)
    emergencies: tuple[EmergencyAction, ...] = field(default=(), converter=_tuple, repr=False)
    designations: tuple[Designation, ...] = field(default=(), converter=_tuple, repr=False)
    measures: tuple[Measure, ...] = field(default=(), converter=_tuple, repr=False)
    grants: tuple[Grant, ...] = field(default=(), converter=_tuple, repr=False)
    pages: tuple[PageMark, ...] = field(default=(), converter=_tuple, repr=False)
    boxes: tuple[WordBox, ...] = field(default=(), converter=_tuple, repr=False)
    """Word boxes on the PDF pages (only for orders read from a PDF)."""
    source_format: str = field(default="text", repr=False)
    warnings: tuple[ParseWarning, ...] = field(default=(), converter=_tuple, repr=False)
    """What the parse guessed, repaired or could not find (see :mod:`eoparse.diagnostics`)."""

    # -- reading the text -------------------------------------------------

    def quote(self, item: HasSpan | Span) -> str:
        """The exact words of ``item`` (anything with a ``span``, or a span itself)."""
        start, end = item if isinstance(item, tuple) else item.span
        return self.text[start:end]

    def page_at(self, offset: int) -> int | None:
        """The Federal Register page on which ``offset`` of ``text`` is printed."""
        if not self.pages:
            return None
        i = bisect.bisect_right([mark[0] for mark in self.pages], offset) - 1
        return self.pages[max(i, 0)][1]

    def locate(self, item: HasSpan | Span) -> tuple[Location, ...]:
        """Where ``item`` is printed in the source PDF: one rectangle per page and line.

        Empty when the order was not read from a PDF.  Feed the rectangles to
        pdfplumber's ``page.to_image().draw_rects`` to highlight the item.
        """
        start, end = item if isinstance(item, tuple) else item.span
        rectangles: list[tuple[int, list[float]]] = []
        for w_start, w_end, page, x0, top, x1, bottom in self.boxes:
            if w_end <= start or w_start >= end:
                continue
            last = rectangles[-1] if rectangles else None
            same_line = last is not None and last[0] == page and abs(last[1][1] - top) < 2
            if last is not None and same_line:
                box = last[1]
                box[0], box[1] = min(box[0], x0), min(box[1], top)
                box[2], box[3] = max(box[2], x1), max(box[3], bottom)
            else:
                rectangles.append((page, [x0, top, x1, bottom]))
        return tuple((page, (b[0], b[1], b[2], b[3])) for page, b in rectangles)

    def walk(self) -> Iterator[Section]:
        """Every section of the tree, in document order."""
        for section in self.sections:
            yield from section.walk()

    def section(self, path: str) -> Section:
        """The section with this ``path`` (``KeyError`` naming the path if there is none)."""
        for section in self.walk():
            if section.path == path:
                return section
        raise KeyError(f"no section {path!r} in {self.label()}")

    def path_at(self, offset: int) -> str:
        """The path of the innermost section holding ``offset``, or preamble/signature."""
        found: Section | None = None
        level: tuple[Section, ...] = self.sections
        while True:
            for section in level:
                if section.span[0] <= offset < section.span[1]:
                    found = section
                    level = section.children
                    break
            else:
                break
        if found is not None:
            return found.path
        if self.signature is not None and self.signature[0] <= offset < self.signature[1]:
            return "signature"
        return "preamble"

    @property
    def key(self) -> DocumentKey | None:
        """The order's identity (kind and number, else kind and signing date); ``None``
        when it has neither."""
        if self.number is None and self.signed is None:
            return None
        return document_key(self.kind, self.number, self.signed)

    def label(self) -> str:
        """``Executive Order 14157``, or the kind and title when there is no number."""
        name = self.kind.value.replace("_", " ").title()
        if self.number is not None:
            return f"{name} {self.number}"
        if self.signed is not None:
            return f"{name} of {self.signed:%B} {self.signed.day}, {self.signed.year}"
        return name

    # -- export -------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The order as plain JSON-ready data (schema_version 2, see docs/schema.json)."""
        from eoparse.present.export import order_to_dict

        return order_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Order:
        """Rebuild an order from :meth:`to_dict` output: ``from_dict(o.to_dict()) == o``."""
        from eoparse.present.export import order_from_dict

        return order_from_dict(data)

    def to_json(self, *, indent: int | None = 2) -> str:
        """The :meth:`to_dict` data as a JSON string (keys in a stable order)."""
        from eoparse.present.export import order_to_json

        return order_to_json(self, indent=indent)

    def to_frame(self, kind: str) -> Any:
        """A pandas DataFrame with one row per item of ``kind`` (``orders``, ``sections``,
        ``authorities``, ``references``, ``emergencies``, ``designations``, ``grants``):
        the order, the path, the span and the quote.  Needs ``pip install 'eoparse[pandas]'``
        (an ``ImportError`` says so otherwise); see :mod:`eoparse.present.frames`."""
        from eoparse.present.frames import to_frame

        return to_frame(self, kind)

    def outline(self) -> str:
        """A readable plain-text outline: header, section tree and extraction counts."""
        from eoparse.present.text import outline

        return outline(self)

    def _repr_html_(self) -> str:
        """Notebook display: header, outline, extraction tables, highlighted text."""
        from eoparse.present.html import order_html

        return order_html(self)


def evolve(instance: Any, **changes: Any) -> Any:
    """A copy of a frozen model instance with ``changes`` applied (``attrs.evolve``)."""
    return attrs.evolve(instance, **changes)


__all__ = [
    "SCHEMA_VERSION",
    "Amendment",
    "Authority",
    "Designation",
    "DesignationCategory",
    "DocumentKey",
    "EmergencyAction",
    "EmergencyActionType",
    "Grant",
    "HasSpan",
    "Instrument",
    "Kind",
    "Location",
    "Measure",
    "MeasureAction",
    "Modality",
    "Order",
    "PageMark",
    "ParseWarning",
    "Reference",
    "Relation",
    "Section",
    "SectionKind",
    "Severity",
    "Span",
    "WordBox",
    "document_key",
    "evolve",
]
