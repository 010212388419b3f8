"""Grants: classes of miss seen on blind set 14 (delegations of trade-act functions,
agencies named by their instrumentalities), each pinned by a short order we wrote; every
test fails if its rule breaks."""

from __future__ import annotations

import pytest

from eoparse.model import Modality

from .grant_cases import order, rows


@pytest.mark.parametrize(
    "verb",
    [
        "are delegated and assigned, respectively, to",
        "are hereby delegated and assigned, respectively, to",
        "are delegated to",
    ],
)
def test_a_delegation_and_assignment_respectively_names_its_delegate(verb: str) -> None:
    # before, only a verb followed at once by " to " was read: "are delegated and
    # assigned, respectively, to the Trade Representative" gave no grant at all
    (grant,) = order(
        "Sec. 1. Functions. (a) Except as provided in subsection (b), the authorities "
        "granted to and functions assigned to the President under title I of the Act "
        f"{verb} the Secretary of Labor.\n\n(b) This order does not delegate section 102."
    ).grants
    assert (grant.where, grant.actor, grant.modality) == (
        "1(a)",
        "Secretary of Labor",
        Modality.DELEGATED,
    )


def test_a_delegating_verb_without_a_delegate_grants_nothing() -> None:
    assert (
        rows("Sec. 1. Scope. Functions that are delegated and assigned, respectively, remain.")
        == []
    )
