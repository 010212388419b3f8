"""Grants: classes of miss that paragraph sample 18 showed once read (after its first
blind score at 85f4f4b), each pinned by a short order we wrote; every test fails if its
rule breaks."""

from __future__ import annotations

from .grant_cases import rows


def test_it_is_the_agency_an_opening_clause_makes_its_subject() -> None:
    # row 4 (EO 13410 3(a)(1)); also EO 13892 secs. 3-4 ("When an agency takes …, it must")
    assert rows(
        "Sec. 3. (a) (1) For Federal Agencies. As each agency implements or upgrades "
        "information technology systems, it shall utilize systems that meet recognized "
        "interoperability standards."
    ) == [("3(a)(1)", "each agency")]
    # an opening whose subject is no actor leaves "it" unread
    assert rows("Sec. 3. (a) If an applicant is a State agency, it shall file a plan.") == []


def test_heads_of_departments_or_agencies_represented_on_a_body() -> None:
    # row 36 (EO 13048 sec. 3)
    assert rows(
        "Section 1. (a) There is established the Interagency Council on Administrative "
        "Management (Council).\n\nSec. 3. Responsibilities of Agency Heads. To the extent "
        "permitted by law, heads of departments or agencies represented on the Council shall "
        "provide their representatives with administrative support."
    ) == [
        (
            "3",
            "heads of departments or agencies represented on the Interagency Council on "
            "Administrative Management",
        )
    ]
