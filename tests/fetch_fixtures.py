"""Documents for the fetch tests: API metadata written by us, texts written by us or read
from the corpus.

The metadata follows the fields the Federal Register API v1 documents for a
presidential document (``document_number``, ``type``, ``subtype``,
``executive_order_number``, ``proclamation_number``, ``signing_date``,
``publication_date``, ``citation``, ``start_page``, ``end_page``,
``president`` {name, identifier}, ``disposition_notes``); it is typed in
here, not recorded.  The full texts of EO 13224 and EO 14157 are the
corpus's files (``../shared/corpus``), read at test time; every other text
is a short fictional document written for these tests.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from eoparse.fedreg.mirror import MirrorDocument

from .conftest import CORPUS, HAVE_CORPUS

TRUMP = {"name": "Donald Trump", "identifier": "donald-trump"}

EO_14990_XML = """<PRESDOCU>
<EXECORD>
<PRTPAGE P="1101"/>
<EXECORDR>Executive Order 14990 of July 4, 2026</EXECORDR>
<HD SOURCE="HED">Establishing the Committee on Test Fixtures</HD>
<FP>By the authority vested in me as President by the Constitution and the laws of the
United States of America, it is hereby ordered:</FP>
<P><E T="04">Section 1.</E> <E T="03">Establishment.</E> There is established the Committee
on Test Fixtures.</P>
<P><E T="04">Sec. 2.</E> <E T="03">Duties.</E> The Secretary of Commerce shall report to the
President within 90 days of the date of this order.</P>
<PSIG>DJT</PSIG>
<PLACE>THE WHITE HOUSE,</PLACE>
<DATE>July 4, 2026.</DATE>
<FRDOC>[FR Doc. 2026-14990 Filed 7-8-26; 8:45 am]</FRDOC>
</EXECORD>
</PRESDOCU>
"""

EO_14990_TEXT = """Executive Order 14990 of July 4, 2026

Establishing the Committee on Test Fixtures

By the authority vested in me as President by the Constitution and the laws of the
United States of America, it is hereby ordered:

Section 1. Establishment. There is established the Committee on Test Fixtures.

Sec. 2. Duties. The Secretary of Commerce shall report to the President within 90 days
of the date of this order.

THE WHITE HOUSE,
July 4, 2026.
"""

EO_14991_TEXT = """Executive Order 14991 of July 10, 2026

Amending Executive Order 14990

By the authority vested in me as President by the Constitution and the laws of the
United States of America, it is hereby ordered:

Section 1. Section 2 of Executive Order 14990 of July 4, 2026, is amended by striking
"90 days" and inserting "60 days".

THE WHITE HOUSE,
July 10, 2026.
"""

PROC_10990_TEXT = """Proclamation 10990 of March 1, 2026

Continuing the Test Emergency

By the President of the United States of America

A Proclamation

By the authority vested in me as President by the Constitution and the laws of the United
States of America, including the National Emergencies Act (50 U.S.C. 1601 et seq.), I hereby
declare that the national emergency continues.

Section 1. The Secretary of State shall report within 30 days.

IN WITNESS WHEREOF, I have hereunto set my hand this first day of March, in the year of our
Lord two thousand twenty-six.

DONALD J. TRUMP
"""

MEMO_TEXT = """Memorandum of June 2, 2026

{title}

Memorandum for the Secretary of {secretary}

By the authority vested in me as President by the Constitution and the laws of the United
States of America, I hereby direct the following:

Section 1. The Secretary of {secretary} shall report to me within 30 days.

THE WHITE HOUSE,
June 2, 2026.
"""

NOTICE_TEXT = """Notice of {signed:%B} {signed.day}, {signed.year}

Continuation of the National Emergency With Respect to Fixture {n}

On {signed:%B} {signed.day}, {declared}, by Executive Order 14990, I declared a national
emergency under the National Emergencies Act (50 U.S.C. 1601 et seq.). For this reason, the
national emergency declared in Executive Order 14990 must continue in effect for one year.

This notice shall be published in the Federal Register and transmitted to the Congress.

