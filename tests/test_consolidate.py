"""Consolidated text: an order as amended on a date, each change marked with its source.

The orders below were written for these tests (fictional numbers and
contents): EO 14911 is amended by 14912 (strike/insert, add at the end),
partly revoked and partly rewritten by 14913, and revoked by 14914.
"""

from __future__ import annotations

import datetime as dt

import pytest

import eoparse
from eoparse import Order
from eoparse.compare.consolidate import (
    MARKER,
    QUOTED,
    SECTION_NAMED,
    SECTION_WORD,
    Consolidated,
    consolidate,
)
from eoparse.model import Amendment, evolve

from .conftest import SAMPLES

SIGNATURE = "\n\nDONALD J. TRUMP\n\nTHE WHITE HOUSE,\n\n{date}.\n"
PREAMBLE = (
    "By the authority vested in me as President by the Constitution and the laws of the "
    "United States of America, {extra}it is hereby ordered as follows:"
)


def _order(number: int, date: str, title: str, body: str, extra: str = "") -> str:
    return (
        f"Executive Order {number} of {date}\n\n{title}\n\n"
        + PREAMBLE.format(extra=extra)
        + "\n\n"
        + body.strip()
        + SIGNATURE.format(date=date)
    )


BASE = _order(
    14911,
    "March 3, 2025",
    "Strengthening the Resilience of Rural Water Systems",
    """
Section 1. Purpose. Rural water systems serve millions of Americans and face growing risks.

Sec. 2. Assessment. (a) Within 90 days of the date of this order, the Administrator of the \
Environmental Protection Agency shall submit to the President a report on the condition of \
rural water systems.

(b) The Secretary of Agriculture shall provide technical assistance to rural water systems.

Sec. 3. Grants. The Secretary of Agriculture may award grants to rural water systems for the \
repair of aging pipes.

Sec. 4. General Provisions. (a) This order shall be implemented consistent with applicable law \
and subject to the availability of appropriations.

(b) This order is not intended to, and does not, create any right or benefit, substantive or \
procedural, enforceable at law or in equity by any party against the United States.
""",
    extra="including the Safe Drinking Water Act (42 U.S.C. 300f et seq.) and section 301 of "
    "title 3, United States Code, ",
)
AMEND = _order(
    14912,
    "June 2, 2025",
    "Amending Executive Order 14911",
    """
Section 1. Amendments. Executive Order 14911 of March 3, 2025, is amended as follows:

(a) Section 2(a) is amended by striking "Within 90 days" and inserting "Within 60 days".

(b) Section 3 is amended by adding at the end the following: "Priority shall be given to \
systems serving fewer than 500 people."

Sec. 2. General Provisions. This order shall be implemented consistent with applicable law.
""",
)
REVOKE_PART = _order(
    14913,
    "September 8, 2025",
    "Revoking a Section of Executive Order 14911",
    """
Section 1. Revocation. Section 3 of Executive Order 14911 of March 3, 2025, is hereby revoked.

Sec. 2. Replacement. Section 2 of Executive Order 14911 is hereby amended to read as follows:

"Sec. 2. Assessment. The Administrator of the Environmental Protection Agency shall report to \
the President annually on the condition of rural water systems."
""",
)
REVOKE_ALL = _order(
    14914,
    "January 12, 2026",
    "Rescinding Executive Order 14911",
    """
Section 1. Revocation. Executive Order 14911 of March 3, 2025 (Strengthening the Resilience of \
Rural Water Systems), is hereby revoked.
""",
)
DOCUMENTS = {14911: BASE, 14912: AMEND, 14913: REVOKE_PART, 14914: REVOKE_ALL}
"""The lineage orders by number (test_corpus_api.py uses them too)."""


def parsed(*numbers: int) -> list[Order]:
    """The documents parsed, in the order given."""
    return [eoparse.parse_text(DOCUMENTS[n]) for n in numbers]


@pytest.fixture(scope="module")
def orders() -> dict[int, Order]:
    return {order.number or 0: order for order in parsed(*DOCUMENTS)}


def _consolidated(orders: dict[int, Order], as_of: dt.date | None = None) -> Consolidated:
    amending = [orders[n] for n in (14914, 14913, 14912)]  # any order: sorted by date inside
    return consolidate(orders[14911], amending, as_of=as_of)


