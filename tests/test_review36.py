"""Regression tests named after review 36 (a second read of the stop's rules by a helper,
who wrote sentences each new rule might get wrong and compared old and new output on the
corpus); every test fails if its rule misfires again."""

from __future__ import annotations

from .grant_cases import order, rows

_TASK_FORCE = "Sec. 3. Task Force. There is established the Widget Safety Task Force.\n\n"


def test_a_body_inside_a_longer_subject_is_not_the_subject() -> None:
    # H1: the body set up by a section must be the whole subject
    assert rows(
        _TASK_FORCE + "Sec. 4. Staff. The heads of agencies that participate in the Task Force "
        "established in section 3 of this order shall provide staff."
    ) == [
        (
            "4",
            "heads of agencies that participate in the Task Force established in section 3 of "
            "this order",
        )
    ]
    assert rows(
        _TASK_FORCE + "Sec. 4. Meetings. The Secretary of Labor, who shall chair the Task Force "
        "established in section 3 of this order, shall convene its meetings."
    ) == [("4", "Secretary of Labor")]


def test_a_deadline_with_by_does_not_hide_a_body_set_up_by_an_order() -> None:
    # H2: "by December 31" before "the Harbor Task Force established in Executive Order …"
    assert rows(
        "Sec. 2. Reports. Not later than December 31, 2026, and annually thereafter by December "
        "31, the Harbor Task Force established in Executive Order 14252 of March 27, 2025, shall "
        "report to the President."
    ) == [("2", "Harbor Task Force")]


def test_representation_is_composition_only_for_a_body() -> None:
    # H3: an official's duty to include representation is a grant
    assert rows(
        "Sec. 2. Delegation. The Secretary of State shall include representation from civil "
        "society in the delegation."
    ) == [("2", "Secretary of State")]


def test_a_blocking_clause_with_a_criterion_of_its_own_stays() -> None:
    # M1: "owned or controlled by … a person meeting the criteria" is a criterion of its own
    body = (
        "Sec. 1. (a) The Secretary of the Treasury is hereby authorized to impose on a person the "
        "measures described in subsection (b) of this section upon determining that the person:"
        "\n\n(i) has engaged in the diversion of goods; or\n\n(ii) has assisted the Widget "
        "Cartel.\n\n(b) With respect to any person determined by the Secretary of the Treasury "
        "to be owned or controlled by a person meeting the criteria set forth in subsection (a) "
        "of this section, all property and interests in property that are in the United States "
        "of such person are blocked."
    )
    assert [d.where for d in order(body).designations] == ["1(a)(i)", "1(a)(ii)", "1(b)"]


def test_the_criteria_end_where_the_list_ends() -> None:
    # M5: a later subsection with its own subject is no criterion
    body = (
        "Sec. 2. The Secretary of the Treasury is hereby authorized to impose on a person the "
        "measures described in section 3 of this order upon determining that the person:\n\n"
        "(a) has engaged in the diversion of goods; or\n\n(b) has assisted the Widget Cartel."
        "\n\n(c) The Secretary of State shall publish the determinations."
    )
    assert [d.where for d in order(body).designations] == ["2(a)", "2(b)"]


def test_heads_printed_in_full_keep_their_words() -> None:
    # M2: "head of each executive department and agency that …" printed so stays so
    assert rows(
        "Section 1. Policy. Executive departments and agencies (agencies) shall promote "
        "widgets.\n\nSec. 3. Payments. The head of each executive department and agency that "
        "certifies payments shall review them."
    )[-1] == ("3", "head of each executive department and agency that certifies payments")


def test_a_department_or_agency_head_is_a_head() -> None:
    # M3: the new group alias "a department or agency" must not swallow the head
    assert rows("Sec. 5. Review. A department or agency head shall review the rules.") == [
        ("5", "department or agency head")
    ]


def test_such_agencies_named_in_the_object_are_not_the_subject() -> None:
    # M4: "… identify any agencies that fund subgrantees. Such agencies shall report"
    found = rows(
        "Sec. 6. Grants. Agencies with grant-making authority shall identify any agencies that "
        "fund subgrantees. Such agencies shall report to the President."
    )
    assert found[0] == ("6", "agencies with grant-making authority")
    assert found[1] != ("6", "agencies with grant-making authority")


def test_a_relative_clause_after_a_plural_noun_opening_the_sentence_grants_nothing() -> None:
    # M3 (second half): "Records that a department or agency may maintain … shall be
    # reviewed": the records are described, no agency is given a power
    assert (
        rows(
            "Sec. 4. Records. Records that a department or agency may maintain under this order "
            "shall be reviewed annually."
        )
        == []
    )
    assert rows("Sec. 4. Records. Records that an agency may maintain shall be public.") == []
