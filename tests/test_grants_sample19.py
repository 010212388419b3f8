"""Grants: classes of miss that paragraph sample 19 showed once read (after its first
blind score at 9aed2c7), each pinned by a short order we wrote; every test fails if its
rule breaks."""

from __future__ import annotations

from .grant_cases import rows


def test_a_council_that_shall_include_representation_is_its_composition() -> None:
    # row 8 (EO 13186 4(b)): who sits on the Council, not a duty
    assert (
        rows(
            "Sec. 4. Council. (a) There is established the Council for the Conservation of "
            "Migratory Birds (Council).\n\n(b) The Council shall include representation, at "
            "the bureau director level, from the Departments of the Interior, State, and "
            "Commerce."
        )
        == []
    )
    # what the Council's reports include is still its duty
    assert rows(
        "Sec. 4. Council. The Council on Widgets shall include representation of the views of "
        "the States in its reports."
    ) == [("4", "Council on Widgets")]


def test_a_body_set_up_by_a_section_or_an_official_is_the_subject() -> None:
    # row 10 (EO 13733 1(a)): "… Working Group established by the Secretary of Commerce
    # under this section shall also coordinate …"; EO 13861 sec. 9, EO 13515 sec. 3
    assert rows(
        "Section 1. Functions. (a) In carrying out its functions, the State and Federal Export "
        "Promotion Coordination Working Group established by the Secretary of Commerce under "
        "this section shall also coordinate with local and municipal governments."
    ) == [("1(a)", "State and Federal Export Promotion Coordination Working Group")]
    assert rows(
        "Sec. 3. Task Force. There is established the Widget Safety Task Force (Task Force).\n\n"
        "Sec. 9. Termination. After the report, the Task Force established in section 3 of this "
        "order shall monitor implementation of the roadmap."
    ) == [("9", "Widget Safety Task Force")]


def test_a_body_the_actors_are_chosen_by_is_no_subject() -> None:
    # EO 13653 sec. 3: "… and other agencies as recommended by the Council established in
    # section 6 of this order shall work …": the agencies act, not the Council
    assert rows(
        "Sec. 3. Planning. The Secretary of Defense, the Secretary of the Interior, and other "
        "agencies as recommended by the Council established in section 6 of this order shall "
        "work with the Chair of the Council on Environmental Quality."
    ) == [("3", "Secretary of Defense"), ("3", "Secretary of the Interior")]


def test_a_bare_officer_set_up_by_a_section_is_not_guessed() -> None:
    # EO 13872 sec. 3: "The Executive Director established in section 2(c) of this order
    # shall serve …" names no body; the nearest one printed is not the officer's
    assert (
        rows(
            "Sec. 3. Initiative. There is established the White House Initiative on Widgets "
            "(Initiative). The Executive Director established in section 2(c) of this order "
            "shall serve in the same role for the Initiative."
        )
        == []
    )


def test_these_agencies_are_the_agencies_just_named() -> None:
    # whole-order set 28 (EO 13636 10(a)): "Agencies with responsibility for regulating the
    # security of critical infrastructure shall … . In making such determination, these
    # agencies shall consider …"; also EO 13677 sec. 3, EO 14392 2(c) ("Such agencies")
    named = "agencies with responsibility for regulating the security of critical infrastructure"
    assert (
        rows(
            "Sec. 10. Adoption. (a) Agencies with responsibility for regulating the security of "
            "critical infrastructure shall review the framework. In making such determination, "
            "these agencies shall consider the risks. Within 90 days, these agencies shall submit "
            "a report to the President."
        )
        == [("10(a)", named)] * 3
    )
    # the agencies are not the heads the sentence before named
    assert rows(
        "Sec. 2. Implementation. The head of each agency shall designate a contact officer. "
        "Under this order, all such agencies shall retain their roles."
    ) == [("2", "head of each agency"), ("2", "agencies")]


def test_heads_of_these_agencies_are_heads() -> None:
    # row 57 (EO 13859 4(a)): "Heads of these agencies shall also consider …" was read as
    # the agencies themselves; the heads the grant before names, else the heads of them
    assert (
        rows(
            "Sec. 4. Investment. (a) Heads of implementing agencies that perform research shall "
            "consider AI a priority. Heads of such agencies shall take this priority into account. "
            "Heads of these agencies shall also consider administrative actions."
        )
        == [("4(a)", "Heads of implementing agencies that perform research")] * 3
    )
    assert rows(
        "Sec. 1. Policy. Executive departments and agencies (agencies) shall promote widgets.\n\n"
        "Sec. 5. Review. Heads of these agencies shall report to the President."
    )[-1] == ("5", "heads of executive departments and agencies")
