"""How each kind of item is compared: the units to align, their scores, the changed fields.

A :class:`Rule` per kind in the registry (:mod:`eoparse.kinds`):

- **grants** are matched by section path first (sections aligned by
  :mod:`eoparse.compare.sections`), then by actor and action similarity; a
  changed deadline, actor, modality, basis or action is a changed grant;
- **authorities** are compared per Act (their registry identity: the short or
  full name), or per citation where no Act is named; the mentions of one Act
  are merged, so a changed set of citations or Act sections is a changed
  authority, and so is a statute the old order only mentioned and the new one
  invokes (``invoked`` false → true);
- **references** are compared per target document and relation; a plain
  mention (``cites``) of a document the order also revokes, amends … is left
  out, and the same target with another relation is a changed reference;
- **emergencies** are compared only when they concern the same emergency: the
  same declaring document (so an order that terminates the emergency the other
  declared pairs with that declaration, and the change shows ``action``
  declare → terminate), or two declarations of a like threat;
- **measures** are matched by action, then by the document they concern, the
  countries they name and the likeness of their subjects: countries added or
  removed, a changed duration or date, who may grant a waiver are changed
  fields, and a waiver only the new order has is added;
- **designations** by the designee;
- **bodies** by name (a renamed body by a much alike name); a body the new order
  abolishes pairs with the old order's and is reported removed.

A kind without a rule of its own is compared by :func:`generic_rule`: items
with the same registry identity are paired, then items whose labels are
alike, and every JSON field but ``where`` and ``span`` is compared.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from types import MappingProxyType

from attrs import evolve, frozen

from eoparse.compare.names import criterion, lead_office, same_name
from eoparse.compare.result import FieldChange
from eoparse.compare.sections import Alignment
from eoparse.compare.similar import norm, similarity
from eoparse.compare.units import (
    Item,
    Unit,
    fields_of,
    plain_units,
    set_field,
    text_field,
    value_field,
)
from eoparse.kinds import BODIES, MEASURES, ItemKind, authority_identity, clip
from eoparse.model import (
    Authority,
    Body,
    BodyAction,
    Designation,
    DesignationCategory,
    DocumentKey,
    EmergencyAction,
    EmergencyActionType,
    Grant,
    Measure,
    MeasureAction,
    Order,
    Reference,
    Relation,
)


def _merge_authorities(group: list[Authority]) -> Authority:
    first = group[0]
    return evolve(
        first,
        name=next((a.name for a in group if a.name), None),
        short=next((a.short for a in group if a.short), None),
        citations=tuple(dict.fromkeys(c for a in group for c in a.citations)),
        sections=tuple(dict.fromkeys(s for a in group for s in a.sections)),
        invoked=any(a.invoked for a in group),
    )


def _authority_units(order: Order, source: int) -> list[Unit]:
    """One unit per Act (or per citation where no Act is named), mentions merged."""
    groups: dict[str, list[Authority]] = {}
    cited: dict[str, str] = {}
    named = [a for a in order.authorities if a.short or a.name]
    for item in named:
        key = authority_identity(item)
        groups.setdefault(key, []).append(item)
        for citation in item.citations:
            cited.setdefault(citation, key)
    for item in order.authorities:
        if item.short or item.name:
            continue
        key = next((cited[c] for c in item.citations if c in cited), authority_identity(item))
        groups.setdefault(key, []).append(item)
    merged = sorted((_merge_authorities(g) for g in groups.values()), key=lambda a: a.span)
    return [Unit(source, order, a, a.span, i) for i, a in enumerate(merged)]


def citation_base(citation: str) -> str:
    """A citation without its subsections: ``10 U.S.C. 2808(a)`` → ``10 U.S.C. 2808``."""
    return citation.split("(", 1)[0].strip()


def _bases(citations: Iterable[str]) -> set[str]:
    return {citation_base(c) for c in citations}


def _authority_score(new: Unit, old: Unit, alignment: Alignment) -> float | None:
    n, o = new.item, old.item
    assert isinstance(n, Authority)
    assert isinstance(o, Authority)
    if authority_identity(n) == authority_identity(o):
        return 2.0
    shared = set(n.citations) & set(o.citations)
    if shared:
        return 1.0 + len(shared) / len(set(n.citations) | set(o.citations))
    bases = _bases(n.citations) & _bases(o.citations)
    if bases:  # 10 U.S.C. 2808(a) and 10 U.S.C. 2808
        return 0.5 + 0.5 * len(bases) / len(_bases(n.citations) | _bases(o.citations))
    return None


def _authority_blocks(unit: Unit, alignment: Alignment) -> tuple[Hashable, ...]:
    item = unit.item
    assert isinstance(item, Authority)
    return (("act", authority_identity(item)), *(("cite", b) for b in _bases(item.citations)))


def _citations_field(old: tuple[str, ...], new: tuple[str, ...]) -> FieldChange | None:
    """Citations that differ, marked as wording when only their subsections moved."""
    found = set_field("citations", old, new)
    if found is not None and _bases(old) == _bases(new):
        return evolve(found, field="citations (subsections)")
    return found


def _authority_fields(n: Item, o: Item) -> tuple[FieldChange, ...]:
    assert isinstance(n, Authority)
    assert isinstance(o, Authority)
    return fields_of(
        text_field("name", o.name, n.name),
        value_field("short", o.short, n.short),
        _citations_field(o.citations, n.citations),
        set_field("sections", o.sections, n.sections),
        value_field("invoked", o.invoked, n.invoked),
    )


def _reference_units(order: Order, source: int) -> list[Unit]:
    """One unit per target and relation; plain mentions of a target acted on are left out."""
    groups: dict[tuple[tuple[str, str], Relation], list[Reference]] = {}
    for item in order.references:
        groups.setdefault((item.target.key, item.relation), []).append(item)
    acted_on = {key for key, relation in groups if relation is not Relation.CITES}
    units: list[Unit] = []
    for (key, relation), group in groups.items():
        if relation is Relation.CITES and key in acted_on:
            continue
        first = group[0]
        merged = evolve(
            first,
            partial=all(r.partial for r in group),
            target_sections=tuple(dict.fromkeys(s for r in group for s in r.target_sections)),
            amendments=tuple(a for r in group for a in r.amendments),
        )
        span = first.statement or first.span
        units.append(Unit(source, order, merged, span, len(units)))
    return sorted(units, key=lambda u: u.span)


def _reference_score(new: Unit, old: Unit, alignment: Alignment) -> float | None:
    n, o = new.item, old.item
    assert isinstance(n, Reference)
    assert isinstance(o, Reference)
    if n.target.key != o.target.key:
        return None
    if (n.relation is Relation.CITES) != (o.relation is Relation.CITES):
        return None  # a mention is no act: acting on a document the other only cited is new
    return 2.0 if n.relation is o.relation else 1.0


def _amendment_text(item: Reference) -> tuple[str, ...]:
    out = []
    for a in item.amendments:
        words = [
            f'strike "{a.strike}"' if a.strike is not None else "",
            f'insert "{clip(a.insert, 80)}"' if a.insert is not None else "",
            f"({a.position})" if a.position else "",
            f"in {a.section}" if a.section else "",
        ]
        out.append(" ".join(w for w in words if w))
    return tuple(out)


def _reference_fields(n: Item, o: Item) -> tuple[FieldChange, ...]:
    assert isinstance(n, Reference)
    assert isinstance(o, Reference)
    return fields_of(
        value_field("relation", o.relation, n.relation),
        value_field("partial", o.partial, n.partial),
        set_field("target_sections", o.target_sections, n.target_sections),
        set_field("amendments", _amendment_text(o), _amendment_text(n)),
    )


def _emergency_units(order: Order, source: int) -> list[Unit]:
    return plain_units(order.emergencies, order, source)


def emergency_of(unit: Unit) -> DocumentKey | None:
    """The emergency an action concerns: the document that declared it (its target, or for
    a declaration the order itself)."""
    item = unit.item
    assert isinstance(item, EmergencyAction)
    return item.target.key if item.target is not None else unit.order.key


def _ends_emergency(n: Item, o: Item) -> bool:
    """A termination paired with the emergency the old order declared, expanded or continued."""
    assert isinstance(n, EmergencyAction)
    assert isinstance(o, EmergencyAction)
    return n.action is EmergencyActionType.TERMINATE and o.action is not n.action


def _emergency_score(new: Unit, old: Unit, alignment: Alignment) -> float | None:
    """Actions are compared only when they concern the same emergency: the same declaring
    document (an order that ends the emergency the other declared pairs with that
    declaration), or two declarations of the same threat."""
    n, o = new.item, old.item
    assert isinstance(n, EmergencyAction)
    assert isinstance(o, EmergencyAction)
    threat = similarity(n.threat, o.threat)
    n_key, o_key = emergency_of(new), emergency_of(old)
    if n_key is not None and n_key == o_key:
        return 3.0 + (1.0 if n.action is o.action else 0.0) + threat
    if n.target is None and o.target is None and n.action is o.action:
        loose = n.threat is None or o.threat is None
        return 1.0 + threat if loose or threat >= 0.3 else None
    return None


def _emergency_fields(n: Item, o: Item) -> tuple[FieldChange, ...]:
    assert isinstance(n, EmergencyAction)
    assert isinstance(o, EmergencyAction)
    return fields_of(
        value_field("action", o.action, n.action),
        value_field(
            "target", o.target.label() if o.target else None, n.target.label() if n.target else None
        ),
        set_field("statutes", o.statutes, n.statutes),
        set_field("powers_invoked", o.powers_invoked, n.powers_invoked),
        text_field("threat", o.threat, n.threat),
    )


def _measure_units(order: Order, source: int) -> list[Unit]:
    return plain_units(order.measures, order, source)


_ENTRY = frozenset({MeasureAction.SUSPEND_ENTRY, MeasureAction.LIMIT_ENTRY})


_PAIRED = frozenset({*_ENTRY, MeasureAction.WAIVER})
"""Measures an order rarely holds more than one of: they pair however they are worded."""


def _measure_score(new: Unit, old: Unit, alignment: Alignment) -> float | None:
    """Measures of one action pair on the document they concern (an effective date of a
    revocation), else on the countries they share, the likeness of their subjects, their
    place and their duration; two entry suspensions (or two case-by-case waivers) pair even
    when they word their subjects differently."""
    n, o = new.item, old.item
    assert isinstance(n, Measure)
    assert isinstance(o, Measure)
    if n.action is not o.action:
        return None
    if n.target is not None or o.target is not None:
        same = n.target is not None and o.target is not None and n.target.key == o.target.key
        return 3.0 if same else None
    alike = similarity(n.subject, o.subject)
    names_n, names_o = set(n.names), set(o.names)
    shared = len(names_n & names_o) / len(names_n | names_o) if names_n & names_o else 0.0
    place = alignment.score(n.where, old.source, o.where)
    lasting = 0.5 if n.duration is not None and n.duration == o.duration else 0.0
    if shared or alike >= 0.5 or n.action in _PAIRED or (place == 1.0 and alike >= 0.3):
        return 1.0 + 2.0 * shared + alike + 0.5 * place + lasting
    return None


def _designation_units(order: Order, source: int) -> list[Unit]:
    return plain_units(order.designations, order, source)


NAMED = frozenset(
    {
        DesignationCategory.SUCCESSION,
        DesignationCategory.PLACE,
        DesignationCategory.ORGANIZATION,
        DesignationCategory.OFFICIAL,
        DesignationCategory.TERRORIST_ORGANIZATION,
        DesignationCategory.GLOBAL_TERRORIST,
    }
)
"""Categories whose designee is a name (an office, a place, a body): two designees of these
correspond only when they are the same name."""


def _designation_score(new: Unit, old: Unit, alignment: Alignment) -> float | None:
    """The same category and the same designee (or office); an Annex by its category."""
    n, o = new.item, old.item
    assert isinstance(n, Designation)
    assert isinstance(o, Designation)
    if n.category is not o.category:
        return None
    if n.category in NAMED:
        if same_name(n.designee, o.designee):
            return 2.0 + similarity(n.designee, o.designee)
        n_lead, o_lead = lead_office(n.designee), lead_office(o.designee)
        if (n_lead, o_lead) != (n.designee, o.designee) and same_name(n_lead, o_lead):
            # the same office re-ranked with others, or for other States
            return 1.5 + similarity(n.designee, o.designee)
        return None  # another office, place or body: one removed, one added
    who = similarity(criterion(n), criterion(o))
    lists = bool(n.names) and bool(o.names)
    if who < 0.8 and not (lists and who >= 0.5):
        if _same_prong(new, old, alignment):
            return 0.5  # the criterion of the same prong, rewritten
        return None
    same = 0.5 if norm(n.designation) == norm(o.designation) else 0.0
    shared = len(set(n.names) & set(o.names)) / max(len(set(n.names) | set(o.names)), 1)
    return 1.0 + who + same + 0.5 * shared


def _same_prong(new: Unit, old: Unit, alignment: Alignment) -> bool:
    """Two sanctions criteria at the same place (the same path, as a restated section quotes
    it, or the same place of corresponding sections), determined by the same official: the
    same prong of the order, however much its words changed."""
    n, o = new.item, old.item
    assert isinstance(n, Designation)
    assert isinstance(o, Designation)
    return (
        n.category is DesignationCategory.SANCTIONS
        and not n.names
        and not o.names
        and norm(n.designator) == norm(o.designator)
        and (n.where == o.where or alignment.score(n.where, old.source, o.where) == 1.0)
    )


def _designation_blocks(unit: Unit, alignment: Alignment) -> tuple[Hashable, ...]:
    item = unit.item
    assert isinstance(item, Designation)
    return ((item.category.value,),)


def _designation_fields(n: Item, o: Item) -> tuple[FieldChange, ...]:
    assert isinstance(n, Designation)
    assert isinstance(o, Designation)
    return fields_of(
        text_field("designee", o.designee, n.designee),
        text_field("designation", o.designation, n.designation),
        set_field("names", o.names, n.names),
        value_field("rank", o.rank, n.rank),
        text_field("designator", o.designator, n.designator),
        set_field("consulted", o.consulted, n.consulted),
        set_field("basis", o.basis, n.basis),
        value_field("directed", o.directed, n.directed),
        value_field("terminated", o.terminated, n.terminated),
    )


def _grant_units(order: Order, source: int) -> list[Unit]:
    return plain_units(order.grants, order, source)


def _action_words(unit: Unit, alignment: Alignment) -> list[str]:
    found = alignment.words.get(id(unit.item))
    if found is None:
        assert isinstance(unit.item, Grant)
        found = alignment.words[id(unit.item)] = norm(unit.item.action).split()
    return found


def _grant_score(new: Unit, old: Unit, alignment: Alignment) -> float | None:
    n, o = new.item, old.item
    assert isinstance(n, Grant)
    assert isinstance(o, Grant)
    place = alignment.score(n.where, old.source, o.where)
    actor = norm(n.actor) == norm(o.actor)
    if place == 1.0:
        floor = 0.3 if actor else 0.5
    elif place == 0.5:
        floor = 0.6
    else:
        floor = 0.6 if actor else 0.8
    old_words, new_words = _action_words(old, alignment), _action_words(new, alignment)
    action = alignment.ratios.ratio(old_words, new_words, floor)
    if action < floor:
        return None
    same_modality = 0.1 if n.modality is o.modality else 0.0
    return action + (0.5 if actor else 0.0) + 0.5 * place + same_modality


def _grant_blocks(unit: Unit, alignment: Alignment) -> tuple[Hashable, ...]:
    """Grants are compared with grants of the same actor or in the corresponding section."""
    item = unit.item
    assert isinstance(item, Grant)
    return (("actor", norm(item.actor)), ("place", alignment.place(unit.source, item.where)))


def _grant_fields(n: Item, o: Item) -> tuple[FieldChange, ...]:
    assert isinstance(n, Grant)
    assert isinstance(o, Grant)
    return fields_of(
        text_field("actor", o.actor, n.actor),
        value_field("modality", o.modality, n.modality),
        value_field("deadline_days", o.deadline_days, n.deadline_days),
        value_field("deadline_date", o.deadline_date, n.deadline_date),
        text_field("deadline", o.deadline, n.deadline),
        text_field("action", o.action, n.action),
        set_field("basis", o.basis, n.basis),
        set_field("co_actors", o.co_actors, n.co_actors),
    )


def _body_score(new: Unit, old: Unit, alignment: Alignment) -> float | None:
    """Bodies pair by name; a body renamed pairs when the names are much alike."""
    n, o = new.item, old.item
    assert isinstance(n, Body)
    assert isinstance(o, Body)
    if norm(n.name) == norm(o.name):
        return 2.0
    alike = similarity(n.name, o.name)
    return alike if alike >= 0.75 else None


def _ends_body(n: Item, o: Item) -> bool:
    """The new order abolishes the body the old one established or continued."""
    assert isinstance(n, Body)
    assert isinstance(o, Body)
    return n.action is BodyAction.TERMINATE and o.action is not n.action


def _wording(**fields: str) -> Mapping[str, str]:
    """Fields whose change alone is wording: ``alike`` or ``trivial`` (see :class:`Rule`)."""
    return MappingProxyType(fields)


def everything(unit: Unit, alignment: Alignment) -> tuple[Hashable, ...]:
    """One block for all the units of a kind: each is compared with every other."""
    return ((),)


@frozen
class Rule:
    """How one kind of item is aligned and compared.

    ``units`` gives what to align; ``blocks`` the keys under which a unit
    looks for partners (units sharing no key are never compared, which keeps
    a diff of large orders near-linear); ``score`` how well two units
    correspond (``None``: not at all); ``fields`` what differs between
    partners; a change only in the ``wording`` fields is a change of wording, not
    of power, when each of those fields is still ``alike`` (word similarity) or
    differs ``trivially`` (only in function words, renumbered cross-references
    and punctuation), as the field's entry says.
    """

    units: Callable[[Order, int], list[Unit]]
    score: Callable[[Unit, Unit, Alignment], float | None]
    fields: Callable[[Item, Item], tuple[FieldChange, ...]]
    blocks: Callable[[Unit, Alignment], tuple[Hashable, ...]] = everything
    wording: Mapping[str, str] = MappingProxyType({})
    ends: Callable[[Item, Item], bool] | None = None
    """Whether the new item of a pair ends the old one (a termination of the emergency the
    old order declared): the pair is reported as removed, with both sides."""


def generic_rule(item_kind: ItemKind) -> Rule:
    """The rule of a kind with none of its own: identity first, then alike labels."""

    def units(order: Order, source: int) -> list[Unit]:
        return plain_units(item_kind.items(order), order, source)

    def score(new: Unit, old: Unit, alignment: Alignment) -> float | None:
        if item_kind.identity(new.item) == item_kind.identity(old.item):
            return 2.0
        alike = similarity(item_kind.label(new.item), item_kind.label(old.item))
        return alike if alike >= 0.6 else None

    def fields(n: Item, o: Item) -> tuple[FieldChange, ...]:
        out = []
        for name in item_kind.fields:
            if name in ("where", "span"):
                continue
            old, new = getattr(o, name), getattr(n, name)
            if isinstance(old, tuple) and all(isinstance(v, str) for v in (*old, *new)):
                out.append(set_field(name, old, new))
            elif isinstance(old, str) or isinstance(new, str):
                out.append(text_field(name, old, new))
            else:
                out.append(value_field(name, old, new))
        return fields_of(*out)

    def blocks(unit: Unit, alignment: Alignment) -> tuple[Hashable, ...]:
        return (item_kind.identity(unit.item),)

    return Rule(units, score, fields, blocks)


RULES: dict[str, Rule] = {
    "authorities": Rule(
        _authority_units,
        _authority_score,
        _authority_fields,
        _authority_blocks,
        _wording(name="alike", **{"citations (subsections)": "alike"}),
    ),
    "references": Rule(_reference_units, _reference_score, _reference_fields),
    "emergencies": Rule(
        _emergency_units,
        _emergency_score,
        _emergency_fields,
        wording=_wording(threat="trivial"),
        ends=_ends_emergency,
    ),
    "designations": Rule(
        _designation_units,
        _designation_score,
        _designation_fields,
        _designation_blocks,
        _wording(designation="alike", designee="trivial"),
    ),
    "measures": Rule(
        _measure_units,
        _measure_score,
        generic_rule(MEASURES).fields,
        wording=_wording(subject="alike"),
    ),
    "grants": Rule(
        _grant_units,
        _grant_score,
        _grant_fields,
        _grant_blocks,
        _wording(action="alike", deadline="alike"),
    ),
    "bodies": evolve(generic_rule(BODIES), score=_body_score, blocks=everything, ends=_ends_body),
}
"""The rules of the kinds that have their own."""


def rule_for(item_kind: ItemKind) -> Rule:
    """The rule that compares items of ``item_kind``."""
    return RULES.get(item_kind.name) or generic_rule(item_kind)


__all__ = [
    "RULES",
    "Rule",
    "Unit",
    "citation_base",
    "everything",
    "generic_rule",
    "rule_for",
]
