"""Federal Register XML and federalregister.gov HTML, on documents written for these tests."""

from __future__ import annotations

import pytest

import eoparse
from eoparse.errors import MalformedXML, NotAPresidentialDocument
from eoparse.model import Kind
from eoparse.read import detect_format, read_bytes, read_text
from eoparse.read.base import normalise_inline
from eoparse.read.html import read_html
from eoparse.read.xml import infer_volume, read_xml

EXECORD = """<?xml version="1.0" encoding="UTF-8"?>
<PRESDOCU>
  <EXECORD>
    <TITLE3>Title 3\u2014</TITLE3>
    <PRES>The President<PRTPAGE P="30101"/>
    </PRES>
    <EXECORDR>Executive Order 14991 of July 10, 2026</EXECORDR>
    <HD SOURCE="HED">Protecting Coastal Harbors and the Communities of the </HD>
    <LI>Gulf Coast</LI>
    <FP>By the authority vested in me as President by the Constitution and the laws of the
      United States of America, including the Coastal Act (33 U.S.C. 1401 <E T="03">et seq</E>.),
      it is hereby ordered:</FP>
    <FP>
      <E T="04">Section 1.</E>
      <E T="03">Policy.</E>(a) It is the policy of the United States to protect harbors.</FP>
    <P>(b) The Secretary of Commerce shall report<PRTPAGE P="30102"/> within 90 days.</P>
    <P SOURCE="P1"> (i) The report shall be public; and</P>
    <P SOURCE="P1"> (ii) the report shall be brief.</P>
    <FP>
      <E T="04">Sec. 2.</E>
      <E T="04">1. </E>Definitions. For the purposes of this order:</FP>
    <ST1>(a)</ST1>
    <TXT>The term \u201charbor\u201d means a port.</TXT>
    <FP>
      <E T="04">Sec. 3.</E> This order shall be published in the
      <E T="04">Federal Register</E>.</FP>
    <GPH DEEP="80" SPAN="1">
      <GID>Trump.EPS</GID>
    </GPH>
    <PSIG> </PSIG>
    <PLACE>THE WHITE HOUSE,</PLACE>
    <DATE> July 10, 2026.</DATE>
    <FRDOC>[FR Doc. 2026\u201315001</FRDOC>
    <FILED>Filed 7\u201313\u201326; 11:15 am]</FILED>
    <BILCOD>Billing code 3395\u2013F4\u2013P</BILCOD>
  </EXECORD>
</PRESDOCU>
"""


def test_fr_xml_paragraphs_pages_and_hints() -> None:
    assert detect_format(EXECORD) == "xml"
    text = read_xml(EXECORD, name="EO-14991.xml")
    assert text.format == "xml"
    assert text.string.split("\n") == [
        "Executive Order 14991 of July 10, 2026",
        "Protecting Coastal Harbors and the Communities of the Gulf Coast",
        "By the authority vested in me as President by the Constitution and the laws of the "
        "United States of America, including the Coastal Act (33 U.S.C. 1401 et seq.), it is "
        "hereby ordered:",
        "Section 1. Policy. (a) It is the policy of the United States to protect harbors.",
        "(b) The Secretary of Commerce shall report within 90 days.",
        "(i) The report shall be public; and",
        "(ii) the report shall be brief.",
        "Sec. 2.1. Definitions. For the purposes of this order:",
        '(a) The term "harbor" means a port.',
        "Sec. 3. This order shall be published in the Federal Register.",
        "THE WHITE HOUSE,",
        "July 10, 2026.",
    ]
    for line in text.string.split("\n"):
        assert normalise_inline(line) == line
    assert text.page_at(0) == 30101
    assert text.page_at(text.string.index("within 90 days")) == 30102
    assert text.page_at(text.string.index("report within")) == 30101
    assert text.hints.document_number == "2026-15001"
    assert text.hints.volume == 91  # inferred: filed in July 2026
    assert text.hints.signers == ("Trump",)
    assert text.hints.kind is Kind.EXECUTIVE_ORDER
    assert text.warnings == ()


def test_fr_xml_parses_to_the_order() -> None:
    order = eoparse.parse_bytes(EXECORD.encode("utf-8"), "EO-14991.xml")
    assert order.source_format == "xml"
    assert (order.kind, order.number, order.signed.isoformat()) == (
        "executive_order",
        14991,
        "2026-07-10",
    )
    assert order.title == "Protecting Coastal Harbors and the Communities of the Gulf Coast"
    assert order.citation == "91 FR 30101"
    assert order.document_number == "2026-15001"
    assert order.president == "Donald J. Trump"
    assert [s.path for s in order.walk()][:5] == ["1", "1(a)", "1(b)", "1(b)(i)", "1(b)(ii)"]


