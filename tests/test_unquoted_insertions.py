"""Amendatory text inserted without quote marks: read as a quotation, not as this order's
own sections and duties (``… inserting in lieu thereof the following new part:`` then
``1.1 Goals. …``, or ``(a) Section 5(a) … is amended to read as follows:`` then ``(B)
The Board shall …``).

Before, such text was read as this order's: its ``(a)`` … ``(g)`` nested under the
amending section, each restated ``1.2``'s ``(a)`` under the ``(g)`` before it (paths such
as ``2(g)(b)(e)(3)(i)(j)``), and its duties were this order's own.
"""

from __future__ import annotations

from eoparse import parse_text

HEAD = (
    "Executive Order 14962 of April 3, 2026\n\nAmending an Order\n\n"
    "By the authority vested in me as President, it is hereby ordered:\n\n"
)
END = "\n\nTHE WHITE HOUSE,\nApril 3, 2026.\n"

RESTATED_PART = (
    "Sec. 1. Purpose. This order updates the duties of the Harbor Council.\n\n"
    "Sec. 2. Executive Order 14001 is amended by striking Part 1 in its entirety and "
    "inserting in lieu thereof the following new part:\n\n"
    "PART 1 Duties of the Harbor Council\n\n"
    "1.1 Goals. The Harbor Council shall advise the President on port security.\n\n"
    "(a) The Council shall meet quarterly.\n\n"
    "(b) The Council may form working groups.\n\n"
    "1.2 The Chair. The Chair of the Harbor Council shall set the agenda.\n\n"
    "(a) The Chair shall report annually to the President.\n\n"
    "Sec. 3. The Secretary of Transportation shall publish this order's text within "
    "30 days of the date of this order."
)


def test_restated_part_is_a_quotation_and_the_next_section_is_this_orders() -> None:
    order = parse_text(HEAD + RESTATED_PART + END)
    assert [s.path for s in order.sections] == ["1", "2", "3"]
    assert len(order.quotations) == 1
    assert order.quote(order.quotations[0]).startswith("PART 1 Duties")
    assert order.quote(order.quotations[0]).rstrip().endswith("annually to the President.")


def test_restated_parts_duties_are_quoted_at_their_decimal_sections() -> None:
    order = parse_text(HEAD + RESTATED_PART + END)
    quoted = {(g.where, g.quoted) for g in order.grants if g.quoted}
    assert ("2(1.1)(a)", True) in quoted
    assert ("2(1.2)(a)", True) in quoted
    own = [g for g in order.grants if not g.quoted]
    assert [(g.actor, g.where) for g in own] == [("Secretary of Transportation", "3")]


def test_restated_item_is_a_quotation_until_this_orders_next_item() -> None:
    body = (
        "Section 1. Amendments. Executive Order 14001 is amended as follows:\n\n"
        "(a) Section 5(a)(3)(B) of Executive Order 14001 is amended to read as follows:\n\n"
        "(B) The Harbor Council shall review every permit on which agencies disagree.\n\n"
        "(b) Section 5(b)(1) of Executive Order 14001 is amended to read as follows:\n\n"
        "(1) If any agency disagrees with a decision, it may appeal to the Council.\n\n"
        "Sec. 2. The Secretary of Transportation shall report on permits annually."
    )
    order = parse_text(HEAD + body + END)
    assert [order.quote(q)[:4] for q in order.quotations] == ["(B) ", "(1) "]
    assert [s.path for s in order.walk()] == ["1", "1(a)", "1(b)", "2"]
    assert not any(w.code == "paragraph-out-of-sequence" for w in order.warnings)
    assert {g.where for g in order.grants if not g.quoted} == {"2"}


def test_following_text_without_an_amending_verb_is_this_orders_own() -> None:
    body = (
        "Section 1. Contracts. Each contract shall include the following provisions:\n\n"
        "(1) A provision that the contractor shall report violations.\n\n"
        "(2) A provision that the agency may end the contract.\n\n"
        "Sec. 2. The Secretary of Labor shall issue guidance."
    )
    order = parse_text(HEAD + body + END)
    assert order.quotations == ()
    assert [s.path for s in order.walk()] == ["1", "1(1)", "1(2)", "2"]


def test_inserted_text_opening_with_the_amending_items_kind_of_label_is_not_read() -> None:
    # "(a) … to read as follows:" then "(a) …": whose "(b)" comes next cannot be told.
    body = (
        "Section 1. Amendments.\n\n"
        "(a) Section 4 of Executive Order 14001 is amended to read as follows:\n\n"
        "(a) The Council shall meet.\n\n"
        "(b) The Secretary of Labor shall issue guidance.\n\n"
        "Sec. 2. The Secretary of Labor shall report."
    )
    assert parse_text(HEAD + body + END).quotations == ()


def test_a_table_of_contents_inside_a_quotation_opens_no_decimal_section() -> None:
    # Regression: "9.1 Definition." listed before "Sec. 9.1 Definition." is a contents
    # line, and the quoted sections are the "Sec." ones.
    body = (
        "Section 1. The Civil Service Rules are amended by adding a new Rule IX to read as "
        'follows:\n\n"PART 9 WORKFORCE INFORMATION\n\nSec.\n\n9.1 Definition.\n\n'
        "9.2 Reporting.\n\nSec. 9.1 Definition. As used in this rule, agency means an "
        "Executive agency.\n\nSec. 9.2 Reporting. The Director of the Office of Personnel "
        'Management may require agencies to report workforce information."\n\n'
        "Sec. 2. This order is effective immediately."
    )
    order = parse_text(HEAD + body + END)
    quoted = [g for g in order.grants if g.quoted]
    assert [g.where for g in quoted] == ["1(9)(9.2)"]  # as before: not "1(9.2)(9.2)"


CIVIL_SERVICE_RULE = (
    "Sec. 3. Implementation. (a) Civil Service Rule VI is amended as follows:\n\n"
    "(i) 5 CFR 6.2 is amended to read:\n\n"
    "OPM shall list positions that it excepts from the competitive service.\n\n"
    "(ii) 5 CFR 6.3(b) is amended to read:\n\n"
    "(b) To the extent permitted by law, the Director may except positions.\n\n"
    "(iii) 5 CFR 6.8 is amended to add after subsection (c):\n\n"
    "(d) Effective at once, the position of hearing officer is excepted.\n\n"
    "(b) The Director of the Office of Personnel Management shall:\n\n"
    "(i) adopt regulations within 45 days of the date of this order; and\n\n"
    "(ii) provide guidance to agencies.\n\n"
    "Sec. 4. General Provisions. This order is effective immediately."
)


def test_inserted_text_after_a_roman_item_and_after_a_named_subsection() -> None:
    """EO 13843: ``(ii) … is amended to read:`` then ``(b) To the extent …`` is inserted
    text (``ii`` is the second numeral, not the doubled letter its ``(b)`` could follow),
    ``… is amended to add after subsection (c):`` opens inserted text too, and the ``(b)``
    after the inserted ``(d)`` does not go on from it, so it is this order's own."""
    order = parse_text(HEAD + CIVIL_SERVICE_RULE + END)
    assert [s.path for s in order.walk()] == [
        "3", "3(a)", "3(a)(i)", "3(a)(ii)", "3(a)(iii)", "3(b)", "3(b)(i)", "3(b)(ii)", "4",
    ]  # fmt: skip
    assert [order.quote(q)[:3] for q in order.quotations] == ["OPM", "(b)", "(d)"]
    assert [(g.where, g.quoted) for g in order.grants if "regulations" in g.action] == [
        ("3(b)(i)", False)
    ]
