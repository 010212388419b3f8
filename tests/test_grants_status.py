"""Grants: a modal that says what a body or office is, has or is subject to gives no duty
(classes from the second random audit of corpus grants; texts written by us)."""

from __future__ import annotations

import pytest

from .grant_cases import rows


@pytest.mark.parametrize(
    "sentence",
    [
        # who sits on it
        "The Commission shall also include the following ex-officio members or such senior "
        "officials as those members may designate: the Secretary of State.",
        "The Commission shall include the following additional members: the Attorney General.",
        # an office it has
        "The Commission shall also have an Intelligence Community Liaison, who shall be a "
        "full-time senior-level official of the Federal Government.",
        # how its chair is chosen
        "The Chair of the Commission shall rotate annually among the Secretaries of Agriculture "
        "and Commerce.",
        # what it answers to
        "The Commission shall be subject to the oversight of the Secretary of Commerce.",
        "The Commission shall be subject to the Federal Advisory Committee Act, as amended.",
    ],
)
def test_what_a_body_is_has_or_answers_to_is_no_duty(sentence: str) -> None:
    # before: each gave a grant whose action was "also include …", "be subject to …"
    assert rows(f"Sec. 2. Harbor Commission. (a) {sentence}") == []


def test_a_body_that_has_an_officer_who_acts_still_gives_the_officer_duty() -> None:
    assert rows(
        "Sec. 2. Harbor Commission. (a) The Commission shall have a Liaison.\n\n(b) The "
        "Chair of the Commission shall report to the President within 90 days."
    ) == [("2(b)", "Chair of the Harbor Commission")]


@pytest.mark.parametrize(
    ("established", "name"),
    [
        (
            "a White House Council on Harbor Cities, Harbor Communities (Council) within the "
            "Department of Commerce",
            "White House Council on Harbor Cities, Harbor Communities",
        ),
        (
            "a Federal Leadership Committee (Committee) for the Harbor Bay",
            "Federal Leadership Committee for the Harbor Bay",
        ),
    ],
)
def test_a_body_keeps_the_whole_name_around_its_short_form(established: str, name: str) -> None:
    # before: "White House Council on Harbor Cities" (read back to the comma only) and
    # "Federal Leadership Committee" (the words after "(Committee)" dropped)
    short = established.split("(")[1].split(")")[0]
    assert rows(
        f"Sec. 2. Establishment. There is established {established}.\n\nSec. 3. Duties. The "
        f"{short} shall coordinate the harbor programs."
    ) == [("3", name)]


@pytest.mark.parametrize(
    ("subject", "actor"),
    [
        # the body the order names in full (the conventions write printed titles out)
        ("The agencies represented on the Council", "agencies represented on the Harbor Council"),
        (
            "Each executive department and agency participating in the Harbor Committee",
            "each executive department and agency participating in the Harbor Committee",
        ),
        (
            "Executive departments and agencies represented on the Task Force",
            "executive departments and agencies represented on the Task Force",
        ),
    ],
)
def test_the_agencies_that_sit_on_a_body_act_not_the_body(subject: str, actor: str) -> None:
    # before: "agencies" without the words that say which, or the body itself, or nothing
    assert rows(
        "Sec. 2. Harbor Council. There is established a Harbor Council (Council).\n\n"
        f"Sec. 3. Support. {subject} shall provide administrative support to the Council."
    ) == [("3", actor)]


@pytest.mark.parametrize(
    "duty",
    [
        "submit a plan to the President to: improve the transparency of harbor sales; "
        "secure exportability early; and consolidate disclosure approvals.",
        "review the practices of harbor firms, including whether the firms: reserve "
        "positions for preferred persons; promote individuals on a discriminatory basis; or "
        "permit client access on a discriminatory basis.",
    ],
)
def test_the_items_of_a_colon_list_inside_a_duty_are_not_further_duties(duty: str) -> None:
    # before: each part after the first ";" that opened with a verb was another grant
    assert rows(f"Sec. 3. Plans. The Secretary of Commerce shall {duty}") == [
        ("3", "Secretary of Commerce")
    ]


def test_a_colon_in_a_title_does_not_stop_a_series_of_duties() -> None:
    assert (
        rows(
            "Sec. 3. Method. The Working Group shall consider the report Valuing Harbor Damages: "
            "Updating the Estimates (2017); solicit public comment; and seek the advice of experts."
        )
        == [("3", "Working Group")] * 3
    )


@pytest.mark.parametrize("verb", ["advance", "highlight", "foster", "incorporate", "leverage"])
def test_a_series_of_duties_reads_these_verbs_as_duties(verb: str) -> None:
    # before: a part opening with one of them was read as a thing, and the series stopped
    assert (
        rows(
            f"Sec. 4. Waste. Each agency shall minimize waste; {verb} pollution prevention; and "
            "support markets for recycled products."
        )
        == [("4", "each agency")] * 3
    )