THE WHITE HOUSE,
{signed:%B} {signed.day}, {signed.year}.
"""

NOTICES = 25
"""Enough notices for three pages of ten."""


def _doc(files: dict[str, bytes | Path], **metadata: Any) -> MirrorDocument:
    return MirrorDocument({"type": "PRESDOCU", "president": TRUMP, **metadata}, files)


def written_documents() -> list[MirrorDocument]:
    """The fictional documents: always available."""
    docs = [
        _doc(
            {"xml": EO_14990_XML.encode(), "text": EO_14990_TEXT.encode()},
            document_number="2026-14990",
            title="Establishing the Committee on Test Fixtures",
            subtype="Executive Order",
            executive_order_number=14990,
            signing_date="2026-07-04",
            publication_date="2026-07-09",
            citation="91 FR 1101",
            start_page=1101,
            end_page=1102,
            disposition_notes="See: EO 14991, July 10, 2026",
        ),
        # EO 14991 twice: the order and a republication (several documents match)
        *(
            _doc(
                {"text": EO_14991_TEXT.encode()},
                document_number=number,
                title="Amending Executive Order 14990",
                subtype="Executive Order",
                executive_order_number=14991,
                signing_date="2026-07-10",
                publication_date=published,
                citation=citation,
                start_page=int(citation.split()[-1]),
                end_page=int(citation.split()[-1]),
            )
            for number, published, citation in (
                ("2026-15001", "2026-07-14", "91 FR 1201"),
                ("R1-2026-15001", "2026-07-20", "91 FR 1301"),
            )
        ),
        # the API says the proclamation was signed on March 2; its text says March 1
        _doc(
            {"text": PROC_10990_TEXT.encode()},
            document_number="2026-04455",
            title="Continuing the Test Emergency",
            subtype="Proclamation",
            proclamation_number="10990",
            signing_date="2026-03-02",
            publication_date="2026-03-05",
            citation="91 FR 901",
            start_page=901,
            end_page=902,
        ),
        # two memoranda signed the same day
        *(
            _doc(
                {"text": MEMO_TEXT.format(title=title, secretary=secretary).encode()},
                document_number=number,
                title=title,
                subtype="Memorandum",
                signing_date="2026-06-02",
                publication_date="2026-06-05",
                citation=citation,
            )
            for number, title, secretary, citation in (
                ("2026-11001", "Reporting on Test Fixtures", "Commerce", "91 FR 1001"),
                ("2026-11002", "Reporting on Test Harnesses", "Energy", "91 FR 1005"),
            )
        ),
    ]
    for n in range(NOTICES):
        signed = dt.date(2025, 1, 6) + dt.timedelta(days=7 * n)
        text = NOTICE_TEXT.format(signed=signed, declared=signed.year - 1, n=n + 1)
        docs.append(
            _doc(
                {"text": text.encode()},
                document_number=f"2025-{30000 + n}",
                title=f"Continuation of the National Emergency With Respect to Fixture {n + 1}",
                subtype="Notice",
                signing_date=signed.isoformat(),
                publication_date=(signed + dt.timedelta(days=3)).isoformat(),
                citation=f"90 FR {5000 + 10 * n}",
            )
        )
    return docs


def corpus_documents() -> list[MirrorDocument]:
    """EO 13224 and EO 14157 with the corpus's texts; none without the corpus."""
    if not HAVE_CORPUS:
        return []
    return [
        _doc(
            {
                "xml": CORPUS / "xml" / "EO-13224.xml",
                "text": CORPUS / "text" / "EO-13224.txt",
                "pdf": CORPUS / "pdf" / "EO-13224.pdf",
            },
            document_number="01-24205",
            title="Blocking Property and Prohibiting Transactions With Persons Who Commit, "
            "Threaten To Commit, or Support Terrorism",
            subtype="Executive Order",
            executive_order_number=13224,
            signing_date="2001-09-23",
            publication_date="2001-09-25",
            citation="66 FR 49079",
            start_page=49079,
            end_page=49083,
            president={"name": "George W. Bush", "identifier": "george-w-bush"},
            disposition_notes="See: EO 13268, July 2, 2002; EO 13284, January 23, 2003; "
            "EO 13372, February 16, 2005; EO 13886, September 9, 2019",
        ),
        _doc(
            # no XML: the text of the PDF stands in for the API's raw text
            {"text": CORPUS / "pdftext" / "EO-14157.txt", "pdf": CORPUS / "pdf" / "EO-14157.pdf"},
            document_number="2025-02004",
            title="Designating Cartels and Other Organizations as Foreign Terrorist "
            "Organizations and Specially Designated Global Terrorists",
            subtype="Executive Order",
            executive_order_number=14157,
            signing_date="2025-01-20",
            publication_date="2025-01-29",
            citation="90 FR 8439",
            start_page=8439,
            end_page=8441,
        ),
    ]
