"""The extracted items and the section tree: frozen value classes, one per thing an analyst
talks about."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from attrs import field, frozen

from eoparse.model.vocabulary import (
    BodyAction,
    DesignationCategory,
    DocumentKey,
    EmergencyActionType,
    Kind,
    MeasureAction,
    Modality,
    Relation,
    SectionKind,
    Severity,
    Span,
    _kind,
    _modality,
    _optional_span,
    _relation,
    _section_kind,
    _span,
    _tuple,
    document_key,
)


@frozen(init=False, eq=False)
class Section:
    """One node of the section tree: a Part, a section, a lettered paragraph, an annex.

    ``path`` is unique within the order and reads the way orders cite themselves:
    ``2``, ``2(a)``, ``2(a)(i)``, ``1-101``, ``1.2(b)``, ``Part 1``, ``Annex``.
    ``number`` is the label as printed without punctuation (``2``, ``a``, ``i``).
    ``span`` covers the marker, the heading and all the text up to the next
    sibling, children included; ``text`` is ``Order.text[span[0]:span[1]]``.

    The parser builds every section on the order's text (``source=``): each one
    keeps a reference to that one string and slices ``text`` from it on demand,
    instead of holding its own copy. A copy per section cost the text once per level
    of nesting (issue 18). ``Section(..., text=...)`` still takes the section's own
    text, for a section made by hand.
    """

    path: str
    number: str
    heading: str | None
    span: Span = field(converter=_span)
    children: tuple[Section, ...] = field(default=(), converter=_tuple)
    kind: SectionKind = field(default=SectionKind.SECTION, converter=_section_kind)
    _source: str = field(default="", repr=False, alias="source")
    """The order's text (``_shared``), else this section's own text."""
    _shared: bool = field(default=False, repr=False, alias="shared")

    def __init__(
        self,
        path: str,
        number: str,
        heading: str | None,
        span: tuple[int, int] | list[int],
        children: tuple[Section, ...] | list[Section] = (),
        text: str = "",
        kind: SectionKind | str = SectionKind.SECTION,
        *,
        source: str | None = None,
        shared: bool = True,
    ) -> None:
        """``text`` is the section's own text; or ``source`` the whole order's text, of
        which ``span`` is the section's part (``shared=False``: ``source`` is its own)."""
        if source is None:
            self.__attrs_init__(path, number, heading, span, children, kind, text, False)
        else:
            self.__attrs_init__(path, number, heading, span, children, kind, source, shared)

    @property
    def text(self) -> str:
        """The section's words: ``Order.text[span[0]:span[1]]``."""
        if self._shared:
            return self._source[self.span[0] : self.span[1]]
        return self._source

    def _key(self) -> tuple[object, ...]:
        return (self.path, self.number, self.heading, self.span, self.kind, self.children)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Section)
        if self._key() != other._key():
            return False
        if self._shared and other._shared and self._source is other._source:
            return True  # one string, one span: the same words, without slicing
        return self.text == other.text

    def __hash__(self) -> int:
        return hash(self._key())

    def walk(self) -> Iterator[Section]:
        """This section and all its descendants, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


@frozen
class Instrument:
    """A presidential document referred to by another: kind, number and/or date."""

    kind: Kind = field(converter=_kind)
    number: int | None = None
    date: dt.date | None = None
    series: str | None = None
    """For numbered directives: ``NSPM``, ``PPD``, ``HSPD``, ``NSD`` … (kind memorandum)."""
    title: str | None = None
    """The title printed after an unnumbered document (``Memorandum of January 20, 2021
    (Modernizing Regulatory Review)``): what tells two documents of one date apart."""

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
            dated = f"{name} of {self.date.isoformat()}"
            return f"{dated} ({self.title})" if self.title else dated
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
    occurrence: str | None = None
    """Which appearance of the struck words (or of the anchor of an insertion) is meant:
    ``each`` ("each place it appears", "wherever it appears"), or ``first``, ``second`` …
    ``last`` ("the second time it appears"); ``None``: the only one."""


@frozen
class Reference:
    """A reference to another presidential document and what this order does to it."""

    relation: Relation = field(converter=_relation)
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
class Body:
    """A council, committee, commission, board or task force the order establishes,
    continues or ends, and who sits on it.

    ``members`` are the offices, departments and other bodies the text lists as
    members (each as printed, without its article); ``chair`` and ``vice_chair`` the
    members or officials who lead it; ``invited`` those the text asks to take part
    without making them members.
    """

    name: str
    """The body's name as printed (``Task Force on Market Integrity and Consumer Fraud``)."""
    action: BodyAction = field(converter=BodyAction)
    where: str
    span: Span = field(converter=_span)
    short: str | None = None
    """The short name the order gives it (``Task Force``)."""
    within: str | None = None
    """The department or office it is established within."""
    by: str | None = None
    """The official the order directs to establish it (``None``: the order itself)."""
    chair: tuple[str, ...] = field(default=(), converter=_tuple)
    vice_chair: tuple[str, ...] = field(default=(), converter=_tuple)
    members: tuple[str, ...] = field(default=(), converter=_tuple)
    invited: tuple[str, ...] = field(default=(), converter=_tuple)
    until: str | None = None
    """Until when a continued body continues, as written."""
    quoted: bool = False
    """The body is established in quoted amendatory text (by the amended order)."""


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
    quoted: bool = False
    """The measure is written in quoted amendatory text (the amended order takes it)."""


@frozen
class Grant:
    """A duty, permission, authorisation or delegation given to an official or body."""

    actor: str
    modality: Modality = field(converter=_modality)
    action: str
    deadline: str | None
    basis: tuple[str, ...] = field(converter=_tuple)
    where: str
    span: Span = field(converter=_span)
    co_actors: tuple[str, ...] = field(default=(), converter=_tuple)
    deadline_days: int | None = None
    """The deadline in days where it is a period (months count 30 days, years 365); not a
    lead time before an event (``at least 90 days before the records are released``)."""
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


__all__ = [
    "Amendment",
    "Authority",
    "Designation",
    "EmergencyAction",
    "Grant",
    "Instrument",
    "Measure",
    "ParseWarning",
    "Reference",
    "Section",
]
