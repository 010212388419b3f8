"""The patterns of bodies: the words that establish, continue or end a council, committee,
commission, board or task force, and the words that say who sits on it.

Kept apart from the logic in :mod:`eoparse.powers.bodies`.  Every pattern is
linear: its repeats are bounded or consume a word each.
"""

from __future__ import annotations

import regex

_V = regex.VERBOSE

_CAP = r"(?:[A-Z][\w'’.\-]*)"
"""A capitalised word (``President's``, ``U.S.``, ``Anti-Corruption``)."""

_NUMBER = r"(?:\d{1,4}(?:st|nd|rd|th)?(?![\w.]))"
"""A number inside a name (``Year 2000``, ``250th``), never its first word."""

NAME = rf"""
    {_CAP}
    (?:\ (?:(?:of|on|for|and|the|to|in|at|with|&)\ ){{0,3}}(?:{_CAP}|{_NUMBER})){{0,16}}
"""
"""A name: capitalised words joined by a few small words (``Task Force on Market
Integrity and Consumer Fraud``)."""

BODY_NOUN = regex.compile(
    r"""
    \b(?:Task\ Force|Working\ Group|Council|Committee|Subcommittee|Commission|Board
      |Panel|Group|Team|Cell|Center|Centre|Initiative|Forum|Corps)s?\b
    """,
    _V,
)
"""The nouns that make a name a body's name; the last in a name is its kind."""

_WORD = r"(?:[A-Z](?:[\w'’\-]|\.(?=[A-Za-z]))*)"
"""A capitalised word without a period after it (the period may end a sentence), so
``U.S.`` is not one: ``the U.S. Coral Reef Task Force`` is read as ``Coral Reef Task
Force``."""

NAMED_BODY = regex.compile(
    rf"""
    (?<![\w'’&.\-])
    (?!(?:The|A|An|Each|Any|All|Such|This|That|Its|Sec|Section)\b)
    (?P<name>(?:{_WORD}\ ){{0,6}}(?:Task\ Force|Working\ Group|Council|Committee
        |Subcommittee|Commission|Board|Panel|Team|Center|Initiative|Group)
      (?:\ (?:on|for|of)\ (?:the\ )?{_WORD}              # its complement, serial commas
         (?:,\ (?:and\ )?{_WORD}                        # (", the …" starts a new name)
           |\ (?:(?:and|of|on|for|the|to|in)\ ){{0,2}}{_WORD}){{0,8}})?
    )(?![\w'’&\-])(?!\ Act\b)                           # not an Act's title
    """,
    _V,
)
"""A body's name as an order prints it, its first word capitalised and no article
(``White House Millennium Council``, ``President's Council on Fitness, Sports, and
Nutrition``): the names a bare ``the Council`` may stand for."""

CAPITALS_BEFORE = regex.compile(rf"(?:{_WORD}\ ){{1,6}}$", _V | regex.REVERSE)
"""The capitalised words right before a body noun, where its name may start."""

ESTABLISH_WORD = regex.compile(r"(?:establish(?:es|ed)?|creat(?:es|ed|e))\b", _V)
"""The verb that establishes a body (``established``, ``create``)."""

ESTABLISH_LEAD = regex.compile(
    r"""
    (?:
        (?P<there>[Tt]here\ (?:is|are|shall\ be)\ (?:hereby\ )?)
      | (?P<self>(?:I|this\ order)\ (?:hereby\ )?)
      | (?P<directed>shall(?:,\ [^,;.:]{1,80},)?\ (?:[a-z]{2,20}ly\ )?)  # shall, within …,
      | (?P<passive>\b(?:is|are)\ (?:hereby\ )?)
    )$
    """,
    _V | regex.REVERSE,
)
"""What stands before that verb: ``There is hereby``, ``I hereby``, ``The Attorney General
shall``, ``is``.  The name follows the first three, precedes the last."""

