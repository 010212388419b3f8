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
