"""Grants: what review 81 (a read-only second read of stop 32's rules) found, each pinned
by a short order we wrote; every test fails if its fix is undone."""

from __future__ import annotations

from .grant_cases import order, rows


def test_a_title_holding_of_is_no_object_a_group_joins() -> None:
    # "The Secretary of State and the heads of the agencies that administer …": the "of" of
    # a title, not "all actions of the Council and the … offices that constitute it"
    assert ("1", "heads of the agencies that administer visa programs") in rows(
        "Sec. 1. The Secretary of State and the heads of the agencies that administer visa "
        "programs shall report."
    )


def test_an_outer_whose_clause_is_looked_for_before_the_inner_one() -> None:
    # the outer clause opens more than 160 characters before the modal
    assert rows(
        "Sec. 5. Each Federal agency whose actions affect the marine and coastal resources and "
        "habitats that are protected by a marine protected area designated under this order or "
        "under other law shall identify such actions."
    ) == [
        (
            "5",
            "each Federal agency whose actions affect the marine and coastal resources and "
            "habitats that are protected by a marine protected area designated under this order "
            "or under other law",
        )
    ]


def test_which_clause_antecedents_are_told_or_none() -> None:
    grants = order(
        "Sec. 1. There is established within the Department of Commerce a Task Force on "
        "Widgets, which shall be chaired by the Secretary of Commerce.\n\nSec. 2. The "
        "Secretary of Energy shall convene a Harbor Board, which shall be chaired by the "
        "Administrator of General Services."
    ).grants
    assert [(g.actor, g.action) for g in grants if g.actor != "Secretary of Energy"] == [
        ("Secretary of Commerce", "chair the Task Force on Widgets"),
        ("Administrator of General Services", "chair the Harbor Board"),
    ]


def test_a_following_list_ends_with_its_period_and_keeps_joint_items() -> None:
    assert rows(
        "Sec. 2. The following agencies shall participate in the Council:\n\n(a) the "
        "Department of State and the Department of Energy;\n\n(b) the Department of the "
        "Treasury; and\n\n(c) the Department of Justice.\n\n(d) the Secretary of Energy, in "
        "consultation with the Secretary of State, shall chair the Council."
    ) == [
        ("2(a)", "Department of State"),
        ("2(a)", "Department of Energy"),
        ("2(b)", "Department of the Treasury"),
        ("2(c)", "Department of Justice"),
        ("2(d)", "Secretary of Energy"),
    ]


def test_a_lower_case_noun_another_body_introduces_is_left_as_printed() -> None:
    assert rows(
        "Sec. 1. There is established the President's Council on Widgets (Council).\n\n"
        "Sec. 2. Each State is encouraged to set up a local advisory council. The council "
        "shall advise the Governor."
    ) == [("2", "council")]


def test_heads_a_passive_names_take_its_verb_and_stop_at_another_clause() -> None:
    grants = order(
        "Sec. 1. There is established the Harbor Council (Council).\n\nSec. 2. The Council "
        "shall be headed by a Chair and an Executive Director appointed by the President.\n\n"
        "Sec. 3. The Council shall be administered by a Director and a Chair of the Council "
        "shall be elected."
    ).grants
    assert [(g.where, g.actor, g.action) for g in grants] == [
        ("2", "Chair of the Harbor Council", "head the Council"),
        ("2", "Executive Director of the Harbor Council", "head the Council"),
        ("3", "Director of the Harbor Council", "administer the Council"),
    ]


def test_a_that_clause_in_which_agencies_may_is_no_relative_clause() -> None:
    assert rows("Sec. 1. The President determines that agencies may use telework.") == [
        ("1", "agencies")
    ]


def test_each_department_and_agency_head_is_an_actor() -> None:
    assert rows("Sec. 1. Each department and agency head shall report.") == [
        ("1", "each department and agency head")
    ]


# Stop 31's leftovers, read again at stop 32


def test_a_series_of_clauses_joined_by_commas_each_end_their_action() -> None:
    # "A shall X, B shall Y, and C shall Z" (EO 12958 3.6(e)); a list of objects stays one
    grants = order(
        "Sec. 4. The Secretary of State shall review the rules, the Attorney General shall "
        "revise the guidance, and the Secretary of Energy shall report.\n\nSec. 5. The "
        "Secretary of Labor shall notify the Attorney General, the Secretary of Energy, and "
        "the Secretary of Commerce."
    ).grants
    assert [(g.actor, g.action) for g in grants] == [
        ("Secretary of State", "review the rules"),
        ("Attorney General", "revise the guidance"),
        ("Secretary of Energy", "report."),
        (
            "Secretary of Labor",
            "notify the Attorney General, the Secretary of Energy, and the Secretary of Commerce.",
        ),
    ]


def test_as_chairman_of_a_body_is_an_aside_of_the_subject() -> None:
    assert rows(
        "Sec. 1. There is established the Harbor Safety Committee (Committee).\n\nSec. 2. The "
        "Secretary of the Interior, as Chairman of the Harbor Safety Committee, shall convene "
        "its meetings."
    ) == [("2", "Secretary of the Interior")]


def test_an_officer_of_the_body_named_last_where_no_actor_is() -> None:
    # "The co-chairs of the … Working Group shall", "the Director of the Center shall:"
    assert rows(
        "Sec. 1. There is established the Interagency Working Group on Harbor Safety (Working "
        "Group).\n\nSec. 3. The co-chairs of the Working Group shall convene it.\n\nSec. 4. "
        "The report of the chair of the Working Group shall include data."
    ) == [("3", "co-chairs of the Interagency Working Group on Harbor Safety")]
