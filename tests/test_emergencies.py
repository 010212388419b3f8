"""National-emergency actions (cases written by us)."""

from __future__ import annotations

import pytest

from eoparse import parse_text

HEAD = (
    "Executive Order 14972 of May 6, 2026\n\nTesting Emergencies\n\n"
    "By the authority vested in me as President by the Constitution and the laws of the United "
    "States of America, including the International Emergency Economic Powers Act (50 U.S.C. "
    "1701 et seq.) and the National Emergencies Act (50 U.S.C. 1601 et seq.),\n\n"
)
END = "\n\nTHE WHITE HOUSE,\nMay 6, 2026.\n"

Row = tuple[str, str | None]


def actions(body: str) -> list[Row]:
    order = parse_text(HEAD + body + END)
    return [(e.action.value, e.target.label() if e.target else None) for e in order.emergencies]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "I, DONALD J. TRUMP, President of the United States of America, find that the "
            "smuggling of widgets constitutes an unusual and extraordinary threat to the national "
            "security of the United States, and I hereby declare a national emergency to deal "
            "with that threat.",
            [("declare", None)],
        ),
        (
            "I hereby expand the scope of the national emergency declared in Executive Order "
            "13660 of March 6, 2014, and find that the actions of X constitute an unusual and "
            "extraordinary threat.",
            [("expand", "Executive Order 13660")],
        ),
        (
            "In order to take additional steps with respect to the national emergency declared in "
            "Executive Order 13224, I hereby order:",
            [("invoke", "Executive Order 13224")],
        ),
        (
            "I hereby terminate the national emergency declared in Executive Order 12865 and "
            "revoke that order.",
            [("terminate", "Executive Order 12865")],
        ),
        (
            "Therefore, in accordance with section 202(d) of the National Emergencies Act, I am "
            "continuing for 1 year the national emergency declared in Executive Order 13405.",
            [("continue", "Executive Order 13405")],
        ),
        # "that order" points back to the document last named
        (
            "The situation that gave rise to Executive Order 12865 has changed, and I hereby "
            "revoke that order and terminate the national emergency declared in that order.",
            [("terminate", "Executive Order 12865")],
        ),
        # history is not this order's act
        (
            "On May 22, 2003, by Executive Order 13303, I declared a national emergency. "
            "Section 1. The Secretary of the Treasury shall report.",
            [],
        ),
        # an order can expand one emergency and declare another
        (
            "I hereby expand the scope of the national emergency declared in Executive Order "
            "13660. I further find that the situation in Y constitutes an unusual and "
            "extraordinary threat, and I hereby declare a national emergency to deal with that "
            "threat.",
            [("expand", "Executive Order 13660"), ("declare", None)],
        ),
    ],
)
def test_actions(body: str, expected: list[Row]) -> None:
    assert actions(body) == expected


def test_statutes_and_threat() -> None:
    order = parse_text(
        HEAD
        + "I find that the smuggling of widgets constitutes an unusual and extraordinary threat "
        "to the national security of the United States, and I hereby declare a national "
        "emergency to deal with that threat." + END
    )
    (action,) = order.emergencies
    assert action.threat == "the smuggling of widgets"
    assert action.statutes == ("50 U.S.C. 1701 et seq.", "50 U.S.C. 1601 et seq.")
    assert action.where == "preamble"
    assert "hereby declare a national emergency" in order.quote(action)


def test_emergency_exists_at_a_place() -> None:
    order = parse_text(
        "Proclamation 11020 of May 7, 2026\n\nTesting\n\nNOW, THEREFORE, I, DONALD J. TRUMP, by "
        "the authority vested in me by sections 201 and 301 of the National Emergencies Act "
        "(50 U.S.C. 1601 et seq.), hereby declare that a national emergency exists at the "
        "northern frontier of the United States.\n\nIN WITNESS WHEREOF, I have hereunto set my "
        "hand this seventh day of May, in the year of our Lord two thousand twenty-six.\n"
    )
    (action,) = order.emergencies
    assert action.action.value == "declare"
    assert action.threat == "at the northern frontier of the United States"
    assert "50 U.S.C. 1621" in action.statutes


def test_an_expansion_names_its_threat_after_the_verb() -> None:
    order = parse_text(
        "Executive Order 14980 of May 8, 2026\n\nExpanding the Scope of an Emergency\n\n"
        "By the authority vested in me as President by the Constitution and the laws of the "
        "United States of America, including the International Emergency Economic Powers Act "
        "(50 U.S.C. 1701 et seq.), I hereby expand the scope of the national emergency "
        "declared in Executive Order 14901 of March 1, 2026, to address the unusual and "
        "extraordinary threat to the national security of the United States posed by the "
        "seizure of shipping in the Strait, and I hereby order:\n\n"
        "Section 1. The Secretary of the Treasury shall act.\n\n"
        "THE WHITE HOUSE,\nMay 8, 2026.\n"
    )
    [action] = order.emergencies
    assert (action.action.value, action.threat) == (
        "expand",
        "the seizure of shipping in the Strait",
    )
