"""Patterns of what an order does by its own force, kept apart from the logic in
:mod:`eoparse.powers.measures` and :mod:`eoparse.powers.entry`.

Every repetition is bounded (linear time).  ``CLAUSE`` is one character of a
clause: no full stop or semicolon, but the stops of abbreviations
(``U.S.C.``) are part of it.
"""

from __future__ import annotations

import regex

from eoparse.grammar.dates import DATE
from eoparse.powers.emergency_patterns import CLAUSE

_V = regex.VERBOSE

WHEN = r"(?:[^.;]|(?<=\ [ap])\.(?=m\.)|(?<=\ [ap]\.m)\.|(?<=\b[A-Z][a-z]{0,3})\.)"
"""One character of a time expression (``12:01 a.m. eastern daylight time on …``)."""

STOP = r"(?=\.(?:\ [A-Z(\"]|\n|$)|;|:|$)"
"""Where a clause ends: a full stop before a new sentence (not the stops of ``U.S.C. 4533``),
a semicolon or a colon."""

# -- entry --------------------------------------------------------------------------------

ENTRY_PASSIVE = regex.compile(
    rf"""
    \b(?:[Tt]he\ )?(?:unrestricted\ )?(?:immigrant\ and\ nonimmigrant\ )?(?:entry|immigration)
    (?:\ into\ the\ United\ States)?
    (?P<subject>\ of\ (?:(?!\ entry\ ){CLAUSE}){{3,300}}?)      # whose entry (the last one)
    \ (?:is|are|be|shall\ be)\ (?:hereby\ )?(?:temporarily\ )?
    (?P<verb>suspended(?:\ and\ limited)?|limited|restricted)\b
    """,
    _V,
)
"""``the entry into the United States of nationals of … is hereby suspended``, ``… be
suspended for 90 days``, ``… is limited``."""

ENTRY_ACTIVE = regex.compile(
    rf"""
    \b(?:I\ )?(?:hereby\ |thus\ |therefore\ |also\ ){{0,2}}
    (?P<verb>suspend|limit|restrict)\ (?:the\ |any\ such\ |such\ )?
    (?:immigrant\ and\ nonimmigrant\ )?(?:entry|immigration)
    (?:\ into\ the\ United\ States)?(?:,\ as\ immigrants\ (?:and|or)\ nonimmigrants,)?
    (?P<subject>\ of\ {CLAUSE}{{3,300}}?(?=\ for\ \d|\ until\ |,|{STOP}))?
    """,
    _V,
)
"""``I hereby suspend entry into the United States, as immigrants and nonimmigrants, of such
persons for 90 days``, ``… and thus suspend any such entry until …``."""

DIRECTED = regex.compile(
    r"""(?:\bshall|\bmay|\bto|\bwould|\bnot|\bwill|\bcould|\bmight)\ ["“]?$""",
    _V | regex.REVERSE,
)
"""``The Secretary shall suspend …``: a duty given to an official, not the order's act."""

DETRIMENTAL = regex.compile(
    rf"""
    \b(?:[Tt]he\ )?(?:unrestricted\ )?(?:immigrant\ and\ nonimmigrant\ )?entry
    (?:\ into\ the\ United\ States)?
    \ of\ (?P<who>{CLAUSE}{{3,400}}?)
    (?:,)?\ (?:would\ be|is|are)\ detrimental\b
    """,
    _V,
)
"""``the unrestricted entry into the United States of nationals of Iran, Libya … would be
detrimental``: who a suspension that says ``those six countries`` means."""

POINTS_BACK = regex.compile(
    r"""\b(?:those|these|such|the\ designated)\ (?:\w+\ ){0,2}?(?:countries|persons|aliens
        |individuals|nationals)\b|\bany\ such\ entry\b|\bsuch\ entry\b""",
    _V,
)
"""A suspension whose subject points back (``those six countries``, ``such persons``)."""

# -- property and conduct -----------------------------------------------------------------

BLOCKED = regex.compile(
    r"""
    \b(?P<subject>[Aa]ll\ property\ and\ interests\ in\ property\b[^;]{0,600}?)
    \ (?:are|is)\ (?:hereby\ )?blocked\b
    | \bhereby\ order\ blocked\ (?P<ordered>all\ property\ and\ interests\ in\ property\b
      [^;:]{0,300}?)(?=\ of:|:|;|\.\ )
    """,
    _V,
)
"""``All property and interests in property … of the following persons … are blocked``;
``I hereby order blocked all property and interests in property …``."""

PROHIBITED = regex.compile(
    r"""
    \ (?:is|are|shall\ be)\ (?:hereby\ )?prohibited\b
    (?!\ (?:by|under|pursuant)\b)                     # "prohibited by law": a statement
    """,
    _V,
)
"""``… is prohibited``, ``the following are prohibited:``."""

