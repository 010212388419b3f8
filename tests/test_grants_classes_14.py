"""Grants: classes of miss seen on the fourteenth blind set and the third paragraph
sample, each pinned by a short order we wrote; every test fails if its rule breaks."""

from __future__ import annotations

from .grant_cases import order, rows


def test_an_aside_on_the_subjects_discretion_hides_no_subject() -> None:
    # the title inside the aside ("the Secretary's") is not the subject's last word
    assert rows(
        'Sec. 1. Definitions. As used in this order, the term "Secretary" means the '
        "Secretary of Commerce.\n\nSec. 2. Harbor Fees. The Secretary, in the Secretary's "
        "discretion, shall determine whether a harbor fee is due. The head of an executive "
        "agency, in his or her sole discretion, may waive the fee."
    ) == [("2", "Secretary of Commerce"), ("2", "head of an executive agency")]
    # a discretion named after the verb is no aside before it
    assert rows(
        "Sec. 2. Harbor Fees. The Secretary of Commerce shall, in the Secretary's "
        "discretion, waive the fee."
    ) == [("2", "Secretary of Commerce")]


def test_an_aside_on_who_chose_the_subject_hides_no_subject() -> None:
    # the officials who designate the Executive Director do not act; the Director is the
    # officer of the body the order names
    assert rows(
        "Sec. 1. Establishment. There is established the Harbor Review Commission "
        "(Commission).\n\nSec. 2. Administration. The Commission shall have a Chair, "
        "designated by the President from among its members. An Executive Director, "
        "designated by the Secretary of Commerce in consultation with the Assistant to the "
        "President for Economic Policy, shall coordinate the work of the Commission. The "
        "Administrator of General Services, selected by the Commission from among its "
        "members, shall keep its records."
    ) == [
        ("2", "Executive Director of the Harbor Review Commission"),
        ("2", "Administrator of General Services"),
    ]
    # an indefinite article names a body's officer only where it opens the clause
    assert (
        rows(
            "Sec. 1. Establishment. There is established the Harbor Review Commission "
            "(Commission).\n\nSec. 2. Continuity. All appointments to the Commission, as "
            "well as the President's designation of a Chairperson, shall remain in effect."
        )
        == []
    )


def test_a_group_narrowed_to_those_another_section_lists_keeps_the_words() -> None:
    # a reference to where the order lists them narrows the group, past a consultation
    assert rows(
        "Sec. 2. Members. The Harbor Committee shall include the Secretary of Commerce and "
        "the Secretary of Energy.\n\nSec. 4. Regulations. The heads of the executive "
        "departments and agencies set forth in section 2 of this order, in consultation with "
        "the Harbor Committee, may prescribe such regulations as are necessary. Each agency "
        "described in subsection (a) of this section shall report."
    )[-2:] == [
        (
            "4",
            "heads of the executive departments and agencies set forth in section 2 of this order",
        ),
        ("4", "each agency described in subsection (a) of this section"),
    ]
    # one office so placed is no group, and no subject
    assert (
        rows(
            "Sec. 2. Exceptions. No individual who is serving in an office listed in section 1 "
            "shall act as Secretary."
        )
        == []
    )


def test_a_delegates_who_clause_gives_its_duties() -> None:
    grants = order(
        "Sec. 1. Functions. (a) The functions of the President under section 5(b) of the "
        "Act are assigned to the Secretary of Commerce, who shall conduct the harbor "
        "reviews, and shall perform the reporting function.\n\n(b) The functions of the "
        "President under section 6 of the Act are assigned to the Secretary of Commerce, "
        "who, in coordination with the Secretary of State, shall prepare the harbor report, "
        "and to the Secretary of Energy, who shall perform the reporting function."
    ).grants
    assert sorted((g.where, g.actor, g.modality.value, g.action) for g in grants) == [
        (
            "1(a)",
            "Secretary of Commerce",
            "delegated",
            "The functions of the President under section 5(b) of the Act",
        ),
        (
            "1(a)",
            "Secretary of Commerce",
            "shall",
            "conduct the harbor reviews, and shall perform the reporting function.",
        ),
        (
            "1(b)",
            "Secretary of Commerce",
            "delegated",
            "The functions of the President under section 6 of the Act",
        ),
        ("1(b)", "Secretary of Commerce", "shall", "prepare the harbor report"),
        (
            "1(b)",
            "Secretary of Energy",
            "delegated",
            "The functions of the President under section 6 of the Act",
        ),
        ("1(b)", "Secretary of Energy", "shall", "perform the reporting function."),
    ]
    # an official after any other "to" gets its "who" clause's grant too (audit 6, id 94:
    # "make recommendations to the Attorney General, who shall submit a report")
    assert rows(
        "Sec. 2. Reports. The Harbor Board shall report to the Secretary of Commerce, who "
        "shall publish the report."
    ) == [("2", "Harbor Board"), ("2", "Secretary of Commerce")]


