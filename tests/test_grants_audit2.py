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
