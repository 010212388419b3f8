"""Grants: classes of error an eighth random audit of 100 corpus grants found (audit 8),
each pinned by a short order we wrote; every test fails if its rule breaks."""

from __future__ import annotations

from .grant_cases import order, rows


def test_an_item_s_duty_ends_with_its_first_sentence() -> None:
    # "(ii) report … . This report shall include …": the report's contents are no words of
    # the duty; an item's heading is not its first sentence
    grants = order(
        "Sec. 4. Ethics. The Director of the Office of Government Ethics shall:\n\n"
        "(i) publish the pledge; and\n\n"
        "(ii) report to the President on compliance with the pledge. This report shall "
        "include recommendations on disclosure.\n\n"
        "Sec. 5. Board. The Harbor Board shall:\n\n"
        "(a) Harbor Protection. Support the Secretary of Commerce in harbor protection. The "
        "Board shall report on it."
    ).grants
    actions = [(g.where, g.action) for g in grants]
    assert ("4(ii)", "report to the President on compliance with the pledge") in actions
    assert (
        "5(a)",
        "Support the Secretary of Commerce in harbor protection",  # its heading left out
    ) in actions


def test_who_members_are_is_no_duty() -> None:
    assert rows(
        "Sec. 5. Council. (a) There is established the Harbor Sustainability Council "
        "(Council).\n\n(b) Members of the Council shall include those Agency Chief "
        "Sustainability Officers invited by the Chair.\n\n(c) The members of the Council "
        "shall be full-time Federal Government employees.\n\n(d) The Secretary of Energy "
        "shall include those costs in the budget.\n\n(e) The Chair of the Council and the "
        "Director of the Office of Management and Budget shall serve as ex officio members."
    ) == [("5(d)", "Secretary of Energy")]


def test_what_a_document_is_to_provide_is_no_direction() -> None:
    # a modal inside "Such proposed rule shall provide that …" is the rule's word
    assert rows(
        "Sec. 9. Hiring. (a) Such proposed rule shall provide that, upon a determination "
        "by the head of a covered agency, the Director of the Office of Personnel "
        "Management shall, within 30 days, grant that agency direct hiring authority.\n\n"
        "(b) The Director of the Office of Personnel Management shall provide that "
        "information to agencies.\n\n(c) The guidance shall state that agencies shall "
        "consult the public; the Secretary of Labor shall review the guidance."
    ) == [
        ("9(b)", "Director of the Office of Personnel Management"),
        ("9(c)", "Secretary of Labor"),
    ]


def test_the_end_of_a_period_set_before_is_a_deadline() -> None:
    grants = order(
        "Sec. 7. Barriers. Within 270 days of the date of this order, the Attorney General "
        "shall study voting barriers. By the end of the 270-day period, the Attorney "
        "General shall publish recommendations.\n\nSec. 8. Agreements. Within 30 days after "
        "the adoption of any agreement that fails to achieve this goal, the Secretary of "
        "Labor shall explain why to the President."
    ).grants
    assert [(g.deadline, g.deadline_days) for g in grants] == [
        ("Within 270 days of the date of this order", 270),
        ("By the end of the 270-day period", 270),
        ("Within 30 days after the adoption of any agreement that fails to achieve this goal", 30),
    ]


def test_the_chairs_of_a_body_set_up_chair_it() -> None:
    # "… to be co-chaired by A (OSTP) and B": both chairs (the short form between them
    # broke the run), each to "co-chair" the body just set up, not "to be co-chaired by"
    grants = order(
        "Sec. 4. Executive Council. To ensure coordination, there is established an NSCI "
        "Executive Council to be co-chaired by the Director of the Office of Science and "
        "Technology Policy (OSTP) and the Director of the Office of Management and Budget "
        "(OMB).\n\nSec. 5. Task Force. There is established within the Department of State "
        "a Harbor Task Force (Task Force), to be headed by the Secretary of State."
    ).grants
    assert [(g.where, g.actor, g.action) for g in grants] == [
        (
            "4",
            "Director of the Office of Science and Technology Policy",
            "co-chair the NSCI Executive Council",
        ),
        (
            "4",
            "Director of the Office of Management and Budget",
            "co-chair the NSCI Executive Council",
        ),
        ("5", "Secretary of State", "head the Harbor Task Force"),
    ]
    # a body an official "shall establish", to be chaired by another
    assert [
        (g.actor, g.action)
        for g in order(
            "Sec. 4. Working Group. The Secretary of Energy shall establish a working group on "
            "harbor safety, to be chaired by the Deputy Secretary of Energy."
        ).grants
    ][1] == ("Deputy Secretary of Energy", "chair the working group on harbor safety")


