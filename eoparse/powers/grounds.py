"""The legal basis of a designation: the statutes and orders it rests on.

The basis is read from the designating words themselves: the citations they
print (``8 U.S.C. 1189``), the executive orders they name (``EO 13224``),
else the authorities of the order that they name by name or short form
(``IEEPA``), else the Acts they name where the Acts table codifies them.
A blocking clause that names nothing rests on the emergency statutes the
order invokes (IEEPA, the NEA, the UN Participation Act); an order of
succession on the statutes of its authority clause.
"""

from __future__ import annotations

from eoparse.model import Authority, Kind
from eoparse.powers.acts import lookup
from eoparse.powers.context import Context

_EMERGENCY_SHORT = ("IEEPA", "UNPA", "NEA")
_NOT_A_BASIS = ("3 U.S.C. 301",)
"""Citations of every authority clause that ground no designation in particular."""


def basis(
    context: Context,
    authorities: tuple[Authority, ...],
    start: int,
    end: int,
    *,
    orders: bool = False,
) -> tuple[str, ...]:
    """The statutes (and with ``orders``, the executive orders) ``text[start:end]`` rests on."""
    cites = [c.canonical for c in context.citations_between(start, end) if c.kind != "fr"]
    if orders:
        for mention in context.mentions_between(start, end):
            target = mention.target
            if target.kind is Kind.EXECUTIVE_ORDER and target.number is not None:
                cites.append(f"EO {target.number}")
    if not cites:
        said = context.text[start:end]
        for authority in authorities:
            named = (authority.short and authority.short in said) or (
                authority.name and authority.name in said
            )
            if named:
                cites.extend(authority.citations)
    if not cites:  # an Act the order did not cite: where the table codifies it
        for _, _, name in context.act_names_between(start, end):
            act = lookup(name)
            if act is not None and act.code:
                cites.append(f"{act.code} et seq.")
    return tuple(c for c in dict.fromkeys(cites) if c not in _NOT_A_BASIS)


def blocking_basis(authorities: tuple[Authority, ...]) -> tuple[str, ...]:
    """The emergency statutes the order invokes (the basis of its blocking clauses)."""
    cites: list[str] = []
    for authority in authorities:
        if authority.short in _EMERGENCY_SHORT or (
            authority.name and "Emergency Economic Powers" in authority.name
        ):
            cites.extend(authority.citations)
    return tuple(dict.fromkeys(cites))


def invoked_basis(authorities: tuple[Authority, ...]) -> tuple[str, ...]:
    """The statutes of the authority clause (the Constitution and 3 U.S.C. 301 left out)."""
    cites = [c for a in authorities if a.invoked for c in a.citations]
    return tuple(c for c in dict.fromkeys(cites) if c not in _NOT_A_BASIS)


__all__ = ["basis", "blocking_basis", "invoked_basis"]
