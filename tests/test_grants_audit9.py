"""Grants: classes of error a ninth random audit of 100 corpus grants found (audit 9),
each pinned by a short order we wrote; every test fails if its rule breaks."""

from __future__ import annotations

from .grant_cases import order


def _actions(body: str) -> list[tuple[str, str]]:
    return [(g.actor, g.action) for g in order(body).grants]


def test_a_clause_of_another_subject_ends_the_action() -> None:
    # "…, and the Attorney General shall revise it": the Secretary's action ends before it
    assert _actions(
        "Sec. 2. (a) The Secretary of State shall review the list, and the Attorney General "
        "shall revise the rules, regulations, and forms.\n\n(b) The Director of National "
        "Intelligence shall amend the report and the Secretary of Homeland Security shall "
        "publish it."
    ) == [
        ("Secretary of State", "review the list"),
        ("Attorney General", "revise the rules, regulations, and forms."),
        ("Director of National Intelligence", "amend the report"),
        ("Secretary of Homeland Security", "publish it."),
    ]


def test_an_inserted_clause_leaves_the_shared_object_to_the_first_verb() -> None:
    # "deny a visa to, and … shall exclude from the United States, any alien …"
    assert _actions(
        "Sec. 4. (e) The Secretary of State shall deny a visa to, and the Secretary of "
        "Homeland Security shall exclude from the United States, any alien that the "
        "Secretary of State determines is an officer of a sanctioned person.\n\n(g) The "
        "Harbor Administration shall base its decision on, and the certification shall "
        "include an analysis describing, the strength of the evidence."
    ) == [
        (
            "Secretary of State",
            "deny a visa to any alien that the Secretary of State determines is an officer "
            "of a sanctioned person.",
        ),
        (
            "Secretary of Homeland Security",
            "exclude from the United States, any alien that the Secretary of State "
            "determines is an officer of a sanctioned person.",
        ),
        ("Harbor Administration", "base its decision on the strength of the evidence."),
    ]


def test_a_second_predicate_of_the_same_subject_is_not_inserted() -> None:
    # "develop a plan for, and shall document its effort in, …": one subject, one row
    assert _actions(
        "Sec. 6. Each executive department and agency shall develop an annual plan for, "
        "and shall document the agency's effort in, increasing the capacity of colleges."
    ) == [
        (
            "each executive department and agency",
            "develop an annual plan for, and shall document the agency's effort in, "
            "increasing the capacity of colleges.",
        )
    ]


def test_a_director_a_body_is_administered_by_is_that_body_s() -> None:
    # "The Program shall be administered by a Director": "the Director" is the Program's
    rows = [
        (g.where, g.actor)
        for g in order(
            "Section 1. There is established the Harbor Fellows Program (Program).\n\n"
            "Sec. 2. The Program shall be administered by a Director, appointed by the "
            "Administrator of General Services.\n\nSec. 4. The Director shall publish salary "
            "ranges for the Program."
        ).grants
    ]
    assert ("4", "Director of the Harbor Fellows Program") in rows


def test_a_head_the_order_names_in_full_is_left_to_that_name() -> None:
    rows = [
        (g.where, g.actor)
        for g in order(
            "Section 1. There is established the Harbor Initiative (Initiative).\n\nSec. 2. "
            "(a) The Initiative shall be led by an Executive Director. The Working Group "
            "shall be chaired by the Executive Director of the Initiative."
        ).grants
    ]
    assert ("2(a)", "Executive Director of the Harbor Initiative") in rows
