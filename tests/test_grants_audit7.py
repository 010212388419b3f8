"""Grants: classes of error a third random audit of 100 corpus grants found (audit 7),
each pinned by a short order we wrote; every test fails if its rule breaks."""

from __future__ import annotations

from .grant_cases import order, rows

_HARBOR_COUNCIL = (
    "Sec. 1. Establishment. There is established the Harbor Safety Council (Council).\n\n"
)


def test_what_a_body_is_has_or_stays_is_no_duty() -> None:
    # composition, qualification, status and mission statements (audit 7, class 4)
    assert (
        rows(
            _HARBOR_COUNCIL + "Sec. 2. Membership. (a) The Council shall include at least one "
            "full-time member each from the Department of Commerce and the Department of "
            "Energy. The members of the Council shall have expertise relevant to harbor "
            "safety and shall not be full-time officials or employees of the Federal "
            "Government. The other two members of the Council shall be ex officio members, "
            "one each from the Department of Labor and the Department of State.\n\n"
            "(b) The Council shall have two primary missions:\n\n(i) safer harbors; and\n\n"
            "(ii) cleaner ports.\n\n(c) The Council shall remain subject to the Federal "
            "Advisory Committee Act. The Council shall have no directive authority. The "
            "Council shall include the Secretary of Commerce and the heads of such other "
            "agencies as the Chair may invite. The Council may have paid staff."
        )
        == []
    )
    # a role is a duty: the chair is kept, and so is what the body does
    assert rows(
        _HARBOR_COUNCIL + "Sec. 2. Membership. The Secretary of Commerce shall be a member "
        "and shall chair the Council. The Secretary of Energy shall serve as Vice Chair of "
        "the Council. The Council shall be charged with developing a harbor safety plan."
    ) == [
        ("2", "Secretary of Commerce"),
        ("2", "Secretary of Energy"),
        ("2", "Harbor Safety Council"),
    ]


def test_a_body_the_subject_shall_establish_acts_in_its_that_clause() -> None:
    assert rows(
        "Sec. 5. Harbor Council. The Secretary of Commerce shall establish a Harbor Advisory "
        "Council (Advisory Council) that shall make recommendations to the Secretary."
    ) == [("5", "Secretary of Commerce"), ("5", "Harbor Advisory Council")]


def test_a_modal_in_a_question_another_verb_asks_is_no_grant() -> None:
    # what a report is to answer (audit 7, class 7): only the report is a duty
    assert rows(
        "Sec. 5. Reports. Within 90 days of the date of this order, the Secretary of Homeland "
        "Security shall submit a report to the President analyzing what measures the Harbor "
        "Patrol may take under its existing authorities. The Secretary of Commerce shall "
        "publish guidance describing how agencies may reduce harbor fees, identifying which "
        "agencies shall lead each port, and advising on whether the Attorney General may act."
    ) == [("5", "Secretary of Homeland Security"), ("5", "Secretary of Commerce")]


def test_a_relative_or_purpose_clause_keeps_no_deadline_of_the_main_clause() -> None:
    grants = order(
        "Sec. 5. Notice. (a) Within 90 days of the date of this order, the Harbor Board shall "
        "make recommendations to the Secretary of Commerce, who shall publish them.\n\n"
        "(b) The Harbor Board shall promptly notify the Attorney General so that the Attorney "
        "General may seek appropriate relief.\n\n(c) Within 60 days of the date of this "
        "order, the Secretary of Energy shall establish a Harbor Advisory Council (Advisory "
        "Council) that shall advise the Secretary on port safety."
    ).grants
    assert [(g.where, g.actor, g.deadline, g.timing) for g in grants] == [
        ("5(a)", "Harbor Board", "Within 90 days of the date of this order", None),
        ("5(a)", "Secretary of Commerce", None, None),
        ("5(b)", "Harbor Board", None, "promptly"),
        ("5(b)", "Attorney General", None, None),
        ("5(c)", "Secretary of Energy", "Within 60 days of the date of this order", None),
        ("5(c)", "Harbor Advisory Council", None, None),
    ]


