"""Grants: classes of error that audit 12 (100 random corpus grants at a2038ea, judged by a
helper without eoparse in view) found, each pinned by a short order we wrote."""

from __future__ import annotations

from .grant_cases import order, rows


def test_responsibilities_that_are_things_are_one_grant_at_the_lead_in() -> None:
    # item 51 (EO 13549 4(a)): the items are nouns, the objects of "perform"
    grants = order(
        "Sec. 4. Responsibilities. (a) The Secretary of Homeland Security shall perform the "
        "following responsibilities:\n(1) overall program management and oversight;\n(2) "
        "accreditation and monitoring of all facilities; and\n(3) processing of security "
        "clearance applications."
    ).grants
    assert [(g.where, g.action) for g in grants] == [
        ("4(a)", "perform the following responsibilities")
    ]
    # items that open with a verb are duties each
    assert rows(
        "Sec. 4. Responsibilities. (a) The Secretary of Homeland Security shall perform the "
        "following responsibilities:\n(1) develop a plan; and\n(2) report to the President."
    ) == [
        ("4(a)(1)", "Secretary of Homeland Security"),
        ("4(a)(2)", "Secretary of Homeland Security"),
    ]


def test_a_span_that_opens_the_clause_is_its_deadline() -> None:
    # item 11 (EO 13942 1(c)): "45 days after the date of this order, the Secretary shall"
    grant = order(
        "Sec. 1. (c) 45 days after the date of this order, the Secretary of Commerce shall "
        "identify the transactions subject to subsection (a)."
    ).grants[0]
    assert (grant.deadline, grant.deadline_days) == ("45 days after the date of this order", 45)


def test_how_often_a_recurrence_comes_round_is_kept() -> None:
    # item 80 (EO 13462 7(c)): "no less than twice each year" was cut to "each year"
    grants = order(
        "Sec. 7. (c) The Inspector General shall submit to the Board as necessary and no less "
        "than twice each year an analysis of the reports received.\n(d) The Council shall meet "
        "at least three times a year."
    ).grants
    assert [(g.deadline, g.deadline_days) for g in grants] == [
        ("no less than twice each year", 182),
        ("at least three times a year", 121),
    ]


def test_a_body_s_name_may_hold_through() -> None:
    # item 17 (EO 13101 301(c)): the Task Force's name was cut at "through"
    assert rows(
        "Sec. 301. (c) The Steering Committee shall charter a Task Force on Greening the "
        'Government through Waste Prevention and Recycling ("Task Force"). The Task Force '
        "shall report to the Chair."
    )[-1] == (
        "301(c)",
        "Task Force on Greening the Government through Waste Prevention and Recycling",
    )
    # an official acting through another is the other's definition (EO 13837)
    assert rows(
        "Sec. 4. Reports. (a) The President through the Director of the Office of Personnel "
        "Management (Director) shall be informed.\n(b) The Director shall publish a form."
    ) == [("4(b)", "Director of the Office of Personnel Management")]


def test_what_the_policy_of_the_united_states_says_anyone_shall_do_is_no_grant() -> None:
    # item 41 (EO 13514 sec. 1): the policy the order states, not a duty it gives
    assert rows(
        "Section 1. Policy. It is further the policy of the United States that to achieve "
        "these goals, agencies shall prioritize actions based on a full accounting of costs."
        "\n\nSec. 2. Goals. The Secretary of Energy shall report to the President."
    ) == [("2", "Secretary of Energy")]


def test_a_bare_noun_is_the_body_of_its_kind_printed_nearest_before_it() -> None:
    # item 24 (EO 13123 sec. 304): the order names two committees; "The Committee" is the
    # one its section has just named
    body = (
        "Sec. 304. Designated Officials. Designated officials shall participate in the "
        "Interagency Energy Policy Committee, described in section 306 of this order. The "
        "Committee shall communicate its activities to all designated officials.\n\n"
        "Sec. 307. Advisory Committee. The Secretary of Energy will establish a "
        "Public/Private Advisory Committee."
    )
    assert rows(body)[-1] == ("304", "Interagency Energy Policy Committee")
    # named only far away, it stays as printed
    far = body.replace(
        "The Committee shall",
        " ".join(["Designated officials report."] * 40) + " The Committee shall",
    )
    assert rows(far)[-1] == ("304", "Committee")