def test_the_secretaries_are_the_group_last_named_together() -> None:
    # all three, not the last two Secretaries named; a Secretary named alone after the
    # group does not join it
    assert rows(
        "Sec. 2. Harbor Fees. The Secretary of Commerce shall review the harbor fees.\n\n"
        "Sec. 3. Harbor Plans. Within 90 days, the Secretaries of the Treasury, Labor, and "
        "Energy shall consider proposing regulations.\n\nSec. 4. Harbor Rules. The "
        "Secretary of State shall publish the rules.\n\nSec. 5. Comments. The Secretaries "
        "shall consider and evaluate public comments."
    )[-3:] == [
        ("5", "Secretary of the Treasury"),
        ("5", "Secretary of Labor"),
        ("5", "Secretary of Energy"),
    ]
    # offices listed one after another are named together too
    assert rows(
        "Sec. 1. The Secretary of Defense, the Secretary of Commerce, and the Secretary of "
        "Energy are authorized to set harbor fees. The Secretaries shall consult each other."
    )[-3:] == [
        ("1", "Secretary of Defense"),
        ("1", "Secretary of Commerce"),
        ("1", "Secretary of Energy"),
    ]
    # Secretaries named only apart: unresolved, never guessed
    grants = order(
        "Sec. 1. The Secretary of Commerce shall review the fees. The Secretary of Energy "
        "shall review the plans. The Secretaries shall report."
    ).grants
    assert [(g.actor, g.resolved) for g in grants][-1] == ("Secretaries", False)


def test_a_bare_title_is_the_one_office_of_that_title_the_order_names() -> None:
    # another section names the only Secretary of the order
    assert rows(
        "Sec. 3. Harbor Plan. The Secretary of Commerce shall immediately prepare a harbor "
        "plan.\n\nSec. 4. Harbor Rules. Within 90 days, the Secretary shall take steps to "
        "implement the plan."
    ) == [("3", "Secretary of Commerce"), ("4", "Secretary of Commerce")]

    def bare(body: str) -> tuple[str, bool]:
        grant = order(body).grants[-1]
        return grant.actor, grant.resolved

    # two offices of that title: never guessed
    assert bare(
        "Sec. 3. Harbor Plan. The Secretary of State and the Secretary of Defense shall "
        "prepare a harbor plan.\n\nSec. 4. Harbor Rules. The Secretary shall publish it."
    ) == ("Secretary", False)
    # nor the one office its own sentence consults
    assert bare(
        "Sec. 3. Harbor Plan. The Harbor Board shall prepare a harbor plan.\n\nSec. 4. "
        "Harbor Rules. In consultation with the Secretary of Energy, the Secretary shall "
        "publish the plan."
    ) == ("Secretary", False)
    # nor an office named only in words the order quotes into another order
    assert bare(
        'Sec. 1. Section 3 of Executive Order 13999 is amended by inserting "the Secretary '
        'of Energy" after "the Harbor Board".\n\nSec. 2. Harbor Rules. The Secretary shall '
        "publish the harbor rules."
    ) == ("Secretary", False)


def test_a_short_form_that_opens_with_a_number_names_its_body() -> None:
    # two Commissions: only the short form tells which one acts (before: the last named);
    # (b) named the Executive Director bare until the other Commission got its own name
    # (set 29): which Commission's officer a bare title is the text does not say
    assert rows(
        "Sec. 4. Harbor Commission. (a) The President's Advisory 2030 Harbor Commission "
        '("2030 Commission") shall advise the Harbor Review Commission on its work.\n\n'
        "(b) The Executive Director of the 2030 Commission, designated by the Secretary of "
        "Commerce, shall coordinate its work.\n\n(c) The 2030 Commission shall "
        "report to the President."
    ) == [
        ("4(a)", "President's Advisory 2030 Harbor Commission"),
        ("4(b)", "Executive Director of the President's Advisory 2030 Harbor Commission"),
        ("4(c)", "President's Advisory 2030 Harbor Commission"),
    ]
