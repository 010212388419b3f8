"""Grants: classes of error blind set 16 and paragraph sample 5 showed once scored (their
stop over), and sample 4 read again, each pinned by a short order we wrote; every test
fails if its rule breaks."""

from __future__ import annotations

from .grant_cases import order, rows


def test_a_concurrence_or_such_consultation_names_no_actor() -> None:
    # "after concurrence by the Secretary of State" stood between the actor and the
    # modal unread, so the grant was lost; the one concurring never acts
    assert rows(
        "Sec. 4. Legion of Merit. (a) The Secretary of Defense, after concurrence by the "
        "Secretary of State, may award the Legion of Merit to a member of a friendly "
        "force.\n\n(b) The Secretary of Defense, upon the concurrence of the Secretary of "
        "State, shall submit recommendations to the President.\n\n(c) Within 90 days of "
        "the date of this order, the Secretary of Health and Human Services, after such "
        "consultation with the Director of the National Institutes of Health, shall issue "
        "a plan."
    ) == [
        ("4(a)", "Secretary of Defense"),
        ("4(b)", "Secretary of Defense"),
        ("4(c)", "Secretary of Health and Human Services"),
    ]


def test_asides_one_after_another_before_the_modal() -> None:
    # the comma closing one aside opens the next: both were read as one, which failed
    assert rows(
        "Sec. 1. Council. There is established the Harbor Safety Council (Council).\n\n"
        "Sec. 2. Outreach. Consistent with the objectives of this order, the Council, in "
        "accordance with applicable law, in addition to regular meetings, shall conduct "
        "outreach with representatives of port authorities."
    ) == [("2", "Harbor Safety Council")]


def test_the_secretaries_of_the_departments_of_x_and_y_are_each_secretary() -> None:
    assert rows(
        "Sec. 5. Working Groups. The Secretaries of the Departments of Agriculture and "
        "Energy, to the extent permitted by law, shall each establish a working group."
    ) == [("5", "Secretary of Agriculture"), ("5", "Secretary of Energy")]


def test_the_secretary_of_the_military_department_concerned_is_an_actor() -> None:
    # an alternative actor joined by "or", with a long aside of its own before the modal
    assert rows(
        "Section 1. Cross. The Secretary of the military department concerned, or the "
        "Secretary of Homeland Security with respect to the Coast Guard when it is not "
        "operating as a service in the Navy, may award the Cross to any person who "
        "distinguishes himself or herself by extraordinary heroism."
    ) == [
        ("1", "Secretary of the military department concerned"),
        ("1", "Secretary of Homeland Security"),
    ]


_SANCTIONS = (
    "Sec. 3. Sanctions. When the Secretary of State has selected a sanction, the heads of "
    "relevant agencies shall take the following actions where necessary:\n\n"
    "(a) agencies shall not issue any specific license to the sanctioned person; or\n\n"
    "(b) agencies shall not procure any goods from the sanctioned person.\n\n"
)


def test_a_sentence_after_the_last_item_of_a_list_is_no_item() -> None:
    # "…; or (b) … person." ends the list: "(c) The prohibitions … apply …" was read as
    # one more duty of the heads of relevant agencies
    grants = order(
        _SANCTIONS + "(c) The prohibitions in subsections (a)-(b) of this section apply "
        "except to the extent provided in licenses that may be issued pursuant to this order."
    ).grants
    assert [(g.where, g.actor) for g in grants] == [
        ("3", "heads of relevant agencies"),
        ("3(a)", "agencies"),
        ("3(b)", "agencies"),
    ]
    # one more duty after the period, not a sentence, still belongs to the list
    assert rows(
        "Sec. 3. Reports. The Council shall:\n\n(a) track purchases; and\n\n(b) report "
        "purchases to the Secretary of Agriculture.\n\n(c) one year after a product is "
        "listed, estimate purchases of the product."
    ) == [("3(a)", "Council"), ("3(b)", "Council"), ("3(c)", "Council")]


def test_a_savings_clause_item_is_no_duty_of_the_lead_in() -> None:
    assert rows(
        "Sec. 3. Frameworks. Within 60 days of the date of this order, the Secretary of "
        "Commerce shall:\n\n(a) develop a benchmarking process.\n\n(b) design a voluntary "
        "framework with developers.\n\n(c) Nothing in this section shall be construed to "
        "authorize a licensing requirement."
    ) == [("3(a)", "Secretary of Commerce"), ("3(b)", "Secretary of Commerce")]


def test_it_after_one_actor_s_grant_is_that_actor() -> None:
    # "It shall …" sentences after the body's first duty were lost; an "It shall be the
    # policy" is no one's duty, and "it" after a group's grant is not read
    assert rows(
        "Sec. 1. Task Force. There is established the Harbor Status Task Force (Task "
        "Force).\n\nSec. 3. Functions. The Task Force shall seek to implement the policy. "
        "It shall ensure attention to harbor matters. It shall also advise the President. "
        "It shall be the policy of the Task Force to publish its advice.\n\nSec. 4. Reports. "
        "The heads of agencies shall report. It shall report too."
    ) == [
        ("3", "Harbor Status Task Force"),
        ("3", "Harbor Status Task Force"),
        ("3", "Harbor Status Task Force"),
        ("4", "heads of agencies"),
    ]


def test_it_is_no_official_and_no_thing_just_made() -> None:
    # "it" is no person, may name the report just submitted, and after a condition names
    # the condition's subject
    assert rows(
        "Sec. 1. Task Force. There is established the Harbor Status Task Force (Task "
        "Force).\n\nSec. 4. Reports. The Secretary of Commerce shall submit a report. It "
        "shall include recommendations.\n\nSec. 5. Plans. The Task Force shall prepare a "
        "plan. It shall include milestones.\n\nSec. 6. Applications. The Task Force shall "
        "review each application. If an applicant is a State agency, it shall notify the "
        "Governor."
    ) == [
        ("4", "Secretary of Commerce"),
        ("5", "Harbor Status Task Force"),
        ("6", "Harbor Status Task Force"),
    ]


def test_terminate_with_an_object_after_an_aside_is_a_duty() -> None:
    # "shall terminate, effective today, any investigations" is what the Secretary does;
    # "shall terminate, unless extended, 2 years after …" is how a body stands
    assert rows(
        "Sec. 2. Investigations. The Secretary of Labor shall terminate, effective today, "
        "any investigations based on Executive Order 12933.\n\nSec. 3. Termination. The "
        "Harbor Council shall terminate, unless extended by the President, 2 years after "
        "the date of this order."
    ) == [("2", "Secretary of Labor")]


def test_an_aside_on_another_office_the_actor_holds_is_stepped_over() -> None:
    assert rows(
        "Sec. 4. Assistance. In consultation with the heads of executive departments and "
        "agencies, the Chief Performance Officer, who also serves as the Deputy Director "
        "for Management of the OMB, shall develop guidance."
    ) == [("4", "Chief Performance Officer")]