def test_the_documents_state_what_the_tests_apply(orders: dict[int, Order]) -> None:
    """Guard: the extractor reads the amendments these tests build on."""
    (amends,) = orders[14912].references
    assert [(a.strike, a.section) for a in amends.amendments] == [
        ("Within 90 days", "2(a)"),
        (None, "3"),
    ]
    assert orders[14912].references[0].amendments[1].position.startswith("at the end")
    relations = [(r.relation.value, r.partial) for r in orders[14913].references]
    assert relations == [("revokes", True), ("amends", True)]
    assert orders[14913].references[1].amendments[0].position == "replace"


def test_strike_insert_and_add_at_the_end(orders: dict[int, Order]) -> None:
    result = _consolidated(orders, dt.date(2025, 7, 1))
    assert result.warnings == ()
    assert result.revoked_by is None
    assert "Within 60 days of the date of this order" in result.text
    assert "Within 90 days" not in result.text
    strike, insert = result.changes
    assert (strike.action, strike.section, strike.old, strike.new) == (
        "strike-insert",
        "2(a)",
        "Within 90 days",
        "Within 60 days",
    )
    assert strike.span is not None
    assert result.text[strike.span[0] : strike.span[1]] == "Within 60 days"
    assert strike.source == "Executive Order 14912"
    assert strike.signed == dt.date(2025, 6, 2)
    assert strike.quote == "Executive Order 14911 of March 3, 2025, is amended as follows:"
    assert insert.action == "insert"
    assert insert.span is not None
    inserted = result.text[insert.span[0] : insert.span[1]]
    assert inserted == "Priority shall be given to systems serving fewer than 500 people."
    # the new words sit at the end of section 3, before section 4
    assert result.text.index("repair of aging pipes.") < insert.span[0]
    assert insert.span[1] < result.text.index("Sec. 4.")


def test_before_the_first_amendment_nothing_changes(orders: dict[int, Order]) -> None:
    result = _consolidated(orders, dt.date(2025, 4, 1))
    assert result.text == orders[14911].text
    assert result.changes == ()
    assert result.warnings == ()


def test_section_revoked_and_section_rewritten(orders: dict[int, Order]) -> None:
    result = _consolidated(orders, dt.date(2025, 12, 31))
    assert result.warnings == ()
    actions = [(c.source, c.action, c.section) for c in result.changes]
    assert actions == [
        ("Executive Order 14912", "strike-insert", "2(a)"),
        ("Executive Order 14912", "insert", "3"),
        ("Executive Order 14913", "revoke-section", "3"),
        ("Executive Order 14913", "replace", "2"),
    ]
    assert "Sec. 3. [Revoked by Executive Order 14913.]" in result.text
    assert "award grants" not in result.text
    assert "shall report to the President annually" in result.text
    # the 14912 changes were overwritten by 14913: they no longer point into the text
    assert [c.span is None for c in result.changes] == [True, True, False, False]
    for change in result.changes[2:]:
        assert change.span is not None
        assert result.text[change.span[0] : change.span[1]] == change.new
    assert "Sec. 4. General Provisions." in result.text


def test_whole_revocation(orders: dict[int, Order]) -> None:
    result = _consolidated(orders)
    assert result.revoked_by == "Executive Order 14914"
    assert result.changes[-1].action == "revoke"
    assert result.changes[-1].span is None
    assert result.as_of is None


def test_annotated_text_marks_each_change(orders: dict[int, Order]) -> None:
    text = _consolidated(orders, dt.date(2025, 7, 1)).annotated()
    assert "⟦Within 60 days⟧[1] of the date" in text
    assert "⟦Priority shall be given to systems serving fewer than 500 people.⟧[2]" in text
    assert text.endswith(
        "[1] Executive Order 14912: strike-insert 2(a)\n[2] Executive Order 14912: insert 3"
    )


def test_to_dict_and_to_order(orders: dict[int, Order]) -> None:
    result = _consolidated(orders, dt.date(2025, 12, 31))
    data = result.to_dict()
    assert data["order"] == "Executive Order 14911"
    assert data["as_of"] == "2025-12-31"
    assert [c["action"] for c in data["changes"]][-1] == "replace"
    again = result.to_order()
    assert again.number == 14911
    assert again.section("2").text.startswith("Sec. 2. Assessment. The Administrator")


def _variant(body: str) -> Order:
    return eoparse.parse_text(_order(14915, "July 7, 2025", "Amending Executive Order 14911", body))