def test_a_menu_of_ways_joined_by_or_is_one_duty() -> None:
    # "… by: (1) conveying …; or (2) reporting …": ways to choose among, one row at the
    # lead-in; joined by "and" they are duties each
    assert rows(
        "Sec. 2. Equipment. (c) Each agency shall transfer equipment to a school by:\n\n"
        "(1) conveying research equipment directly to the school; or\n\n"
        "(2) reporting excess equipment to the General Services Administration.\n\n"
        "(d) The Secretary of Energy shall propose reforms by:\n\n"
        "(1) proposing a regulation; and\n\n(2) conducting a review."
    ) == [
        ("2(c)", "each agency"),
        ("2(d)(1)", "Secretary of Energy"),
        ("2(d)(2)", "Secretary of Energy"),
    ]


def test_goals_led_in_are_duties_when_they_open_with_a_verb() -> None:
    # "shall meet the following goals, …:" then "(a) Achieve …": a duty each; goals that
    # are only named stay one grant at the lead-in
    assert rows(
        "Sec. 2. Goals. The Secretary of Energy shall meet the following goals, which are "
        "based on statutory requirements, in a cost-effective manner:\n\n(a) Achieve "
        "reductions in energy use;\n\n(b) Meet statutory requirements.\n\nSec. 3. Targets. "
        "The Secretary of Labor shall meet the following goals:\n\n(a) a 30 percent "
        "reduction;\n\n(b) a 10 percent increase."
    ) == [
        ("2(a)", "Secretary of Energy"),
        ("2(b)", "Secretary of Energy"),
        ("3", "Secretary of Labor"),
    ]


def test_a_second_modal_of_another_kind_is_a_grant_of_its_own() -> None:
    # "shall finalize the list and may remove products": a duty and a power; not where the
    # first predicate is a bare verb sharing the object, nor after a relative clause
    grants = order(
        "Sec. 1. Lists. The Secretary of Energy shall finalize the list and may remove "
        "products deemed inappropriate.\n\nSec. 2. Complaints. The Secretary of Labor shall "
        "receive and may investigate complaints.\n\nSec. 3. Research. The Secretary of Health "
        "and Human Services shall support research on cells that are capable of producing "
        "tissue and may result in treatments."
    ).grants
    assert [(g.where, g.actor, str(g.modality), g.action) for g in grants] == [
        ("1", "Secretary of Energy", "shall", "finalize the list"),
        ("1", "Secretary of Energy", "may", "remove products deemed inappropriate."),
        ("2", "Secretary of Labor", "shall", "receive and may investigate complaints."),
        (
            "3",
            "Secretary of Health and Human Services",
            "shall",
            "support research on cells that are capable of producing tissue and may result "
            "in treatments.",
        ),
    ]


def test_the_officer_of_an_agency_named_by_its_short_form() -> None:
    # "Equal Employment Opportunity Commission (Commission). … the Chair of the Commission
    # shall": the Chair the table holds, not the Commission (the grant was lost)
    assert rows(
        "Sec. 4. Duties.\n\n(b) Equal Employment Opportunity Commission (Commission). Within "
        "100 days of the date of this order, the Chair of the Commission shall submit "
        "recommendations."
    ) == [("4(b)", "Chair of the Equal Employment Opportunity Commission")]


def test_an_abbreviated_title_is_written_out_with_its_printed_title() -> None:
    # "the Chairman of CEQ": the printed title, its abbreviation written out, not the
    # table's "Chair of the Council on Environmental Quality"
    assert rows(
        "Sec. 3. Guidance. The Chairman of CEQ shall issue guidance.\n\nSec. 4. Reports. The "
        "Director of OMB shall review the reports."
    ) == [
        ("3", "Chairman of the Council on Environmental Quality"),
        ("4", "Director of the Office of Management and Budget"),
    ]


