"""Patterns of a presidential document's structure, kept apart from the parsing logic.

They run on the normalised text (one paragraph per line, single spaces,
straight quotes, ``—`` for dashes), so each needs to know one spelling only.
Every quantifier is bounded or possessive: no pattern can backtrack
catastrophically on hostile input.
"""

from __future__ import annotations

import regex

from eoparse.grammar.dates import LOOSE_DATE

# The section marker and the paragraph label belong to the label grammar (eoparse.grammar.labels);
# named here too for the modules that read them with the other structure patterns.
from eoparse.grammar.labels import ENUMERATOR as ENUMERATOR
from eoparse.grammar.labels import SECTION as SECTION

_V = regex.VERBOSE

KIND_WORDS = r"""
    (?P<kind>Executive\ Order|EXECUTIVE\ ORDER
      | Proclamation|PROCLAMATION
      | Presidential\ Memorandum|Memorandum|MEMORANDUM
      | Notice|NOTICE
      | Presidential\ Determination|Determination
      | Presidential\ Policy\ Directive|National\ Security\ Presidential\ Memorandum
      | Reorganization\ Plan|Administrative\ Order|Order
    )
"""

HEADING = regex.compile(
    rf"""
    {KIND_WORDS}
    (?:\ No\.)?                                   # Executive Order No. 13927
    (?:\ (?P<number>\d{{1,4}}-\d{{1,3}}|\d{{1,2}},\d{{3}}|\d{{1,5}}))?   # 2009-15 / 13,224 / 13224
    (?:\ of)?                                     # "of" is sometimes missing
    (?:\ (?P<date>{LOOSE_DATE}))?                 # the signing date
    (?P<rest>[^\n]{{0,200}})                      # what follows on the heading line
    """,
    _V,
)
"""The heading line of a document: ``Executive Order 13224 of September 23, 2001``.

Matched at the start of a paragraph; :func:`heading_at` decides whether a
match really is the heading (not a Part cover entry ``Executive Order 13224—Blocking…``).
"""

HEADING_LINE = regex.compile(
    rf"""
    (?:Executive\ Order|Proclamation|Presidential\ Determination|Memorandum|Notice)
    (?:\ No\.)?(?:\ [\d,\-]{{1,9}})?(?:\ of)?\ {LOOSE_DATE}\.?
    """,
    _V,
)
"""A line that is a whole heading, for readers deciding paragraph breaks."""

HEADING_START = regex.compile(
    r"""
    (?:Executive\ Order|Proclamation|Presidential\ Determination)
    (?:\ No\.)?\ \d[\d,\-]{0,8}(?:\ of\b|$)
    | (?:Memorandum|Notice)\ of\ {LOOSE_DATE}
    """.replace("{LOOSE_DATE}", LOOSE_DATE),
    _V,
)
"""A line that starts like a heading: ``Executive Order 13494 of …``."""

PART = regex.compile(
    r"""
    (?P<label>PART|Part)\ (?P<number>[IVXLC]{1,6}|\d{1,2})
    (?:\ ?[—.:\-]\ ?|(?=\ [A-Z]{2,}|$))              # PART 1—ORIGINAL / Part 1. Policy
    """,
    _V,
)
"""A Part heading: ``PART 1—ORIGINAL CLASSIFICATION``, ``Part I. General``."""

NUMBERED = regex.compile(r"(?P<number>\d{1,2}-\d{3}[a-z]?)\.?\ ")
"""An old-style numbered paragraph: ``1-101.``, ``2-203``."""

CLAUSE = regex.compile(r"(?P<number>\d{1,2})\.\ (?=[A-Z\"(])")
"""A numbered clause of a proclamation or annex: ``1. The ...``."""

ANNEX = regex.compile(
    r"""
    (?P<label>ANNEX|Annex|APPENDIX|Appendix|SCHEDULE|ATTACHMENT|TAB
      |(?:Schedule|Attachment|Tab)(?=\ (?:[IVXLC]{1,6}|\d{1,3}|[A-Z])\b))  # "Tab" alone is a name
    (?:\ (?P<number>[IVXLC]{1,6}|\d{1,3}|[A-Z])\b)?
    (?P<rest>[^\n]{0,300})
    """,
    _V,
)
"""An annex heading after the signature: ``ANNEX``, ``Annex I—…``, ``Schedule A``."""

SECTION_HEADING = regex.compile(
    r"""
    (?P<heading>
        [A-Z"][^.\n]{0,118}?            # a short phrase, no sentence break inside
    )
    \.(?=\ |$|\((?:a|A|1|i)\)\ )         # ends at the first period ("Workers.(a) …")
    """,
    _V,
)
"""The candidate heading after a section marker: ``Purpose.``, ``General Provisions.``."""

LONG_HEADING = regex.compile(
    r"""
    (?P<heading>
        [A-Z0-9"][^\n]{0,300}?         # a long phrase, abbreviations ("U.S.") allowed
    )
    (?:\.|\."|"\.)\ (?=\(\ ?(?:a|A|1|i)\ ?\)\ )   # a period (and a quote) before the label
    """,
    _V,
)
"""A heading too long for :data:`SECTION_HEADING`, or holding an abbreviation, that a
first paragraph label follows on the same line: ``Sec. 3. Suspension of Issuance of
Visas … of Particular Concern. (a) The Secretary …``."""

WHITE_HOUSE = regex.compile(r"THE WHITE HOUSE,?|The White House,?")
"""The place line of the signature block."""

