"""Grants: classes of miss that blind set 21 and paragraph sample 10 showed once read
(after their blind figures were taken at the start of stop 32), each pinned by a short
order we wrote; every test fails if its rule breaks."""

from __future__ import annotations

from .grant_cases import order, rows


def test_each_department_and_agency_is_an_actor() -> None:
    # "Each department and agency shall ensure …", "Each department or agency that
    # contracts … shall", and a lead-in "Each department and agency with … shall:"
    assert rows(
        "Sec. 4. Advertising. Each department and agency shall ensure that placement is "
        "fair. Each department or agency that contracts with businesses shall take an active "
        "role.\n\nSec. 5. (a) Each department and agency with procurement authority shall:"
        "\n\n(i) seek to ensure that firms are aware of opportunities; and\n\n(ii) work with "
        "the Small Business Administration."
    ) == [
        ("4", "each department and agency"),
        ("4", "each department or agency that contracts with businesses"),
        ("5(a)(i)", "each department and agency with procurement authority"),
        ("5(a)(ii)", "each department and agency with procurement authority"),
    ]


def test_a_plural_acronym_ends_its_sentence() -> None:
    # "… other small businesses, and MBEs. Each department and agency shall use …": the
    # item's first sentence is the lead-in's duty, the second a grant of its own
    assert rows(
        "Sec. 2. (a) Each department and agency with procurement authority shall:\n\n(i) "
        "aggressively seek to ensure that firms are aware of sources likely to reach SDBs and "
        "MBEs. Each department and agency shall use all forms of communication;\n\n(ii) work "
        "with the Small Business Administration.\n\nSec. 3. The Secretary shall consult the "
        "CIOs. The Director shall report."
    ) == [
        ("2(a)(i)", "each department and agency with procurement authority"),
        ("2(a)(i)", "each department and agency"),
        ("2(a)(ii)", "each department and agency with procurement authority"),
        ("3", "Secretary"),
        ("3", "Director"),
    ]


def test_an_aside_after_an_unnamed_group_is_stepped_over() -> None:
    # "…, in coordination with the heads of relevant SSAs, and in consultation with …,
    # shall": the second aside closes the first with its comma
    assert rows(
        "Sec. 6. (c) Within 1 year of the date of this order, the Secretary of Homeland "
        "Security, in coordination with the heads of relevant SSAs, and in consultation with "
        "utility commissions and other stakeholders, shall identify mechanisms."
    ) == [("6(c)", "Secretary of Homeland Security")]


def test_heads_of_such_other_departments_and_agencies_end_a_list() -> None:
    assert rows(
        "Sec. 3. The Secretaries of State and Energy, the Attorney General, and heads of such "
        "other departments and agencies as appropriate, are authorized to carry out functions."
    ) == [
        ("3", "Secretary of State"),
        ("3", "Secretary of Energy"),
        ("3", "Attorney General"),
        ("3", "heads of such other departments and agencies"),
    ]


def test_a_lower_case_body_noun_is_the_body_the_title_names() -> None:
    # "the board shall" in an order "Establishing an Emergency Board …" that sets up "a
    # board of three members"; "the head of each agency or council" is no council's
    order = (
        "Establishing an Emergency Board To Investigate a Dispute\n\nBy the authority vested "
        "in me, it is hereby ordered as follows:\n\nSection 1. There is established a board "
        "of three members to investigate this dispute. The board shall perform its functions "
        "subject to the availability of funds.\n\nSec. 2. The head of each agency or council "
        "shall designate a representative."
    )
    assert rows(order)[0] == ("1", "Emergency Board")
    assert ("2", "Emergency Board") not in rows(order)


def test_i_therefore_direct_is_a_direction() -> None:
    assert rows(
        "Sec. 2. I therefore direct the Director of the Office of Personnel Management to "
        "issue regulations.\n\nSec. 3. I therefore order all executive departments and "
        "agencies to terminate the programs."
    ) == [
        ("2", "Director of the Office of Personnel Management"),
        ("3", "all executive departments and agencies"),
    ]


def test_may_in_a_relative_clause_of_a_noun_grants_nothing() -> None:
    # "a description of the positions that agencies may fill", "the ways in which the
    # Department may streamline"; "except that agencies may" and "ensure that" stay grants
    assert rows(
        "Sec. 2. (a) The Director shall publish a description of the positions that agencies "
        "may fill. The Director shall identify the ways in which the Department of Labor may "
        "streamline services.\n\n(b) Appointments confer no right, except that agencies may "
        "convert participants.\n\n(c) The Director shall ensure that agencies may hire "
        "students."
    ) == [
        ("2(a)", "Director"),
        ("2(a)", "Director"),
        ("2(b)", "agencies"),
        ("2(c)", "Director"),
        ("2(c)", "agencies"),
    ]


def test_a_lead_in_by_performing_the_following_functions() -> None:
    assert rows(
        "Sec. 2. (b) Functions. The Working Group shall support safe production by "
        "performing the following functions:\n\n(i) coordinate agency policy activities;\n\n"
        "(ii) promote communication with stakeholders; and\n\n(iii) consult with other "
        "agencies."
    ) == [
        ("2(b)(i)", "Working Group"),
        ("2(b)(ii)", "Working Group"),
        ("2(b)(iii)", "Working Group"),
    ]


# Blind set 22 and paragraph sample 11, read after their first blind scores (d5e341f)