PROHIBIT_ACTIVE = regex.compile(
    rf"\bI\ (?:also\ |further\ )?hereby\ prohibit\ (?P<subject>{CLAUSE}{{3,300}}?){STOP}",
    _V,
)
"""``… and I hereby prohibit such donations``."""

SUBJECT_START = regex.compile(r",\ (?=(?:the|any|all|The|Any|All)\b)|:\ |\)\ (?=[A-Z])", _V)
"""Where the subject of a passive prohibition begins (after ``Except …, and notwithstanding
…, ``)."""

QUOTE_MARK = regex.compile(r'["“”]')
"""A quote mark, straight or curly: whether a verb lies inside a quotation."""

NOT_ACTED = regex.compile(
    r"""\b(?:not|nothing|would|could|might|otherwise|already|that|which|previously)\b
        [^.;]{0,50}$""",
    _V | regex.REVERSE,
)
"""Words before a verb that show the order is not acting: ``is not prohibited``, ``conduct
that is prohibited``."""

# -- time ---------------------------------------------------------------------------------

EFFECTIVE = regex.compile(
    rf"""
    \b(?P<subject>(?:This|The)\ (?:order|proclamation|memorandum|section\ \w{{1,6}}))
    \ (?:is|shall\ be|shall\ become|becomes)\ effective
    \b(?P<when>{WHEN}{{0,160}})                                   # immediately / on …
    """,
    _V,
)
"""``This order is effective immediately`` / ``… shall be effective at 12:01 a.m. … on``."""
EFFECTIVE_REACH = 33
"""How far into an :data:`EFFECTIVE` or :data:`TAKE_EFFECT` match its ``effect`` stands
at most: ``This`` or ``The``, ``section`` and six characters, ``shall become``, spaces."""

TAKE_EFFECT = regex.compile(
    rf"""
    \b(?P<subject>(?:This|The)\ (?:order|proclamation|memorandum|section\ \w{{1,6}}))
    \ shall\ take\ effect\b(?P<when>{WHEN}{{0,160}})
    """,
    _V,
)
"""``This order shall take effect on January 20, 2025``."""

EFFECTIVE_ACT = regex.compile(
    rf"""
    \b[Ee]ffective\ (?P<when>{DATE}|immediately|as\ of\ {DATE}|at\ [^,]{{3,60}}?\ on\ {DATE}),
    \ I\ (?:hereby\ )?(?P<verb>revoke|terminate|rescind)
    """,
    _V,
)
"""``Effective July 1, 2025, I hereby terminate the national emergency … and revoke …``."""
EFFECTIVE_ACT_REACH = 1
"""How far into an :data:`EFFECTIVE_ACT` match its ``ffective`` stands: after ``[Ee]``."""

REVOKED_EFFECTIVE = regex.compile(
    rf"""
    \b(?:is|are)\ (?:hereby\ )?(?:revoked|rescinded|terminated)
    ,?\ (?P<when>(?:effective|as\ of)\ {WHEN}{{3,160}}?)(?=,(?!\ \d{{4}})|\.\ |\.$|;|$)
    """,
    _V,
)
"""``Executive Order 13260 … is hereby revoked effective as of March 31, 2003``; ``… is
revoked as of the effective date of this order``."""
REVOKED_EFFECTIVE_REACH = 23
"""How far into a :data:`REVOKED_EFFECTIVE` match its ``effective`` or ``as of`` stands at
most: ``are hereby terminated,`` and a space."""

EXPIRE = regex.compile(
    rf"""
    \b(?P<subject>(?:[Tt]his|[Tt]he)\ [A-Za-z0-9\ \-]{{2,60}}?)
    \ (?:shall|will)\ (?P<verb>expire|sunset|terminate|cease\ to\ (?:be\ in|have)\ effect
      |remain\ in\ effect\ (?=until|for|through))
    \ (?P<when>(?:on|at|upon|after|within|no\ later\ than|not\ later\ than|until|for|through
        |when|unless|\d|one|two|three|four|five|six|[A-Z][a-z]{{2,8}}\ \d)
      {WHEN}{{0,160}})
    """,
    _V,
)
"""``This order shall expire 2 years from the date of this order``; ``The Committee shall
terminate 2 years after …`` (a time follows: ``shall terminate the Council`` is a duty)."""
EXPIRE_REACH = 72
"""How far into an :data:`EXPIRE` match its verb stands at most: ``This``, sixty
characters of subject, ``shall`` and spaces."""

DURATION = regex.compile(
    r"""
    \bfor\ (?P<duration>(?:a\ period\ of\ )?(?:\d{1,3}|[a-z]{3,12})(?:\ \(\d{1,3}\))?
      (?:-|\ )(?:days?|months?|years?))\b
    | \b(?P<until>until\ (?:such\ time\ as|a\ finding|[A-Z][a-z]{2,8}\ \d|the\ )[^.;,]{3,160})
    | \b(?P<during>during\ the\ (?:period|pendency|continuance)\ of\ [^.;,]{3,120})
    """,
    _V,
)
"""``for 90 days``, ``for ninety (90) days``, ``until such time as …``, ``during the period
of that national emergency``."""

