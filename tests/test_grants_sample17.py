"""Grants: the class of miss that paragraph sample 17 showed once read (after its first
blind score at c5f9aa8), pinned by a short order we wrote; the test fails if its rule
breaks."""

from __future__ import annotations

from .grant_cases import rows


def test_each_committee_takes_where_the_sentence_lists_the_committees() -> None:
    # the advisory committees' continuance orders (EO 13316 sec. 2 and a dozen more):
    # samples 14, 15 and 17 all write the list's place into the agent
    body = (
        "Sec. 2. Notwithstanding the provisions of any other Executive Order, the functions of "
        "the President under the Federal Advisory Committee Act that are applicable to the "
        "committees listed in {where} of this order shall be performed by the head of the "
        "department or agency designated after each committee, in accordance with the "
        "guidelines and procedures established by the Administrator of General Services."
    )
    head = "head of the department or agency designated after each committee"
    assert rows(body.format(where="section 1")) == [("2", f"{head} listed in section 1")]
    assert rows(body.format(where="sections 1 and 2")) == [
        ("2", f"{head} listed in sections 1 and 2")
    ]
    # a list in an earlier sentence is not the agent's
    assert rows(
        "Sec. 2. The committees listed in section 1 shall terminate. The functions of the "
        "President under the Act shall be performed by the head of the department or agency "
        "designated after each committee, in accordance with the guidelines."
    ) == [("2", head)]