def test_agencies_that_are_what_narrows_them() -> None:
    # "Each executive department, agency, and office that is required to take actions
    # under this order shall"; a clause inside the agencies' own stays the agencies'
    assert rows(
        "Sec. 6. (b) Each executive department, agency, and office that is required to take "
        "actions under this order shall prepare a report.\n\n(c) Each Federal agency whose "
        "actions affect the resources that are protected by an MPA shall identify such "
        "actions.\n\n(d) To the extent permitted by law, executive departments, agencies, and "
        "offices shall provide the Council such information."
    ) == [
        (
            "6(b)",
            "each executive department, agency, and office that is required to take actions "
            "under this order",
        ),
        (
            "6(c)",
            "each Federal agency whose actions affect the resources that are protected by an MPA",
        ),
        ("6(d)", "executive departments, agencies, and offices"),
    ]


def test_a_relative_clause_with_its_own_subject_narrows_nothing() -> None:
    # "… offices that the Chair may designate": the Chair's; "all actions of the Council and
    # the … offices that constitute it shall be consistent": no one's
    assert rows(
        "Sec. 2. (c) The Secretary of State shall invite:\n\n(i) the Secretary of Energy; "
        "and\n\n(ii) the heads of such other executive departments, agencies, and offices "
        "that the Secretary of State may, from time to time, designate.\n\n(d) All actions "
        "of the Council on Environmental Quality and the executive departments, agencies, and "
        "offices that constitute it shall be consistent with applicable law."
    ) == [("2(c)", "Secretary of State")]


def test_a_head_a_passive_names_with_an_indefinite_article() -> None:
    # "The Center shall be supervised by a Director", "The day-to-day operations of the
    # Council shall be administered by a Director and a Deputy Director"
    assert rows(
        "Sec. 1. (a) The Secretary of Homeland Security shall establish a Center for Harbor "
        "Initiatives (Center).\n\n(b) The Center shall be supervised by a Director appointed "
        "by the Secretary.\n\nSec. 2. There is established the Harbor Trade Council "
        "(Council).\n\nSec. 3. The day-to-day operations of the Council shall be administered "
        "by a Director and a Deputy Director."
    ) == [
        ("1(a)", "Secretary of Homeland Security"),
        ("1(b)", "Director of the Center for Harbor Initiatives"),
        ("3", "Director of the Harbor Trade Council"),
        ("3", "Deputy Director of the Harbor Trade Council"),
    ]


def test_an_aside_after_a_bare_title() -> None:
    assert rows(
        "Sec. 1. There is established the Interagency Committee on Harbor Trade (Committee). "
        "The Secretary of Commerce shall serve as Chair of the Committee.\n\nSec. 3. The "
        "Chair, in addition to voting, may also break any tie vote."
    ) == [
        ("1", "Secretary of Commerce"),
        ("3", "Chair of the Interagency Committee on Harbor Trade"),
    ]


def test_which_shall_be_chaired_by_is_the_chairs_role() -> None:
    grants = order(
        "Sec. 2. There is established the Harbor Rebuilding Task Force, which shall be "
        "chaired by the Secretary of Housing and Urban Development (Chair).\n\nSec. 3. Such "
        "other officers as may be designated by the Secretary of State shall attend."
    ).grants
    assert [(g.where, g.actor, g.action) for g in grants] == [
        (
            "2",
            "Secretary of Housing and Urban Development",
            "chair the Harbor Rebuilding Task Force",
        )
    ]


def test_the_following_agencies_listed_in_items_each_act() -> None:
    # "The following … agencies (agencies) shall participate in the HRFC: (i) the Department
    # of State; …": each item's agency; "The head of each of the following …" is not
    # split into items, nor a lead-in to "the following records:"
    assert rows(
        "Sec. 2. (b) The following executive departments and agencies (agencies) shall "
        "participate in the Cell:\n\n(i) the Department of State;\n\n(ii) the Department of "
        "the Treasury; and\n\n(iii) other agencies as the Attorney General may designate.\n\n"
        "Sec. 3. The head of each of the following executive branch departments and agencies "
        "shall nominate one member:\n\n(a) Department of Justice;\n\n(b) Department of "
        "Energy.\n\nSec. 4. The following agencies shall provide access to the following "
        "records:\n\n(a) Department of State, passport data;\n\n(b) Department of Energy, "
        "visitor logs."
    ) == [
        ("2(b)(i)", "Department of State"),
        ("2(b)(ii)", "Department of the Treasury"),
        ("2(b)(iii)", "other agencies"),
        ("3", "executive branch departments and agencies"),
        ("4", "executive departments and agencies"),
    ]


def test_a_joined_clause_whose_subject_shall_be_directed_ends_the_action() -> None:
    # ", and the Secretary … shall be directed to revise them": a duty of its own subject,
    # not a passive's (coordinate clauses test the modal with PASSIVE_NO_AGENT)
    grants = order(
        "Sec. 2. The Secretary of State shall review the rules, and the Secretary of Homeland "
        "Security shall be directed to revise them."
    ).grants
    assert (grants[0].actor, grants[0].action) == ("Secretary of State", "review the rules")


def test_a_relative_passive_with_its_agent_is_the_agents() -> None:
    # "regulations that shall be issued by the Secretary of Labor"; "be convened by the
    # Initiative's Executive Director": the body's officer; "information that may be
    # requested by" describes the information
    assert rows(
        "Sec. 11. The term shall be defined in regulations that shall be issued by the "
        "Secretary of Labor.\n\nSec. 2. There is established the White House Initiative on "
        "Harbor Education (Initiative). There is established the Harbor Working Group, which "
        "shall be convened by the Initiative's Executive Director.\n\nSec. 4. Such information "
        "is in addition to any information that may be requested by the Secretary of Commerce."
    ) == [
        ("11", "Secretary of Labor"),
        ("2", "Executive Director of the White House Initiative on Harbor Education"),
    ]