# -- exceptions and waivers ---------------------------------------------------------------

NOT_APPLY = regex.compile(
    rf"""
    (?P<what>\b(?:[Tt]he|[Tt]his|[Ss]ections?|[Ss]ubsections?|[Pp]aragraphs?)\ {CLAUSE}{{0,160}}?)
    \ (?:shall|does|do|will)\ (?:not\ apply|(?P<only>apply\ only))\ (?:with\ respect\ )?to
    (?P<whom>(?::|\ {CLAUSE}{{3,300}}?{STOP}))
    """,
    _V,
)
"""``The suspension of entry pursuant to section 2 of this order shall not apply to: …``, and
its converse, ``… shall apply only to foreign nationals … who: (i) …``: both narrow a
measure."""
NOT_APPLY_REACH = 179
"""How far into a :data:`NOT_APPLY` match its ``not apply`` or ``apply only`` stands at
most: ``Subsections``, 160 characters of clause, ``shall`` and spaces."""

CASE_BY_CASE = regex.compile(
    r"""
    \bcase[-\ ]by[-\ ]case
    | \bmay\ (?:,\ [^,.;]{1,80},\ )?(?:\w+\ ){0,3}?waive\b
    | \b(?:is|are)\ (?:hereby\ )?authorized\ to\ (?:grant\ )?waive\b
    | \bmay\ (?:\w+\ ){0,3}?grant\ (?:to\ [^.;:]{1,80}?\ )?(?:an?\ )?(?:written\ )?waivers?\b
    """,
    _V,
)
"""``… may, in their discretion, decide on a case-by-case basis to authorize …``; ``The
Secretary may waive …``; ``… may grant to any current or former appointee a written
waiver of …``."""

OPENER = regex.compile(
    r"""
    (?:(?:Section|Sec\.)\ \d{1,3}[a-z]?\.\ )?                       # "Sec. 2."
    (?:\((?:[a-z]{1,4}|[0-9]{1,3})\)\ )?                               # "(c)"
    (?:[A-Z][\w\-]{0,30}(?:\ [A-Za-z][\w\-]{0,30}){0,5}\.\ (?=[A-Z(]))?  # "Waivers."
    (?:\((?:[a-z]{1,4}|[0-9]{1,3})\)\ )?                               # "Waiver. (a)"
    (?:Notwithstanding\ [^,;.]{3,200},\ |In\ addition,\ |However,\ |Further,\ )?
    """,
    _V,
)
"""What opens a sentence before its subject: a section or paragraph label and heading
(``(c) Waivers.``), ``Notwithstanding the suspension …,``."""

OFFICIAL_BEFORE = regex.compile(
    rf"""
    (?P<who>(?:[Tt]he|[Aa]|[Aa]n|[Aa]ny)\ {CLAUSE}{{3,240}}?)
    ,?\ (?:may|is\ (?:hereby\ )?authorized\ to|are\ (?:hereby\ )?authorized\ to)\b
    """,
    _V,
)
"""Who may grant a waiver: the subject of its ``may`` (``a consular officer, or … the
Commissioner …, may``)."""

WAIVED = regex.compile(
    rf"""
    \bI\ (?:also\ |further\ )?(?:hereby\ )?(?:[^.;]{{0,120}}?\ and\ hereby\ )?waive\ (?!my\b)
    (?P<subject>{CLAUSE}{{3,300}}?){STOP}
    | (?P<passive>\b(?:[Tt]he\ )?(?:requirements?|application|provisions?|prohibitions?)
      \ of\ {CLAUSE}{{3,300}}?)\ (?:is|are)\ (?:hereby\ )?waived\b
    """,
    _V,
)
"""``I hereby waive the requirements of 50 U.S.C. 4533(a)(1) through (a)(6)``; ``the
requirements of section 301(a)(2) … of the Act are waived during …``."""

__all__ = [
    "BLOCKED",
    "CASE_BY_CASE",
    "DETRIMENTAL",
    "DIRECTED",
    "DURATION",
    "EFFECTIVE",
    "EFFECTIVE_ACT",
    "EFFECTIVE_ACT_REACH",
    "EFFECTIVE_REACH",
    "ENTRY_ACTIVE",
    "ENTRY_PASSIVE",
    "EXPIRE",
    "EXPIRE_REACH",
    "NOT_ACTED",
    "NOT_APPLY",
    "NOT_APPLY_REACH",
    "OFFICIAL_BEFORE",
    "OPENER",
    "POINTS_BACK",
    "PROHIBITED",
    "PROHIBIT_ACTIVE",
    "REVOKED_EFFECTIVE",
    "STOP",
    "SUBJECT_START",
    "TAKE_EFFECT",
    "WAIVED",
    "WHEN",
]
