"""GPO raw Federal Register text: layout stripped, lines unwrapped, pages kept."""

from __future__ import annotations

from eoparse.read import detect_format, read_text
from eoparse.read.fr_text import read_fr_text

# "⎵" marks the trailing space GPO leaves on a line that wraps onto the next.
COVER = """[Federal Register Volume 88, Number 12 (Thursday, January 19, 2023)]
[Presidential Documents]
[Pages 3301-3304]
From the Federal Register Online via the Government Publishing Office [www.gpo.gov]
[FR Doc No: 2023-01111]



[[Page 3301]]

-----------------------------------------------------------------------

Part V





The President





-----------------------------------------------------------------------



Executive Order 14900--Improving the Stewardship of Public⎵
Lands

Proclamation 10500--National Lighthouse Day, 2023
\x00
\x00                        Presidential Documents⎵
\x00

\x00\x00Federal Register / Vol. 88, No. 12 / Thursday, January 19, 2023 /⎵
Presidential Documents\x00\x00

\x00___________________________________________________________________

\x00Title 3--
\x00The President

[[Page 3303]]

                Executive Order 14900 of January 13, 2023


Improving the Stewardship of Public⎵
                Lands

                By the authority vested in me as President by the⎵
                Constitution and the laws of the United States of⎵
                America, it is hereby ordered as follows:

                Section 1. Policy. The Secretary of the Interior⎵
                shall maintain ``public lands'' for long-term⎵
                use--consistent with law--and shall keep a court-
                martial record of any \ufffdMDBU\ufffd*ERR01*\ufffdMDNM\ufffdviolation.
                Sec. 2. Reports. (a) The Secretary shall report to⎵
                the President within 90 days of the date of this⎵
                order on the condition of
[[Page 3304]]
                the lands; and
                    (b) the Secretary shall publish the report.

                    (Presidential Sig.)<Clinton1><Clinton2>

                THE WHITE HOUSE,

                    January 13, 2023.

                [GRAPHIC] [TIFF OMITTED] TD19JA23.000

[FR Doc. 2023-01111
Filed 1-18-23; 8:45 am]
Billing code 3295-F3-P
""".replace("⎵", " ")


def test_detected() -> None:
    assert detect_format(COVER) == "fr_text"


def test_layout_is_stripped_and_lines_unwrapped() -> None:
    text = read_fr_text(COVER)
    paragraphs = text.string.split("\n")
    order_at = paragraphs.index("Executive Order 14900 of January 13, 2023")
    assert paragraphs[order_at + 1] == "Improving the Stewardship of Public Lands"
    assert paragraphs[order_at + 2].startswith("By the authority vested in me")
    body = "\n".join(paragraphs[order_at:])
    assert "Federal Register /" not in body
    assert "[[Page" not in body
    assert "Title 3" not in body
    assert "\x00" not in body
    assert 'maintain "public lands" for long-term use—consistent with law—and' in body
    assert "keep a court-martial record of any violation." in body
    assert "\ufffd" not in body
    assert "ERR01" not in body
    # a paragraph running across a page break stays one paragraph
    assert "on the condition of the lands; and" in body
    assert "(b) the Secretary shall publish the report." in paragraphs
    assert paragraphs[-2:] == ["THE WHITE HOUSE,", "January 13, 2023."]
    assert "Billing code" not in text.string
    assert "FR Doc" not in text.string


def test_hints_and_pages() -> None:
    text = read_fr_text(COVER, name="x.txt")
    assert text.hints.volume == 88
    assert text.hints.document_number == "2023-01111"
    assert text.hints.citation_page == 3301
    assert text.hints.signers == ("<Clinton1><Clinton2>",)
    heading_at = text.string.index("Executive Order 14900 of")
    assert text.page_at(heading_at) == 3303
    assert text.page_at(text.string.index("the lands; and")) == 3304
    assert any("image" in warning.message for warning in text.warnings)


def test_source_offsets_point_back_into_the_source() -> None:
    text = read_fr_text(COVER)
    at = text.string.index("By the authority")
    source_at = text.source_offset(at)
    assert source_at is not None
    assert COVER[source_at : source_at + 16] == "By the authority"


def test_read_text_passes_through_file_name_hints() -> None:
    text = read_text(COVER, name="downloads/EO-14900.txt")
    assert text.hints.number == 14900


