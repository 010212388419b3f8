"""Grants: a pair an action gives two actors ``respectively`` (audit 8, class 7: the
Secretary of Defense's row kept the Secretary of Energy's statute and the word)."""

from __future__ import annotations

import pytest

from eoparse.powers.grants.respectively import distributed

from .grant_cases import order


def test_each_actor_takes_its_word_of_the_pair() -> None:
    grants = order(
        "Sec. 5. Leases. The Secretary of Defense and the Secretary of Energy shall enter into "
        "leases as authorized by 10 U.S.C. 2667 or by 42 U.S.C. 7256(a) respectively, with "
        "private entities.\n\nSec. 6. Redelegation. The Secretary of the Treasury and the "
        "Secretary of Commerce may redelegate these functions within the Department of the "
        "Treasury and the Department of Commerce, respectively."
    ).grants
    leases = "enter into leases as authorized by {} with private entities."
    within = "redelegate these functions within the Department of {}."
    assert [(g.actor, g.action) for g in grants] == [
        ("Secretary of Defense", leases.format("10 U.S.C. 2667")),
        ("Secretary of Energy", leases.format("42 U.S.C. 7256(a)")),
        ("Secretary of the Treasury", within.format("the Treasury")),
        ("Secretary of Commerce", within.format("Commerce")),
    ]


def test_a_pair_after_the_word() -> None:
    assert distributed(
        "facilitate services on lands owned by, respectively, the Department of Defense and "
        "the Department of Energy, in a manner consistent with law"
    ) == (
        "facilitate services on lands owned by the Department of Defense, in a manner "
        "consistent with law",
        "facilitate services on lands owned by the Department of Energy, in a manner "
        "consistent with law",
    )


@pytest.mark.parametrize(
    "action",
    [
        # three words for two actors
        "allocate funds received under subsections (a), (b), and (c), respectively, to agencies",
        # words that do not open alike: which is whose cannot be told plainly
        "establish a Task Force within the Department of Justice and the Federal Trade "
        "Commission, respectively, that will act",
        # "respectively" with no pair
        "apply to lease sites respectively identified under subsection (g)",
        # "respectively," before a clause, not after a preposition
        "review the plans and, respectively, that will take all necessary steps and more",
    ],
)
def test_a_pair_not_read_plainly_keeps_the_action(action: str) -> None:
    assert distributed(action) is None
