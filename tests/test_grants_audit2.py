"""Grants: classes of error in the action and deadline found by a second random audit of
100 corpus grants (audit 6, 2026-12-07), each with a case written by us."""

from __future__ import annotations

import datetime as dt

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


@pytest.mark.parametrize(
    ("inline", "when"), [(False, "quarterly"), (True, "quarterly at the Chair's request")]
)
def test_a_meeting_lead_in_ending_in_to_hands_its_items_their_duties(
    inline: bool, when: str
) -> None:
    # Was: one grant "meet quarterly to", the items lost.
    gap = " " if inline else "\n\n"
    body = (
        f"Sec. 3. Functions. The Harbor Council shall meet {when} to:"
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


@pytest.mark.parametrize(
    ("opening", "deadline"),
    [
        (
            "Within 60 days of the completion of the reviews directed by subsections (b) and "
            "(c) of this section,",
            "Within 60 days of the completion of the reviews directed by subsections (b) and "
            "(c) of this section",
        ),
        (
            "Within 90 days of the issuance of the Harbor Data Policy,",
            "Within 90 days of the issuance of the Harbor Data Policy",
        ),
    ],
)
def test_an_event_tied_deadline_runs_to_the_end_of_the_event(opening: str, deadline: str) -> None:
    # Was: "Within 60 days of the completion of", "Within 90 days of the issuance of".
    body = f"Sec. 2. Plans. {opening} the Secretary of Energy shall submit a plan."
    (grant,) = order(body).grants
    assert (grant.deadline, grant.deadline_days) == (deadline, int(opening.split()[1]))


def test_a_deadline_of_this_order_ends_at_this_order() -> None:
    body = (
        "Sec. 2. Plans. The Secretary of Energy shall submit to the President within 90 days "
        "of the date of this order a plan describing steps to protect the grid."
    )
    (grant,) = order(body).grants
    assert grant.deadline == "within 90 days of the date of this order"


def test_a_lead_time_before_an_event_is_a_deadline_without_days() -> None:
    # Was: no deadline.  Its days are no period from a start: deadline_days stays None.
    body = (
        "Sec. 4. Notice. At least 90 days before any record is released under this section, "
        "the Archivist of the United States shall notify the agency that created it."
    )
    (grant,) = order(body).grants
    assert (grant.deadline, grant.deadline_days, grant.deadline_date) == (
        "At least 90 days before any record is released under this section",
        None,
        None,
    )


def test_a_date_in_a_that_clause_with_its_own_modal_is_no_deadline() -> None:
    # Was: "on December 31, 2026" the deadline of the heads' determination.
    body = (
        "Sec. 2. Closing. The heads of executive departments and agencies may determine that "
        "certain offices must remain open and that certain employees must report for duty "
        "on December 31, 2026, for reasons of national security."
    )
    (grant,) = order(body).grants
    assert (grant.deadline, grant.deadline_date) == (None, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Secretary of Labor shall submit a report to the President on November 15, 2026.",
        "The Secretary of Labor shall ensure that agencies report to the Secretary, and shall "
        "submit a summary to the President on November 15, 2026.",
        "Recognizing that the States will act, the Secretary of Labor shall submit a report "
        "on November 15, 2026.",
    ],
)
def test_a_date_of_the_grant_itself_stays_its_deadline(sentence: str) -> None:
    (grant,) = order(f"Sec. 2. Reports. {sentence}").grants
    assert grant.deadline_date == dt.date(2026, 11, 15)


def test_another_officials_who_shall_is_no_part_of_the_action_and_is_its_own_grant() -> None:
    # Was: one grant, the Commission's, whose action ran on into the Attorney General's.
    body = (
        "Sec. 2. Duties. The Harbor Commission shall study port safety and make "
        "recommendations to the Attorney General, who shall submit a report to the President "
        "within one year."
    )
    grants = order(body).grants
    assert [(g.actor, g.action, g.deadline) for g in grants] == [
        (
            "Harbor Commission",
            "study port safety and make recommendations to the Attorney General",
            None,
        ),
        (
            "Attorney General",
            "submit a report to the President within one year.",
            "within one year",
        ),
    ]


def test_a_who_clause_after_a_body_gives_the_body_nothing() -> None:
    body = (
        "Sec. 2. Members. The Secretary of Labor shall invite persons not represented on the "
        "Harbor Council, who shall serve without compensation."
    )
    assert [(g.actor, g.action) for g in order(body).grants] == [
        ("Secretary of Labor", "invite persons not represented on the Harbor Council")
    ]


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        (
            "The Secretary of State shall prioritize training in key ports to promote safe "
            "navigation; to strengthen harbor patrols; and to promote the Harbor Agreement.",
            "prioritize training in key ports to promote safe navigation; to strengthen "
            "harbor patrols; and to promote the Harbor Agreement",
        ),
        (
            "The Secretary of State may solicit input from stakeholders, including port "
            "authorities; shipping companies; labor unions; and local residents.",
            "solicit input from stakeholders, including port authorities; shipping "
            "companies; labor unions; and local residents",
        ),
        (
            "The Secretary of State is authorized to prescribe: (1) rates of harbor fees; and "
            "(2) regulations governing their payment.",
            "prescribe: (1) rates of harbor fees; and (2) regulations governing their payment",
        ),
    ],
)
def test_a_series_of_purposes_or_things_after_a_semicolon_is_one_duty(
    sentence: str, action: str
) -> None:
    # Was: the action cut at the first ";".
    grants = order(f"Sec. 5. Ports. {sentence}").grants
    assert [(g.actor, g.action) for g in grants] == [("Secretary of State", action)]


def test_a_series_of_duties_after_a_semicolon_is_still_one_grant_each() -> None:
    body = (
        "Sec. 5. Fees. The Secretary of Commerce shall review the harbor fees, including "
        "the pilotage fees; issue revised guidelines; and report to the President."
    )
    assert [g.action for g in order(body).grants] == [
        "review the harbor fees, including the pilotage fees",
        "issue revised guidelines",
        "report to the President",
    ]