WITNESS = regex.compile(r"IN WITNESS WHEREOF")
"""The testimonium that opens a proclamation's signature block."""

SIGNER_LINE = regex.compile(r"[A-Z][A-Z.\-' ]{4,40}(?:,? JR\.?)?")
"""The president's name printed in capitals above ``THE WHITE HOUSE``."""

BODY_START = regex.compile(
    r"""
    By\ the\ authority | By\ virtue\ of | Pursuant\ to | Under\ the\ authority
    | NOW,?\ THEREFORE | MEMORANDUM\ FOR | Memorandum\ for | I\ hereby\ | On\ [A-Z][a-z]+\ \d
    | Section\ 1\b | Sec\.\ 1\b | WHEREAS | In\ accordance\ with
    """,
    _V,
)
"""Words that open the body of a document rather than its title."""

PRESIDENT_FIRST_PERSON = regex.compile(
    r"\bI,\ (?P<name>[A-Z][A-Z.\-' ]{4,40}?(?:,?\ JR\.)?),\ (?:President|by\ virtue)",
    _V,
)
"""``I, GEORGE W. BUSH, President of the United States``."""

TITLE_PREFIX = regex.compile(
    r"""
    (?:A\ )?
    (?:Executive\ Order|Presidential\ Memorandum|Memorandum|Proclamation|Notice
      |Statement|Fact\ Sheet)
    (?:\ (?i:on|to|of|for|regarding)(?:\ the(?=\ ))?)?   # "Executive Order on the Revision of ..."
    \ ?[:\-—]?\ ?
    """,
    _V,
)
"""The ``Executive Order on`` prefix of White House page titles."""

PROCLAIM = regex.compile(r"\b(?:do\ )?hereby\ proclaim|\bI\ hereby\ proclaim", _V)
ORDERED = regex.compile(r"\bit\ is\ (?:hereby\ )?ordered|\bI\ hereby\ order", _V)
MEMO_OPENER = regex.compile(r"(?:MEMORANDUM|Memorandum)\ (?:FOR|for)\ ", _V)
CONTINUATION_NOTICE = regex.compile(
    r"Continuation\ of\ (?:the\ )?(?:National\ )?Emergency|continuing\ for\ 1\ year", _V
)

QUOTE_OPENER = regex.compile(
    r"""
    \b(?:amended|revised|replaced|superseded|inserting|inserted|insert|adding|add|added|substituting
       |substituted|modified|redesignated|renumbered|restated|amend)\b
    (?:(?!\b[a-z]{2,}\.\ [A-Z])[^\n]){0,400}?               # within its sentence
    (?:follows|following(?:\ [^\n:"]{1,80})?|reads?|text   # "… the following text at the end
       |in\ lieu\ thereof                                  #  of subsection (c):"
       |(?:after|before)\ (?:sub)?(?:section|paragraph)\ [\w().\-]{1,20}  # "add after (c):"
    )\ ?:\ ?"?$
    """,
    _V,
)
"""A paragraph that introduces text inserted into another document (quoted material)."""

ITEM_OPENER = regex.compile(r"(?:\(\w{1,5}\)|[a-z]{1,2}\.|\d{1,2}\.)\ ", _V)
"""The label an item of an amending list opens with: ``(c) ``, ``b. ``, ``2. ``."""

CITING_END = regex.compile(
    r"""
    \b(?:[Ss]ub)?(?:section|paragraph|clause)s?    # … in accordance with subsection
    $                                           # then the label it cites: (g)(ii) of …
    """,
    _V,
)
"""The end of a line that goes on to cite a label: the label opening the next line is a
cross-reference, however short the line."""

INLINE_ITEM = regex.compile(r"(?<=\.\ )\((?P<label>\w{1,5})\)\ ", _V)
"""An item opening after a sentence's end inside a paragraph: a section's first item,
printed after its marker and heading (``Sec. 1. Amendments. (a) …``)."""

QUOTE_OPENED_INLINE = regex.compile(
    r"""
    \b(?:amended|revised|replaced|added|inserted|redesignated|renumbered|restated)\b
    [^\n"]{0,400}?
    \b(?:read|reads|follows|following)\b:?\ ?(?=")    # shall read "Sec. 5. …
    """,
    _V,
)
"""An amendment whose quotation opens inside its own paragraph: ``A new section 5 is
added to the order and shall read "Sec. 5. … (a) …`` (the quote may run on over the
paragraphs that follow)."""

INSERTED_TEXT_OPENER = regex.compile(
    r"""
    \b(?:reads?\ as\ follows                       # "is amended to read as follows:"
      | to\ read
      | to\ add\ (?:after|before)\ (?:sub)?(?:section|paragraph)\ [\w().\-]{1,20}  # "… after (c):"
      | the\ following\ (?:new\ )?                  # "inserting … the following new part:"
        (?:part|section|subsection|paragraph|subparagraph|sentence|text|provision|definition)s?
    )\ ?:$
    """,
    _V,
)
"""An amendment that introduces new text (not a list of instructions, as ``is amended as
follows:`` does): what its paragraph ends with when the text it inserts follows it
unquoted (``… striking Part 1 and inserting in lieu thereof the following new part:``)."""

QUOTE_CLOSER = regex.compile(r"""(?:["'][.;,)]{0,2}|[.;]["'])(?:\ (?:and|or))?$""")
"""A paragraph that ends quoted material: ``... any other person."``."""
