"""Grants: actor, modality, action, deadline, basis, co-actors (cases written by us)."""

from __future__ import annotations

import datetime as dt

import pytest

from eoparse import parse_text

HEAD = (
    "Executive Order 14973 of May 8, 2026\n\nTesting Grants\n\n"
    "By the authority vested in me as President, it is hereby ordered:\n\n"
)
END = "\n\nTHE WHITE HOUSE,\nMay 8, 2026.\n"

Row = tuple[str, str, str | None, int | None]


def grants(body: str) -> list[Row]:
    order = parse_text(HEAD + body + END)
    return [(g.actor, g.modality.value, g.deadline, g.deadline_days) for g in order.grants]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Section 1. Within 14 days of the date of this order, the Secretary of State shall "
            "submit a report.",
            [("Secretary of State", "shall", "Within 14 days of the date of this order", 14)],
        ),
        # jointly named actors give one grant each
        (
            "Section 1. The Attorney General and the Secretary of Homeland Security shall "
            "prepare facilities.",
            [
                ("Attorney General", "shall", None, None),
                ("Secretary of Homeland Security", "shall", None, None),
            ],
        ),
        # aliases and abbreviations come out under one canonical name
        (
            "Section 1. The Director of OMB may issue guidance annually.",
            [("Director of the Office of Management and Budget", "may", "annually", None)],
        ),
        (
            "Section 1. The Secretary of the Treasury is hereby authorized to take such actions "
            "as may be necessary.",
            [("Secretary of the Treasury", "authorized", None, None)],
        ),
        (
            "Section 1. The functions vested in the President by section 4 of the Act are hereby "
            "delegated to the Secretary of Defense.",
            [("Secretary of Defense", "delegated", None, None)],
        ),
        (
            "Section 1. I hereby direct the Secretary of Energy to review the program within 6 "
            "months.",
            [("Secretary of Energy", "shall", "within 6 months", 180)],
        ),
        # the order's own definitions resolve "the Secretary"
        (
            "Section 1. The Secretary of Commerce (the Secretary) shall lead.\n\n"
            "Sec. 2. The Secretary shall report not later than March 1, 2027.",
            [
                ("Secretary of Commerce", "shall", None, None),
                ("Secretary of Commerce", "shall", "not later than March 1, 2027", None),
            ],
        ),
        # a body the order establishes is named as the order names it, not "Council"
        (
            'Section 1. There is established the Widget Safety Advisory Council ("Council").\n\n'
            "Sec. 2. The Council shall advise the President. Each agency shall cooperate with "
            "the Council.",
            [
                ("Widget Safety Advisory Council", "shall", None, None),
                ("executive departments and agencies", "shall", None, None),
            ],
        ),
        # general provisions are not grants
        (
            "Section 1. Nothing in this order shall be construed to impair any authority. This "
            "order shall be implemented consistent with applicable law.",
            [],
        ),
    ],
)
def test_grants(body: str, expected: list[Row]) -> None:
    assert grants(body) == expected


def test_co_actors_basis_and_dates() -> None:
    order = parse_text(
        HEAD + "Section 1. Within 30 days of the date of this order, the Secretary of State, in "
        "consultation with the Secretary of the Treasury and the Attorney General, shall "
        "designate organizations under section 219 of the Immigration and Nationality Act "
        "(8 U.S.C. 1189).\n\nSec. 2. The Secretary of Labor shall report not later than "
        "March 1, 2027." + END
    )
    first, second = order.grants
    assert first.co_actors == ("Secretary of the Treasury", "Attorney General")
    assert first.basis == ("8 U.S.C. 1189",)
    assert first.where == "1"
    assert first.action.startswith("designate organizations")
    assert second.deadline_date == dt.date(2027, 3, 1)
    assert all(g.resolved for g in order.grants)


def test_unresolved_actor_is_kept_and_flagged() -> None:
    order = parse_text(HEAD + "Section 1. The Chief Widget Officer shall keep records." + END)
    (grant,) = order.grants
    assert (grant.actor, grant.resolved) == ("Chief Widget Officer", False)


def test_a_grant_quotes_its_own_words_not_the_section_heading() -> None:
    order = parse_text(
        HEAD + "Sec. 2. Reporting Duties. (a) Within 30 days of the date of this order, the "
        "Secretary of State shall submit a report.\n\n"
        "Sec. 3. Review. The Attorney General shall review the report." + END
    )
    first, second = order.grants
    assert first.where == "2(a)"
    assert order.quote(first).startswith("Within 30 days of the date of this order, the Secretary")
    assert second.where == "3"
    assert order.quote(second) == "The Attorney General shall review the report."
