"""A paragraph GPO prints flush after a list it indents goes on with the section that
holds the list, not with the list's last item (audit 9: ``202(g)`` for ``202``)."""

from __future__ import annotations

from eoparse import parse_text
from eoparse.read.fr_text import read_fr_text

# GPO's raw layout: lines that go on a paragraph at 16 spaces, a paragraph's first line
# at 20; the flush paragraph's first line at 16.  "⎵" marks a wrapped line's trailing space.
ORDER = """[Federal Register Volume 90, Number 1 (Friday, January 3, 2025)]
[Presidential Documents]
[Pages 101-103]
From the Federal Register Online via the Government Publishing Office [www.gpo.gov]
[FR Doc No: 2025-00101]

[[Page 101]]

                Executive Order 14975 of January 2, 2025

Protecting the Harbor

                By the authority vested in me as President by the⎵
                Constitution and the laws of the United States of⎵
                America, it is hereby ordered as follows:

                    Section 1. Reports. The Harbor Committee shall⎵
                report on:

                    (a) the condition of the harbor;

                    (b) the fisheries of the harbor.

                The Secretary of Commerce shall lead on subsection⎵
                (a), and the Secretary of the Interior shall lead⎵
                on subsection (b).

                    Sec. 2. Plan. (a) The Secretary of Commerce shall⎵
                prepare a plan. The plan shall include:

                Such other elements as the Secretary determines:

                    (1) the dredging of the channel; and

                    (2) the repair of the piers.

                    (b) The Secretary shall publish the plan.

                    (Presidential Sig.)

                THE WHITE HOUSE,

                    January 2, 2025.

[FR Doc. 2025-00101
Filed 1-2-25; 8:45 am]
""".replace("⎵", " ")


def test_the_reader_records_where_flush_paragraphs_begin() -> None:
    text = read_fr_text(ORDER)
    starts = [text.string[at : at + 30] for at in text.flush]
    assert "The Secretary of Commerce shal" in starts
    assert not any(start.startswith("(a) the condition") for start in starts)


def test_a_flush_paragraph_after_the_last_item_belongs_to_the_section() -> None:
    order = parse_text(ORDER)
    at = order.text.find("The Secretary of Commerce shall lead")
    assert order.path_at(at) == "1"
    secretaries = [(g.where, g.actor) for g in order.grants if g.actor.startswith("Secretary")]
    assert secretaries[:2] == [("1", "Secretary of Commerce"), ("1", "Secretary of the Interior")]
    assert order.section("1(b)").text.endswith("the fisheries of the harbor.")


def test_a_flush_paragraph_before_more_items_leaves_the_list_open() -> None:
    # "Such other elements …:" then "(1) …": a lead-in of the list that follows it
    order = parse_text(ORDER)
    at = order.text.find("Such other elements")
    assert order.path_at(at) == "2(a)"
    assert order.path_at(order.text.find("the repair of the piers")) == "2(a)(2)"


def test_plain_text_has_no_flush_paragraphs() -> None:
    # another layout says nothing by its indents: the tree is built as it always was
    order = parse_text(
        "Executive Order 14975 of January 2, 2025\n\nSection 1. Reports. The Committee "
        "shall report on:\n(a) the harbor;\n(b) the fisheries.\nThe Secretary of Commerce "
        "shall lead.\n"
    )
    assert order.path_at(order.text.find("The Secretary of Commerce")) == "1(b)"
