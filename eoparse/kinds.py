"""The registry of item kinds: one entry per kind of extracted item.

Everything that handles extracted items — the parser that runs the
extractors, JSON export and import, tables (:mod:`eoparse.present.frames`), the HTML
and text displays, the powers diff, the corpus and the CLI — iterates over
:data:`KINDS` instead of naming the kinds one by one.  An entry says:

- ``name``: the plural used as the ``Order`` attribute, the JSON key, the
  table kind and the diff category (``grants``);
- ``noun``, ``title`` and ``letter``: how people read it (``grant``,
  ``Grants``, the ``G`` of a highlight tag ``G3``);
- ``cls``: the frozen model class;
- ``fields``: the JSON keys of one item, in the order they are written;
- ``columns``: the table columns after :data:`eoparse.present.frames.COMMON`;
- ``cells``: what the displays show of an item, a header and a value each;
- ``label``: a one-line description (diff entries, tooltips);
- ``identity``: what the diff aligns items of this kind on;
- ``extract``: the extractor, run in registry order with what the kinds
  before it found (emergencies read the authorities; references read the
  emergencies, so that data flows one way).

Adding a kind is one model class, its ``Order`` attribute, one extractor and
one entry here (see docs/architecture.md for a worked example).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Hashable, Iterator, Mapping
from typing import Any

from attrs import frozen

from eoparse.model import (
    Authority,
    Body,
    Designation,
    EmergencyAction,
    Grant,
    Instrument,
    Measure,
    Order,
    Reference,
)
from eoparse.powers.authorities import extract_authorities
from eoparse.powers.bodies import extract_bodies
from eoparse.powers.context import Context
from eoparse.powers.designations import extract_designations
from eoparse.powers.emergencies import extract_emergencies
from eoparse.powers.grants import extract_grants
from eoparse.powers.grants.named_bodies import name_bodies
from eoparse.powers.measures import extract_measures
from eoparse.powers.relations import continued_references, extract_references

Found = Mapping[str, tuple[Any, ...]]
"""What the extractors run so far found, by kind name."""

Extractor = Callable[[Context, Found], tuple[Any, ...]]
"""An extractor as the registry runs it."""

SEPARATOR = "; "
"""What joins the members of a list in one table cell."""

LABEL_WIDTH = 60
"""Characters of an action or a designee shown in an item's label."""


def clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters, with an ellipsis when cut."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def flat(text: str | None) -> str:
    """``text`` with every run of white space made one space."""
    return " ".join((text or "").split())


def cell_value(value: Any) -> Any:
    """A model value as a table cell: lists joined, enums by value, documents by label."""
    if isinstance(value, tuple | list):
        return SEPARATOR.join(str(cell_value(v)) for v in value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Instrument):
        return value.label()
    return value


@frozen
class Column:
    """A table column: its name and how a row gets its value from the order and the item."""

    name: str
    value: Callable[[Order, Any], Any]


def field_column(name: str, attribute: str | None = None) -> Column:
    """A column showing the item's ``attribute`` (default: ``name``) as a cell value."""
    key = attribute or name

    def value(order: Order, item: Any) -> Any:
        return cell_value(getattr(item, key))

    return Column(name, value)


def target_columns(attribute: str = "target") -> tuple[Column, ...]:
    """The five columns of a referenced document: label, kind, number, date, series."""

    def part(get: Callable[[Instrument], Any]) -> Callable[[Order, Any], Any]:
        def value(order: Order, item: Any) -> Any:
            target: Instrument | None = getattr(item, attribute)
            return get(target) if target is not None else None

        return value

    return (
        Column("target", part(lambda t: t.label())),
        Column("target_kind", part(lambda t: t.kind.value)),
        Column("target_number", part(lambda t: t.number)),
        Column("target_date", part(lambda t: t.date)),
        Column("target_series", part(lambda t: t.series)),
    )


@frozen
class Cell:
    """What a display shows of an item: a header and a value.

    ``value`` gives text, or a tuple of citations (each kept on one line);
    ``None`` shows as an empty cell.
    """

    header: str
    value: Callable[[Any], str | tuple[str, ...] | None]


