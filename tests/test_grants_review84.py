"""Grants: what review 84 (a read-only second read of stop 32's second batch) found, each
pinned by a short order we wrote; every test fails if its fix is undone."""

from __future__ import annotations

from .grant_cases import order


def test_a_lead_in_with_a_deadline_keeps_its_row_over_items_with_own_subjects() -> None:
    # nothing the lead-in says is lost: "Within 30 days …, in consultation with …"
    grants = order(
        "Sec. 1. Within 30 days of the date of this order, the Secretary of Commerce, in "
        "consultation with the Attorney General, shall take the following actions:\n\n(a) "
        "the Secretary of Energy shall revoke the guidance; and\n\n(b) the Secretary of Labor "
        "shall rescind the rule.\n\nSec. 2. The Secretary of Commerce shall take the "
        "following actions:\n\n(a) the Secretary of Energy shall revoke the guidance; and\n\n"
        "(b) the Secretary of Labor shall rescind the rule."
    ).grants
    assert [(g.where, g.actor, g.deadline_days) for g in grants] == [
        ("1", "Secretary of Commerce", 30),
        ("1(a)", "Secretary of Energy", None),
        ("1(b)", "Secretary of Labor", None),
        ("2(a)", "Secretary of Energy", None),
        ("2(b)", "Secretary of Labor", None),
    ]


def test_a_nested_head_hands_down_its_co_actors_and_basis() -> None:
    grants = order(
        "Sec. 2. The Secretary of Commerce shall:\n\n(a) in consultation with the Attorney "
        "General and pursuant to 50 U.S.C. 1701:\n\n(i) review the rules; and\n\n(ii) publish "
        "a summary.\n\nSec. 6. The Secretary of State shall:\n\n(a) with respect to reports "
        "due within 30 days of receipt:\n\n(i) review them."
    ).grants
    assert [(g.where, g.co_actors, g.basis, g.deadline) for g in grants] == [
        ("2(a)(i)", ("Attorney General",), ("50 U.S.C. 1701",), None),
        ("2(a)(ii)", ("Attorney General",), ("50 U.S.C. 1701",), None),
        ("6(a)(i)", (), (), None),
    ]


def test_a_series_clause_needs_a_plain_first_clause_and_survives_names_with_and() -> None:
    grants = order(
        "Sec. 3. The Attorney General shall issue guidance requiring that, upon receipt of a "
        "request, the Secretary of Energy shall review it, and the Secretary of Labor shall "
        "respond.\n\nSec. 4. The Secretary of State shall review the rules, the Secretary of "
        "Health and Human Services shall revise the guidance, and the Secretary of Energy "
        "shall report."
    ).grants
    actions = {(g.where, g.actor): g.action for g in grants}
    assert actions[("3", "Attorney General")].startswith(
        "issue guidance requiring that, upon receipt of a request, the Secretary of Energy"
    )
    assert actions[("4", "Secretary of State")] == "review the rules"
    assert actions[("4", "Secretary of Health and Human Services")] == "revise the guidance"


def test_a_head_of_any_body_of_a_kind_is_no_agent() -> None:
    assert (
        order(
            "Sec. 5. The plan shall be reviewed by a Director of an agency designated by the "
            "President."
        ).grants
        == ()
    )


def test_a_clause_joined_by_and_keeps_its_own_deadline_and_the_openings() -> None:
    # the first clause's "within 30 days" is not the second's; a deadline that opens the
    # sentence is each clause's; a series with its own deadlines, each its own
    grants = order(
        "Sec. 2. The Secretary of State shall, within 30 days, review the rules, and the "
        "Attorney General shall revise the guidance.\n\nSec. 4. Within 30 days of the date of "
        "this order, the Secretary of State shall review the rules, and the Attorney General "
        "shall revise the guidance."
    ).grants
    assert [(g.where, g.actor, g.deadline_days) for g in grants] == [
        ("2", "Secretary of State", 30),
        ("2", "Attorney General", None),
        ("4", "Secretary of State", 30),
        ("4", "Attorney General", 30),
    ]


def test_a_series_whose_first_clause_holds_an_aside_is_cut_at_its_comma() -> None:
    grants = order(
        "Sec. 1. The Secretary of State shall, within 30 days, review the rules, the Attorney "
        "General shall, within 60 days, revise the guidance, and the Secretary of Energy "
        "shall, within 90 days, report."
    ).grants
    assert grants[0].action == "within 30 days, review the rules"
    assert grants[1].action == "within 60 days, revise the guidance"
    assert (grants[2].actor, grants[2].deadline_days) == ("Secretary of Energy", 90)
