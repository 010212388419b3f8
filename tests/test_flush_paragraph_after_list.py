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


# A Part cover page before the order: the reader's text is cropped to the order, and the
# flush offsets with it.
COVER = """[Federal Register Volume 90, Number 1 (Friday, January 3, 2025)]
[Presidential Documents]
[Pages 101-103]
From the Federal Register Online via the Government Publishing Office [www.gpo.gov]
[FR Doc No: 2025-00101]

[[Page 101]]

-----------------------------------------------------------------------

Part V

The President

-----------------------------------------------------------------------

Executive Order 14975--Protecting the Harbor

"""


def test_the_flush_offsets_follow_the_text_when_a_cover_page_is_cut_away() -> None:
    order = parse_text(COVER + ORDER[ORDER.index("[[Page 101]]") :])
    assert not order.text.startswith("Part V")
    assert order.path_at(order.text.find("The Secretary of Commerce shall lead")) == "1"


def test_items_printed_flush_too_keep_a_flush_paragraph() -> None:
    # the items at the margin as well: the indents tell nothing apart
    flat = ORDER.replace(
        "                    (a) the condition", "                (a) the condition"
    )
    flat = flat.replace(
        "                    (b) the fisheries", "                (b) the fisheries"
    )
    order = parse_text(flat)
    assert order.path_at(order.text.find("The Secretary of Commerce shall lead")) == "1(b)"


def test_a_line_kept_apart_from_the_one_before_is_no_flush_paragraph() -> None:
    # "(b) … harbor--" then, with no blank line, a line at the margin: the item goes on
    broken = ORDER.replace(
        "                    (b) the fisheries of the harbor.\n",
        "                    (b) the fisheries of the harbor--\n"
        "                including the oyster beds.\n",
    )
    text = read_fr_text(broken)
    assert not any(text.string.startswith("including", at) for at in text.flush)


def test_a_text_not_laid_out_as_gpo_s_has_no_flush_paragraphs() -> None:
    # lines that go on a paragraph at two spaces: no GPO margin, no flush paragraph
    narrow = "\n".join(
        line[14:] if line.startswith("                ") else line for line in ORDER.split("\n")
    )
    assert read_fr_text(narrow).flush == ()


def test_quoted_items_after_a_flush_paragraph_are_the_amended_order_s() -> None:
    amended = ORDER.replace(
        "                    Sec. 2. Plan.",
        "                Executive Order 14000 is amended by revising section 3 to read as "
        "follows:\n\n"
        "                    ``(a) The Harbor Board shall meet.\n\n"
        "                    (b) The Harbor Board shall report.''\n\n"
        "                    Sec. 2. Plan.",
    )
    order = parse_text(amended)
    assert order.path_at(order.text.find("The Secretary of Commerce shall lead")) == "1"


XML = """<?xml version="1.0" encoding="UTF-8"?>
<PRESDOCU>
  <EXECORD>
    <EXECORDR>Executive Order 14975 of January 2, 2025</EXECORDR>
    <HD SOURCE="HED">Protecting the Harbor</HD>
    <FP>By the authority vested in me as President, it is hereby ordered:</FP>
    <FP><E T="04">Section 1.</E> The Harbor Committee shall report on:</FP>
    <P>(a) the condition of the harbor;</P>
    <P>(b) the fisheries of the harbor.</P>
    <FP>The Secretary of Commerce shall lead on subsection (a).</FP>
    <FP><E T="04">Sec. 2.</E> This order shall be published.</FP>
    <PSIG> </PSIG>
    <PLACE>THE WHITE HOUSE,</PLACE>
    <DATE> January 2, 2025.</DATE>
  </EXECORD>
</PRESDOCU>
"""


def test_fr_xml_marks_its_flush_paragraphs_fp() -> None:
    order = parse_text(XML)
    assert order.path_at(order.text.find("The Secretary of Commerce shall lead")) == "1"
    assert order.path_at(order.text.find("the fisheries")) == "1(b)"