@frozen
class ItemKind:
    """One kind of extracted item (see the module's docstring)."""

    name: str
    noun: str
    title: str
    letter: str
    cls: type
    fields: tuple[str, ...]
    columns: tuple[Column, ...]
    cells: tuple[Cell, ...]
    label: Callable[[Any], str]
    identity: Callable[[Any], Hashable]
    extract: Extractor

    def items(self, order: Order) -> tuple[Any, ...]:
        """The items of this kind in ``order``."""
        items: tuple[Any, ...] = getattr(order, self.name)
        return items

    @property
    def column_names(self) -> tuple[str, ...]:
        """The names of :attr:`columns`, in order."""
        return tuple(column.name for column in self.columns)


# -- authorities --------------------------------------------------------------------------


def authority_identity(item: Authority) -> str:
    """An Act by its short or full name; a bare citation by itself."""
    if item.short:
        return item.short.casefold()
    if item.name:
        return flat(item.name).casefold()
    return item.citations[0] if item.citations else ""


def _authority_label(item: Authority) -> str:
    if item.name:
        label = f"{item.name} ({item.short})" if item.short else item.name
    else:
        label = item.short or ", ".join(item.citations) or "authority"
    return label if item.invoked else f"{label} (mentioned)"


def _authority_name(item: Authority) -> str:
    name = item.name or ""
    if item.short:
        name = f"{name} ({item.short})" if name else item.short
    return name


AUTHORITIES = ItemKind(
    name="authorities",
    noun="authority",
    title="Authorities",
    letter="A",
    cls=Authority,
    fields=("name", "short", "citations", "sections", "invoked", "where", "span"),
    columns=(
        field_column("name"),
        field_column("short"),
        field_column("citations"),
        field_column("act_sections", "sections"),
        field_column("invoked"),
    ),
    cells=(
        Cell("Act", _authority_name),
        Cell("citations", lambda a: a.citations),
        Cell("sections of the Act", lambda a: ", ".join(a.sections)),
        Cell("the order", lambda a: "invokes" if a.invoked else "mentions"),
    ),
    label=_authority_label,
    identity=authority_identity,
    extract=lambda context, found: extract_authorities(context),
)


# -- references ---------------------------------------------------------------------------


def _reference_label(item: Reference) -> str:
    sections = f" (section {', '.join(item.target_sections)})" if item.target_sections else ""
    part = " in part" if item.partial and not sections else ""
    return f"{item.relation.value} {item.target.label()}{sections}{part}"


def _statement(order: Order, item: Reference) -> str | None:
    return order.quote(item.statement) if item.statement else None


REFERENCES = ItemKind(
    name="references",
    noun="reference",
    title="References",
    letter="R",
    cls=Reference,
    fields=(
        "relation", "target", "partial", "target_sections", "where", "span", "amendments",
        "statement",
    ),
    columns=(
        field_column("relation"),
        *target_columns(),
        field_column("partial"),
        field_column("target_sections"),
        Column("amendments", lambda order, item: len(item.amendments)),
        Column("statement", _statement),
    ),
    cells=(
        Cell("relation", lambda r: r.relation.value + (" in part" if r.partial else "")),
        Cell("target", lambda r: r.target.label()),
        Cell("target sections", lambda r: ", ".join(r.target_sections)),
    ),
    label=_reference_label,
    identity=lambda item: (item.target.key, item.relation.value),
    extract=lambda context, found: continued_references(
        extract_references(context), found.get("emergencies", ())
    ),
)  # fmt: skip


# -- emergencies --------------------------------------------------------------------------


def _emergency_label(item: EmergencyAction) -> str:
    target = f" of {item.target.label()}" if item.target else ""
    threat = f": {clip(flat(item.threat), LABEL_WIDTH)}" if item.threat else ""
    return f"{item.action.value} national emergency{target}{threat}"


EMERGENCIES = ItemKind(
    name="emergencies",
    noun="emergency",
    title="Emergency actions",
    letter="E",
    cls=EmergencyAction,
    fields=("action", "target", "statutes", "threat", "powers_invoked", "where", "span"),
    columns=(
        field_column("action"),
        *target_columns(),
        field_column("statutes"),
        field_column("threat"),
        field_column("powers_invoked"),
    ),
    cells=(
        Cell("action", lambda e: e.action.value),
        Cell("target", lambda e: e.target.label() if e.target is not None else ""),
        Cell("statutes", lambda e: e.statutes),
        Cell("threat", lambda e: e.threat),
        Cell("powers invoked", lambda e: e.powers_invoked),
    ),
    label=_emergency_label,
    identity=lambda item: (item.action.value, item.target.key if item.target else None),
    extract=lambda context, found: extract_emergencies(context, found["authorities"]),
)


