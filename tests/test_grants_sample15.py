"""Grants: classes of miss that paragraph sample 15 showed once read (after its first
blind score at 3d6874e), each pinned by a short order we wrote; every test fails if its
rule breaks."""

from __future__ import annotations

from .grant_cases import rows


def test_or_their_designated_representatives_is_an_aside() -> None:
    # the officials named before it are the actors; the aside hid them
    assert rows(
        "Sec. 2. Task Force. The Secretary of the Treasury and the Attorney General, or their "
        "designated representatives, shall serve as Co-Chairs of the Task Force."
    ) == [("2", "Secretary of the Treasury"), ("2", "Attorney General")]


def test_a_hyphenated_word_narrows_an_agency() -> None:
    assert rows(
        "Sec. 5. Assessments. The head of each sector-specific agency shall provide a summary "
        "of the assessments to the Subcommittee."
    ) == [("5", "head of each sector-specific agency")]


def test_each_executive_department_or_agency_is_the_agencies() -> None:
    assert rows(
        "Sec. 2. Membership. Each executive department or agency represented on the Task "
        "Force shall ensure that the necessary staff are available."
    ) == [("2", "each executive department or agency represented on the Task Force")]
