"""The statutes an order invokes: the authority clause and the body (cases written by us)."""

from __future__ import annotations

import pytest

from eoparse import parse_text
from eoparse.powers.acts import lookup

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
    assert invoked(preamble, body) == [
        (("10 U.S.C. 2808",), "2", True),
        (("10 U.S.C. 12302",), "3", True),
        (("5 U.S.C. 552",), "4", False),  # named, not acted under: a mention
    ]


def test_acts_table() -> None:
    ieepa = lookup("IEEPA")
    assert ieepa is not None
    assert ieepa.codified("203(b)(2)") == "50 U.S.C. 1702(b)(2)"
    assert lookup("the Stafford Act") is not None
    assert lookup("International Emergency Economic Powers Act of 1977") is ieepa


def test_savings_clauses_and_definitions_invoke_nothing() -> None:
    rows = invoked(
        "By the authority vested in me as President, it is hereby ordered:",
        "Sec. 2. (a) The Secretary shall act pursuant to section 5304 of title 5, United "
        "States Code.\n(b) Nothing in this order shall supersede any requirement made under "
        'the Atomic Energy Act of 1954 (42 U.S.C. 2011 et seq.).\n(c) The term "agency" '
        "means an agency as defined under 44 U.S.C. 3502(1).",
    )
    assert rows == [
        (("5 U.S.C. 5304",), "2(a)", True),
        (("42 U.S.C. 2011 et seq.",), "2(b)", False),
        (("44 U.S.C. 3502(1)",), "2(c)", False),
    ]


def test_a_sentence_may_open_with_the_words_that_invoke_a_statute() -> None:
    rows = invoked(
        "By the authority vested in me as President, it is hereby ordered:",
        "Sec. 2. Pay. Pursuant to section 5304 of title 5, United States Code, the rates "
        'are set out in Schedule 9. Sec. 3. See the rule "Findings Under Section 202(a) of '
        'the Clean Air Act" for background.',
    )
    assert [row for row in rows if row[2]] == [(("5 U.S.C. 5304",), "2", True)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Secretary shall report on any further actions, including whether to invoke the "
        "Insurrection Act of 1807.",
        "The Attorney General shall prepare for any decision I make to invoke the Alien Enemies "
        "Act, 50 U.S.C. 21 et seq., in relation to an incursion.",
        "The Secretary shall submit recommendations on whether the President should invoke the "
        "Defense Production Act of 1950.",
    ],
)
def test_a_statute_talked_about_is_only_mentioned(sentence: str) -> None:
    rows = invoked("By the authority vested in me as President, it is hereby ordered:", sentence)
    assert rows
    assert all(flag is False for _, _, flag in rows), rows


def invoked(preamble: str, body: str) -> list[tuple[tuple[str, ...], str, bool]]:
    order = parse_text(
        HEAD + preamble + END.replace("\n\nTHE WHITE", "\n\n" + body + "\n\nTHE WHITE")
    )
    return [(a.citations, a.where, a.invoked) for a in order.authorities]