# -- designations -------------------------------------------------------------------------


def _designee(item: Designation) -> str:
    rank = f"{item.rank}. " if item.rank is not None else ""
    ended = " (terminated)" if item.terminated else ""
    quoted = " (quoted)" if item.quoted else ""
    return f"{rank}{item.designee}{ended}{quoted}"


def _designator(item: Designation) -> str:
    who = item.designator or ("President" if not item.directed else "")
    if item.consulted:
        who += f" (consulting {', '.join(item.consulted)})"
    return who


def _designation_label(item: Designation) -> str:
    rank = f" (rank {item.rank})" if item.rank is not None else ""
    return f"{clip(item.designee, LABEL_WIDTH)} as {item.designation}{rank}"


DESIGNATIONS = ItemKind(
    name="designations",
    noun="designation",
    title="Designations",
    letter="D",
    cls=Designation,
    fields=(
        "designee",
        "designation",
        "category",
        "directed",
        "designator",
        "consulted",
        "names",
        "rank",
        "quoted",
        "terminated",
        "basis",
        "where",
        "span",
    ),
    columns=tuple(
        field_column(name)
        for name in (
            "designee",
            "designation",
            "category",
            "directed",
            "designator",
            "consulted",
            "names",
            "rank",
            "quoted",
            "terminated",
            "basis",
        )
    ),
    cells=(
        Cell("designee", _designee),
        Cell("designation", lambda d: d.designation),
        Cell("category", lambda d: d.category.value.replace("_", " ")),
        Cell("by", _designator),
        Cell("names", lambda d: SEPARATOR.join(d.names)),
        Cell("basis", lambda d: d.basis),
    ),
    label=_designation_label,
    identity=lambda item: (item.category.value, flat(item.designee).casefold()),
    extract=lambda context, found: extract_designations(context, found["authorities"]),
)


# -- measures -----------------------------------------------------------------------------


def _measure_label(item: Measure) -> str:
    names = f" ({', '.join(item.names)})" if item.names else ""
    duration = f" for {item.duration}" if item.duration else ""
    action = item.action.value.replace("_", " ")
    return f"{action}: {clip(flat(item.subject), LABEL_WIDTH)}{names}{duration}"


MEASURES = ItemKind(
    name="measures",
    noun="measure",
    title="Measures",
    letter="M",
    cls=Measure,
    fields=(
        "action", "subject", "names", "duration", "date", "official", "basis", "target",
        "quoted", "where", "span",
    ),
    columns=(
        field_column("action"),
        field_column("subject"),
        field_column("names"),
        field_column("duration"),
        field_column("date", "date"),
        field_column("official"),
        field_column("basis"),
        *target_columns(),
        field_column("quoted"),
    ),
    cells=(
        Cell("action", lambda m: m.action.value.replace("_", " ")),
        Cell("subject", lambda m: m.subject),
        Cell("names", lambda m: SEPARATOR.join(m.names)),
        Cell("when", lambda m: m.duration or (m.date.isoformat() if m.date else None)),
        Cell("who may grant", lambda m: m.official),
    ),
    label=_measure_label,
    identity=lambda item: (item.action.value, flat(item.subject).casefold()),
    extract=lambda context, found: extract_measures(
        context, found["authorities"], found["grants"]
    ),
)  # fmt: skip


# -- grants -------------------------------------------------------------------------------


def _grant_actor(item: Grant) -> str:
    if item.co_actors:
        return f"{item.actor} (with {', '.join(item.co_actors)})"
    return item.actor


def _grant_deadline(item: Grant) -> str | None:
    if item.deadline is None:
        return None
    if item.deadline_days is not None:
        return f"{item.deadline} ({item.deadline_days} days)"
    if item.deadline_date is not None:
        return f"{item.deadline} ({item.deadline_date.isoformat()})"
    return item.deadline


def _grant_label(item: Grant) -> str:
    return f"{item.actor} {item.modality.value}: {clip(flat(item.action), LABEL_WIDTH)}"


