"""The statutes an order invokes: the authority clause and the body (cases written by us)."""

from __future__ import annotations

import pytest

from eoparse import parse_text
from eoparse.acts import lookup

HEAD = "Executive Order 14971 of May 5, 2026\n\nTesting Authorities\n\n"
END = "\n\nSection 1. Policy. Text.\n\nTHE WHITE HOUSE,\nMay 5, 2026.\n"

Row = tuple[str | None, str | None, tuple[str, ...], tuple[str, ...], str]


def authorities(preamble: str, body: str = "") -> list[Row]:
    order = parse_text(
        HEAD + preamble + END.replace("\n\nTHE WHITE", "\n\n" + body + "\n\nTHE WHITE")
    )
    return [(a.name, a.short, a.citations, a.sections, a.where) for a in order.authorities]


@pytest.mark.parametrize(
    ("preamble", "expected"),
    [
        (
            "By the authority vested in me as President by the Constitution and the laws of the "
            "United States of America, including the International Emergency Economic Powers Act "
            "(50 U.S.C. 1701 et seq.) (IEEPA) and section 301 of title 3, United States Code, it "
            "is hereby ordered:",
            [
                (
                    "International Emergency Economic Powers Act",
                    "IEEPA",
                    ("50 U.S.C. 1701 et seq.",),
                    (),
                    "preamble",
                ),
                (None, None, ("3 U.S.C. 301",), (), "preamble"),
            ],
        ),
        # the Act section joined with its codification, from the table
        (
            "By the authority vested in me by section 212(f) of the Immigration and Nationality "
            "Act (8 U.S.C. 1182(f)), it is hereby ordered:",
            [
                (
                    "Immigration and Nationality Act",
                    "INA",
                    ("8 U.S.C. 1182(f)",),
                    ("212(f)",),
                    "preamble",
                )
            ],
        ),
        # lists of sections, and an Act named without a citation
        (
            "By the authority vested in me by sections 201 and 301 of the National Emergencies "
            "Act and the Defense Production Act of 1950, as amended, I hereby order:",
            [
                (
                    "National Emergencies Act",
                    "NEA",
                    ("50 U.S.C. 1621", "50 U.S.C. 1631"),
                    ("201", "301"),
                    "preamble",
                ),
                (
                    "Defense Production Act of 1950",
                    "DPA",
                    ("50 U.S.C. 4501 et seq.",),
                    (),
                    "preamble",
                ),
            ],
        ),
        # a short form the order defines for itself, used with a section
        (
            "By the authority vested in me by the Widget Safety Act of 2031 (WSA) and section 4 "
            "of the WSA (15 U.S.C. 9104), it is hereby ordered:",
            [
                ("Widget Safety Act of 2031", "WSA", (), (), "preamble"),
                ("Widget Safety Act of 2031", "WSA", ("15 U.S.C. 9104",), ("4",), "preamble"),
            ],
        ),
    ],
)
def test_authority_clause(preamble: str, expected: list[Row]) -> None:
    assert authorities(preamble) == expected


def test_authority_invoked_in_the_body() -> None:
    preamble = "By the authority vested in me as President, it is hereby ordered:"
    body = (
        "Sec. 2. Construction. The Secretary of Defense may undertake projects pursuant to "
        "section 2808 of title 10, United States Code.\n\n"
        "Sec. 3. Reports. Section 12302 of title 10, United States Code, is invoked and made "
        "available.\n\nSec. 4. Nothing here cites 5 U.S.C. 552 as authority.\n"
    )
    rows = authorities(preamble, body)
    assert [(r[2], r[4]) for r in rows] == [(("10 U.S.C. 2808",), "2"), (("10 U.S.C. 12302",), "3")]


def test_acts_table() -> None:
    ieepa = lookup("IEEPA")
    assert ieepa is not None
    assert ieepa.codified("203(b)(2)") == "50 U.S.C. 1702(b)(2)"
    assert lookup("the Stafford Act") is not None
    assert lookup("International Emergency Economic Powers Act of 1977") is ieepa


def test_savings_clauses_and_definitions_invoke_nothing() -> None:
    rows = authorities(
        "By the authority vested in me as President, it is hereby ordered:",
        "Sec. 2. (a) The Secretary shall act pursuant to section 5304 of title 5, United "
        "States Code.\n(b) Nothing in this order shall supersede any requirement made under "
        'the Atomic Energy Act of 1954 (42 U.S.C. 2011 et seq.).\n(c) The term "agency" '
        "means an agency as defined under 44 U.S.C. 3502(1).",
    )
    assert [(citations, where) for _, _, citations, _, where in rows] == [
        (("5 U.S.C. 5304",), "2(a)")
    ]


def test_a_sentence_may_open_with_the_words_that_invoke_a_statute() -> None:
    rows = authorities(
        "By the authority vested in me as President, it is hereby ordered:",
        "Sec. 2. Pay. Pursuant to section 5304 of title 5, United States Code, the rates "
        'are set out in Schedule 9. Sec. 3. See the rule "Findings Under Section 202(a) of '
        'the Clean Air Act" for background.',
    )
    assert [(citations, where) for _, _, citations, _, where in rows] == [(("5 U.S.C. 5304",), "2")]
