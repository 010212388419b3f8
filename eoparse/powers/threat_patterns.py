"""Patterns of the threat an emergency action names, kept apart from the logic in
:mod:`eoparse.powers.threats`.  Every repetition is bounded (linear time)."""

from __future__ import annotations

import regex

from eoparse.powers.emergency_patterns import CLAUSE, EMERGENCY

_V = regex.VERBOSE

UNUSUAL_THREAT = regex.compile(
    r"""
    ,?\ (?:and\ )?(?:thereby\ |therefore\ |thus\ )?
    (?:constitutes?|constituting|constituted|poses?|posing|represents?|representing
      |creates?|creating|presents?|is|are|remains?|continues?\ to\ (?:constitute|pose))
    \ (?:an?\ )?(?:continuing\ )?un(?:-\ )?usual\ and
    \ ex(?:-\ )?tra(?:-\ )?or(?:-\ )?di(?:-\ )?nary\ threats?\b  # a word broken at a line end
    """,
    _V,
)
"""The verb of a finding: ``… constitute an unusual and extraordinary threat``."""

GRAVE_THREAT = regex.compile(
    r"""
    ,?\ (?:and\ )?(?:thereby\ |therefore\ |thus\ )?
    (?:constitutes?|poses?|represents?|presents?)
    \ (?:an?\ )?(?:(?:grave|serious|imminent|growing|significant|direct|continuing|severe)
                   (?:,\ and\ |\ and\ |,\ |\ )){0,4}
    threat\ to\b
    """,
    _V,
)
"""A finding in other words (NEA declarations): ``… represents a grave threat to our Nation``,
``… present a threat to the security of the United States``."""

FINDING_START = regex.compile(
    r"""
    \b(?:find|finds|found|finding|determine|determines|determined|note|notes|conclude
      |concludes|concluded|certify)
    (?:\ and\ (?:certify|determine|find))?
    (?:\ that)?[ ]
    """,
    _V | regex.REVERSE,
)
"""The words that open a finding (``I find that``), matched backwards from its verb."""

POSED_BY = regex.compile(
    rf"""unusual\ and\ extraordinary\ threat\ {CLAUSE}{{0,160}}?\ (?:posed|caused|constituted)\ by
        \ (?P<threat>{CLAUSE}{{3,300}}?)(?=,\ (?:and\ )?(?:I|which|as|to|including)\b|\.|;|$)""",
    _V,
)
"""``the unusual and extraordinary threat … posed by [the threat]``."""

OBJECT = regex.compile(
    r"""
    (?:,?\ under\ [^,.;]{1,60}?,?)?                         # ", under IEEPA,"
    (?:\ exists)?
    \ (?P<prep>with\ respect\ to|to\ deal\ with|to\ address|arising\ from|by\ reason\ of
      |concerning|regarding|in\ response\ to|caused\ by|at|in|on|along|within)
    \ (?P<object>[^.;:]{3,300}?)(?=,\ and\b|,\ |\.|;|:|$)
    """,
    _V,
)
"""What the declaring sentence declares the emergency about: ``declare a national
emergency with respect to [X]``, ``… exists at [a place]`` (a place is no threat)."""

PLACE_PREPOSITIONS = frozenset({"at", "in", "on", "along", "within"})
"""An object after these is where the emergency exists, not what threatens."""

ANAPHORIC = regex.compile(
    r"""
    \A(?:[Tt]hey|[Ii]t)\b
    | \A(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ss]uch|[Tt]he\ foregoing|[Tt]he\ above)
      (?:,?\ [^\s,;]{1,30}){0,15}\Z                          # a pointer and a few words
    | \b(?:described|set\ forth|identified)\ (?:above|herein|in\ this\ order)\Z
    """,
    _V,
)
"""A threat that only points back (``these actions``, ``They``, ``This assault on …``, ``the
circumstances described above``): the words it points to are the threat.  A pointer that
opens a long subject (``The foregoing circumstances, the prolonged attacks, and the
increased numbers of …``) says more."""

POINTER_START = regex.compile(
    r"""\A(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ss]uch|[Tt]hey|[Ii]t|[Tt]heir|[Ii]ts
        |[Tt]he\ foregoing|[Tt]he\ above)\b""",
    _V,
)
"""A sentence that opens by pointing back cannot be what another sentence points to."""

TO_COVER = regex.compile(
    rf"""\bexpand(?:s|ing)?\ the\ scope\ of\ the\ {EMERGENCY}\ {CLAUSE}{{0,300}}?
        \ to\ (?:cover|include)\ """,
    _V,
)
"""``expand the scope of the national emergency declared in … to cover [the threat]``."""

SPEAKER = regex.compile(
    r"""
    \A(?:I,\ [^,]{2,60},\ President\ of\ the\ United\ States(?:\ of\ America)?,\ )
    | \A(?:Therefore|Accordingly|Consequently|Thus|Further|Furthermore|In\ addition
        |For\ these\ reasons|In\ light\ of\ these\ findings|NOW,\ THEREFORE),?
        \ (?:I,\ [^,]{2,60},\ President[^,]{0,40},\ )?
    | \A(?:(?:Section|Sec\.)\ \d{1,3}[a-z]?\.\ (?:[A-Z][^.]{0,80}\.\ )?)?  # a section's label
      \((?:[a-z]{1,4}|[0-9]{1,3})\)\ (?:[A-Z][^.]{0,80}\.\ )?         # a paragraph's
    | \A(?:Section|Sec\.)\ \d{1,3}[a-z]?\.\ (?:[A-Z][^.]{0,80}\.\ )?
    """,
    _V,
)
"""Words before a finding that are not the threat: the President's name, ``Therefore,``."""

THREAT_TAIL = regex.compile(
    r"(?:,?\ (?:and\ )?(?:thereby|therefore|thus|which|that)){1,3}\Z",
    _V,
)
"""Words left at the end of a finding's subject (``…, and thereby``)."""

EMERGENCY_WORDS = regex.compile(rf"\b{EMERGENCY}\b", _V)

__all__ = [
    "ANAPHORIC",
    "EMERGENCY_WORDS",
    "FINDING_START",
    "GRAVE_THREAT",
    "OBJECT",
    "PLACE_PREPOSITIONS",
    "POINTER_START",
    "POSED_BY",
    "SPEAKER",
    "THREAT_TAIL",
    "TO_COVER",
    "UNUSUAL_THREAT",
]