GRANTS = ItemKind(
    name="grants",
    noun="grant",
    title="Grants",
    letter="G",
    cls=Grant,
    fields=(
        "actor", "modality", "action", "deadline", "deadline_days", "deadline_date", "timing",
        "basis", "co_actors", "resolved", "quoted", "where", "span",
    ),
    columns=tuple(
        field_column(name)
        for name in (
            "actor", "modality", "action", "deadline", "deadline_days", "deadline_date",
            "timing", "basis", "co_actors", "resolved", "quoted",
        )
    ),
    cells=(
        Cell("actor", _grant_actor),
        Cell("modality", lambda g: g.modality.value),
        Cell("deadline", _grant_deadline),
        Cell("basis", lambda g: g.basis),
    ),
    label=_grant_label,
    identity=lambda item: (flat(item.actor).casefold(), item.modality.value),
    extract=lambda context, found: name_bodies(
        extract_grants(context), found["bodies"], context.text
    ),
)  # fmt: skip


# -- bodies ------------------------------------------------------------------------------


def _body_label(item: Body) -> str:
    within = f" within {item.within}" if item.within else ""
    until = f" until {item.until}" if item.until else ""
    return f"{item.action.value} {item.name}{within}{until}"


_BODY_FIELDS = (
    "name", "action", "short", "within", "by", "chair", "vice_chair", "members", "invited",
    "until", "quoted",
)  # fmt: skip

BODIES = ItemKind(
    name="bodies",
    noun="body",
    title="Bodies",
    letter="B",
    cls=Body,
    fields=(*_BODY_FIELDS, "where", "span"),
    columns=tuple(field_column(name) for name in _BODY_FIELDS),
    cells=(
        Cell("name", lambda b: b.name),
        Cell("action", lambda b: b.action.value),
        Cell("chair", lambda b: SEPARATOR.join(b.chair)),
        Cell("members", lambda b: SEPARATOR.join(b.members)),
        Cell("invited", lambda b: SEPARATOR.join(b.invited)),
    ),
    label=_body_label,
    identity=lambda item: (item.action.value, flat(item.name).casefold()),
    extract=lambda context, found: extract_bodies(context),
)  # fmt: skip


# -- the registry -------------------------------------------------------------------------

KINDS: tuple[ItemKind, ...] = (
    AUTHORITIES,
    REFERENCES,
    EMERGENCIES,
    DESIGNATIONS,
    MEASURES,
    GRANTS,
    BODIES,
)
"""Every kind of extracted item, in the order JSON, tables and displays list them."""

EXTRACTION_ORDER: tuple[ItemKind, ...] = (
    AUTHORITIES,
    EMERGENCIES,
    REFERENCES,
    BODIES,
    GRANTS,
    DESIGNATIONS,
    MEASURES,
)
"""The order the extractors run in: each reads only what the kinds before it found."""

BY_NAME: Mapping[str, ItemKind] = {kind.name: kind for kind in KINDS}
"""The kinds by their plural name."""

_BY_CLASS: Mapping[type, ItemKind] = {kind.cls: kind for kind in KINDS}


def kind(name: str) -> ItemKind:
    """The kind called ``name`` (``ValueError`` naming the kinds when there is none)."""
    found = BY_NAME.get(name)
    if found is None:
        raise ValueError(f"unknown item kind {name!r}; expected one of {', '.join(BY_NAME)}")
    return found


def kind_of(item: object) -> ItemKind:
    """The kind of an extracted item (``TypeError`` for anything else)."""
    found = _BY_CLASS.get(type(item))
    if found is None:
        raise TypeError(f"{type(item).__name__} is not an extracted item")
    return found


def extract_all(context: Context) -> dict[str, tuple[Any, ...]]:
    """Run every extractor on ``context``; the items found, by kind name."""
    found: dict[str, tuple[Any, ...]] = {}
    for item_kind in EXTRACTION_ORDER:
        found[item_kind.name] = item_kind.extract(context, found)
    return found


def items(order: Order) -> Iterator[tuple[ItemKind, Any]]:
    """Every extracted item of ``order`` with its kind, kind by kind."""
    for item_kind in KINDS:
        for item in item_kind.items(order):
            yield item_kind, item


__all__ = [
    "BY_NAME",
    "EXTRACTION_ORDER",
    "KINDS",
    "SEPARATOR",
    "Cell",
    "Column",
    "ItemKind",
    "cell_value",
    "extract_all",
    "field_column",
    "items",
    "kind",
    "kind_of",
    "target_columns",
]
