"""Exclusions from the Federal Labor-Management Relations Program (5 U.S.C. 7103(b)(1)):
the President's determinations are one designation with the listed units as its names
(blind sets 21, 23, 25 and 26 each held one; eoparse read none before)."""

from __future__ import annotations

from eoparse import DesignationCategory, parse_text

HEAD = (
    "Executive Order 14978 of June 5, 2026\n\nExclusions From the Federal Labor-Management "
    "Relations Program\n\nBy the authority vested in me as President by the Constitution and "
    "the laws of the United States of America, including section 7103(b)(1) of title 5, "
    "United States Code, it is hereby ordered as follows:\n\n"
)
END = "\n\nTHE WHITE HOUSE,\nJune 5, 2026.\n"
DETERMINED = (
    "Section 1. Determinations. The subdivisions of the Department of the Harbor set forth "
    "in section 2 of this order are hereby determined to have as a primary function "
    "intelligence, counterintelligence, investigative, or national security work. It is "
    "further determined that chapter 71 of title 5, United States Code, cannot be applied "
    "to these subdivisions in a manner consistent with national security requirements and "
    "considerations.\n\n"
)
LISTED = (
    "Sec. 2. Amendment of Executive Order 12171. Executive Order 12171 of November 19, 1979, "
    "as amended, is further amended by adding to the end of section 1-230 the following new "
    'subsections:\n\n"(c) Harbor Intelligence Office.\n\n(d) The following offices within '
    "the Pier Directorate:\n\n(1) Office of Pier Security; and\n\n(2) Office of Channel "
    'Surveys.\n\n(e) Tide Analysis Division."'
)


def test_a_determination_is_one_designation_with_the_listed_units() -> None:
    (found,) = parse_text(HEAD + DETERMINED + LISTED + END).designations
    assert found.designator == "President"
    assert not found.directed
    assert found.where == "1"
    assert found.category is DesignationCategory.ORGANIZATION
    assert found.designee.startswith("The subdivisions of the Department of the Harbor")
    assert "7103(b)(1)" in found.designation
    assert "5 U.S.C. 7103(b)(1)" in found.basis
    # the lead-in "(d) The following offices …:" names no unit; its items do
    assert found.names == (
        "Harbor Intelligence Office",
        "Office of Pier Security",
        "Office of Channel Surveys",
        "Tide Analysis Division",
    )


def test_a_determination_in_the_preamble() -> None:
    order = parse_text(
        "Executive Order 14979 of June 6, 2026\n\nExclusion of the Harbor Special Unit\n\n"
        "By the authority vested in me as President, including section 7103(b)(1) of title 5 "
        "of the United States Code, and having determined that the Harbor Special Unit has as "
        "a primary function intelligence, counter-intelligence, investigative, or national "
        "security work, Executive Order 12171 is further amended by adding the following at "
        'the end of section 1-230: "(f) Harbor Special Unit."' + END
    )
    (found,) = order.designations
    assert (found.where, found.designee, found.names) == (
        "preamble",
        "the Harbor Special Unit",
        ("Harbor Special Unit",),
    )


def test_amending_instructions_name_no_unit() -> None:
    listed = (
        "Sec. 2. Exclusions. The following are excluded:\n\n(a) In section 1-101, adding "
        '"and Section 1-4" after "Section 1-2";\n\n(b) Office of the Harbor Master; and\n\n'
        "(c) Pier Police."
    )
    (found,) = parse_text(HEAD + DETERMINED + listed + END).designations
    assert found.names == ("Office of the Harbor Master", "Pier Police")


def test_a_primary_function_that_is_no_determination() -> None:
    order = parse_text(
        HEAD + "Section 1. The primary function of the Harbor Council shall be to advise the "
        "President on intelligence, investigative, and national security work." + END
    )
    assert order.designations == ()
