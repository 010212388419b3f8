"""The raw text and the XML of one order must have the same sections (issue 20).

Every text/XML pair of the corpus is compared: the numbers of the sections
(``Sec. 1.`` … ``Sec. 11.``) must agree, unless a warning of the text or the
XML explains the difference.  One FR text yielded sections 1–7 where its XML
has 1–8: "Sec. 8." followed a page break after an unfinished sentence and was
joined to the paragraph before.
"""

from __future__ import annotations

import pytest

from eoparse.model import Order

from .conftest import corpus_index, parsed_corpus, parsed_xml, requires_corpus

EXPLAINING = frozenset(
    {
        "sections-out-of-sequence",
        "section-duplicate",
        "section-number-too-high",
        "fr-no-signature",
        "fr-no-trailer",
        "several-documents",
    }
)
"""Warnings that explain why a version's sections may differ from another's."""


def _numbers(order: Order) -> list[str]:
    return [section.number for section in order.sections]


def _pairs() -> list[tuple[str, str]]:
    out = []
    for row in corpus_index():
        files = row["files"].split(";")
        texts = [f for f in files if f.startswith("text/")]
        xmls = [f for f in files if f.startswith("xml/")]
        out += [(text, xml) for text in texts for xml in xmls]
    return out


@requires_corpus
def test_text_and_xml_sections_agree() -> None:
    texts, xmls = parsed_corpus(), parsed_xml()
    pairs = _pairs()
    assert len(pairs) > 800
    unexplained = []
    for text, xml in pairs:
        old, new = texts[text], xmls[xml]
        if _numbers(old) == _numbers(new):
            continue
        codes = {w.code for w in (*old.warnings, *new.warnings)}
        if not codes & EXPLAINING:
            unexplained.append(f"{text}: {_numbers(old)} vs {xml}: {_numbers(new)}")
    assert unexplained == [], "\n".join(unexplained)


@requires_corpus
def test_sec_8_joined_to_the_paragraph_before_a_page_break() -> None:
    """EO 13182: "... beginning on or" / [[Page 82880]] / "Sec. 8. Prior Order
    Superseded." — the section and its supersedes reference were lost to Sec. 7."""
    order = parsed_corpus().get("text/EO-13182.txt")
    if order is None:
        pytest.skip("EO 13182 is not in this corpus")
    assert _numbers(order)[-1] == "8"
    assert [r.where for r in order.references if r.relation == "supersedes"] == ["8"]
