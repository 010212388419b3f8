"""Citation patterns: U.S. Code, Statutes at Large, Public Laws, CFR, Federal Register,
and presidential documents — kept apart from the logic in :mod:`eoparse.powers.cite` and
:mod:`eoparse.powers.instruments`.

The patterns run on normalised text (single spaces, straight quotes, ``-`` for
en dashes).  Every repetition is bounded, so each pattern runs in linear time.
"""

from __future__ import annotations

import regex

from eoparse.grammar.dates import DATE
from eoparse.grammar.labels import CITED_LABEL

_V = regex.VERBOSE

SECTION_TOKEN = rf"\d{{1,5}}[a-zA-Z]{{0,3}}(?:-\d{{1,5}}[a-zA-Z]{{0,3}})?{CITED_LABEL}{{0,6}}"
"""One Code section as printed: ``1701``, ``1182(f)``, ``2349aa-9``, ``5312-5318``."""

SUBSECTION_TOKEN = rf"{CITED_LABEL}{{1,6}}"
"""A subsection standing for the previous section's: ``(3)`` in ``1702(b)(1), (3)``."""

LIST_GLUE = r"(?:,\ and\ |,\ or\ |\ and\ |\ or\ |,\ |\ through\ |\ to\ )"

NEXT_CODE = r"\ (?:U\.\ ?S\.\ ?C|USC|CFR|C\.\ ?F\.\ ?R|Stat\.|FR\ |Fed\.)"
"""A number followed by a code name starts a new citation (``, and 3 U.S.C. 301``)."""

USC = regex.compile(
    rf"""
    (?P<title>\d{{1,2}})\ (?:U\.\ ?S\.\ ?C\.|USC)(?:A\.?)?       # 50 U.S.C.
    (?:
        \ (?P<chapter_word>chapters?|ch\.)\ (?P<chapter>\d{{1,4}}[A-Z]?)   # 44 U.S.C. chapter 35
      | (?P<app>\ App(?:\.|endix))?                              # 50 U.S.C. App.
        (?:
            (?:\ ?(?:§§?|Secs?\.|secs?\.))?                      # § / Sec.
            \ ?(?P<sections>{SECTION_TOKEN}
                (?:{LIST_GLUE}(?:{SECTION_TOKEN}|{SUBSECTION_TOKEN})(?![\w/]|\.\d|{NEXT_CODE})){{0,24}}
            )
            (?P<suffix>\ (?:et\ ?seq\.?|note\b))?
        )?
    )?
    """,
    _V,
)
"""``50 U.S.C. 1701 et seq.``, ``8 U.S.C. 1182(f)``, ``28 U.S.C. 5, 44(d), and 461(a)``."""

USC_PROSE = regex.compile(
    rf"""
    (?:
        (?P<word>[Ss]ub)?(?P<unit>[Ss]ections?|[Cc]hapters?|[Ss]ubchapters?|[Pp]arts?)[ ]
        (?P<sections>{SECTION_TOKEN}(?:{LIST_GLUE}(?:{SECTION_TOKEN}|{SUBSECTION_TOKEN})){{0,12}})
        \ of[ ]
        (?:chapter\ (?P<in_chapter>\d{{1,4}}[A-Z]?)\ of\ )?
    )?
    [Tt]itle\ (?P<title>\d{{1,2}}),?\ (?:of\ )?(?:the\ )?United\ States\ Code
    (?:\ Annotated)?
    """,
    _V,
)
"""``section 301 of title 3, United States Code``;
``chapter 47 of title 10 of the United States Code``."""

USC_PROSE_REACH = 1000
"""How far before its ``United States Code`` a :data:`USC_PROSE` match can start: 929
characters at most (a unit word of 15, thirteen sections of 59 characters with their
glue of 9, ``of chapter …`` of 21, ``title 50, of the`` of 17)."""

STAT = regex.compile(
    r"(?P<volume>\d{1,3})\ Stat\.\ (?P<page>\d{1,5})(?:(?:,\ |\ and\ )(?P<more>\d{1,5})(?!\d))?",
    _V,
)
"""``91 Stat. 1626``."""

PUBLIC_LAW = regex.compile(
    r"""
    (?:Public\ Laws?|Pub\.\ ?L\.|P\.\ ?L\.)\ (?:No\.\ |Nos\.\ )?
    (?P<congress>\d{2,3})[-–](?P<number>\d{1,4})
    """,
    _V,
)
"""``Public Law 95-223``, ``Pub. L. No. 105-85``, ``P. L. 106-65``."""

CFR = regex.compile(
    r"""
    (?P<title>\d{1,2})\ (?:CFR|C\.\ ?F\.\ ?R\.)
    (?:
        \ (?P<unit>[Pp]arts?|[Cc]hapters?|[Ss]ubchapters?|[Ss]ubparts?)
        \ (?P<which>[\dA-Z]{1,5}(?:\.\d{1,5})?)
      | (?:\ ?§§?)?\ (?P<section>\d{1,5}(?:\.\d{1,6})?(?:\([a-z0-9]{1,4}\)){0,4})
    )?
    """,
    _V,
)
"""``31 CFR part 594``, ``31 C.F.R. chapter V``, ``5 CFR 213.3102``."""

FEDERAL_REGISTER = regex.compile(
    r"(?P<volume>\d{1,3})\ (?:FR|Fed\.\ ?Reg\.)\ (?P<page>\d{1,6})(?!\d)",
    _V,
)
"""``90 FR 8439``, ``66 Fed. Reg. 49079``."""


