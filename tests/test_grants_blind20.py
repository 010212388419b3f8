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


def test_an_officer_of_a_body_only_where_it_opens_its_clause() -> None:
    # review 76: an officer inside an object is none; a rank before the title is its own;
    # an officer opening the sentence; members of a body
    assert rows(
        "Sec. 1. (a) The report of the chair of the Interagency Working Group on Harbor "
        "Commerce shall include data.\n\n(b) The deputy head of each Principal Agency shall "
        "report.\n\n(c) Heads of each Principal Agency shall report.\n\n(d) The members of "
        "the Board for International Broadcasting shall meet monthly.\n\n(e) Within 90 days, "
        "the head of each Principal Agency shall report."
    ) == [
        ("1(b)", "deputy head of each Principal Agency"),
        ("1(c)", "Heads of each Principal Agency"),
        ("1(d)", "members of the Board for International Broadcasting"),
        ("1(e)", "head of each Principal Agency"),
    ]


def test_no_agency_in_a_passive_or_subordinate_clause_and_congress_committees() -> None:
    # review 76: "No agency may be required to …" binds others; "Unless no agency shall
    # object" directs nothing; a committee of the Congress is no actor; "or" in a list
    assert rows(
        "Sec. 2. (a) No agency may be required to disclose records.\n\n(b) Unless no agency "
        "shall object, the Director of the Office of Management and Budget shall publish the "
        "rule.\n\n(c) The House Committee on Ways and Means may request data.\n\n(d) The "
        "Attorney General or the Secretary of State, and other officials may act."
    ) == [
        ("2(b)", "Director of the Office of Management and Budget"),
        ("2(d)", "Attorney General"),
        ("2(d)", "Secretary of State"),
        ("2(d)", "other officials"),
    ]