ESTABLISHED_NAME = regex.compile(
    rf"""
    (?:
        ,
      | \ effective\ (?:[A-Z][a-z]{{2,8}}\ \d{{1,2}},\ \d{{4}}|[^,;.:()]{{1,40}})(?=,)
      | \ effective\ [^,;()]{{1,60}}?,\ \d{{4}}(?=,)     # 12:01 a.m. … on October 7, 2011
      | \ (?:within|in)\ (?:the\ )?(?P<within>{NAME})(?:\ \([^()]{{1,40}}\))?
      | \ for\ administrative\ purposes(?:\ only)?
      | \ (?:after|in)\ consultation\ with\ [^,;.:]{{1,80}}(?=,)
      | \ (?:and\ )?(?:exclusively\ |solely\ )?to\ [a-z][^,;.:()]{{1,120}}(?=,)  # "and
                                                    # exclusively to advise the President,"
    ){{0,5}}
    \ (?:an?|the)\ (?:[a-z][\w\-]*\ ){{0,2}}["“]?
    (?P<name>{NAME}
        (?:(?:,\ {NAME}){{0,5}},\ (?:and|or)\ {NAME}(?=\ \([A-Z][^()]{{1,40}}\)))?  # a series,
    )                                 # ", and …" its last, where a short form closes the name
    """,
    _V,
)
"""What follows ``There is established`` or ``shall establish``: where, then the name
(``within the Department of Justice a Task Force on …``)."""

NAME_BEFORE = regex.compile(
    rf"""
    (?:^|(?<=[\s(“"]))(?P<name>{NAME})
    (?:\ \([^()]{{1,60}}\))?                    # its short name
    ,?\ $
    """,
    _V,
)
"""A name just before ``is established``, ``is abolished`` or ``is continued``."""

NAME_FIRST = regex.compile(
    rf"""
    ^(?:\(\w{{1,5}}\)\ |[A-Z][\w\ ]{{1,40}}\.\ ){{0,3}}   # labels and a heading
    (?:[Tt]he\ )?(?P<name>{NAME})
    """,
    _V,
)
"""A name that opens the sentence (``The Maritime Cargo Security Council established by
… is hereby abolished``)."""

WITHIN_AFTER = regex.compile(
    rf"""
    ^,?\ (?:within|in)\ (?:the\ )?(?P<within>{NAME})
    """,
    _V,
)
"""``… is established within the Department of the Treasury``."""

SHORT = regex.compile(
    r"""
    ^["”]?,?\ ?\(
    (?:hereinafter\ |hereafter\ )?(?:referred\ to\ as\ )?(?:the\ )?
    ["“]?(?P<short>[A-Z][^()"“”]{0,50}?)["”]?
    \)
    """,
    _V,
)
"""The short name given in parentheses after a name: ``(Task Force)``, ``(the "Council")``."""

TERMINATE = regex.compile(
    r"""\b(?:is|are)\ (?:hereby\ )?(?:abolished|terminated|disbanded|dissolved)\b""",
    _V,
)
"""Where a body is ended: the name precedes it."""

CONTINUE = regex.compile(
    r"""
    \b(?:is|are)\ (?:hereby\ )?continued
    (?:\ until\ (?P<until>[^:;()]{1,60}?))?
    (?=:|;|\.(?:\s|$)|,\ (?:and|or|unless|subject)\b|\ and\b)
    """,
    _V,
)
"""``Each advisory committee listed below is continued until September 30, 2025:``."""

MEMBERS = regex.compile(
    r"""
      \b(?:be\ )?(?:composed|comprised)\ (?:of|solely\ of)
    | \b(?:consist|consists|consisting)\ (?:of|solely\ of)
    | \bshall\ (?:include|comprise)
    | \bmembership\ (?:of\ the\ [\w'’\ ]{1,60}\ )?shall\ (?:include|be)
    """,
    _V,
)
"""The verb of a membership clause: ``shall be composed of``, ``shall include``."""

