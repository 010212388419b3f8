"""Grants: classes of miss seen on a blind set (the tenth), each pinned by a short order
we wrote; every test fails if its rule breaks."""

from __future__ import annotations

from eoparse import parse_text

HEAD = (
    "Executive Order 14975 of June 2, 2026\n\nTesting Grant Classes\n\n"
    "By the authority vested in me as President, it is hereby ordered:\n\n"
)
END = "\n\nTHE WHITE HOUSE,\nJune 2, 2026.\n"

Row = tuple[str, str]
"""(where, actor)"""


def rows(body: str) -> list[Row]:
    return [(g.where, g.actor) for g in parse_text(HEAD + body + END).grants]


def test_each_agency_is_one_of_the_agencies_an_order_defines() -> None:
    # "Executive departments and agencies (agencies)": "Each agency" is each of them
    assert rows(
        "Sec. 1. Scope. This order applies to executive departments and agencies "
        "(agencies).\n\nSec. 2. Harbor Plans. (a) Each agency shall prepare a harbor plan.\n\n"
        "(b) Agencies shall report on the plans to the Secretary of Commerce."
    ) == [
        ("2(a)", "executive departments and agencies"),
        ("2(b)", "executive departments and agencies"),
    ]
    # without the definition, "each agency" stays as printed
    assert rows("Sec. 2. Harbor Plans. Each agency shall prepare a harbor plan.") == [
        ("2", "each agency")
    ]
