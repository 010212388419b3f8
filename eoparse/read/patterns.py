"""Layout patterns of the Federal Register renditions, kept apart from the readers' logic.

Every pattern here matches a *whole line* of layout (``fullmatch`` on the
stripped line) or a bounded token, so none can run away on hostile input.
"""

from __future__ import annotations

import regex

from eoparse.grammar.dates import DAY_DIGITS, MONTH_LETTERS, STAMP_DATE, YEAR_DIGITS

_V = regex.VERBOSE

# -- GPO raw text (govinfo "Text" rendition) ---------------------------------------

FR_HEADER_VOLUME = regex.compile(
    r"""\[Federal\ Register\ Volume\ (?P<volume>\d{1,3}),\ Number\ \d{1,4}
        \ \((?P<date>[^)\n]{0,60})\)\]""",
    _V,
)
"""``[Federal Register Volume 66, Number 186 (Tuesday, September 25, 2001)]``."""

FR_HEADER_LINE = regex.compile(
    r"""
    \[Presidential\ Documents\]                     # the section of the FR issue
    | \[Pages?\ [\divxlc]{1,6}(?:-[\divxlc]{1,6})?\]  # [Pages 49077-49083]
    | From\ the\ Federal\ Register\ Online\b.{0,120}
    | \[DOCID:[^\]\n]{0,60}\]
    | \[FR\ Doc\ No:\ ?[^\]\n]{1,40}\]
    """,
    _V,
)
"""The other lines of GPO's bracketed header block."""

FR_HEADER_DOCNO = regex.compile(r"\[FR Doc No: ?(?P<docno>[^\]\n]{1,40})\]")
"""``[FR Doc No: 01-24205]`` in the header block."""

PAGE_MARKER = regex.compile(r"\[\[Page (?P<page>[\divxlc]{1,6})\]\]")
"""``[[Page 49079]]``: a page starts here (roman numbers on Part covers)."""

RUNNING_HEAD = regex.compile(
    r"""
    Federal\ Register\ ?/\ ?Vol\.\ (?P<volume>\d{1,3}),\ No\.\ \d{1,4}\ ?/   # volume and issue
    [^/\n]{0,40}/?                                  # weekday and date
    \ ?(?:Presidential\ Documents|Rules\ and\ Regulations|Notices)?    # FR section, may wrap
    """,
    _V,
)
"""A running head: ``Federal Register / Vol. 66, No. 186 / Tuesday, September 25, 2001 /``
``Presidential Documents`` (the last part may wrap onto the next line)."""

LAYOUT_LINE = regex.compile(
    r"""
    Presidential\ Documents                  # side label and wrapped running head
    | Title\ 3[-—]{1,2}                      # Title 3-- / Title 3—
    | The\ President                         # the Part's masthead
    | Part\ [IVXLC]{1,6}                     # Part cover page
    | [_\-=]{10,}                            # rules
    | \[GRAPHIC\]\ ?\[TIFF\ OMITTED\]\ ?\S{1,30}
    | [<\[]GRAPHICS?\(?S?\)?\ NOT\ AVAILABLE\ IN\ TIFF\ FORMAT[>\]]
    | Billing\ [Cc]ode\ [\w\-–]{1,20}
    | Filed\ [\d\-–]{5,10};\ [\d:]{3,5}\ [ap]\.?m\.?\]
    """,
    _V,
)
"""Lines that are layout in every FR rendition (matched against the stripped line)."""

TRAILER_LINE_NUMBER = regex.compile(r"\d{1,3}\ (?=\[FR\ Doc|Filed\ |Billing\ [Cc]ode)")
"""A typesetter's line number left before the trailer (``15 [FR Doc. 98-32953``)."""

GRAPHIC_OMITTED = regex.compile(r"\[GRAPHIC\] ?\[TIFF OMITTED\]")
"""An image (a table, a map, an annex) that the text rendition does not carry."""

SIGNATURE_MARKER = regex.compile(
    r"""
    \(Presidential\ Sig\.\)            # GPO's placeholder for the signature image
    (?P<who>[^\n]{0,60})               # <Clinton1><Clinton2>, B, or nothing
    """,
    _V,
)

FR_DOC_TRAILER = regex.compile(
    r"""
    \[FR\ Doc\.?\ (?P<docno>[A-Z]?\d{1,4}[-–]\d{1,6}(?:[-–]\d{1,3})?)   # [FR Doc. 01-24205
    (?:\s{1,20}Filed\ [^\]\n]{0,30}\])?                                # Filed 9-24-01; 1:05 pm]
    """,
    _V,
)
"""The FR document trailer: the end of the document."""