def test_words_struck_in_single_quotes_grant_nothing_and_inserted_ones_are_quoted() -> None:
    # a quotation inside a quotation, or printed with single marks (audit 7, class 8)
    body = (
        "Sec. 4. Amendments. Executive Order 14001 is amended:\n\n(a) by striking `the Harbor "
        "Board shall make recommendations to the President' in section 6 and inserting in "
        "lieu thereof `the Secretary of Commerce shall serve as the final authority'; and\n\n"
        "(b) by deleting ‘the Harbor Board may issue guidance’ from section 7."
    )
    assert [(g.where, g.actor, g.action, g.quoted) for g in order(body).grants] == [
        ("4(a)", "Secretary of Commerce", "serve as the final authority", True)
    ]
    # an apostrophe opens and closes nothing
    assert [
        (g.actor, g.quoted)
        for g in order(
            "Sec. 4. Duties. The Secretary of Commerce's staff shall assist the Harbor Board, "
            "and the Harbor Board shall report to the President."
        ).grants
    ] == [("Harbor Board", False)]


def test_a_duty_ends_before_a_which_clause_on_a_body() -> None:
    # the body's members or functions are not the duty before them (audit 7, class 2)
    grants = order(
        "Sec. 3. Task Force. (a) The Secretary of Commerce shall serve as Chair of the Harbor "
        "Task Force, which shall also include:\n\n(i) the Secretary of Energy; and\n\n(ii) the "
        "Secretary of Labor.\n\n(b) The Secretary of Energy shall establish an interagency "
        "process for coordinating this order, which shall, inter alia:\n\n(i) review harbor "
        "fees; and\n\n(ii) track dredging.\n\n(c) The Secretary of Labor shall submit a report "
        "to the Harbor Task Force, which may include recommendations on port wages."
    ).grants
    assert [(g.where, g.action) for g in grants] == [
        ("3(a)", "serve as Chair of the Harbor Task Force"),
        ("3(b)", "establish an interagency process for coordinating this order"),
        # what the report may hold stays in the duty
        (
            "3(c)",
            "submit a report to the Harbor Task Force, which may include recommendations "
            "on port wages.",
        ),
    ]


def test_a_lead_in_with_no_object_yet_takes_its_items() -> None:
    # "who is:", "can:", "consider as appropriate:": the items finish the duty
    grants = order(
        "Sec. 2. Functions. (a) The Harbor Commission shall consider as appropriate:\n\n(i) "
        "the number of harbor berths; and\n\n(ii) the training of pilots.\n\n(b) The Harbor "
        "Board shall advise the President on ways in which the President can:\n\n(1) promote "
        "safe navigation; and\n\n(2) reduce accidents.\n\n(c) Within 30 days of the date of "
        "this order, the Secretary of Commerce may designate any person within the Department "
        "of Commerce who is:\n\n(1) a civilian official; or\n\n(2) a general officer.\n\n"
        "Sec. 3. Principles. The Harbor Board shall follow the following principles:\n\n(a) "
        "safety first; and\n\n(b) openness."
    ).grants
    assert [(g.where, " ".join(g.action.split(":")[-1].split()), g.deadline) for g in grants] == [
        ("2(a)", "(i) the number of harbor berths; and (ii) the training of pilots", None),
        ("2(b)", "(1) promote safe navigation; and (2) reduce accidents", None),
        (
            "2(c)",
            "(1) a civilian official; or (2) a general officer",
            "Within 30 days of the date of this order",
        ),
        ("3", "follow the following principles", None),  # a menu: the lead-in says it
    ]