# -- presidential documents ----------------------------------------------------------

EO_NUMBER = r"\d{1,2},?\d{3}"
"""An executive order number: ``13224``, ``13,224``, ``9066``."""

EXECUTIVE_ORDERS = regex.compile(
    rf"""
    (?P<label>Executive\ [Oo]rders?|Exec\.\ Orders?|E\.\ ?O\.s?|EOs?)\ (?:Nos?\.\ )?
    (?P<first>{EO_NUMBER})(?!\d|\.\d|-\d)
    (?P<first_date>,?\ (?:of|dated)\ {DATE})?
    (?P<rest>
        (?:
            (?P<glue>,?\ and\ |,?\ or\ |,\ |\ through\ |-|–)
            (?:(?:Executive\ [Oo]rder|E\.\ ?O\.|EO)\ (?:No\.\ )?)?
            {EO_NUMBER}(?!\d|\.\d)
            (?:,?\ (?:of|dated)\ {DATE})?
        ){{0,40}}
    )
    """,
    _V,
)
"""``Executive Order 13224 of September 23, 2001``; ``Executive Orders 13769 and 13780``."""

LIST_MEMBER = regex.compile(
    rf"""
    (?P<glue>,?\ and\ |,?\ or\ |,\ |\ through\ |-|–)?
    (?:(?:Executive\ [Oo]rder|E\.\ ?O\.|EO)\ (?:No\.\ )?)?
    (?P<number>{EO_NUMBER})(?P<date>,?\ (?:of|dated)\ {DATE})?
    """,
    _V,
)
"""One member of a list of executive orders (``, and 13780 of March 6, 2017``)."""

PROCLAMATIONS = regex.compile(
    rf"""
    (?P<label>Proclamations?|Proc\.)\ (?:Nos?\.\ )?
    (?P<first>\d{{3,5}})(?!\d|\.\d|-\d)
    (?P<first_date>,?\ (?:of|dated)\ {DATE})?
    (?P<rest>(?:(?P<glue>,?\ and\ |,?\ or\ |,\ |\ through\ )
        (?:Proclamation\ (?:No\.\ )?)?\d{{3,5}}(?!\d)
        (?:,?\ (?:of|dated)\ {DATE})?){{0,30}})
    """,
    _V,
)
"""``Proclamation 9844 of February 15, 2019``; ``Proclamations 9645 and 9723``."""

PROCLAMATION_MEMBER = regex.compile(
    rf"""
    (?P<glue>,?\ and\ |,?\ or\ |,\ |\ through\ )?(?:Proclamation\ (?:No\.\ )?)?
    (?P<number>\d{{3,5}})(?P<date>,?\ (?:of|dated)\ {DATE})?
    """,
    _V,
)

DATED_DOCUMENT = regex.compile(
    rf"""
    \b                                  # at a word start: halves the time of a corpus scan
    (?P<label>
        (?:[Pp]residential\ )?[Mm]emorandum\ (?:for\ [^,.;\n]{{3,120}}?\ )?
      | [Nn]otice[ ]                      # the space: "notice of", not "noticeof"
      | [Dd]etermination[ ]
    )
    (?:of|dated)\ (?P<date>{DATE})
    """,
    _V,
)
"""``Presidential Memorandum of January 27, 2017``, ``the notice of September 24, 2001``."""

DIRECTIVE = regex.compile(
    r"""
    (?P<name>National\ Security\ Presidential\ Memorandum|Presidential\ Policy\ Directive
      |Homeland\ Security\ Presidential\ Directive|National\ Security\ Presidential\ Directive
      |National\ Security\ Directive|Presidential\ Decision\ Directive
      |National\ Security\ Decision\ Directive|National\ Security\ Decision\ Memorandum
      |NSPM|PPD|HSPD|NSPD|NSD|PDD|NSDD|NSDM)
    [-\ ](?:No\.\ )?(?P<number>\d{1,3})(?![\d.]\d)
    """,
    _V,
)
"""``NSPM-7``, ``Presidential Policy Directive 21``, ``HSPD-12``."""

DIRECTIVE_SERIES = {
    "National Security Presidential Memorandum": "NSPM",
    "Presidential Policy Directive": "PPD",
    "Homeland Security Presidential Directive": "HSPD",
    "National Security Presidential Directive": "NSPD",
    "National Security Directive": "NSD",
    "Presidential Decision Directive": "PDD",
    "National Security Decision Directive": "NSDD",
    "National Security Decision Memorandum": "NSDM",
}

TARGET_SECTIONS = regex.compile(
    r"""
    (?P<unit>(?:[Ss]ub)?[Ss]ections?|[Pp]arts?|[Pp]aragraphs?|[Ss]ubparagraphs?|[Cc]lauses?|Secs?\.)
    \ (?P<which>[\w().\-]{1,16}(?:(?:,\ and\ |\ and\ |,\ |\ through\ |\ to\ )[\w().\-]{1,16}){0,10})
    (?:,?\ (?:of|in)\ (?:[Ss]ub)?[Ss]ection\ (?P<outer>[\w().\-]{1,16}))?
    (?:,\ as\ amended,)?
    \ of\ (?:the\ )?$
    """,
    _V | regex.REVERSE,
)
"""``section 3 of `` / ``sections 1 through 4 of `` / ``subsection (b) of section 12 of ``
just before a document mention (matched against the text that precedes it)."""