def test_other_documents_and_whole_issues() -> None:
    issue = """<FEDREG><VOL>91</VOL><NO>130</NO>
      <PRESDOCS><PRESDOCU><PROCLA><PRTPAGE P="30201"/>
        <PROC>Proclamation 11050 of July 12, 2026</PROC>
        <HD SOURCE="HED">Harbor Week, 2026</HD>
        <FP>NOW, THEREFORE, I do hereby proclaim July 12, 2026, as Harbor Day.</FP>
        <FRDOC>[FR Doc. 2026\u201315100 Filed 7\u201314\u201326; 8:45 am]</FRDOC>
      </PROCLA></PRESDOCU>
      <PRESDOCU><EXECORD><PRTPAGE P="30203"/>
        <EXECORDR>Executive Order 14992 of July 12, 2026</EXECORDR>
        <HD SOURCE="HED">Harbor Pilots</HD>
        <FP>By the authority vested in me, it is hereby ordered:</FP>
        <FP><E T="04">Section 1.</E> Pilots shall be licensed.</FP>
        <GPH><GID>ER14JY26.000</GID></GPH>
      </EXECORD></PRESDOCU></PRESDOCS></FEDREG>"""
    first = read_text(issue, name="issue.xml")
    assert first.string.startswith("Proclamation 11050 of July 12, 2026\nHarbor Week, 2026\n")
    assert first.hints.kind is Kind.PROCLAMATION
    assert first.hints.volume == 91  # from VOL
    assert any("2 presidential documents" in w.message for w in first.warnings)
    second = read_text(issue, name="EO-14992.xml")
    assert second.string.startswith("Executive Order 14992 of July 12, 2026\nHarbor Pilots\n")
    assert second.page_at(0) == 30203
    assert "an image (a table, a map, an annex or signature) is not carried by the text" in (
        [w.message for w in second.warnings]
    )


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
]>
<PRESDOCU><EXECORD><FP>&lol2;</FP></EXECORD></PRESDOCU>"""

EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE PRESDOCU [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<PRESDOCU><EXECORD><FP>&secret;</FP></EXECORD></PRESDOCU>"""


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (BILLION_LAUGHS, "line 2: DOCTYPE and ENTITY declarations are refused"),
        (EXTERNAL, "line 2: DOCTYPE and ENTITY declarations are refused"),
        ("<PRESDOCU>\n<EXECORD>\n<FP>open</EXECORD>\n</PRESDOCU>", "line 3, column"),
        ("<PRESDOCU><EXECORD><FP>a &nbsp; b</FP></EXECORD></PRESDOCU>", "undefined entity"),
        ("<?xml version='1.0'?>\n<PRESDOCU>", "line 2"),
    ],
)
def test_malformed_or_hostile_xml(source: str, message: str) -> None:
    with pytest.raises(MalformedXML) as raised:
        eoparse.parse_bytes(source.encode("utf-8"), "bad.xml")
    assert str(raised.value).startswith("bad.xml: ")
    assert message in str(raised.value)


def test_xml_without_a_presidential_document() -> None:
    with pytest.raises(NotAPresidentialDocument) as raised:
        read_text("<?xml version='1.0'?><RULES><RULE><P>x</P></RULE></RULES>", name="r.xml")
    assert "holds no presidential document" in str(raised.value)


@pytest.mark.parametrize(
    ("filed", "docno", "page", "volume"),
    [
        ("Filed 9-24-01; 1:05 pm]", "01-24205", 49079, 66),
        ("Filed 12-30-94; 11:46 am]", "94-32388", 309, 60),  # printed in January 1995
        ("Filed 12-21-00; 8:45 am]", "00-32999", 81001, 65),
        ("Filed 1-3-07; 8:45 am]", "06-9993", 425, 72),  # numbered in December, filed January
        ("Filed 6-21-01; 8:45 am]", "02-16041", 42469, 67),  # a misprinted Filed year
        ("Filed 1-4-10; 11:15 am]", "E9-31418", 707, 75),
        (None, "2025-02004", 8439, 90),
        (None, None, 8439, None),
    ],
)
def test_infer_volume(filed: str | None, docno: str | None, page: int, volume: int | None) -> None:
    assert infer_volume(filed, docno, page) == volume


