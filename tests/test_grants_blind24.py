"""Grants: classes of miss that blind set 24 showed once read (after its first blind score
at 2ed123e), each pinned by a short order we wrote; every test fails if its rule breaks."""

from __future__ import annotations

from .grant_cases import rows


def test_this_officer_is_the_office_the_sentence_before_sets_up() -> None:
    # "The Small Business Administration (SBA) shall establish an Assistant Administrator
    # for Women's Procurement … . This officer shall be responsible for: (a) working …"
    assert rows(
        "Sec. 3. The Small Business Administration (SBA) shall establish an Assistant "
        "Administrator for Harbor Procurement within the SBA's Office of Government "
        "Contracting. This officer shall be responsible for:\n\n(a) working with each "
        "agency; and\n\n(b) advising agencies on strategies.\n\nSec. 4. This officer shall "
        "report."
    ) == [
        ("3", "Small Business Administration"),
        (
            "3(a)",
            "Assistant Administrator for Harbor Procurement of the Small Business Administration",
        ),
        (
            "3(b)",
            "Assistant Administrator for Harbor Procurement of the Small Business Administration",
        ),
    ]


def test_by_taking_the_following_steps_over_gerund_items() -> None:
    assert rows(
        "Sec. 4. Each Federal agency shall work with the SBA to ensure participation by "
        "taking the following steps:\n\n(a)\ndesignating a senior acquisition official;\n\n"
        "(b)\nrequiring contracting officers to include such firms; and\n\n(c)\nproviding "
        "training in the SBA's programs for which they may be eligible."
    ) == [
        ("4(a)", "each Federal agency"),
        ("4(b)", "each Federal agency"),
        ("4(c)", "each Federal agency"),
    ]
