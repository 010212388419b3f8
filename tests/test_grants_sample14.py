"""Grants: classes of miss that paragraph sample 14 showed once read (after its first
blind score at c9cfec3), each pinned by a short order we wrote; every test fails if its
rule breaks."""

from __future__ import annotations

from .grant_cases import order, rows


def test_a_body_noun_defined_after_its_chairmans_title_is_the_body() -> None:
    # "the Chairman of the Advisory Council on Historic Preservation (Council)"
    assert rows(
        "Sec. 3. (a) Each agency shall make its report available to the Chairman of the "
        "Advisory Council on Harbor Preservation (Council).\n\n(b) The Council shall prepare "
        "advisory guidelines for agencies."
    )[1:] == [("3(b)", "Advisory Council on Harbor Preservation")]


def test_agency_or_agencies_in_quotes_is_a_definition() -> None:
    assert rows(
        'Sec. 1. Executive branch departments and agencies ("agency" or "agencies") shall '
        "advance this policy.\n\nSec. 3. Agencies may use existing reporting systems."
    ) == [
        ("1", "executive branch departments and agencies"),
        ("3", "executive branch departments and agencies"),
    ]


def test_functions_delegated_as_follows_go_to_each_items_delegate() -> None:
    grants = order(
        "Section 1. Delegation of Functions. The following functions conferred upon the "
        "President by the Act are delegated as follows:\n\n(a) Those under section 3 of the "
        "Act (22 U.S.C. 2753), with the exception of subsection (f), to the Secretary of "
        "State.\n\n(b) Those under section 21 of the Act (22 U.S.C. 2761) to the Secretary of "
        "Defense. The Secretary of Defense shall consult with the Secretary of State."
    ).grants
    assert [(g.where, g.actor, g.modality.value) for g in grants] == [
        ("1(a)", "Secretary of State", "delegated"),
        ("1(b)", "Secretary of Defense", "delegated"),
        ("1(b)", "Secretary of Defense", "shall"),
    ]
    assert grants[0].action == (
        "exercise the functions under section 3 of the Act (22 U.S.C. 2753), with the "
        "exception of subsection (f)"
    )


def test_in_the_implementation_of_is_an_aside() -> None:
    assert rows(
        "Sec. 1. The Secretary of State, in the implementation of the delegated functions "
        "under sections 3(a) and (d) of the Act (22 U.S.C. 2753(a) and (d)), is authorized "
        "to find whether the transfer will strengthen security."
    ) == [("1", "Secretary of State")]


def test_an_agency_officer_of_each_agency_leads_a_list() -> None:
    assert rows(
        "Sec. 2. (b) General Duties. The Chief FOIA Officer of each agency shall, subject to "
        "the authority of the head of the agency:\n\n(i) monitor FOIA implementation; and\n\n"
        "(ii) review and report, at such times as the Attorney General may direct, on the "
        "agency's performance."
    ) == [
        ("2(b)(i)", "Chief FOIA Officer of each agency"),
        ("2(b)(ii)", "Chief FOIA Officer of each agency"),
    ]


def test_the_head_of_each_department_or_agency_so_identified() -> None:
    for body in (
        "Sec. 4. The head of each department or agency so identified shall establish an "
        "annual plan.",
        "Sec. 4. The head of each department or agency shall establish an annual plan.",
    ):
        assert rows(body) == [("4", "head of each department or agency")], body