HTML = """
  <a class="eo" href="/executive-order/14991">Executive Order 14991</a> of July 10, 2026
  <h1 id="h-1">Protecting Coastal Harbors</h1>
  <p id="p-1" data-page="30101">By the authority vested in me as President, it is hereby
  ordered:</p>
  <p id="p-2" data-page="30101"><strong>Section 1.</strong> <em>Policy.</em> (a) Harbors
  matter.<span class="printed-page printed-page-inline unprinted-element" data-page="30102">
  </span><span class="printed-page unprinted-element cj-fancy-tooltip" data-page="30102">
  <span class="text">Start Printed Page 30102</span></span> They shall be kept&nbsp;open.</p>
  <p id="p-3" data-page="30102">(b) The Secretary shall act &amp; report.</p>
  <p class="document-graphic"><a href="x"><img src="https://images.example/Trump.EPS/original.png"></a></p>
  &emsp;
  THE WHITE HOUSE,
  July 10, 2026.

  Filed 7-13-26; 11:15 am]
  <div class="end-matter">
  <p class="frdoc">[FR Doc. <a href="/a/2026-15001">2026-15001</a> </p>
  <p class="billing-code">Billing code 3395-F4-P</p>
  </div>
"""


def test_federalregister_html() -> None:
    assert detect_format(HTML) == "html"
    text = read_html(HTML, name="EO-14991.html")
    assert text.format == "html"
    assert text.string.split("\n") == [
        "Executive Order 14991 of July 10, 2026",
        "Protecting Coastal Harbors",
        "By the authority vested in me as President, it is hereby ordered:",
        "Section 1. Policy. (a) Harbors matter. They shall be kept open.",
        "(b) The Secretary shall act & report.",
        "THE WHITE HOUSE,",
        "July 10, 2026.",
    ]
    assert text.page_at(text.string.index("Harbors matter")) == 30101
    assert text.page_at(text.string.index("They shall")) == 30102
    assert text.hints.document_number == "2026-15001"
    assert text.hints.volume == 91
    assert text.hints.signers == ("Trump",)
    order = eoparse.parse_bytes(HTML.encode(), "EO-14991.html")
    assert (order.number, order.citation, order.document_number) == (
        14991,
        "91 FR 30101",
        "2026-15001",
    )
    assert [s.path for s in order.walk()] == ["1", "1(a)", "1(b)"]


def test_html_initials_and_images() -> None:
    page = (
        '<a class="eo">Executive Order 13999 of May 1, 2001</a>\n<h1>Things</h1>\n'
        '<p data-page="101">By the authority vested in me, it is hereby ordered:</p>\n'
        '<p data-page="101"><strong>Section 1.</strong> Done.</p>\nB\nTHE WHITE HOUSE,\n'
        'May 1, 2001.\n<p class="document-graphic"><img src="https://x/ED02MY01.000/a.png"></p>\n'
        '<div class="end-matter"><p class="frdoc">[FR Doc. 01-11000</p></div>'
    )
    text = read_html(page)
    assert text.string.split("\n")[-2:] == ["THE WHITE HOUSE,", "May 1, 2001."]
    assert text.hints.signers == ("B",)
    assert text.hints.volume == 66
    assert [w.message for w in text.warnings] == [
        "an image (a table, a map, an annex or signature) is not carried by the text",
    ]


def test_markup_is_recognised_from_content() -> None:
    assert detect_format(EXECORD.encode("utf-16")) == "xml"
    assert read_bytes(EXECORD.encode("utf-16"), name="EO-14991.dat").format == "xml"
    assert read_bytes(HTML.encode(), name="EO-14991.txt").format == "html"
    assert detect_format(b"<!DOCTYPE html>\n<html><body><p>x</p></body></html>") == "html"
    assert detect_format("<?xml version='1.0'?>\n<FEDREG/>") == "xml"


# -- page numbers that are digits to str.isdigit but no page (issue 18) ------------------------


def _with_page(page: str) -> str:
    return (
        '<?xml version="1.0"?>\n<PRESDOCU><EXECORD>\n'
        "<EXECORDR>Executive Order 13224 of September 23, 2001</EXECORDR>\n<HD>Title</HD>\n"
        "<FP>By the authority vested in me as President, it is hereby ordered:</FP>\n"
        f'<PRTPAGE P="{page}"/>\n<FP><E T="04">Sec. 1.</E> It is so.</FP></EXECORD></PRESDOCU>'
    )


@pytest.mark.parametrize(
    ("page", "shown"), [("\u00b249079", "'\u00b249079'"), ("4" * 5000, "(5,000 digits)")]
)
def test_xml_page_number_raised_a_foreign_valueerror(page: str, shown: str) -> None:
    """A superscript digit and a 5,000-digit page number raised ValueError from int()."""
    with pytest.raises(MalformedXML, match="line 6: PRTPAGE P=") as caught:
        eoparse.parse_text(_with_page(page), name="EO-13224.xml")
    assert shown in str(caught.value)
    assert caught.value.source == "EO-13224.xml"
    assert [page for _, page in eoparse.parse_text(_with_page("49079")).pages] == [49079]
