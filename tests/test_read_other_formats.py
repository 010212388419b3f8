"""pdftotext output, White House Markdown and plain pasted text."""

from __future__ import annotations

import datetime as dt

import pytest

import eoparse
from eoparse.read import detect_format, read_text
from eoparse.read.markdown import front_matter, read_markdown
from eoparse.read.pdftext import read_pdftext
from eoparse.read.plain import read_plain

PDFTEXT = (
    "Federal Register / Vol. 91, No. 40 / Monday, March 2, 2026 / Presidential Documents\n\n"
    "10101\n\nPresidential Documents\n\n"
    "Executive Order 14950 of February 26, 2026\n\n"
    "Strengthening\nReporting\nAmerican\nCoastal\n"
    "By the authority vested in me as President by the Constitution and the\n"
    "laws of the United States of America, it is hereby ordered:\n"
    "Section 1. Purpose. The Secretary of Commerce shall prepare a nation-\n"
    "wide inventory of harbor facilities and shall report on it annually to\n"
    "the President.\n"
    "Sec. 2. Reporting. (a) Within 60 days of the date of this order, the\n"
    "Secretary shall submit a plan.\n\n"
    "khammond on DSK9W7S144PROD with PRESDOCC\n\n"
    "(b) The plan shall be public.\n\n"
    "THE WHITE HOUSE,\nFebruary 26, 2026.\n\n"
    "[FR Doc. 2026–04040\nFiled 2–27–26; 8:45 am]\nBilling code 3395–F4–P\n\n"
    "VerDate Sep<11>2014\n\n16:45 Feb 27, 2026\n\nJkt 001\n\nPO 00000\n\nFrm 00001\n\n"
    "Fmt 4790\n\nSfmt 4790\n\nE:\\FR\\FM\\02MRE0.SGM\n\n02MRE0\n\nTrump.EPS</GPH>\n\n"
    "(c) This order creates no rights.\n\f"
)


def test_pdftext() -> None:
    assert detect_format(PDFTEXT) == "pdftext"
    text = read_pdftext(PDFTEXT)
    lines = text.string.split("\n")
    assert lines[0] == "Executive Order 14950 of February 26, 2026"
    # pdftotext's reading of a justified two-line title is put back in order
    assert lines[1] == "Strengthening American Coastal Reporting"
    assert lines[2].startswith("By the authority")
    assert "nation-wide inventory" in lines[3]
    assert lines[4].startswith("Sec. 2. Reporting. (a) Within 60 days")
    assert "(b) The plan shall be public." in lines
    # text printed beside the signature image comes back before the signature
    assert lines[-3:] == [
        "(c) This order creates no rights.",
        "THE WHITE HOUSE,",
        "February 26, 2026.",
    ]
    assert "VerDate" not in text.string
    assert "khammond" not in text.string
    assert text.hints.document_number == "2026-04040"
    assert text.hints.volume == 91
    assert text.hints.signers == ("Trump",)
    assert text.page_at(0) == 10101


# "⎵⎵" marks the two trailing spaces of a Markdown line break.
MARKDOWN = """---
date: '2024-05-06'
source_url: https://www.whitehouse.gov/example/
title: "Executive Order on the Protection of Coastal\\
  \\ Habitats and\\_Fisheries"
---

By the authority vested in me as President by the Constitution and the
laws of the United States of America, it is hereby ordered:

<span style="text-decoration: underline">Section 1.</span>  <span
style="text-decoration: underline">Policy</span>.  Coastal habitats under
the Magnuson-Stevens Act (16 U.S.C. 1801 *et seq.*) are a national
priority.

   \\(a\\)  The Secretary of Commerce shall act.⎵⎵
   \\(b\\)  <u>Sec</u>. 9 is not a section marker here.

                             JOSEPH R. BIDEN JR.

THE WHITE HOUSE,⎵⎵
May 6, 2024.
""".replace("⎵", " ")


def test_front_matter() -> None:
    fields, body_at = front_matter(MARKDOWN)
    assert (
        fields["title"]
        == "Executive Order on the Protection of Coastal Habitats and\u00a0Fisheries"
    )
    assert fields["date"] == "2024-05-06"
    assert MARKDOWN[body_at:].lstrip().startswith("By the authority")