def _with_trailer(trailer: str) -> str:
    """COVER with its signature block and trailer replaced by ``trailer``."""
    return COVER[: COVER.index("                THE WHITE HOUSE,")] + trailer


def test_billing_code_before_a_page_marker_is_layout() -> None:
    text = read_fr_text(
        _with_trailer(
            "                THE WHITE HOUSE,\n\n                    January 13, 2023.\n\n"
            "                Billing Code 3195-01-P [[Page 3305]] \n\n"
            "[GRAPHIC][TIFF OMITTED]TD19JA23.001\n"
        )
    )
    assert text.string.endswith("THE WHITE HOUSE,\nJanuary 13, 2023.")
    assert text.page_at(len(text.string) - 1) == 3304


def test_trailer_with_typesetter_line_numbers_ends_the_document() -> None:
    text = read_fr_text(
        _with_trailer(
            "                THE WHITE HOUSE,\n\n                    January 13, 2023.\n\n"
            "15 [FR Doc. 2023-01111\n15 Filed 1-18-23; 8:45 am]\n50 Billing code 3295-F3-P\n"
            "Proclamation text that follows is another document.\n"
        )
    )
    assert text.hints.document_number == "2023-01111"
    assert text.string.endswith("January 13, 2023.")


def test_gpo_locator_before_a_quoted_item_is_not_text() -> None:
    """GPO prints ``L`` and two spaces before each item of quoted text it indents
    (``L  (d) Import Ban.``): the locator went into the text as ``L (d)``, so the item's
    label opened nothing and the quotation's opening ```` ``Sec. 4. ```` was not seen."""
    source = COVER.replace(
        "                    (b) the Secretary shall publish the report.\n",
        "                    (b) Section 4 is amended to read as follows:\n"
        "                    L  ``Sec. 4. Measures. (a) The Secretary shall act.\n"
        "                    L  (b) Import Ban. The Secretary shall prohibit imports.''\n",
    )
    text = read_fr_text(source)
    assert "L (" not in text.string
    assert 'L "' not in text.string
    assert "\n(b) Import Ban. The Secretary" in text.string
    at = text.string.index("(b) Import Ban")
    source_at = text.source_offset(at)
    assert source_at is not None
    assert source[source_at : source_at + 14] == "(b) Import Ban"


def test_gpo_locator_glued_to_an_item_label_is_not_text() -> None:
    """GPO also prints the locator against the item's label (``L(1) provide strategic
    planning …``, five corpus orders): the ``L`` went into the text, so ``(1)`` opened no
    item and the list's duties were lost with it."""
    source = COVER.replace(
        "                    (b) the Secretary shall publish the report.\n",
        "                    (b) the working groups shall:\n"
        "                    L(1) provide strategic planning; and\n"
        "                    L(2) identify research activities.\n",
    )
    text = read_fr_text(source)
    assert "L(" not in text.string
    assert "\n(1) provide strategic planning; and\n(2) identify" in text.string
    at = text.string.index("(2) identify")
    source_at = text.source_offset(at)
    assert source_at is not None
    assert source[source_at : source_at + 12] == "(2) identify"


def test_a_capital_l_before_a_parenthesis_that_is_no_label_stays() -> None:
    """Only a label (``(1)``, ``(iv)``, ``(B)``) after the ``L`` marks the locator."""
    source = COVER.replace(
        "                    (b) the Secretary shall publish the report.\n",
        "                    L(he/she) shall publish the report.\n",
    )
    assert "L(he/she) shall" in read_fr_text(source).string


def test_a_line_broken_after_a_slash_runs_on_without_a_space() -> None:
    # GPO breaks "HIV/AIDS" as "HIV/" and "AIDS": the slash, like a hyphen, joins the
    # lines into one word (it used to end the paragraph, and the name after it lost its
    # first words: "AIDS Strategy Federal Interagency Working Group")
    source = COVER.replace(
        "shall maintain ``public lands'' for long-term ",
        "shall maintain the National HIV/\n                AIDS Strategy and ``public lands'' "
        "for long-term ",
    )
    body = read_fr_text(source).string
    assert "shall maintain the National HIV/AIDS Strategy and" in body
    assert "HIV/\n" not in body
