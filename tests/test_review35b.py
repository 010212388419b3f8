"""Review 35b (a second read of this stop's later rules by a helper): the sentences each
rule must leave alone, each pinned by a short order we wrote."""

from __future__ import annotations

from eoparse.powers.grants.definitions import read_definitions

from .grant_cases import order, rows


def test_the_policy_frame_binds_only_its_own_that_clause() -> None:
    assert rows(
        "Section 1. Policy. It is the policy of the United States that agencies shall reduce "
        "waste, and the Secretary of Energy shall, within 90 days, submit a plan."
    ) == [("1", "Secretary of Energy")]
    assert (
        rows(
            "Section 1. Policy. Finally, it is also the policy of the United States that agencies "
            "shall reduce waste and shall report on it."
        )
        == []
    )


def test_a_bare_noun_already_in_use_is_not_the_body_printed_after_it() -> None:
    body = (
        "Sec. 2. The Committee shall seek the advice of the Public/Private Advisory Committee. "
        "The Committee shall report to the President.\n\nSec. 3. Another Committee. The "
        "Secretary of Energy will consult the Interagency Energy Policy Committee."
    )
    assert [actor for _, actor in rows(body)] == ["Committee", "Committee"]


def test_through_in_a_body_s_name_and_acronyms_in_one() -> None:
    assert (
        read_definitions(
            "Sec. 1. There is established a Task Force on Economic Growth through the Digital "
            "Economy (Task Force)."
        )["Task Force"][0]
        == "Task Force on Economic Growth through the Digital Economy"
    )
    assert (
        read_definitions(
            "Sec. 1. There is established a NASA Science, Research, and Technology Board (Board)."
        )["Board"][0]
        == "NASA Science, Research, and Technology Board"
    )


def test_nouns_that_open_items_with_another_word_than_of() -> None:
    grants = order(
        "Sec. 4. (a) The Council shall perform the following functions:\n(1) coordination "
        "with other agencies; and\n(2) oversight of the programs."
    ).grants
    assert [g.where for g in grants] == ["4(a)"]


def test_a_second_shall_with_an_open_aside_leads_no_list() -> None:
    grants = order(
        "Sec. 5. The Secretary of Labor shall review the rules and shall, in doing so "
        "consider:\n(a) the costs; and\n(b) the benefits."
    ).grants
    assert [g.where for g in grants] == ["5"]


def test_it_after_an_opening_is_no_agency_where_it_is_a_thing() -> None:
    # "it" is the request just named, or the submission of a possessive subject
    for body in (
        "Sec. 5. Reports. When each agency submits its annual budget request to OMB, it shall "
        "include an analysis of the costs of compliance.",
        "Sec. 5. Budgets. As each agency's budget submission is prepared, it shall reflect "
        "the priorities set forth in section 2.",
        "Sec. 5. Waivers. Where an agency head determines that a waiver is warranted, it "
        "shall notify the Director.",
    ):
        assert rows(body) == []


def test_only_before_be_is_no_adverb_of_a_passive() -> None:
    assert rows("Sec. 4. Such funds shall only be used by the Department of Energy.") == []