def test_markdown() -> None:
    assert detect_format(MARKDOWN) == "whitehouse_md"
    text = read_markdown(MARKDOWN)
    lines = text.string.split("\n")
    assert lines[0].startswith("By the authority")
    assert lines[0].endswith("hereby ordered:")
    assert lines[1] == (
        "Section 1. Policy. Coastal habitats under the Magnuson-Stevens Act "
        "(16 U.S.C. 1801 et seq.) are a national priority."
    )
    assert lines[2] == "(a) The Secretary of Commerce shall act."
    assert lines[-3:] == ["JOSEPH R. BIDEN JR.", "THE WHITE HOUSE,", "May 6, 2024."]
    assert text.hints.date == dt.date(2024, 5, 6)
    assert "<span" not in text.string
    assert "\\" not in text.string
    assert "*" not in text.string


def test_plain_text_blank_line_paragraphs() -> None:
    source = (
        "Executive Order 14951 of March 2, 2026\n\nKeeping Records\n\n"
        "By the authority vested in me as President, it is hereby ordered:\n\n"
        "Section 1. The Archivist shall\nkeep records.\n\nSec. 2. This order is effective.\n"
    )
    assert detect_format(source) == "plain"
    lines = read_plain(source).string.split("\n")
    assert lines == [
        "Executive Order 14951 of March 2, 2026",
        "Keeping Records",
        "By the authority vested in me as President, it is hereby ordered:",
        "Section 1. The Archivist shall keep records.",
        "Sec. 2. This order is effective.",
    ]


def test_plain_text_one_paragraph_per_line() -> None:
    long = "The Secretary of State shall consult the Secretary of Defense on the matter. " * 3
    source = f"{long}\n{long}\n"
    assert read_text(source).string.count("\n") == 1


@pytest.mark.parametrize(
    "note",
    [
        "khammond on DSK9W7S144PROD with PRESDOCC",
        "ddrumheller on DSK120RN23PROD with PRESDOC-E0",
        "lotter on DSK11XQN23PROD with FR_PREZDOC0",
        "ED30JA25.009</GPH>",
        "ED06AU25.006</GPH> ED06AU25.007</GPH>",
    ],
)
def test_pdftext_margin_notes_are_dropped(note: str) -> None:
    source = PDFTEXT.replace("khammond on DSK9W7S144PROD with PRESDOCC", note)
    text = read_pdftext(source)
    assert note.split()[0] not in text.string
    assert "(b) The plan shall be public." in text.string.split("\n")


# -- White House titles: re-cased, and format characters (issue 18) ---------------------------

WEB_PAGE = """---
date: '2025-01-20'
title: {title}
---

By the authority vested in me as President by the Constitution and the
laws of the United States of America, I hereby proclaim:

Section 1.  Policy.  It is so.

DONALD J. TRUMP

THE WHITE HOUSE,
    January 20, 2025.
"""


@pytest.mark.parametrize(
    ("web", "printed"),
    [
        (
            "Declaring A National Emergency At The Southern Border Of The United States",
            "Declaring a National Emergency at the Southern Border of the United States",
        ),
        (
            "Proclamation on the Termination Of Emergency With Respect To The Southern Border",
            "Proclamation on the Termination of Emergency With Respect to the Southern Border",
        ),
        ("A Plan: The Way Of The Future", "A Plan: The Way of the Future"),
        # printed casing already, or mixed: left alone
        ("Use of Project Labor Agreements For Federal Construction", None),
        ("Designating English as the Official Language", None),
        ("Blocking Property With Respect To Cuba", None),
    ],
)
def test_white_house_titles_were_recased(web: str, printed: str | None) -> None:
    from eoparse.read.markdown import printed_case

    assert printed_case(web) == (printed or web)


def test_a_format_character_survived_in_a_title() -> None:
    title = '"Promoting COVID-\\u206019 Safety In The Air Of The Nation\\u00a0\\uFEFF"'
    order = eoparse.parse_text(WEB_PAGE.format(title=title), format="whitehouse_md")
    assert order.title == "Promoting COVID-19 Safety in the Air of the Nation"
