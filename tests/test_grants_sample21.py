"""Grants: classes of miss that paragraph sample 21 showed once read (after its first
blind score at 086e3de), each pinned by a short order we wrote; every test fails if its
rule breaks."""

from __future__ import annotations

from .grant_cases import rows


def test_secretary_of_the_department_of_is_the_secretarys_title() -> None:
    # row 44 (EO 13005 2); also EO 13031 2(c), EO 13125 (six grants): the title was kept as
    # printed, where the labelled sets write the Secretary's own title out
    assert rows(
        "Sec. 2. Program. The Secretary of the Department of Commerce shall develop policies. "
        "The Secretary of the Department of Health and Human Services shall review the plans."
    ) == [("2", "Secretary of Commerce"), ("2", "Secretary of Health and Human Services")]


def test_members_who_must_be_full_or_part_time_officers_are_told_who_they_are() -> None:
    # row 41 (EO 13954 3); also EO 13896 2(c): "shall be full-time, or permanent part-time,
    # officers or employees" says who the members are, no duty
    assert (
        rows(
            "Sec. 3. Membership. The members of the Working Group shall be full-time, or "
            "permanent part-time, officers or employees of the Federal Government."
        )
        == []
    )


def test_a_lead_in_whose_aside_ends_with_an_including_clause() -> None:
    # row 40 (EO 13732 2(a), 2(b)): the aside before the colon held a comma and ended with
    # "including …", or followed an adverb ("shall also, as appropriate …:"); the lead-in
    # was read as one grant with the aside for its action and the items were lost
    assert rows(
        "Sec. 2. Policy. (a) Relevant agencies shall, consistent with mission objectives and "
        "applicable law, including the law of armed conflict:\n"
        "(i) train personnel; and\n"
        "(ii) conduct assessments.\n"
        "(b) Relevant agencies shall also, as appropriate and consistent with applicable law, "
        "including the law of armed conflict:\n"
        "(i) review incidents; and\n"
        "(ii) maintain channels for engagement."
    ) == [
        ("2(a)(i)", "relevant agencies"),
        ("2(a)(ii)", "relevant agencies"),
        ("2(b)(i)", "relevant agencies"),
        ("2(b)(ii)", "relevant agencies"),
    ]


def test_an_including_aside_before_items_that_are_no_duties() -> None:
    # EO 13875 1(b): "…, including committees for which: (i) the stated objectives …": the
    # items say which committees, so the grant stays one, at the lead-in
    assert rows(
        "Sec. 1. Committees. (b) Each agency shall, by September 30, 2019, terminate at least "
        "one-third of its current committees, including committees for which:\n"
        "(i) the stated objectives of the committee have been accomplished; or\n"
        "(ii) the subject matter of the committee has become obsolete."
    ) == [("1(b)", "each agency")]
