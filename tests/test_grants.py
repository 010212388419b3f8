"""Grants: actor, modality, action, deadline, basis, co-actors (cases written by us)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eoparse import parse_text
from eoparse.model import Order

HEAD = (
    "Executive Order 14973 of May 8, 2026\n\nTesting Grants\n\n"
    "By the authority vested in me as President, it is hereby ordered:\n\n"
)
END = "\n\nTHE WHITE HOUSE,\nMay 8, 2026.\n"

Row = tuple[str, str, str | None, int | None]


def grants(body: str) -> list[Row]:
    order = parse_text(HEAD + body + END)
    return [(g.actor, g.modality.value, g.deadline, g.deadline_days) for g in order.grants]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Section 1. Within 14 days of the date of this order, the Secretary of State shall "
            "submit a report.",
            [("Secretary of State", "shall", "Within 14 days of the date of this order", 14)],
        ),
        # jointly named actors give one grant each
        (
            "Section 1. The Attorney General and the Secretary of Homeland Security shall "
            "prepare facilities.",
            [
                ("Attorney General", "shall", None, None),
                ("Secretary of Homeland Security", "shall", None, None),
            ],
        ),
        # an abbreviation in a title is written out; a recurrence counts its interval
        (
            "Section 1. The Director of OMB may issue guidance annually.",
            [("Director of the Office of Management and Budget", "may", "annually", 365)],
        ),
        (
            "Section 1. The Secretary of the Treasury is hereby authorized to take such actions "
            "as may be necessary.",
            [("Secretary of the Treasury", "authorized", None, None)],
        ),
        (
            "Section 1. The functions vested in the President by section 4 of the Act are hereby "
            "delegated to the Secretary of Defense.",
            [("Secretary of Defense", "delegated", None, None)],
        ),
        (
            "Section 1. I hereby direct the Secretary of Energy to review the program within 6 "
            "months.",
            [("Secretary of Energy", "shall", "within 6 months", 180)],
        ),
        # the order's own definitions resolve "the Secretary"
        (
            "Section 1. The Secretary of Commerce (the Secretary) shall lead.\n\n"
            "Sec. 2. The Secretary shall report not later than March 1, 2027.",
            [
                ("Secretary of Commerce", "shall", None, None),
                ("Secretary of Commerce", "shall", "not later than March 1, 2027", None),
            ],
        ),
        # a body the order establishes is named as the order names it, not "Council"
        (
            'Section 1. There is established the Widget Safety Advisory Council ("Council").\n\n'
            "Sec. 2. The Council shall advise the President. Each agency shall cooperate with "
            "the Council.",
            [
                ("Widget Safety Advisory Council", "shall", None, None),
                ("each agency", "shall", None, None),  # the printed title
            ],
        ),
        # general provisions are not grants
        (
            "Section 1. Nothing in this order shall be construed to impair any authority. This "
            "order shall be implemented consistent with applicable law.",
            [],
        ),
    ],
)
def test_grants(body: str, expected: list[Row]) -> None:
    assert grants(body) == expected


def test_co_actors_basis_and_dates() -> None:
    order = parse_text(
        HEAD + "Section 1. Within 30 days of the date of this order, the Secretary of State, in "
        "consultation with the Secretary of the Treasury and the Attorney General, shall "
        "designate organizations under section 219 of the Immigration and Nationality Act "
        "(8 U.S.C. 1189).\n\nSec. 2. The Secretary of Labor shall report not later than "
        "March 1, 2027." + END
    )
    first, second = order.grants
    assert first.co_actors == ("Secretary of the Treasury", "Attorney General")
    assert first.basis == ("8 U.S.C. 1189",)
    assert first.where == "1"
    assert first.action.startswith("designate organizations")
    assert second.deadline_date == dt.date(2027, 3, 1)
    assert all(g.resolved for g in order.grants)


def test_unresolved_actor_is_kept_and_flagged() -> None:
    order = parse_text(HEAD + "Section 1. The Chief Widget Officer shall keep records." + END)
    (grant,) = order.grants
    assert (grant.actor, grant.resolved) == ("Chief Widget Officer", False)


def test_a_grant_quotes_its_own_words_not_the_section_heading() -> None:
    order = parse_text(
        HEAD + "Sec. 2. Reporting Duties. (a) Within 30 days of the date of this order, the "
        "Secretary of State shall submit a report.\n\n"
        "Sec. 3. Review. The Attorney General shall review the report." + END
    )
    first, second = order.grants
    assert first.where == "2(a)"
    assert order.quote(first).startswith("Within 30 days of the date of this order, the Secretary")
    assert second.where == "3"
    assert order.quote(second) == "The Attorney General shall review the report."


def _order(body: str) -> Order:
    return parse_text(HEAD + body + END)


def test_a_lead_in_ending_in_a_colon_hands_its_modal_to_each_item() -> None:
    order = _order(
        "Sec. 2. Reviews. (a) Within 60 days of the date of this order, the Director of OMB, "
        "in consultation with the Attorney General, shall:\n"
        "(i) review each agency plan; and\n"
        "(ii) publish guidance on the plans.\n"
        "(b) The Secretary of Labor shall:\n"
        "(i) collect the data;\n"
        "(ii) The Secretary of Commerce shall publish the data."
    )
    rows = [(g.where, g.actor, g.action, g.deadline_days, g.co_actors) for g in order.grants]
    omb = "Director of the Office of Management and Budget"
    assert rows == [
        ("2(a)(i)", omb, "review each agency plan", 60, ("Attorney General",)),
        ("2(a)(ii)", omb, "publish guidance on the plans", 60, ("Attorney General",)),
        ("2(b)(i)", "Secretary of Labor", "collect the data", None, ()),
        # an item naming its own actor is read on its own, not given to the lead-in's
        ("2(b)(ii)", "Secretary of Commerce", "publish the data.", None, ()),
    ]
    assert order.quote(order.grants[0]) == "review each agency plan"


def test_members_and_topics_after_a_colon_are_not_grants() -> None:
    order = _order(
        "Sec. 2. Council. (a) The Council on Harbors (Council) shall be composed of:\n"
        "(i) the Secretary of Commerce; and\n"
        "(ii) the Secretary of Transportation.\n"
        "(b) The report shall address:\n"
        "(i) costs; and\n"
        "(ii) schedules."
    )
    assert order.grants == ()


def test_an_office_the_order_defines_is_an_actor() -> None:
    order = _order(
        'Sec. 2. Definitions. (a) "Approval authority" means the senior procurement executive '
        "of an agency.\n"
        "Sec. 3. Review. Each agency's approval authority shall review each contract within "
        "30 days of its award."
    )
    assert [(g.actor, g.where, g.deadline_days) for g in order.grants] == [
        ("approval authority", "3", 30)
    ]


def test_a_generic_body_is_named_by_the_body_the_order_establishes() -> None:
    order = _order(
        'Sec. 2. Establishment. There is established the "Coastal Harbors Advisory Council" '
        '(the "Council").\n'
        "Sec. 3. Functions. The Council shall advise the President on harbor policy."
    )
    assert [g.actor for g in order.grants] == ["Coastal Harbors Advisory Council"]


def test_a_sentence_can_end_with_an_acronym() -> None:
    order = _order(
        "Sec. 2. Input. The Secretary of State may seek input from the Director of OMB. "
        "In such cases, the Director of OMB shall review the proposal."
    )
    assert [(g.actor, g.action) for g in order.grants] == [
        ("Secretary of State", "seek input from the Director of OMB."),
        ("Director of the Office of Management and Budget", "review the proposal."),
    ]


def test_a_leading_consultation_phrase_is_not_part_of_the_subject() -> None:
    order = _order(
        "Sec. 2. Direction. In consultation with the Director of OMB and the heads of "
        "affected agencies, the Secretary of Homeland Security shall maintain the program."
    )
    assert [(g.actor, g.co_actors) for g in order.grants] == [
        (
            "Secretary of Homeland Security",
            ("Director of the Office of Management and Budget", "heads of affected agencies"),
        )
    ]


def test_a_role_an_official_serves_as_stands_for_that_official() -> None:
    order = _order(
        "Sec. 2. Executive Agent. The Archivist of the United States shall serve as the "
        "Executive Agent to implement this order.\n"
        "Sec. 3. Guidance. The Executive Agent shall issue guidance. The Executive Agent for "
        "the Program may amend it."
    )
    actors = [(g.where, g.actor, g.modality.value) for g in order.grants]
    assert actors == [
        ("2", "Archivist of the United States", "shall"),
        ("3", "Archivist of the United States", "shall"),
        ("3", "Archivist of the United States", "may"),
    ]


def test_joint_secretaries_split_without_breaking_a_department_name() -> None:
    order = _order(
        "Sec. 2. Lists. The Secretaries of Health and Human Services and Agriculture shall "
        "review the list."
    )
    assert [g.actor for g in order.grants] == [
        "Secretary of Health and Human Services",
        "Secretary of Agriculture",
    ]


def test_a_bare_title_is_the_nearest_office_of_that_title_in_its_section() -> None:
    """Issue 16: a bare "the Secretary" the order does not define is never guessed from
    another section; the nearest full title in its own section decides.  (Where the whole
    order names one Secretary only, that one is meant: the order here names two.)"""
    order = _order(
        "Sec. 2. Service. The Secretary shall reform the Foreign Service.\n"
        "Sec. 3. Reports. The Secretary shall report to the President, and the Secretary of "
        "State shall publish the report.\nSec. 4. Review. The Secretary of Defense shall "
        "review it."
    )
    assert [(g.where, g.actor, g.resolved) for g in order.grants] == [
        ("2", "Secretary", False),
        ("3", "Secretary of State", True),
        ("3", "Secretary of State", True),
        ("4", "Secretary of Defense", True),
    ]


def test_an_actor_acting_through_another_stays_in_a_joint_list() -> None:
    order = _order(
        "Sec. 5. Roads. The Secretary of Transportation, the Secretary of Homeland Security, "
        "acting through the Administrator of FEMA, and the Administrator of the Small Business "
        "Administration shall take all necessary measures.\n"
        "Sec. 6. Reports. The Secretary of Labor shall report to the President, and the "
        "Secretary of State shall publish the report."
    )
    assert [(g.where, g.actor) for g in order.grants] == [
        ("5", "Secretary of Transportation"),
        ("5", "Secretary of Homeland Security"),
        ("5", "Administrator of the Small Business Administration"),
        ("6", "Secretary of Labor"),
        ("6", "Secretary of State"),
    ]


def test_take_all_appropriate_action_to_with_a_list() -> None:
    order = _order(
        "Sec. 7. Registration. The Secretary of Homeland Security shall take all appropriate "
        "action to:\n"
        "(a) announce the registration requirement; and\n"
        "(b) ensure that it is enforced."
    )
    assert [(g.where, g.action) for g in order.grants] == [
        ("7(a)", "announce the registration requirement"),
        ("7(b)", "ensure that it is enforced"),
    ]


def test_relative_clauses_and_described_authority_are_not_grants() -> None:
    order = _order(
        "Sec. 8. Fines. The Secretary of the Treasury shall collect such fees as the Secretary "
        "of State may lawfully require, and all fines that the Secretary of Homeland Security "
        "is authorized by law to assess."
    )
    assert [(g.actor, g.modality.value) for g in order.grants] == [
        ("Secretary of the Treasury", "shall")
    ]


def test_a_relative_clause_on_a_noun_is_not_a_grant() -> None:
    order = _order(
        "Sec. 4. Reports. The Council shall submit to the President any report that the "
        "President may request or that the Council may deem appropriate. The Secretary of "
        "Energy shall set a target for a year that the Secretary of Energy shall designate."
    )
    assert [(g.actor, g.action) for g in order.grants] == [
        (
            "Council",
            "submit to the President any report that the President may request or that "
            "the Council may deem appropriate.",
        ),
        (
            "Secretary of Energy",
            "set a target for a year that the Secretary of Energy shall designate.",
        ),
    ]


def test_that_after_a_verb_of_saying_still_opens_a_grant() -> None:
    order = _order(
        "Sec. 5. Compliance. The President directs that the Secretary of Labor shall comply. "
        "The President determines that the Secretary of Energy shall act."
    )
    assert [(g.actor, g.action) for g in order.grants] == [
        ("Secretary of Labor", "comply."),
        ("Secretary of Energy", "act."),
    ]
    # what "It is the policy of the United States that" anyone shall do is policy (audit 12)
    assert (
        _order(
            "Sec. 5. Policy. It is the policy of the United States that the Secretary of "
            "Energy shall act."
        ).grants
        == ()
    )


def test_the_body_an_actor_works_through_is_not_the_actor() -> None:
    order = _order(
        "Sec. 3. Enforcement. The Attorney General, through the Federal Enforcement Working "
        "Group, in collaboration with the Secretary of Labor, shall review the plans."
    )
    assert [(g.actor, g.co_actors) for g in order.grants] == [
        ("Attorney General", ("Secretary of Labor",))
    ]


def test_a_body_established_within_a_department_is_named_without_the_department() -> None:
    order = _order(
        "Sec. 2. Establishment. There is established within the Executive Office of the "
        "President the National Water Readiness Council (Council). The Council shall advise "
        "the President on water supply. In preparing its advice the Chair shall consult "
        "the States."
    )
    assert [g.actor for g in order.grants] == [
        "National Water Readiness Council",
        "Chair of the National Water Readiness Council",
    ]


def test_a_name_complement_with_the_is_kept_whole() -> None:
    order = _order(
        "Sec. 2. There is established the Working Group on Strengthening the Resilience of "
        "the Grid (Working Group). The Working Group shall meet monthly."
    )
    assert [g.actor for g in order.grants] == [
        "Working Group on Strengthening the Resilience of the Grid"
    ]


def test_an_aside_naming_offices_the_table_lacks_is_stepped_over() -> None:
    order = _order(
        "Sec. 3. Plan. The Secretary of Commerce (Secretary), in consultation with the "
        "Secretary of the Interior and the Governor of Hawaii, shall develop an operations "
        "plan. In developing the Reserve Operations Plan the Secretary shall consider the "
        "advice of the Council."
    )
    assert [(g.actor, g.co_actors) for g in order.grants] == [
        ("Secretary of Commerce", ("Secretary of the Interior",)),
        ("Secretary of Commerce", ()),
    ]


def test_what_a_body_is_is_not_a_grant() -> None:
    order = _order(
        "Sec. 2. Council. (a) The Water Council (Council) shall be composed of not more than "
        "nine members. The Council shall be chaired by the Secretary of the Interior. "
        "Members shall serve without compensation.\n(b) The Council shall advise the "
        "President.\n(c) The Council shall terminate 2 years after the date of this order.\n"
        "(d) The Secretary of the Interior shall terminate the pilot program."
    )
    # Its chair is the chair's grant, as the conventions have it ("shall chair").
    assert [(g.where, g.actor, g.action) for g in order.grants] == [
        ("2(a)", "Secretary of the Interior", "chair the Council"),
        ("2(b)", "Water Council", "advise the President."),
        ("2(d)", "Secretary of the Interior", "terminate the pilot program."),
    ]


def test_officers_of_a_body_and_adverbs_before_the_modal() -> None:
    order = _order(
        "Sec. 2. (a) There is established the President's Task Force on 21st Century Water "
        "(Task Force). The Chair of the Task Force shall convene its meetings.\n"
        "(b) The Department of Veterans Affairs also shall expand its programs.\n"
        "(c) The Secretary of Energy (Secretary) shall lead. The Secretary and the "
        "Secretaries of the Treasury and Commerce also shall report to the President."
    )
    assert [(g.where, g.actor) for g in order.grants] == [
        ("2(a)", "Chair of the President's Task Force on 21st Century Water"),
        ("2(b)", "Department of Veterans Affairs"),
        ("2(c)", "Secretary of Energy"),
        ("2(c)", "Secretary of Energy"),
        ("2(c)", "Secretary of the Treasury"),
        ("2(c)", "Secretary of Commerce"),
    ]


def test_a_passive_modal_is_granted_to_its_agent() -> None:
    order = _order(
        "Sec. 6. General Provisions. (a) Any functions of the President under the Federal "
        "Advisory Committee Act that are applicable to the Council shall be performed by the "
        "Secretary of Energy.\n(b) The Council shall meet with such other officers as may be "
        "designated by the President."
    )
    assert [(g.where, g.actor, g.action) for g in order.grants] == [
        (
            "6(a)",
            "Secretary of Energy",
            "perform any functions of the President under the Federal Advisory Committee Act"
            " that are applicable to the Council",
        ),
        ("6(b)", "Council", "meet with such other officers as may be designated by the President."),
    ]


def test_departments_named_together_are_each_an_actor() -> None:
    order = _order("Sec. 4. The Departments of Veterans Affairs and Defense shall jointly plan.")
    assert [g.actor for g in order.grants] == [
        "Department of Veterans Affairs",
        "Department of Defense",
    ]


def test_all_agencies_of_the_government_are_the_agencies() -> None:
    order = _order(
        "Sec. 5. All agencies of the United States Government are hereby directed to take "
        "all appropriate measures within their authority to carry out this order."
    )
    assert [g.actor for g in order.grants] == ["agencies of the United States Government"]


# -- regressions of issue 16: one case per failure class, named after the failure -------

Who = tuple[str, str, str, bool]
"""(where, actor, modality, resolved)"""


def who(body: str) -> list[Who]:
    return [(g.where, g.actor, g.modality.value, g.resolved) for g in _order(body).grants]


SOS, AG, DHS = "Secretary of State", "Attorney General", "Secretary of Homeland Security"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Sec. 2. Review. The Secretary of State, in consultation with the Attorney General, "
            "shall review the visa programs.",
            [("2", SOS, "shall", True)],
            id="official-consulted-before-the-verb-became-the-actor",
        ),
        pytest.param(
            "Sec. 3. Plan. The Secretary of Commerce, in coordination with the Secretary of the "
            "Treasury, the Attorney General, the Secretary of Homeland Security, and the heads "
            "of any other appropriate executive departments and agencies, shall develop a plan.",
            [("3", "Secretary of Commerce", "shall", True)],
            id="list-of-coordinators-became-actors",
        ),
        pytest.param(
            "Sec. 4. Networks. The Secretary of Homeland Security, as consistent with applicable "
            "law and in coordination with the heads of relevant agencies, as appropriate, shall "
            "identify threat networks.",
            [("4", DHS, "shall", True)],
            id="coordination-inside-a-longer-aside-became-the-actor",
        ),
        pytest.param(
            "Sec. 4. Grid. The Secretary of Energy in coordination with the Secretary of the "
            "Interior shall map the grid.",
            [("4", "Secretary of Energy", "shall", True)],
            id="coordination-without-commas-became-the-actor",
        ),
        pytest.param(
            "Sec. 2. Sanctions. The Secretary of State or the Secretary of the Treasury, as "
            "applicable, shall take such actions as may be necessary.",
            [("2", SOS, "shall", True), ("2", "Secretary of the Treasury", "shall", True)],
            id="alternative-actors-as-applicable-were-lost",
        ),
        pytest.param(
            "Sec. 1. Chair. The Assistant to the President for Economic Policy (the Assistant) "
            "shall chair the Council.\nSec. 2. Staff. The staff of the Council shall be "
            "directed by the Assistant.",
            [
                ("1", "Assistant to the President for Economic Policy", "shall", True),
                ("2", "Assistant to the President for Economic Policy", "shall", True),
            ],
            id="passive-with-an-agent-was-missed",
        ),
        pytest.param(
            "Sec. 2. Reports. The report shall be submitted to the Congress. Reports sent to "
            "the Secretary of Labor shall remain confidential.",
            [],
            id="passive-without-an-agent-or-an-object-became-a-grant",
        ),
        pytest.param(
            'Sec. 1. Definitions. (a) Except as otherwise noted, "the Secretary" shall refer to '
            "the Secretary of Homeland Security.\nSec. 2. Policy. The Secretary of State shall "
            "cooperate.\nSec. 3. Wall. The Secretary shall build the barrier.",
            [("2", SOS, "shall", True), ("3", DHS, "shall", True)],
            id="definitions-section-ignored-for-the-secretary",
        ),
        pytest.param(
            # the order names two Secretaries (one only would be the one meant)
            "Sec. 1. Review. The Secretary of Energy shall review the grid. The Secretary shall "
            "report the findings, and the Secretary of the Interior shall publish them.\n"
            "Sec. 2. Audit. The Secretary shall audit the accounts.",
            [
                ("1", "Secretary of Energy", "shall", True),
                ("1", "Secretary of Energy", "shall", True),
                ("1", "Secretary of the Interior", "shall", True),
                ("2", "Secretary", "shall", False),
            ],
            id="bare-title-guessed-from-another-section",
        ),
        pytest.param(
            "Sec. 2. Authority. The authority under section 12302 of title 10, United States "
            "Code, is invoked and made available, according to its terms, to the Secretaries "
            "of the military departments concerned.",
            [("2", "Secretaries of the military departments", "authorized", True)],
            id="invoked-and-made-available-was-not-an-authorization",
        ),
        pytest.param(
            "Sec. 3. Delegation. I hereby delegate to the Secretary of Defense the authority "
            "vested in the President by section 12302 of title 10, United States Code.",
            [("3", "Secretary of Defense", "delegated", True)],
            id="i-hereby-delegate-to-was-not-a-delegation",
        ),
        pytest.param(
            "Sec. 1. Emergency. I hereby declare a national emergency and hereby delegate to "
            "the Secretary of Defense the authority to order units to active duty.",
            [("1", "Secretary of Defense", "delegated", True)],
            id="and-hereby-delegate-to-after-a-declaration-was-missed",
        ),
        pytest.param(
            "Sec. 2. Ready Reserve. To provide additional forces, the Secretary of Defense "
            "shall order as many units or members of the Ready Reserve to active duty as the "
            "Secretary deems appropriate.",
            [("2", "Secretary of Defense", "shall", True)],
            id="headline-duty-was-missed",
        ),
        pytest.param(
            "Sec. 4. The Secretary of Transportation is hereby designated and empowered to "
            "exercise the authority vested in the President by section 331 of title 14.",
            [("4", "Secretary of Transportation", "authorized", True)],
            id="designated-and-empowered-was-not-an-authorization",
        ),
        pytest.param(
            "Sec. 5. The President shall designate the Chair of the Board. The heads of all "
            "relevant executive departments and agencies shall cooperate with the Board.",
            [("5", "heads of all relevant executive departments and agencies", "shall", True)],
            id="the-presidents-own-act-was-a-grant",
        ),
        pytest.param(
            "Sec. 2. Fentanyl. The Secretary of War and the Attorney General shall determine "
            "whether resources are warranted.",
            [("2", "Secretary of War", "shall", True), ("2", AG, "shall", True)],
            id="printed-title-replaced-by-another-office",
        ),
        pytest.param(
            "Sec. 1. Reserve. The Secretaries of the Army, Navy, and Air Force, at the direction "
            "of the Secretary of Defense, and the Secretary of Homeland Security with respect to "
            "the Coast Guard when it is not operating as a service in the Navy, are authorized to "
            "order units to active duty.",
            [
                ("1", "Secretary of the Army", "authorized", True),
                ("1", "Secretary of the Navy", "authorized", True),
                ("1", "Secretary of the Air Force", "authorized", True),
                ("1", DHS, "authorized", True),
            ],
            id="secretaries-named-together-and-a-qualifier-naming-a-service",
        ),
        pytest.param(
            "Sec. 3. Contractors. The Office of Federal Contract Compliance Programs within the "
            "Department of Labor shall cease the program.",
            [("3", "Office of Federal Contract Compliance Programs", "shall", True)],
            id="office-within-a-department-lost-to-the-department",
        ),
        pytest.param(
            "Sec. 1. Construction. The emergency construction authority at 10 U.S.C. 2808 is "
            "invoked and made available in accordance with its terms to the Secretary of Defense.",
            [("1", "Secretary of Defense", "authorized", True)],
            id="invoked-and-made-available-in-accordance-with-its-terms",
        ),
        pytest.param(
            "Sec. 2. Delegation. (a) The Secretary of Commerce and the Secretary of Energy are "
            "each delegated, with respect to the widget shortage, the authority of the "
            "President conferred by section 101 of the Act.\n\n(b) The Secretary of Commerce "
            "and the Secretary of Energy are each authorized to submit for my approval any "
            "proposed determination under section 302 of the Act.",
            [
                ("2(a)", "Secretary of Commerce", "delegated", True),
                ("2(a)", "Secretary of Energy", "delegated", True),
                ("2(b)", "Secretary of Commerce", "authorized", True),
                ("2(b)", "Secretary of Energy", "authorized", True),
            ],
            id="each-between-are-and-the-participle-hid-the-grant",
        ),
        pytest.param(
            "Sec. 4. The functions of the President under section 6 of the Act are assigned to "
            "the Secretary of State, except that the function of denial of entry is assigned to "
            "the Secretary of Homeland Security.\n\nSec. 5. Each detailee is assigned to the "
            "Office of Personnel Management for one year.",
            [
                ("4", SOS, "delegated", True),
                ("4", DHS, "delegated", True),
            ],
            id="functions-assigned-to-an-official-were-no-delegation",
        ),
        pytest.param(
            "Sec. 3. The authority of the President under section 303 of the Act is delegated "
            "to the Secretary of Defense and the Secretary of the Interior.",
            [
                ("3", "Secretary of Defense", "delegated", True),
                ("3", "Secretary of the Interior", "delegated", True),
            ],
            id="the-second-of-two-delegates-was-lost",
        ),
        pytest.param(
            "Sec. 1. (a) The functions of the President under section 9 of the Act are assigned "
            "to the Secretary of Labor, in consultation with the Secretary of State and the "
            "United States Trade Representative (U.S. Trade Representative).\n\n(b) The "
            "functions of the President under section 10 of the Act are assigned to the U.S. "
            "Trade Representative.",
            [
                ("1(a)", "Secretary of Labor", "delegated", True),
                ("1(b)", "United States Trade Representative", "delegated", True),
            ],
            id="a-short-title-defined-after-two-offices-stood-for-both",
        ),
        pytest.param(
            "Sec. 4. Rules. The Secretary of Agriculture (Secretary), the Administrator of the "
            "Environmental Protection Agency (Administrator), and the Commissioner of Food and "
            "Drugs (Commissioner), to the extent consistent with law, shall streamline the "
            "rules.",
            [
                ("4", "Secretary of Agriculture", "shall", True),
                ("4", "Administrator of the Environmental Protection Agency", "shall", True),
                ("4", "Commissioner of Food and Drugs", "shall", True),
            ],
            id="short-forms-defined-in-a-list-of-actors-hid-all-but-the-last",
        ),
        pytest.param(
            "Sec. 4. Contracts. The heads of SSAs and the heads of other executive departments "
            "and agencies (agencies), as appropriate, shall develop contract language.",
            [
                ("4", "heads of Sector-Specific Agencies", "shall", True),
                ("4", "heads of other executive departments and agencies", "shall", True),
            ],
            id="a-lower-case-short-form-then-an-aside-hid-the-subject",
        ),
        pytest.param(
            "Sec. 1. Policy. It is the policy of the United States to keep the grid running. "
            "The Federal Government shall engage the public and private sectors to that end.\n\n"
            "Sec. 2. Implementation. The Federal Government shall publish a grid plan.",
            [("2", "Federal Government", "shall", True)],
            id="a-policy-section-s-federal-government-shall-is-policy-not-a-grant",
        ),
        pytest.param(
            "Sec. 3. Terms. The term of office of members appointed from outside the Federal "
            "Government shall be 2 years.",
            [],
            id="an-actor-after-outside-is-no-subject",
        ),
        pytest.param(
            "Sec. 2. Membership. (a) The Council shall be co-chaired by the Secretary of Energy "
            "and the Secretary of Labor, or their designees.\n\n(b) The Board shall be chaired "
            "by the Secretary of State or the Secretary's designee.\n\n(c) The Panel shall be "
            "led by a Chair who shall be appointed by the President.",
            [
                ("2(a)", "Secretary of Energy", "shall", True),
                ("2(a)", "Secretary of Labor", "shall", True),
                ("2(b)", SOS, "shall", True),
                ("2(c)", "Chair of the Panel", "shall", True),  # the head, never the Panel
            ],
            id="a-chair-named-by-a-passive-had-no-grant",
        ),
        pytest.param(
            "Sec. 6. (a) There is established an interagency Grid Security Task Force that "
            "shall develop a Government-wide program.\n\n(b) There is established a fund that "
            "shall pay claims.",
            [("6(a)", "Grid Security Task Force", "shall", True)],
            id="the-body-a-relative-clause-establishes-had-no-grant",
        ),
        pytest.param(
            "Sec. 5.1. The Secretary of Defense shall act as the Executive Agent for Grid "
            'Security (the "Executive Agent").\n\nSec. 5.2. The Executive Agent\'s '
            "responsibilities, in addition to those specified by NSD-42, shall include the "
            "following:\n\n(a) developing policies, in coordination with the Secretary of "
            "Energy, which shall be submitted to the Council; and\n\n(b) reporting annually.",
            [
                ("5.1", "Secretary of Defense", "shall", True),
                # the role one official serves as stands for that official
                ("5.2(a)", "Secretary of Defense", "shall", True),
                ("5.2(b)", "Secretary of Defense", "shall", True),
            ],
            id="a-role-s-duties-with-an-aside-and-an-item-s-relative-clause-were-lost",
        ),
        pytest.param(
            "Sec. 2.1. The heads of agencies that operate classified networks shall share "
            "information. As part of this responsibility, they shall:\n\n(a) designate a "
            "senior official; and\n\n(b) implement a program.\n\nSec. 3. The Secretary of "
            "Energy shall issue rules. When questions arise, they shall answer them.",
            [
                ("2.1", "heads of agencies that operate classified networks", "shall", True),
                ("2.1(a)", "heads of agencies that operate classified networks", "shall", True),
                ("2.1(b)", "heads of agencies that operate classified networks", "shall", True),
                ("3", "Secretary of Energy", "shall", True),
            ],
            id="they-after-a-group-s-grant-lost-its-list",
        ),
        pytest.param(
            "Sec. 2. (a) The Secretary of Commerce, in consultation with, or upon referral of a "
            "particular transaction from, the heads of other agencies as appropriate, is hereby "
            "authorized to take such actions.",
            [("2(a)", "Secretary of Commerce", "authorized", True)],
            id="a-comma-after-in-consultation-with-hid-the-actor",
        ),
        pytest.param(
            "Sec. 3. The Council shall ensure that the Joint Institute for Food Safety Research "
            "(JIFSR) establishes mechanisms. The JIFSR shall report to the Council.",
            [
                ("3", "Council", "shall", True),
                ("3", "Joint Institute for Food Safety Research", "shall", True),
            ],
            id="an-institute-s-acronym-was-no-actor",
        ),
        pytest.param(
            "Sec. 3. (d) A successor office, intended to be the equivalent of an office "
            "identified in section 2 of this order, shall be deemed to be the position "
            "identified in section 2 for purposes of this order.",
            [],
            id="a-legal-fiction-was-a-grant-to-an-office",
        ),
        pytest.param(
            "Sec. 1. The Director of the American Technology Council shall coordinate a "
            "report.\n\nSec. 2. The Council shall meet monthly.",
            [
                ("1", "Director of the American Technology Council", "shall", True),
                ("2", "American Technology Council", "shall", True),  # the one printed
            ],
            id="the-director-of-a-council-the-table-lacks-was-the-council",
        ),
        pytest.param(
            "Sec. 4. (a) The Attorney General and the Secretary of Homeland Security, and other "
            "heads of executive departments and agencies as appropriate, shall work together.",
            [
                ("4(a)", AG, "shall", True),
                ("4(a)", DHS, "shall", True),
                ("4(a)", "heads of executive departments and agencies", "shall", True),
            ],
            id="and-other-heads-as-appropriate-hid-the-officials-before-it",
        ),
        pytest.param(
            "Sec. 2. (b) The Secretary of State, on behalf of the Interagency Task Force to "
            "Combat Trafficking, shall publish a list of resources.",
            [("2(b)", SOS, "shall", True)],
            id="the-body-an-official-acts-on-behalf-of-became-the-actor",
        ),
        pytest.param(
            "Sec. 1. (a) The Secretary of Homeland Security and the Attorney General, consistent "
            "with chapter 35, subchapter II of title 44, United States Code, shall jointly assess "
            "the reports.\n\n(b) For any national security system, the Secretary of Defense, "
            "rather than the Secretary of Homeland Security, shall implement this order.",
            [
                ("1(a)", DHS, "shall", True),
                ("1(a)", AG, "shall", True),
                ("1(b)", "Secretary of Defense", "shall", True),
            ],
            id="a-citation-with-commas-in-an-aside-and-rather-than-misread-the-actors",
        ),
        pytest.param(
            "Sec. 3. Membership. The Task Force shall be composed of the:\n\n(a) Secretary of "
            "Energy, who shall serve as a Co-Chair of the Task Force;\n\n(b) Chair of the "
            "Widget Board, who shall keep its records;\n\n(c) Secretary of Labor, who shall be a "
            "senior officer of the Task Force; and\n\n(d) Attorney General.",
            [("3(a)", "Secretary of Energy", "shall", True)],
            id="an-official-a-who-clause-gives-a-role-had-no-grant",
        ),
        pytest.param(
            "Sec. 1. Accordingly, to the extent permitted by law, each Federal agency:\n\n"
            "(a) shall make it a high priority to assess risks to children; and\n\n"
            "(b) shall ensure that its policies address those risks.\n\nSec. 2. Members of "
            "the Council:\n\n(a) shall serve without any compensation for their work.",
            [
                ("1(a)", "each Federal agency", "shall", True),
                ("1(b)", "each Federal agency", "shall", True),
            ],
            id="list-items-opening-with-their-modal-lost-the-lead-in-s-subject",
        ),
        pytest.param(
            "Sec. 1. (b) The Secretaries of Agriculture and of Health and Human Services shall "
            "serve as Joint Chairs of the Council.",
            [
                ("1(b)", "Secretary of Agriculture", "shall", True),
                ("1(b)", "Secretary of Health and Human Services", "shall", True),
            ],
            id="secretaries-of-a-and-of-b-were-no-actors",
        ),
        pytest.param(
            "Sec. 2. (a) There is hereby established the Widget Task Force.\n\n(b) The Task "
            "Force shall consist of:\n\n(i) the Attorney General, who shall serve as Chairman "
            "of the Task Force;\n\n(ii) the Director of the Office of Thrift Supervision.\n\n"
            "(c) The Chairman shall convene the meetings of the Task Force.",
            [
                ("2(b)(i)", AG, "shall", True),
                ("2(c)", "Chairman of the Widget Task Force", "shall", True),
            ],
            id="the-chair-was-the-chair-of-a-body-ending-a-member-s-title",
        ),
        pytest.param(
            "Sec. 2. There is established a Presidential Task Force on Widgets, to be co-chaired "
            "by the Secretary of State and the Attorney General.\n\nSec. 3. The Council shall be "
            "Co-Chaired by the Secretary of Commerce and the Secretary of Energy.",
            [
                ("2", SOS, "shall", True),
                ("2", AG, "shall", True),
                ("3", "Secretary of Commerce", "shall", True),
                ("3", "Secretary of Energy", "shall", True),
            ],
            id="to-be-co-chaired-by-and-a-capitalised-co-chaired-had-no-grant",
        ),
        pytest.param(
            "Sec. 3. There is established the Widget Council.\n\nSec. 4. Duties. The Council "
            "shall provide national leadership on widgets, and shall:\n\n(a) oversee this "
            "order; and\n\n(b) develop guidance.\n\nSec. 5. "
            "The Secretary of Energy, in implementing the policy of section 1, shall: (a) review "
            "the rules; and (b) report to the President.",
            [
                ("4", "Widget Council", "shall", True),
                ("4(a)", "Widget Council", "shall", True),
                ("4(b)", "Widget Council", "shall", True),
                ("5", "Secretary of Energy", "shall", True),
                ("5", "Secretary of Energy", "shall", True),
            ],
            id="and-shall-colon-and-an-in-implementing-aside-lost-the-list",
        ),
        pytest.param(
            "Sec. 1. The Secretary of Commerce shall review all functions that are assigned to "
            "the Secretary of Labor by statute.\n\nSec. 2. Each employee with duties under "
            "this order is assigned to the Office of Management and Budget.\n\nSec. 3. The "
            "Widget Board shall be led by the Widget Steward.",
            [("1", "Secretary of Commerce", "shall", True)],
            id="assigned-to-in-a-relative-clause-and-an-unnamed-agent-misread",
        ),
        pytest.param(
            "Sec. 3. The functions of the President under section 7 of the Act are hereby "
            "delegated to the Secretary of State, the Secretary of the Treasury, and the "
            "Attorney General.",
            [
                ("3", SOS, "delegated", True),
                ("3", "Secretary of the Treasury", "delegated", True),
                ("3", AG, "delegated", True),
            ],
            id="delegates-listed-with-commas-kept-only-the-first",
        ),
        pytest.param(
            "Sec. 4. (d) The Secretary of Commerce and the Secretary of the Interior shall "
            "manage a website. They shall also publish a list of areas.\n\nSec. 5. Domestic "
            "Policy Council. The Federal Government shall publish a plan.",
            [
                ("4(d)", "Secretary of Commerce", "shall", True),
                ("4(d)", "Secretary of the Interior", "shall", True),
                ("4(d)", "Secretary of Commerce", "shall", True),
                ("4(d)", "Secretary of the Interior", "shall", True),
                ("5", "Federal Government", "shall", True),
            ],
            id="they-opening-a-sentence-and-a-heading-naming-a-policy-council",
        ),
        pytest.param(
            "Sec. 2. (a) Each agency with responsibility for regulating the safety of new "
            "buildings shall consider seismic standards.\n\n(b) The Attorney General, at the "
            "request of the head of an agency, shall render an interpretation of this order.\n\n"
            "(c) The Director of National Intelligence, or such other official as the President "
            "may designate, shall obtain the figures.\n\n(d) The Secretary of Energy shall "
            "send reports to each agency with an interest in the program.",
            [
                (
                    "2(a)",
                    "each agency with responsibility for regulating the safety of new buildings",
                    "shall",
                    True,
                ),
                ("2(b)", AG, "shall", True),
                ("2(c)", "Director of National Intelligence", "shall", True),
                ("2(d)", "Secretary of Energy", "shall", True),
            ],
            id="agencies-a-phrase-narrows-and-asides-naming-requesters-misread",
        ),
        pytest.param(
            "Sec. 2. (a) There is established the Widget Recovery Fusion Cell (WRFC).\n\n(b) "
            "The WRFC shall have a Director, who shall be a full-time senior officer.\n\n(c) "
            "The WRFC shall coordinate the efforts of agencies.",
            [("2(c)", "Widget Recovery Fusion Cell", "shall", True)],
            id="a-cell-was-no-body-and-having-a-director-was-a-duty",
        ),
        pytest.param(
            "Sec. 2. Reports. The reports shall be prepared as delegated by the Secretary of "
            "Commerce.",
            [],
            id="a-delegated-that-names-no-authority-grants-nothing",
        ),
    ],
)
def test_actor_failures(body: str, expected: list[Who]) -> None:
    assert who(body) == expected


Item = tuple[str, str, str | None, int | None, str | None]
"""(where, action, deadline, deadline_days, timing)"""


def items(body: str) -> list[Item]:
    return [(g.where, g.action, g.deadline, g.deadline_days, g.timing) for g in _order(body).grants]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Sec. 2. Duties. (a) Within 30 days of the date of this order, the Secretary of "
            "Labor shall:\n(i) review the program; and\n(ii) within 7 days of the date of this "
            "order, publish the results.",
            [
                (
                    "2(a)(i)",
                    "review the program",
                    "Within 30 days of the date of this order",
                    30,
                    None,
                ),
                (
                    "2(a)(ii)",
                    "within 7 days of the date of this order, publish the results",
                    "within 7 days of the date of this order",
                    7,
                    None,
                ),
            ],
            id="item-deadline-inside-a-list-was-lost",
        ),
        pytest.param(
            "Sec. 2. Duties. The Secretary of Labor shall: (i) review the program; (ii) publish "
            "the results; and (iii) report to the President.",
            [
                ("2", "review the program", None, None, None),
                ("2", "publish the results", None, None, None),
                ("2", "report to the President", None, None, None),
            ],
            id="inline-list-after-shall-colon-gave-one-grant",
        ),
        pytest.param(
            "Sec. 3. Functions. The responsibilities of the Council on Widgets shall include "
            "the following:\n(a) advise the President on widget policy;\n(b) coordinate agency "
            "programs; and\n(c) report annually to the President.",
            [
                ("3(a)", "advise the President on widget policy", None, None, None),
                ("3(b)", "coordinate agency programs", None, None, None),
                ("3(c)", "report annually to the President", "annually", 365, None),
            ],
            id="responsibilities-shall-include-the-following-gave-no-items",
        ),
        pytest.param(
            "Sec. 4. Border. Within 60 days of the date of this order, the Secretary of Homeland "
            "Security shall immediately take the following steps to obtain operational control, "
            "as determined by the Secretary, of the border:\n(a) plan the barrier;\n(b) produce "
            "a study of the border, to be completed within 180 days of this order.",
            [
                (
                    "4(a)",
                    "plan the barrier",
                    "Within 60 days of the date of this order",
                    60,
                    "immediately",
                ),
                (
                    "4(b)",
                    "produce a study of the border, to be completed within 180 days of this order",
                    "within 180 days of this order",
                    180,
                    "immediately",
                ),
            ],
            id="take-the-following-steps-lead-in-gave-no-items",
        ),
        pytest.param(
            "Sec. 2. Vetting. (a) The Secretary of State, in coordination with the Attorney "
            "General, shall promptly:\n(i) identify resources;\n(ii) determine the information "
            "needed.",
            [
                ("2(a)(i)", "identify resources", None, None, "promptly"),
                ("2(a)(ii)", "determine the information needed", None, None, "promptly"),
            ],
            id="shall-promptly-colon-gave-the-adverb-as-the-action",
        ),
        pytest.param(
            "Sec. 5. Reporting. The Attorney General shall review the guidelines; issue revised "
            "guidelines within 90 days of the date of this order; and report to the President "
            "on their use.",
            [
                ("5", "review the guidelines", None, None, None),
                (
                    "5",
                    "issue revised guidelines within 90 days of the date of this order",
                    "within 90 days of the date of this order",
                    90,
                    None,
                ),
                ("5", "report to the President on their use", None, None, None),
            ],
            id="series-of-duties-joined-by-semicolons-gave-one-grant",
        ),
        pytest.param(
            "Sec. 6. Reports. The Secretary of Energy shall report to the President every 180 "
            "days thereafter. The Attorney General shall immediately suspend the program. The "
            "Secretary of Labor shall, as soon as practicable, but not later than the end of "
            "fiscal year 2027, issue guidance.",
            [
                (
                    "6",
                    "report to the President every 180 days thereafter.",
                    "every 180 days thereafter",
                    180,
                    None,
                ),
                ("6", "immediately suspend the program.", None, None, "immediately"),
                (
                    "6",
                    "as soon as practicable, but not later than the end of fiscal year 2027, "
                    "issue guidance.",
                    "not later than the end of fiscal year 2027",
                    None,
                    "as soon as practicable",
                ),
            ],
            id="recurrences-limits-and-timing-read-as-deadlines-or-lost",
        ),
        pytest.param(
            "Sec. 3. Functions. The Secretary of Energy shall, consistent with the national "
            "plan, in coordination with the Secretary of Transportation, and in consultation "
            "with the heads of other relevant agencies:\n\n(a) assess the grid;\n\n"
            "(b) not later than December 31, 2027, develop a sector plan; and\n\n"
            "(c) use grants authorized by law to carry out the plan.",
            [
                ("3(a)", "assess the grid", None, None, None),
                (
                    "3(b)",
                    "not later than December 31, 2027, develop a sector plan",
                    "not later than December 31, 2027",
                    None,
                    None,
                ),
                ("3(c)", "use grants authorized by law to carry out the plan", None, None, None),
            ],
            id="several-asides-before-the-colon-kept-the-list-in-one-grant",
        ),
        pytest.param(
            "Sec. 2. Activities. The Secretary of Labor shall, consistent with applicable law, "
            "carry out the following activities:\n\n(a) coordinate the program; and\n\n"
            "(b) measure its progress.",
            [
                ("2(a)", "coordinate the program", None, None, None),
                ("2(b)", "measure its progress", None, None, None),
            ],
            id="carry-out-the-following-activities-was-no-lead-in",
        ),
    ],
)
def test_list_and_deadline_failures(body: str, expected: list[Item]) -> None:
    assert items(body) == expected


def test_a_deadline_on_a_date_fills_deadline_date() -> None:
    (grant,) = _order(
        "Sec. 6. Report. The Secretary of Energy shall, on November 15, 2026, submit a report "
        "to the President."
    ).grants
    assert (grant.deadline, grant.deadline_date) == ("on November 15, 2026", dt.date(2026, 11, 15))


def test_a_date_a_clause_narrates_is_no_deadline() -> None:
    (grant,) = _order(
        "Sec. 2. The Secretary of State shall re-establish the baseline that existed on "
        "January 19, 2021."
    ).grants
    assert grant.deadline is None


def test_joint_actors_each_keep_their_own_deadline() -> None:
    order = _order(
        "Sec. 15. Reporting. The Secretary of Homeland Security, within 90 days of the date of "
        "this order, and the Attorney General, within 180 days, shall each submit to the "
        "President a report."
    )
    assert [(g.actor, g.deadline_days) for g in order.grants] == [(DHS, 90), (AG, 180)]


def test_duties_written_into_another_order_are_quoted_grants_under_the_amending_section() -> None:
    order = _order(
        "Sec. 4. Amendment. Section 3 of Executive Order 13000 is amended to read as follows:\n"
        '"Sec. 3. Reports. (a) The Secretary of Labor shall report annually.\n'
        '(b) The Attorney General may issue guidance."\n'
        "Sec. 5. Compliance. The Secretary of Energy shall comply."
    )
    rows = [(g.where, g.actor, g.quoted) for g in order.grants]
    assert rows == [
        ("4", "Secretary of Labor", True),
        ("4", AG, True),
        ("5", "Secretary of Energy", False),
    ]


_OFFICIALS = (
    "the Attorney General",
    "the Secretary of the Treasury",
    "the Secretary of Commerce",
    "the Secretary of Labor",
    "the Director of National Intelligence",
    "the Secretary of Homeland Security",
    "the Administrator of the Small Business Administration",
    "the heads of other relevant agencies",
)


@given(st.permutations(_OFFICIALS).map(lambda names: names[: 2 + len(names[0]) % 5]))
@settings(max_examples=25, deadline=None)
def test_reordering_the_officials_consulted_changes_no_actor(consulted: list[str]) -> None:
    """Issue 16: whoever is consulted, in whatever order, the actor stays the subject."""
    listed = ", ".join(consulted[:-1]) + ", and " + consulted[-1]
    for lead, tail in (
        (f"The Secretary of State, in consultation with {listed}, shall", ""),
        (f"In coordination with {listed}, the Secretary of State shall", ""),
    ):
        order = _order(f"Sec. 2. Visas. {lead} review the visa programs.{tail}")
        assert [g.actor for g in order.grants] == [SOS]


def test_a_body_set_up_by_another_order_is_the_subject_of_its_verb() -> None:
    assert grants(
        "Sec. 2. (c) The Harbor Safety Task Force established in Executive Order 14252 of "
        "March 27, 2025 (Making the Harbors Safe), shall establish an online portal for "
        "applicants."
    ) == [("Harbor Safety Task Force", "shall", None, None)]
    # a body named inside a consultation aside is consulted, not the actor
    assert grants(
        "Sec. 3. Within 240 days of the date of this order, the Secretary of Homeland "
        "Security, in coordination with the heads of relevant agencies and informed by the "
        "reports of the Harbor Council established pursuant to Executive Order 14180 of "
        "January 24, 2025 (Council to Assess Harbors), shall review all harbor policies."
    ) == [
        (
            "Secretary of Homeland Security",
            "shall",
            "Within 240 days of the date of this order",
            240,
        )
    ]


def test_a_menu_of_sanctions_to_implement_is_one_grant_at_its_lead_in() -> None:
    body = (
        "Section 1. (a) When the Secretary of State has selected one or more of the sanctions "
        "set forth below to impose on a person, the Secretary of the Treasury shall take the "
        "following actions where necessary to implement the sanctions selected:\n\n"
        "(i) prohibit any United States financial institution from making loans to the "
        "sanctioned person;\n\n"
        "(ii) block all property and interests in property of the sanctioned person.\n\n"
        "Sec. 2. The Secretary of Commerce shall take the following actions:\n\n"
        "(a) publish a list of covered transactions within 30 days of the date of this "
        "order; and\n\n"
        "(b) review the list annually."
    )
    order = parse_text(HEAD + body + END)
    assert [(g.where, g.actor) for g in order.grants] == [
        ("1(a)", "Secretary of the Treasury"),  # a menu: one grant at the lead-in
        ("2(a)", "Secretary of Commerce"),  # required actions: one grant per item
        ("2(b)", "Secretary of Commerce"),
    ]


def test_who_a_body_s_members_are_is_no_grant() -> None:
    assert grants(
        "Sec. 3. Members of the committee shall be officers of the United States as designated "
        "by the heads of the Departments of State and Defense. The committee shall meet "
        "monthly."
    ) == [("committee", "shall", "monthly", 30)]


def test_a_restrictive_relative_clause_is_part_of_the_actor() -> None:
    assert grants(
        "Sec. 2. The heads of agencies that operate or access classified computer networks "
        "shall designate a senior official within 90 days of the date of this order. Each "
        "agency that constructs buildings shall adopt the standards."
    ) == [
        (
            "heads of agencies that operate or access classified computer networks",
            "shall",
            "within 90 days of the date of this order",
            90,
        ),
        ("each agency that constructs buildings", "shall", None, None),
    ]
    # a relative clause holding its own modal is no part of an actor
    assert grants("Sec. 3. Such reports as the Secretary may require shall be filed.") == []


def test_officials_consulted_as_appropriate_are_not_actors() -> None:
    assert grants(
        "Sec. 5. (c) The Secretary of Commerce, in consultation as appropriate with the "
        "Secretary of the Treasury, the Secretary of State, and the Attorney General, shall "
        "assess the actions taken under this order."
    ) == [("Secretary of Commerce", "shall", None, None)]


def test_the_departments_and_agencies_of_the_united_states_are_an_actor() -> None:
    assert grants(
        "Sec. 8. All departments and agencies of the United States shall take all appropriate "
        "measures within their authority to carry out this order."
    ) == [("departments and agencies of the United States", "shall", None, None)]


def test_an_acronym_defined_after_two_offices_names_the_last() -> None:
    rows = grants(
        "Sec. 6. The Federal Bureau of Investigation and the Office of the National "
        "Counterintelligence Executive (ONCIX) shall provide a work site. ONCIX shall report "
        "annually."
    )
    assert ("Office of the National Counterintelligence Executive", "shall", "annually", 365) in (
        rows
    )
    assert not any(" and the " in actor for actor, *_ in rows)


def test_officials_named_rather_than_or_acted_for_are_not_consulted() -> None:
    (grant,) = _order(
        "Sec. 1. The Secretary of State, rather than the Secretary of Defense, shall review "
        "the program on behalf of the Council."
    ).grants
    assert grant.actor == "Secretary of State"
    assert grant.co_actors == ()
