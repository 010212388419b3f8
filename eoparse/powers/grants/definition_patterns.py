"""The patterns of the names an order gives its actors (``the Secretary of Commerce (the
Secretary)``, ``the term "Secretary" means …``, ``… shall serve as the Executive Agent``),
read by :mod:`eoparse.powers.grants.definitions`; kept apart from the patterns of grants
(:mod:`eoparse.powers.grants.patterns`).  Every repetition is bounded (linear time)."""

from __future__ import annotations

import regex

from eoparse.powers.grants.patterns import name_words

_V = regex.VERBOSE

DEFINED_SHORT = regex.compile(
    r"""
    \ \("?(?:the\ |(?:hereinafter|hereafter)\ (?:the\ )?|collectively,?\ the\ )?"?
    (?P<short>(?:\d{1,4}\ )?[A-Z][A-Za-z&'.\-]{0,25}(?:\ [A-Za-z&'.\-]{1,25}){0,3})"?\)
    """,
    _V,
)
"""A short form defined in parentheses: `` (the Secretary)``, `` (Task Force)``, `` ("1776
Commission")``."""

LOWER_SHORT = regex.compile(
    r"""\ \("?(?:agency"?\ or\ "?)?(?P<short>agencies|agency\ heads)"?\)""", _V
)  # ("agency" or "agencies") too
"""A lower-case short form an order gives the agencies or their heads: ``executive
departments and agencies (agencies)``, ``heads of executive departments and agencies
(agency heads)``."""

DESIGNEE_BEFORE = regex.compile(
    r""",?\ or\ (?:his|her|its|their|the\ [A-Z][A-Za-z]{1,20}(?:'|’)s)\ designees?,?\ ?$""",
    _V | regex.REVERSE,
)
"""``The Secretary of Commerce, or his designee, (hereafter "Secretary")``, ``the Director
of the Office of Science and Technology Policy or the Director's designee (Director)``:
the aside between a title and the short form it is given."""

ACTOR_WORDS = regex.compile(
    r"""\b(?:Council|Committee|Board|Commission|Task\ Force|Working\ Group|Group|Office|Initiative
        |Forum|Partnership|Panel|Team|Center|Agency|Administration|Coordinator|Director|Chair
        |Chairman|Chairperson|Secretary|Administrator|Officer|Advisor|Adviser|Representative|Envoy
        |Commissioner|Counsel|Attorney\ General|Department|Service|Bureau|Corps
        |Executive\ Agent|Institute|Cell|Unit|Directorate|Organization|Subcommittee|Workgroup
        |Authority(?!\ (?:for|to|of|under)\b))\b  # a body, not a power ("Authority for …")
    """,
    _V,
)
"""Words that make a defined name an actor (an office or body), not a document or a thing."""

TERM_MEANS = regex.compile(
    r"""(?:the\ term\ )?"(?:the\ |The\ )?(?P<short>[A-Za-z][^"]{1,40})"
        \ (?:means|refers\ to|shall\ mean|shall\ refer\ to|(?:shall\ be|is)\ defined\ as)
        \ (?:the\ )?
        (?P<full>[^.;,(]{3,120})""",
    _V,
)
"""``the term "Secretary" means the Secretary of Homeland Security``; ``"the Secretary"
shall refer to the Secretary of Homeland Security``; a lower-case term (``"litigation
counsel" shall be defined as the trial counsel …``) only where it names an office."""

SERVES_AS = regex.compile(
    r"""(?:serve|act)\ as\ (?:the\ )?
        (?P<short>[A-Z][\w'\-]{1,30}(?:\ [A-Z][\w'\-]{1,30}){0,4})\b(?![\w\ ]{0,4}of\ )""",
    _V,
)
"""``the Archivist … shall serve as the Executive Agent``: the order's name for a role."""

DEFINED_OFFICE = regex.compile(
    r"""\b(?:authority|authorities|officer|officers|official|officials|appointee|appointees
        |counsel)$""",
    _V | regex.IGNORECASE,
)
"""A defined term that names an office held by a person: ``"Approval authority" means …``."""

HOLDER = regex.compile(
    r"""\b(?:individual|person|official|officer|executive|employee|head|appointee|counsel)s?\b""",
    _V,
)
"""Words in a definition that say the term is held by a person, not a legal power."""


_OF_NAME = name_words(8, word=r"[\w'&.\-]{0,30}")
"""A body's name after ``of the`` (``Air Traffic Control System``)."""

OF_NAME_AFTER = regex.compile(
    rf"""\ of\ the\ (?P<name>{_OF_NAME})""",
    _V,
)
"""The body an officer's title goes on to after its short form: ``The Chief Operating
Officer (COO) of the Air Traffic Control System``."""

FOR_NAME_AFTER = regex.compile(
    rf"""\ (?:for|on)\ the\ (?P<name>{_OF_NAME})""",
    _V,
)
"""The rest of a body's name after its short form: ``a Federal Leadership Committee
(Committee) for the Chesapeake Bay``."""

HEADED_BY_A = regex.compile(
    r"""\b[Tt]he\ (?P<body>[A-Z][\w\-']*(?:\ [A-Z][\w\-']*){0,6})
        \ shall\ be\ (?:headed|administered|led|directed|managed)\ by\ an?
        \ (?P<title>(?:Executive\ )?Director|Administrator|Coordinator)\b""",
    _V,
)
"""``The Program shall be administered by a Director``: the order's ``the Director`` is the
Director of that body."""