@pytest.mark.parametrize(
    ("body", "warning"),
    [
        (
            'Section 1. Section 2 of Executive Order 14911 is amended by striking "rural '
            'water" and inserting "small water".',
            "found 2 times in section 2",
        ),
        (
            'Section 1. Section 2(b) of Executive Order 14911 is amended by striking "urban '
            'water" and inserting "small water".',
            "not found in section 2(b)",
        ),
        (
            'Section 1. Section 9 of Executive Order 14911 is amended by striking "rural" and '
            'inserting "small".',
            "section 9 is not in the order",
        ),
        (
            "Section 1. Section 2 of Executive Order 14911 is amended by replacing the reference "
            "to the Administrator with a reference to the Secretary of the Interior.",
            "amendment stated in words, not applied",
        ),
    ],
)
def test_what_cannot_be_applied_is_a_warning(
    orders: dict[int, Order], body: str, warning: str
) -> None:
    amending = _variant(body)
    assert amending.references, "the extractor should see the amending reference"
    result = consolidate(orders[14911], [amending, orders[14912]])
    assert len(result.warnings) == 1
    assert warning in result.warnings[0]
    assert result.warnings[0].startswith("Executive Order 14915 (1): ")
    # and the rest still applies
    assert "Within 60 days" in result.text


def test_loose_match_across_spaces_and_quote_marks(orders: dict[int, Order]) -> None:
    amending = _variant(
        'Section 1. Section 3 of Executive Order 14911 is amended by striking "aging  pipes" '
        'and inserting "aging pipes and storage tanks".'
    )
    result = consolidate(orders[14911], [amending])
    assert result.warnings == ()
    assert "repair of aging pipes and storage tanks." in result.text


def test_undated_amending_order_is_left_out_with_a_warning(orders: dict[int, Order]) -> None:
    undated = evolve(orders[14912], signed=None)
    result = consolidate(orders[14911], [undated], as_of=dt.date(2026, 1, 1))
    assert result.changes == ()
    assert result.warnings == ("Executive Order 14912: no signing date; not applied",)


def test_orders_not_acting_on_the_target_change_nothing(orders: dict[int, Order]) -> None:
    other = eoparse.parse(SAMPLES / "border_emergency_2025.txt")
    result = consolidate(orders[14911], [other, orders[14911]])
    assert result.text == orders[14911].text
    assert result.changes == result.warnings == ()


def _amending(orders: dict[int, Order], *amendments: Amendment) -> Order:
    """EO 14912 made to state ``amendments`` (the extractor is not what these tests pin)."""
    source = orders[14912]
    reference = evolve(source.references[0], amendments=amendments)
    return evolve(source, references=(reference,))


PLACED = [
    (Amendment(insert=" and storage tanks", position='after "aging pipes"', section="3"),
     "repair of aging pipes and storage tanks."),
    (Amendment(insert="small ", position='before "rural water systems for"', section="3"),
     "to small rural water systems for the repair"),
    (Amendment(insert="(c) The Secretary of the Interior shall assist.", section="2",
               position="after subsection (a)"),
     "condition of rural water systems.\n(c) The Secretary of the Interior shall assist.\n(b) The"),
    (Amendment(insert="Sec. 5. Effective Date. This order is effective at once.",
               position="at the end the following new section"),
     "against the United States.\nSec. 5. Effective Date. This order is effective at once.\n"),
]  # fmt: skip


@pytest.mark.parametrize(("amendment", "expected"), PLACED)
def test_insertions_placed_by_phrase_or_section(
    orders: dict[int, Order], amendment: Amendment, expected: str
) -> None:
    result = consolidate(orders[14911], [_amending(orders, amendment)])
    assert result.warnings == ()
    assert expected in result.text
    (change,) = result.changes
    assert change.span is not None
    new = change.new or ""
    assert result.text[change.span[0] : change.span[1]] in (new, new.strip())


@pytest.mark.parametrize(
    ("amendment", "warning"),
    [
        (Amendment(insert=" and tanks", section="3"), "“and tanks” to be inserted, but no place"),
        (Amendment(insert="x", position='after "pipelines"', section="3"), "“pipelines” not found"),
        (Amendment(insert="x", position="after subsection (q)", section="2"), "cannot place"),
        (Amendment(insert="x", position="replace"), "new text for a section that is not named"),
    ],
)
def test_insertions_that_cannot_be_placed(
    orders: dict[int, Order], amendment: Amendment, warning: str
) -> None:
    result = consolidate(orders[14911], [_amending(orders, amendment)])
    assert result.changes == ()
    assert result.text == orders[14911].text
    (message,) = result.warnings
    assert warning in message


# -- the patterns ------------------------------------------------------------------------

SECTION_NAMED_CASES = [
    ("at the end of subsection (b)", "(b)"),
    ("after section 3", "3"),
    ("after paragraph 2(a)(i)", "2(a)(i)"),
    ("after section 1-101", "1-101"),
    ("at the end the following", None),
]


