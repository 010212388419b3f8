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


def test_officials_named_by_where_the_order_lists_them_are_actors() -> None:
    assert rows(
        "Sec. 3. Reports. (b) Within 180 days of the date of this order, each agency official "
        "designated under subsection (a) of this section, or otherwise designated by the "
        "Director of the Office of Management and Budget, shall provide a report.\n\nSec. 4. "
        "(c) An officer of the United States listed in subsections 4(a) and 4(b) shall make a "
        "designation in writing."
    ) == [
        ("3(b)", "agency official designated under subsection (a) of this section"),
        ("4(c)", "officer of the United States listed in subsections 4(a) and 4(b)"),
    ]
    # an order of succession's officers act under its own designation: no grant
    assert (
        rows(
            "Sec. 3. Succession. (a) The officers named in section 2, in the order listed, shall "
            "act as and perform the functions of the Secretary."
        )
        == []
    )
