"""Grants: classes of miss that whole-order set 27 showed once read (after its first score
at 80fc2de), each pinned by a short order we wrote; every test fails if its rule breaks."""

from __future__ import annotations

from eoparse.powers.grants.definitions import read_definitions

from .grant_cases import order, rows


def test_a_term_that_names_a_body_keeps_its_name_over_a_description() -> None:
    # EO 12968 1.1(j): "'Security Policy Board' means the Board established by the President"
    text = (
        'Section 1. (j) "Security Policy Board" means the Board established by the President '
        "to consider, coordinate, and recommend policy directives.\n\nSec. 3. The Security "
        "Policy Board shall develop a common set of adjudicative guidelines."
    )
    assert "Security Policy Board" not in read_definitions(text)
    assert rows(text) == [("3", "Security Policy Board")]


def test_a_designee_is_the_subject_of_the_shall_after_its_designation() -> None:
    # EO 13921 6(a)(i), EO 13603 sec. 309
    assert rows(
        "Sec. 309. Fund. The Secretary of Defense is designated the Fund Manager, in "
        "accordance with section 304(f) of the Act, and shall carry out the duties specified "
        "in section 304 of the Act."
    ) == [("309", "Secretary of Defense")]


def test_two_words_that_narrow_a_group() -> None:
    assert rows(
        "Sec. 6. (a) All cooperating and participating agencies shall cooperate with the lead "
        "agency."
    ) == [("6(a)", "all cooperating and participating agencies")]
    # a verb before "and" narrows nothing (EO 13058 sec. 7)
    assert rows(
        "Sec. 7. Existing agreements shall be honored and agencies shall consult with employee "
        "representatives."
    ) == [("7", "agencies")]


def test_they_after_an_if_clause_that_names_them_again() -> None:
    grants = order(
        "Sec. 9. (c) The Secretary of the Interior and the Secretary of Commerce shall assess "
        "whether to revise the Plan. If the Secretary of the Interior and the Secretary of "
        "Commerce decide not to revise the Plan, they shall submit a report."
    ).grants
    assert [(g.actor, g.action[:6]) for g in grants] == [
        ("Secretary of the Interior", "assess"),
        ("Secretary of Commerce", "assess"),
        ("Secretary of the Interior", "submit"),
        ("Secretary of Commerce", "submit"),
    ]


def test_a_passive_s_agent_after_asides_closed_by_commas() -> None:
    # EO 13921 10(d)
    assert rows(
        "Sec. 10. (d) If adopted, the Plan shall subsequently be updated, as appropriate, but "
        "not less than once every 2 years, by the Secretary of Agriculture."
    ) == [("10(d)", "Secretary of Agriculture")]
    # "by" inside a later clause is no agent (EO 13783 5(b))
    assert (
        rows(
            "Sec. 5. (b) The Working Group shall be disbanded, and the documents issued by the "
            "Working Group shall be withdrawn."
        )
        == []
    )