@pytest.mark.parametrize(("text", "path"), SECTION_NAMED_CASES)
def test_section_named_pattern(text: str, path: str | None) -> None:
    match = SECTION_NAMED.search(text)
    assert (match["path"] if match else None) == path


@pytest.mark.parametrize(
    ("text", "words"),
    [('after "the Secretary of State"', "the Secretary of State"), ("after “the Act”", "the Act"),
     ("after subsection (b)", None)],
)  # fmt: skip
def test_quoted_pattern(text: str, words: str | None) -> None:
    match = QUOTED.search(text)
    assert (match["words"] if match else None) == words


@pytest.mark.parametrize(
    ("text", "marker"),
    [("Sec. 3. Grants. The Secretary", "Sec. 3."), ("Section 1-101. Purpose", "Section 1-101."),
     ("(b) The Secretary", "(b)"), ("The Secretary", None)],
)  # fmt: skip
def test_marker_pattern(text: str, marker: str | None) -> None:
    match = MARKER.match(text)
    assert (match.group(0) if match else None) == marker


@pytest.mark.parametrize(
    ("text", "path"),
    [("section 2(a)", "2(a)"), ("Sec. 2(a).", "2(a)"), ("Subsection (b)", "(b)"), ("4", "4"),
     ("paragraph 3", "3")],
)  # fmt: skip
def test_section_word_pattern(text: str, path: str) -> None:
    assert SECTION_WORD.sub("", text).strip(" .,;") == path


# -- which appearance an amendment means (issues #16, #17) -------------------------------

OCCURRENCES = [
    ('striking "rural water systems" and inserting "rural systems" each place it appears',
     "each"),
    ('striking "rural water systems" wherever it appears and inserting "rural systems"', "each"),
    ('striking "rural water systems" the second time it appears and inserting "systems"',
     "second"),
    ('striking "rural" the first place it appears', "first"),
    ('inserting "small " before "rural water systems" the last time it appears', "last"),
    ('substituting "rural systems" for "rural water systems" everywhere it appears', "each"),
    ('striking "rural water systems" and inserting "rural systems"', None),
]  # fmt: skip


@pytest.mark.parametrize(("words", "occurrence"), OCCURRENCES)
def test_the_appearance_an_amendment_names_is_read(words: str, occurrence: str | None) -> None:
    from eoparse.powers.relations.amendments import read_amendments

    (amendment,) = read_amendments(words, 0, len(words))
    assert amendment.occurrence == occurrence


def test_each_place_it_appears_strikes_every_one(orders: dict[int, Order]) -> None:
    every = Amendment(strike="rural water systems", insert="rural systems", occurrence="each")
    result = consolidate(orders[14911], [_amending(orders, every)])
    assert result.warnings == ()
    assert "rural water systems" not in result.text
    assert len(result.changes) == orders[14911].text.count("rural water systems")


def test_the_second_time_it_appears_strikes_the_second(orders: dict[int, Order]) -> None:
    text = orders[14911].text
    second = Amendment(strike="rural water systems", insert="RWS", occurrence="second")
    result = consolidate(orders[14911], [_amending(orders, second)])
    assert result.warnings == ()
    first = text.find("rural water systems")
    assert result.text.find("rural water systems") == first  # the first is left alone
    assert result.text.count("RWS") == 1
    assert result.text.find("RWS") == text.find("rural water systems", first + 1)


def test_an_appearance_that_is_not_there_is_a_warning(orders: dict[int, Order]) -> None:
    sixth = Amendment(strike="aging pipes", insert="old pipes", occurrence="sixth")
    result = consolidate(orders[14911], [_amending(orders, sixth)])
    assert result.changes == ()
    (message,) = result.warnings
    assert "no sixth time" in message


def test_without_an_appearance_named_words_found_twice_are_left(orders: dict[int, Order]) -> None:
    twice = Amendment(strike="rural water systems", insert="RWS")
    result = consolidate(orders[14911], [_amending(orders, twice)])
    assert result.changes == ()
    assert "found" in result.warnings[0]


def test_consolidated_html_marks_each_change(orders: dict[int, Order]) -> None:
    result = _consolidated(orders, as_of=dt.date(2025, 6, 30))
    page = result._repr_html_()
    assert page.startswith('<div class="eoparse">')
    assert "<del" in page
    assert "Within 90 days</del>" in page
    assert "Within 60 days</ins>" in page
    assert "Executive Order 14912: strike-insert 2(a)" in page
    assert "as of 2025-06-30" in page