def test_shall_have_the_authority_to_is_a_power() -> None:
    # audit 7, class 10: a power conferred, not a duty
    grants = order(
        "Sec. 6. Enforcement. The Secretary of Labor shall have the authority to issue final "
        "orders. The Chair of the Harbor Board shall have the exclusive authority to act for "
        "the Board. The Secretary of Energy shall have authority for investigating harbor "
        "violations. The Director of the Harbor Office shall have authority, direction, and "
        "control over the Office. The Attorney General shall have the responsibility for "
        "enforcement."
    ).grants
    assert [(g.actor, g.modality.value) for g in grants] == [
        ("Secretary of Labor", "authorized"),
        ("Chair of the Harbor Board", "authorized"),
        ("Secretary of Energy", "authorized"),
        ("Director of the Harbor Office", "shall"),
        ("Attorney General", "shall"),
    ]


def test_in_n_months_from_an_event_is_a_deadline() -> None:
    # audit 7, class 9: as "within N months of" the event; "in 2 years" alone says no limit
    grants = order(
        "Sec. 5. Reports. The Harbor Task Force shall issue an interim report in 9 months from "
        "the date of the first meeting of the Task Force. The Secretary of Commerce shall "
        "report in 30 days after the completion of the survey. The Secretary of Energy shall "
        "act in 2 years."
    ).grants
    assert [(g.deadline, g.deadline_days) for g in grants] == [
        ("in 9 months from the date of the first meeting of the Task Force", 270),
        ("in 30 days after the completion of the survey", 30),
        (None, None),
    ]


def test_a_yearly_date_keeps_its_date_in_the_deadline() -> None:
    # audit 7, class 1 (grant 38): "By October 1 of each year", not "each year"; a
    # recurrence is a deadline of its interval, as the project has it
    grants = order(
        "Sec. 3. Guidance. By October 1 of each year, the Secretary of Labor shall issue "
        "guidance. The Secretary of Energy shall report not later than January 31 of each "
        "year through and including 2030. The Secretary of Commerce shall report each year."
    ).grants
    assert [(g.deadline, g.deadline_days) for g in grants] == [
        ("By October 1 of each year", 365),
        ("not later than January 31 of each year through and including 2030", 365),
        ("each year", 365),
    ]


def test_each_department_agency_and_office_is_one_actor() -> None:
    # audit 7, class 3(a): a distributive group, not a list of actors
    assert rows(
        "Sec. 1. Policy. To advance harbor safety, each executive department, agency, and "
        "office (agency) shall, as appropriate, coordinate with port authorities.\n\n"
        "Sec. 2. Support. All executive departments, agencies, and offices shall provide "
        "information to the Secretary of Commerce. Each executive department, agency, or "
        "office shall bear its own expenses."
    ) == [
        ("1", "each executive department, agency, and office"),
        ("2", "all executive departments, agencies, and offices"),
        ("2", "each executive department, agency, or office"),
    ]


def test_a_shortened_body_name_and_its_members_are_the_body_the_order_sets_up() -> None:
    # audit 7, class 3(b) and (c): the body's name in full, where the order sets up one
    assert rows(
        "Sec. 1. Establishment. There is established the President's Advisory Board on "
        "Harbors.\n\nSec. 2. Functions. (a) The Advisory Board shall advise the President on "
        "harbor safety.\n\n(b) The Advisory Board Chair shall convene its meetings.\n\n(c) "
        "The Advisory Board shall report each year, and member agencies shall support its "
        "work."
    ) == [
        ("2(a)", "President's Advisory Board on Harbors"),
        ("2(b)", "Chair of the President's Advisory Board on Harbors"),
        ("2(c)", "President's Advisory Board on Harbors"),
        ("2(c)", "member agencies of the President's Advisory Board on Harbors"),
    ]
    # a body named before them is theirs, not the one set up
    assert rows(
        "Sec. 1. Establishment. There is established the President's Advisory Board on "
        "Harbors.\n\nSec. 2. Support. The Harbor Task Force member agencies shall support the "
        "Harbor Task Force."
    ) == [("2", "member agencies")]