CHAIRED_BY = regex.compile(
    r"""
    \bshall\ be\ (?P<role>chaired|co-chaired|headed|led|directed)\ by\ (?:the\ )?
    """,
    _V,
)
"""``The Council shall be chaired by the Secretary of Labor``."""

SERVES_AS = regex.compile(
    r"""
    \bshall\ (?:serve\ as|be)\ (?:the\ )?
    (?P<role>(?:Co-?|Vice[\ \-]?)?Chair(?:man|person|woman)?)s?\ (?:of|for)\ the\x20
    """,
    _V,
)
"""``The Secretary of Labor shall serve as Chair of the Council``."""

ROLE = regex.compile(
    r"""
    (?:
        ,?\ who\ (?:shall|will)\ (?:serve\ as|be)\ (?:the\ |a\ )?
      | \ \(
    )
    (?P<role>(?:Co-?|Vice[\ \-]?)?Chair(?:man|person|woman)?)s?\b
    """,
    _V,
)
"""A role given in a member's item: ``the Deputy Attorney General, who shall serve as the
Chair``, ``the Secretary of State (Co-Chair)``."""

INVITE = regex.compile(
    r"""
    \binvite\ (?:participation\ (?:from|of)\ )?(?:the\ )?following\b
    """,
    _V,
)
"""``shall invite participation from the following senior officials …:``."""

CHAIR_END = regex.compile(
    r"""
    ,\ (?:who|which)\b | \ and\ (?:shall|consist|include|be|will)\b | ;\ | \.\ | \.$ | :
    """,
    _V,
)
"""Where the officials after ``chaired by`` end."""

LEAD_IN = regex.compile(r"""^(?:\(\w{1,5}\)\ |[A-Z][\w\ ]{1,40}\.\ ){0,3}""", _V)
"""What opens a sentence before its subject: labels and a heading (``(a) Membership.``)."""

FOLLOWING = regex.compile(r"""^\ ?(?:the\ )?following(?:\ members)?:?\ ?""", _V)
"""``the following members:`` before the members of an inline list."""

OFFICIALS_SPLIT = regex.compile(
    r"""
    ,\ (?:and\ |or\ )?(?=the\ ) | \ (?:and|or)\ (?=the\ )
    """,
    _V,
)
"""Where one official ends and the next begins in a row (``the Chair of CEQ, the Director
of OSTP, and the Secretary of Health and Human Services``): an article must follow, so
``Health and Human Services`` stays whole."""

OFFICE_TAIL = regex.compile(
    r"""
    ,?\ or\ (?:his|her|its|their|a|the)?\ ?(?:[\w'’]+\ )?designees?\b.*$
    | \ \([A-Z][\w\-]{0,30}\)$                  # a role or short name: (Co-Chairs), (OPM)
    | ,?\ \(?(?:who|which)\b.*$
    """,
    _V,
)
"""What follows an official's title: ``or designee``, ``(Co-Chairs)``, ``(OPM)``; not
what tells one office from another (``Assistant Attorney General (Antitrust Division)``)."""

ARTICLE = regex.compile(r"^(?:[Tt]he|An?)\ ", _V)
"""The article before a name (``A National … Council``)."""

__all__ = [
    "ARTICLE",
    "BODY_NOUN",
    "CHAIRED_BY",
    "CHAIR_END",
    "CONTINUE",
    "ESTABLISHED_NAME",
    "ESTABLISH_LEAD",
    "ESTABLISH_WORD",
    "FOLLOWING",
    "INVITE",
    "LEAD_IN",
    "MEMBERS",
    "NAME",
    "NAME_BEFORE",
    "NAME_FIRST",
    "OFFICE_TAIL",
    "OFFICIALS_SPLIT",
    "ROLE",
    "SERVES_AS",
    "SHORT",
    "TERMINATE",
    "WITHIN_AFTER",
]