def test_a_second_modal_is_no_other_subject_s_and_takes_no_first_deadline() -> None:
    # review 66: a modal of another subject between, "may not", and a deadline of the
    # first clause
    grants = order(
        "Sec. 1. Rules. The Secretary of Commerce shall issue rules under which a lender shall "
        "verify income and may charge fees.\n\nSec. 2. Data. The Secretary of Labor shall "
        "report on whether the agency shall retain the data and may share it.\n\nSec. 3. "
        "Waivers. The Secretary of Energy shall review the plan and may not approve any "
        "waiver.\n\nSec. 4. Lists. The Secretary of Energy shall promptly finalize the list "
        "within 30 days and may remove products from it."
    ).grants
    assert [(g.where, g.actor, str(g.modality), g.deadline, g.timing) for g in grants] == [
        ("1", "Secretary of Commerce", "shall", None, None),
        ("2", "Secretary of Labor", "shall", None, None),
        ("3", "Secretary of Energy", "shall", None, None),
        ("4", "Secretary of Energy", "shall", "within 30 days", "promptly"),
        ("4", "Secretary of Energy", "may", None, None),
    ]


def test_menus_goals_by_and_it_after_review_66() -> None:
    assert rows(
        "Sec. 1. Goals. The Secretary of Energy shall meet the following goals by:\n\n"
        "(1) reducing energy use; and\n\n(2) increasing renewable energy.\n\nSec. 2. "
        "Equipment. Each agency shall transfer equipment by:\n\n(1) conveying it;\n\n"
        "(2) selling it; or\n\n(3) reporting it.\n\nSec. 3. Offices. The Department of "
        "Energy shall review the plan. It shall also advise the President.\n\nSec. 4. "
        "Meetings. The Harbor Council shall meet regularly. In addition, it shall advise the "
        "President.\n\nSec. 5. Reports. The Harbor Council shall promptly submit a report. It "
        "shall include recommendations."
    ) == [
        ("1(1)", "Secretary of Energy"),
        ("1(2)", "Secretary of Energy"),
        ("2", "each agency"),
        ("3", "Department of Energy"),
        ("3", "Department of Energy"),
        ("4", "Harbor Council"),
        ("4", "Harbor Council"),
        ("5", "Harbor Council"),
    ]
    # a body's name may hold "a": "the Committee for a Drug-Free America"
    assert [
        (g.actor, g.action)
        for g in order(
            "Sec. 2. There is established the Committee for a Drug-Free America, to be chaired by "
            "the Secretary of Education."
        ).grants
    ] == [("Secretary of Education", "chair the Committee for a Drug-Free America")]
    # "; that …" goes on with what the document shall provide
    assert (
        rows(
            "Sec. 6. Petitions. The regulations shall provide that an applicant shall file a "
            "petition; that the Secretary of Labor shall decide each petition within 30 days; "
            "and that appeals go to the Board."
        )
        == []
    )


def test_set_17_classes_read_at_the_stop_s_end() -> None:
    # an alternative actor "as his designee"; the Chief Counsel for Advocacy; a lead-in's
    # subject narrowed by a relative clause up to its colon; a proviso's passive in an item
    assert rows(
        "Sec. 1. Review. The Chief Counsel for Advocacy of the Small Business Administration "
        "(Advocacy) shall remain available to advise agencies.\n\nSec. 3. Meetings. The "
        "Attorney General, or the Deputy Attorney General as his designee, shall convene "
        "meetings.\n\nSec. 6. Duties. (a) To implement this order:\n\n(i) the head of each "
        "agency that possesses terrorism information:\n\n(A) shall give access to such "
        "information to the Director; and\n\n(B) shall cooperate in the production of "
        "reports.\n\nSec. 7. Oversight. The Harbor Council shall:\n\n(a) review the plans; "
        "and\n\n(b) to the extent permitted by law, and as necessary, collect information "
        "from the Harbor Corporation, provided that the collection of such information shall "
        "be undertaken so as to minimize disruption."
    ) == [
        ("1", "Chief Counsel for Advocacy of the Small Business Administration"),
        ("3", "Attorney General"),
        ("3", "Deputy Attorney General"),
        ("6(a)(i)(A)", "head of each agency that possesses terrorism information"),
        ("6(a)(i)(B)", "head of each agency that possesses terrorism information"),
        ("7(a)", "Harbor Council"),
        ("7(b)", "Harbor Council"),
    ]
