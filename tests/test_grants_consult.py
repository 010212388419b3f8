"""Co-actors: the phrases that name officials beside a grant's actor come from one table
(:mod:`eoparse.powers.grants.consult`), from which the pattern, the literal strings that
find where it can start, and the gate are all built.  Before, the pattern and its starts
were kept in step by hand, and ``Jointly with …`` opening a list item named no co-actor."""

from __future__ import annotations

import pytest

from eoparse import parse_text
from eoparse.powers.grants.consult import APART, CONSULT, CONSULTED, consultations

HEAD = (
    "Executive Order 14975 of May 9, 2026\n\nTesting Co-Actors\n\n"
    "By the authority vested in me as President, it is hereby ordered:\n\n"
)
END = "\n\nTHE WHITE HOUSE,\nMay 9, 2026.\n"


@pytest.mark.parametrize("phrase", [*CONSULTED, *APART])
@pytest.mark.parametrize("capital", [False, True])
def test_every_phrase_is_found_where_it_stands(phrase: str, capital: bool) -> None:
    printed = phrase[0].upper() + phrase[1:] if capital else phrase
    text = f"The Secretary of Labor, {printed} the Attorney General, shall act."
    found = consultations(text, 0, len(text))
    assert [m.start() for m in found] == [text.index(printed)]
    assert [m.span() for m in found] == [m.span() for m in CONSULT.finditer(text)]


@pytest.mark.parametrize("phrase", APART)
def test_the_apart_phrases_carry_the_apart_group(phrase: str) -> None:
    text = f"The Secretary of Labor, {phrase} the Attorney General, shall act."
    (found,) = consultations(text, 0, len(text))
    assert found["apart"] is not None


def test_a_list_item_opening_with_jointly_with_names_its_co_actor() -> None:
    order = parse_text(
        HEAD + "Sec. 2. Duties. The Secretary of Defense shall:\n\n"
        "(a) Jointly with the Director of the Office of Management and Budget, submit to "
        "the President a plan to fund this directive; and\n\n(b) report annually." + END
    )
    first = next(g for g in order.grants if g.where == "2(a)")
    assert first.actor == "Secretary of Defense"
    assert first.co_actors == ("Director of the Office of Management and Budget",)


@pytest.mark.parametrize(
    "aside",
    [
        "with the advice and assistance of the heads of executive departments and agencies "
        "participating in capacity building activities under section 102(c)(1) of the Act",
        "with the assistance of the Attorney General as requested",
    ],
)
def test_advice_and_assistance_names_a_helper_not_the_actor(aside: str) -> None:
    """``The Trade Representative, with the advice and assistance of agencies …, shall``:
    before, the helpers stood where the actor does and the grant was lost (or went to them)."""
    order = parse_text(
        HEAD + f"Sec. 2. Reports. The Secretary of Labor, {aside}, shall perform the "
        "reporting function under section 102(c)(4) of the Act." + END
    )
    (grant,) = order.grants
    assert grant.actor == "Secretary of Labor"
    assert grant.action.startswith("perform the reporting function")
