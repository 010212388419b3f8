"""Grants: classes of error in the action and deadline found by a second random audit of
100 corpus grants (audit 6, 2026-12-07), each with a case written by us."""

from __future__ import annotations

import pytest

from .grant_cases import order


@pytest.mark.parametrize(
    ("words", "days"),
    [("semi-annually", 180), ("semiannually", 180), ("bi-annually", 180), ("annually", 365)],
)
def test_semi_annually_is_no_annual_recurrence(words: str, days: int) -> None:
    # Was: "meet semi-annually" gave the deadline "annually" (365 days).
    body = f"Sec. 5. Meetings. The Harbor Council shall report to the President {words}."
    (grant,) = order(body).grants
    assert (grant.deadline, grant.deadline_days) == (words, days)


@pytest.mark.parametrize("inline", [False, True])
def test_a_meeting_lead_in_ending_in_to_hands_its_items_their_duties(inline: bool) -> None:
    # Was: one grant "meet quarterly to", the items lost.
    gap = " " if inline else "\n\n"
    body = (
        "Sec. 3. Functions. The Harbor Council shall meet quarterly to:"
        f"{gap}(a) review the safety of the ports;{gap}(b) recommend to the President changes "
        f"to port policy; and{gap}(c) publish its findings."
    )
    grants = order(body).grants
    assert [(g.actor, g.action, g.deadline) for g in grants] == [
        ("Harbor Council", "review the safety of the ports", "quarterly"),
        ("Harbor Council", "recommend to the President changes to port policy", "quarterly"),
        ("Harbor Council", "publish its findings", "quarterly"),
    ]
    if not inline:
        assert [g.where for g in grants] == ["3(a)", "3(b)", "3(c)"]