FR_DOC_LINE = regex.compile(r"^[\ \t]*FR\ Doc\.\ [A-Z]?\d{1,4}[-–]\d{1,6}[\ \t]*$", regex.MULTILINE)
"""The trailer printed without its bracket (``FR Doc. 96-5263``, after an omitted
graphic): the reader goes on past it, but the document did end."""

GPO_ENTITY = regex.compile(
    r"""\[(?P<letter>[A-Za-z])(?P<mark>acute|grave|circ|uml|tilde|cedil|breve|macr|ring|caron)\]
      | \[(?P<name>sect|para|deg|middot|bull|squf|ndash|mdash|frac12|frac14|frac34|times|cent)\]""",
    _V,
)
"""GPO's SGML character entities: ``[ocirc]`` → ô, ``[aacute]`` → á, ``[sect]`` → §."""

DEBRIS = regex.compile(r"\ufffd[A-Z0-9*]{1,12}(?:\ufffd[A-Z0-9*]{1,12}){0,4}\ufffd?")
"""GPO conversion debris such as ``\ufffdMDBU\ufffd*ERR01*\ufffdMDNM\ufffd``."""

# -- pdftotext output of FR PDFs ---------------------------------------------------

PDF_MARGIN_NOTE = regex.compile(
    rf"""
    (?:
        VerDate\ [^\n]{{0,40}}                       # VerDate Sep<11>2014
      | \d{{1,2}}:\d\d\ {STAMP_DATE}               # 16:45 Jan 28, 2025
      | Jkt\ \d{{1,8}}
      | PO\ \d{{5}}
      | Frm\ \d{{5}}
      | Fmt\ \d{{4}}
      | Sfmt\ \d{{4}}
      | [A-Z]:\\FR\\FM\\[^\s]{{1,30}}               # E:\FR\FM\29JAE7.SGM
      | \d{{2}}[A-Z]{{3}}[A-Z0-9]{{1,4}}                # 29JAE7
      | [\w.]{{1,30}}\ on\ [A-Z0-9]{{6,30}}\ with\ [A-Z][\w-]{{1,15}}
                        # khammond on DSK... with PRESDOCC, … with PRESDOC-E0, … with FR_PREZDOC0
      | [\w.]{{1,30}}\.(?:EPS|eps|tif|TIF)(?:</GPH>)?           # Trump.EPS</GPH>
      | [\w.]{{1,30}}</GPH>                                     # ED30JA25.009</GPH>
      | </?GPH[^>\n]{{0,30}}>
      | PsN:\ [^\n]{{0,30}}
    )
    (?:\s{{1,4}}(?:
        VerDate\ [^\n]{{0,20}}|\d{{1,2}}:\d\d\ {STAMP_DATE}|Jkt\ \d{{1,8}}|PO\ \d{{5}}
      | Frm\ \d{{5}}|Fmt\ \d{{4}}|Sfmt\ \d{{4}}|[A-Z]:\\FR\\FM\\[^\s]{{1,30}}
      | \d{{2}}[A-Z]{{3}}[A-Z0-9]{{1,4}}
      | [\w.]{{1,30}}</GPH>
    )){{0,12}}
    """,
    _V,
)
"""Printer's margin notes of FR PDFs, alone or several on one line."""

PDF_MASTHEAD_LINE = regex.compile(
    rf"""
    Federal\ Register
    | Vol\.\ \d{{1,3}},\ No\.\ \d{{1,4}}
    | (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\ {MONTH_LETTERS}\ {DAY_DIGITS},\ {YEAR_DIGITS}
    | Title\ 3[-—]{{1,2}}
    | The\ President
    | Presidential\ Documents
    | \d{{3,6}}                                  # the page number
    | Part\ [IVXLC]{{1,6}}
    """,
    _V,
)
"""Lines of the Part masthead and page furniture at the top of an FR PDF page."""

PDF_PAGE_NUMBER = regex.compile(r"\d{1,6}")

SIGNATURE_IMAGE = regex.compile(r"(?P<who>[A-Za-z]{3,20})#?\d?\.(?:EPS|eps)")
"""The file name of the signature image in FR PDFs: ``Trump.EPS``, ``Biden#1.EPS``."""

# -- White House Markdown ----------------------------------------------------------

FRONT_MATTER_FIELD = regex.compile(r"(?P<key>[A-Za-z_]{1,30}):[ \t]?(?P<value>[^\n]{0,2000})")
"""One ``key: value`` line of YAML front matter."""
