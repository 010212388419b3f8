"""Grants: classes of miss that paragraph sample 20 showed once read (after its first
blind score at b151b10), each pinned by a short order we wrote; every test fails if its
rule breaks."""

from __future__ import annotations

from .grant_cases import rows


def test_entities_within_the_executive_office_of_the_president_are_a_group() -> None:
    # row 18 (EO 13521 4(b)); also EO 13501 3(a): the second of two joint groups was no
    # actor the table knew, so the whole subject was lost
    assert rows(
        "Sec. 4. Administration. (b) All executive departments and agencies and all entities "
        "within the Executive Office of the President shall provide information to the "
        "Commission."
    ) == [
        ("4(b)", "all executive departments and agencies"),
        ("4(b)", "all entities within the Executive Office of the President"),
    ]


def test_it_after_an_opening_clause_behind_a_heading_and_a_label() -> None:
    # found while reading row 54: a paragraph's label and its section's heading in the same
    # sentence hid the opening clause (EO 12958 3.7(b), EO 13526 3.6(b), EO 13913 5(c))
    assert rows(
        "Sec. 3. Requests. (b) When an agency receives a request for documents classified by "
        "another agency, it shall refer copies of the request to the originating agency."
    ) == [("3(b)", "agency")]


def test_any_agency_is_the_groups_member() -> None:
    # row 42 (EO 13837 8(b)); also EO 13717 3(b), EO 13771 2(c), EO 13892 8(a): "any agency"
    # was no form the table knew, so a subject made of it was lost
    assert rows(
        "Sec. 3. Standards. (b) Any agency that has not adopted the Standards shall adopt them."
    ) == [("3(b)", "any agency that has not adopted the Standards")]
    assert rows(
        "Sec. 2. Views. (d) Any agency heads whose opinion the President requests shall "
        "provide views."
    ) == [("2(d)", "any agency heads whose opinion the President requests")]


def test_any_agency_is_no_subject_inside_a_clause_of_comparison() -> None:
    # the new form must not make "as any agency may request" a grant of its own
    assert rows(
        "Sec. 5. Support. The Secretary of Labor shall provide such information as any agency "
        "may request."
    ) == [("5", "Secretary of Labor")]


def test_relative_clauses_inside_the_one_that_narrows_agencies() -> None:
    # row 42: three clauses, each inside the one before ("that is party to …", "that has …",
    # "that is inconsistent …"); the outer ones were looked for only after "which/who/whose"
    assert rows(
        "Sec. 8. Renegotiation. (b) Any agency that is party to a collective bargaining "
        "agreement that has at least one provision that is inconsistent with any part of this "
        "order shall give notice of its intent to alter the terms of such agreement."
    ) == [
        (
            "8(b)",
            "any agency that is party to a collective bargaining agreement that has at least one "
            "provision that is inconsistent with any part of this order",
        )
    ]


def test_coordinated_participles_narrowing_an_agency() -> None:
    # found with row 42 (EO 13202 1 and 3): participles joined by commas narrow the agency,
    # and the whole series is its name; an "including" aside is not one of them
    assert rows(
        "Sec. 1. Contracts. Any executive agency awarding any construction contract, or "
        "obligating funds pursuant to such a contract, shall ensure fair competition."
    ) == [
        (
            "1",
            "any executive agency awarding any construction contract, or obligating funds "
            "pursuant to such a contract",
        )
    ]
    assert rows(
        "Sec. 3. Grants. Any executive agency issuing grants, providing financial assistance, or "
        "entering into cooperative agreements, shall ensure fair competition."
    ) == [
        (
            "3",
            "any executive agency issuing grants, providing financial assistance, or entering "
            "into cooperative agreements",
        )
    ]


def test_agencies_narrowed_after_their_short_form() -> None:
    # row 26 (EO 13702 2): the short form "(agencies)" stood between the agencies and the
    # participle narrowing them, and the comma of a three-part name hid them from the
    # quick test for an agency
    assert rows(
        "Sec. 2. Objectives. Executive departments, agencies, and offices (agencies) "
        "participating in the Initiative shall pursue five strategic objectives."
    ) == [("2", "executive departments, agencies, and offices participating in the Initiative")]
