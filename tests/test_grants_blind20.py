"""Grants: classes of miss that blind set 20 showed once read (after its end-of-stop blind
figure was taken), each pinned by a short order we wrote; every test fails if its rule
breaks."""

from __future__ import annotations

from .grant_cases import rows


def test_a_body_named_before_committee_on_is_an_actor() -> None:
    # "The United States Committee on the Marine Transportation System shall pursue …"
    assert rows(
        "Sec. 3. (b) The United States Committee on the Marine Transportation System shall "
        "pursue innovative ways to support credentialing.\n\n(c) The Report of the Committee "
        "on Finance shall include the data."
    ) == [("3(b)", "United States Committee on the Marine Transportation System")]


def test_an_officer_of_a_body_the_table_lacks_is_the_actor() -> None:
    # "the head of each Principal Agency shall", "The co-chairs of the … Working Group shall"
    assert rows(
        "Sec. 7. Duties. The head of each Principal Agency shall:\n\n(a) designate a Chief "
        "Sustainability Officer; and\n\n(b) assign the official the authority.\n\nSec. 8. "
        "The co-chairs of the Interagency Working Group on Harbor Commerce shall attend its "
        "meetings.\n\nSec. 9. Based upon the recommendation of the Secretary of Health and "
        "Human Services, Executive Order 13295 shall be further amended."
    ) == [
        ("7(a)", "head of each Principal Agency"),
        ("7(b)", "head of each Principal Agency"),
        ("8", "co-chairs of the Interagency Working Group on Harbor Commerce"),
    ]


def test_a_list_of_officials_ending_in_other_participants() -> None:
    # "…, the Secretary of State, and, as appropriate, other Review participants shall"
    assert rows(
        "Sec. 4. (c) The Secretary of Defense, the Secretary of State, and, as appropriate, "
        "other Review participants shall work to effect the transfer.\n\n(d) The reports of "
        "the Secretary of Defense, and other documents shall be public."
    ) == [
        ("4(c)", "Secretary of Defense"),
        ("4(c)", "Secretary of State"),
        ("4(c)", "other Review participants"),
    ]
