"""How the compared orders relate, said before their powers are diffed.

Three kinds of tie, in decreasing strength:

- **relations**: one order says what it does to the other (revokes, amends,
  supersedes, continues, cites it) or acts on the emergency it declared;
- **lineage**: both act on (or declare and act on) the same third document;
- **subject**: they share distinctive title words, a specific statute (not
  the boilerplate every sanctions or emergency order cites), or the national
  emergency they act under.

Orders sharing none of these get a warning: diffing them compares unlike things.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from eoparse.compare.result import Relatedness
from eoparse.model import DocumentKey, EmergencyActionType, Order, Relation

GENERIC_CITATIONS = frozenset(
    {
        "3 U.S.C. 301",
        "50 U.S.C. 1601 et seq.",
        "50 U.S.C. 1701 et seq.",
        "50 U.S.C. 1601",
        "50 U.S.C. 1701",
        "50 U.S.C. 1621",
        "50 U.S.C. 1631",
        "50 U.S.C. 1641",
        "50 U.S.C. 1702",
        "50 U.S.C. 1703",
        "8 U.S.C. 1182(f)",
        "8 U.S.C. 1182",
        "8 U.S.C. 1101 et seq.",
        "5 U.S.C. 301",
        "5 U.S.C. 3345 et seq.",
        "5 U.S.C. App.",
    }
)
"""Citations so many orders rest on that sharing them says nothing about the subject: the
President's power to delegate, the NEA and IEEPA, INA 212(f), the Vacancies Act."""

GENERIC_ACTS = frozenset(
    {"nea", "ieepa", "ina", "constitution", "faca", "vacancies act", "fvra", "3 u.s.c. 301"}
)
"""Acts (by short name, case-folded) as generic as :data:`GENERIC_CITATIONS`."""

TITLE_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "by",
        "at",
        "from",
        "as",
        "or",
        "its",
        "their",
        "this",
        "that",
        "certain",
        "additional",
        "further",
        "other",
        "respect",
        "regarding",
        "concerning",
        "related",
        "relating",
        "taking",
        "take",
        "steps",
        "step",
        "executive",
        "order",
        "orders",
        "amendment",
        "amendments",
        "amending",
        "amend",
        "amended",
        "providing",
        "provide",
        "establishing",
        "establish",
        "establishment",
        "continuing",
        "continuance",
        "continuation",
        "national",
        "emergency",
        "emergencies",
        "blocking",
        "block",
        "property",
        "persons",
        "person",
        "government",
        "united",
        "states",
        "president",
        "presidential",
        "federal",
        "policy",
        "policies",
        "department",
        "departments",
        "agency",
        "agencies",
        "program",
        "programs",
        "council",
        "committee",
        "commission",
        "board",
        "office",
        "new",
    ]
)
"""Words of titles that many unrelated orders share ("Blocking Property of Certain Persons
…", "Amendment to Executive Order …"): they say nothing about the subject."""

_WORD = regex.compile(r"[^\W\d_]{3,}")


def title_words(title: str | None) -> set[str]:
    """The distinctive words of a title (case-folded, without :data:`TITLE_WORDS`)."""
    words = {w.casefold() for w in _WORD.findall(title or "")}
    return {w[:-1] if w.endswith("s") and len(w) > 4 else w for w in words - TITLE_WORDS}


def _acts_on(order: Order) -> Iterator[tuple[DocumentKey, str]]:
    """Each document ``order`` acts on (or mentions), with the verb."""
    for reference in order.references:
        yield reference.target.key, reference.relation.value
    for action in order.emergencies:
        if action.target is not None:
            yield action.target.key, f"{action.action.value}s the emergency of"


def _emergencies(order: Order) -> set[DocumentKey]:
    """The national emergencies ``order`` acts on, by their declaring document."""
    out: set[DocumentKey] = set()
    own = order.key
    for action in order.emergencies:
        if action.target is not None:
            out.add(action.target.key)
        elif action.action is EmergencyActionType.DECLARE and own is not None:
            out.add(own)
    return out


def _specific_statutes(order: Order) -> set[str]:
    out: set[str] = set()
    for authority in order.authorities:
        if not authority.invoked:
            continue
        name = (authority.short or authority.name or "").casefold()
        if name and name not in GENERIC_ACTS:
            out.add(authority.short or authority.name or "")
        out.update(c for c in authority.citations if c not in GENERIC_CITATIONS and not name)
    return out


def _label(key: DocumentKey) -> str:
    kind, ident = key
    return f"{kind.replace('_', ' ').title()} {ident}"


def relate(olds: Sequence[Order], new: Order) -> Relatedness:
    """How ``new`` relates to ``olds`` (see the module's docstring)."""
    relations: list[str] = []
    lineage: list[str] = []
    subject: list[str] = []
    new_key = new.key
    for old in olds:
        old_key = old.key
        for source, target_key, other in ((new, old_key, old), (old, new_key, new)):
            for key, verb in _acts_on(source):
                if target_key is not None and key == target_key:
                    relations.append(f"{source.label()} {verb} {other.label()}")
        own = {new_key, old_key}
        new_targets = {k for k, v in _acts_on(new) if v != Relation.CITES.value} - own
        old_targets = {k for k, v in _acts_on(old) if v != Relation.CITES.value} - own
        lineage.extend(f"both act on {_label(k)}" for k in sorted(new_targets & old_targets))
        shared_emergencies = _emergencies(new) & _emergencies(old)
        subject.extend(
            f"the national emergency declared by {_label(k)}" for k in sorted(shared_emergencies)
        )
        words = title_words(new.title) & title_words(old.title)
        if words:
            subject.append("title words: " + ", ".join(sorted(words)))
        statutes = _specific_statutes(new) & _specific_statutes(old)
        subject.extend(f"statute: {s}" for s in sorted(statutes))
    return Relatedness(
        tuple(dict.fromkeys(relations)),
        tuple(dict.fromkeys(lineage)),
        tuple(dict.fromkeys(subject)),
    )


__all__ = ["GENERIC_ACTS", "GENERIC_CITATIONS", "TITLE_WORDS", "relate", "title_words"]
