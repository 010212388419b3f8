"""Grants: classes of miss that paragraph sample 16 showed once read (after its first
blind score at 27950f9), each pinned by a short order we wrote; every test fails if its
rule breaks."""

from __future__ import annotations

from .grant_cases import order, rows


def test_an_official_capacity_aside_leaves_the_members_their_power() -> None:
    assert rows(
        "Sec. 4. Advisory Group. The Secretary of Labor shall establish an Advisory Group. "
        "Members of the Advisory Group, acting in their official capacity, may designate "
        "employees with authority to act on their behalf."
    ) == [("4", "Secretary of Labor"), ("4", "Members of the Advisory Group")]


def test_assistance_from_an_official_is_no_actor() -> None:
    # "with such assistance from X as the Director may require": X assists, the relative
    # clause's modal is no verb of the Director's
    assert rows(
        "Sec. 5. Duties. (a) The Director of the Office of Management and Budget, with such "
        "assistance from the Chairman of the Council on Environmental Quality as the Director "
        "may require, shall monitor the implementation of this order."
    ) == [("5(a)", "Director of the Office of Management and Budget")]
    assert rows(
        "Sec. 5. Catalogues. The Administrator of General Services and the Defense Logistics "
        "Agency, with assistance from the Environmental Protection Agency and the Department "
        "of Energy, shall create clear catalogue listings."
    ) == [("5", "Administrator of General Services"), ("5", "Defense Logistics Agency")]


def test_the_officials_a_request_names_are_not_the_actors_after_them() -> None:
    # one list has one "and" or "or": the request's list ends with its own
    assert rows(
        "Sec. 5. Assistance. Upon the request of the Secretary of the Interior, the Secretary "
        "of Homeland Security, or the Administrator of General Services, the Secretary of "
        "Defense, the Attorney General, and the Secretary of Labor shall provide personnel to "
        "assist with the protection of Federal property."
    ) == [("5", "Secretary of Defense"), ("5", "Attorney General"), ("5", "Secretary of Labor")]
    assert rows(
        "Sec. 5. Assistance. In consultation with the Secretary of the Interior, the Secretary "
        "of Homeland Security, and the Administrator of General Services, the Secretary of "
        "Defense and the Attorney General shall provide personnel."
    ) == [("5", "Secretary of Defense"), ("5", "Attorney General")]
    # a list of actors of its own, with its consulted officials after it, stays whole
    assert rows(
        "Sec. 3. Models. The Secretary of the Treasury, the Secretary of Defense, and the "
        "Secretary of Homeland Security, in consultation with the Chief of Staff, the "
        "Secretary of Commerce, and the Attorney General, shall develop a benchmarking process."
    ) == [
        ("3", "Secretary of the Treasury"),
        ("3", "Secretary of Defense"),
        ("3", "Secretary of Homeland Security"),
    ]


def test_being_guided_by_principles_is_the_subjects_own_standard() -> None:
    assert rows(
        "Sec. 2. Criteria. In formulating policies affecting Indian tribal governments, "
        "agencies shall be guided, to the extent permitted by law, by principles of respect "
        "for tribal self-government."
    ) == [("2", "agencies")]
    # the official whose views guide is no agent of a passive
    assert rows(
        "Sec. 2. Exports. In carrying out such functions, the Attorney General shall be guided "
        "by the views of the Secretary of State on matters affecting foreign policy."
    ) == [("2", "Attorney General")]


def test_a_second_shall_in_particular_leads_its_own_list() -> None:
    grants = order(
        "Sec. 5. Revision. In conducting this revision, the Secretary of Labor shall review the "
        "policies set forth in section 2 of this order and shall in particular:\n(a) Establish "
        "fixed deadlines for its evaluation;\n(b) Adopt science-based limits; and\n(c) "
        "Streamline the hearings process."
    ).grants
    assert [(g.where, g.actor, g.action) for g in grants] == [
        ("5", "Secretary of Labor", "review the policies set forth in section 2 of this order"),
        ("5(a)", "Secretary of Labor", "Establish fixed deadlines for its evaluation"),
        ("5(b)", "Secretary of Labor", "Adopt science-based limits"),
        ("5(c)", "Secretary of Labor", "Streamline the hearings process"),
    ]
    # the same after a first clause that is no passive of an agent's
    assert [
        g.where
        for g in order(
            "Sec. 5. Revision. The Commission shall be guided by the policies of this order and "
            "shall in particular:\n(a) Establish deadlines; and\n(b) Adopt limits."
        ).grants
    ] == ["5", "5(a)", "5(b)"]
    # "meet … and shall take appropriate action to:": the meeting, then each item
    assert [
        g.where
        for g in order(
            "Sec. 3. Functions. (a) The Task Force shall meet as required by the Chair and shall "
            "take appropriate action to:\n(i) review the activities of agencies; and\n(ii) "
            "recommend steps to the President."
        ).grants
    ] == ["3(a)", "3(a)(i)", "3(a)(ii)"]


def test_a_body_named_with_a_series_before_what_it_is_about() -> None:
    assert rows(
        "Sec. 7. Task Force. (a) There is established a State, Local, and Tribal Leaders Task "
        "Force on Climate Preparedness and Resilience (Task Force).\n(b) The Task Force shall "
        "provide recommendations to the President."
    ) == [
        (
            "7(b)",
            "State, Local, and Tribal Leaders Task Force on Climate Preparedness and Resilience",
        )
    ]


def test_such_member_and_such_agency_point_back() -> None:
    # sample 16 row 17 (EO 13055 sec. 8): the member of the body the sentence named
    assert rows(
        "Section 1. Working Group. There is established the Interagency Working Group on "
        "Exchanges (Working Group).\n\nSec. 8. If any member of the Working Group disagrees "
        "with any report, such member may prepare a statement of the reasons."
    ) == [("8", "member of the Interagency Working Group on Exchanges")]
    # EO 13472 4(b): the actors of the grant before, where their name holds the noun
    assert (
        rows(
            "Sec. 4. (b) Each agency described in subsection 4(a) of this order shall update its "
            "order of succession. Before implementing any revisions, such agency shall send the "
            "proposed revisions to the Counsel to the President."
        )
        == [("4(b)", "each agency described in subsection 4(a) of this order")] * 2
    )
    # an official named before is no "such agency"
    assert rows(
        "Sec. 4. (b) The Secretary of Labor shall update the order. Before implementing any "
        "revisions, such agency shall send them to the Counsel to the President."
    ) == [("4(b)", "Secretary of Labor")]
