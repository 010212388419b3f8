"""Patterns of national-emergency actions, kept apart from the logic in
:mod:`eoparse.powers.emergencies` and :mod:`eoparse.powers.threats`.

Every repetition is bounded, so each pattern runs in linear time.  The
patterns are case-sensitive on purpose: a title printed in title case
(``Taking Additional Steps To Address the National Emergency With Respect to …``)
names an order, it is not this order acting.
"""

from __future__ import annotations

import regex

_V = regex.VERBOSE

CLAUSE = r"(?:[^.;]|(?<=\b[A-Z][a-z]{0,3})\.|(?<=\d)\.(?=\d))"
"""One character of a clause: no full stop or semicolon, but the stops of abbreviations
(``U.S.C.``, ``Fed. Reg.``) and decimals are part of it."""

EMERGENCY = r"national\ (?:[a-z]{3,12}\ )?emergenc(?:y|ies)"
"""``national emergency``, ``national energy emergency``, ``national emergencies``."""

NAMED_EMERGENCY = rf"""(?:{EMERGENCY}
    |emergency(?=\ (?:declared|described)\ (?:in|by)\ (?:Executive\ Order|Proclamation)\ ))"""
"""An emergency the words name as national, or as one an order or proclamation declared
(``the emergency described in Executive Order 13067``): a president's declaration under the
National Emergencies Act, whether or not the word ``national`` is printed."""

DECLARE = regex.compile(
    rf"""
    \b(?:hereby\ |also\ |further\ ){{0,3}}declares?
    \ (?:and\ reiterate\ )?                             # "declare and reiterate"
    (?:that\ )?(?:a|an)\ (?:new\ )?{EMERGENCY}
    | \bhereby\ declare\ that\ a\ national\ emergency\ exists
    | \bhereby\ declare\ that\ {CLAUSE}{{3,200}}?\ constitutes?\ a\ national\ emergency
    | \b(?:am|is|are|be)\ (?:hereby\ )?declaring\ (?:a|an)\ {EMERGENCY}
    """,
    _V,
)
"""``I hereby declare a national emergency``, ``… declare and reiterate a national
emergency``, ``hereby declare that a national emergency exists at …``."""

EXPAND = regex.compile(rf"\bexpand(?:s|ing)?\ the\ scope\ of\ the\ {EMERGENCY}", _V)
"""``I hereby expand the scope of the national emergency declared in …``."""

CONTINUE = regex.compile(
    rf"""
    \b(?:am\ )?continu(?:e|es|ing)\ for\ (?:1|one)\ year\ the\ {EMERGENCY}
    | \b[Tt]he\ {EMERGENCY}\ {CLAUSE}{{0,200}}?\ (?:must|shall|to)\ continue\ in\ effect
    """,
    _V,
)
"""A continuation notice's ``I am continuing for 1 year the national emergency …``, and
``the national emergency … shall continue in effect``."""

MODIFY = regex.compile(rf"\bmodify(?:ing)?\ the\ (?:scope\ of\ the\ )?{EMERGENCY}", _V)
"""``modify the scope of the national emergency declared in …``."""

TERMINATE = regex.compile(
    rf"""
    \bterminat(?:e|es|ing)\ the\ {EMERGENCY}
    | \b[Tt]he\ {EMERGENCY}\ {CLAUSE}{{0,300}}?\ (?:is|are)\ (?:hereby\ )?terminated
    | (?P<rescinded>\bthe\ declaration\ of\ (?:a\ |the\ )?(?:national\ |economic\ )?emergency
      \ (?:is|are)\ (?:hereby\ )?(?:rescinded|revoked|terminated))
    """,
    _V,
)
"""``I hereby terminate the national emergency declared in …``; ``… hereby declare that
the national emergency declared by Proclamation 9844 … is terminated``; ``the declaration
of economic emergency is rescinded`` (the document it rests on is named before)."""

INVOKE = regex.compile(
    rf"""
    \b(?:[Tt]ake|[Tt]aking|[Tt]o\ take)\ (?:additional|further|new|certain)\ steps
    \ (?:with\ respect\ to|to\ (?:deal\ with|address))
    \ {CLAUSE}{{0,700}}?the\ {NAMED_EMERGENCY}               # "… with respect to X and the …"
    | \b(?:[Tt]o|[Ii]n\ order\ to|[Ii]n)\ (?:further\ )?
    (?:deal\ with|address|addressing|respond\ to|responding\ to)\ the\ {NAMED_EMERGENCY}
    | \b[Ii]n\ view\ of\ the\ {EMERGENCY}
    | \b[Ww]ith\ respect\ to\ the\ {EMERGENCY}\ (?:declared|described)
    | (?P<furtherance>\b[Ii]n\ furtherance\ of\ (?:the\ objectives\ of\ )?
      (?=(?:the\ )?(?:[Pp]roclamation|Executive\ Order)))
    """,
    _V,
)
"""Taking steps under an emergency declared before: ``to take additional steps with respect
to the national emergency declared in …``, ``To address the national emergency declared
pursuant to …``, ``in view of the national emergency …``, ``in furtherance of
Proclamation 7463 …, which declared a national emergency``."""

ACTIONS = {
    "declare": DECLARE,
    "expand": EXPAND,
    "continue": CONTINUE,
    "modify": MODIFY,
    "terminate": TERMINATE,
    "invoke": INVOKE,
}
"""The verb phrases of each action on a national emergency, by action."""

ACTION_WORDS = {
    "declare": ("declar",),
    "expand": ("expand",),
    "continue": ("continu",),
    "modify": ("modify",),
    "terminate": ("terminat", "declaration of"),
    "invoke": (
        *("steps", "deal with", "address", "respond", "view of", "ith respect to"),
        "furtherance",
    ),
}
"""Strings every match of each action's pattern holds (one of them): most sentences about an
emergency hold none of an action's, and ``str.find`` settles it before the pattern, whose
alternatives start at every ``the`` or ``to``."""

FURTHERANCE_DECLARED = regex.compile(
    rf"{CLAUSE}{{0,300}}?,\ which\ declared\ a\ national\ emergency\b",
    _V,
)
"""What must follow ``in furtherance of`` for it to invoke an emergency: the document and
``, which declared a national emergency``."""

NOT_THIS_ORDER = regex.compile(
    r"""(?:\bnot\b|\bnothing\b|\bpreviously\b|\bhad\b|\bwas\b|\bwere\b|\bhas\ been\b|\bprior\b
        |\bwhich\b|\bPresident\ [A-Z]|\bby\ Executive\ Order\b|\bin\ Executive\ Order\b)
    [^.;]{0,40}$""",
    _V | regex.REVERSE,
)
"""Words before a verb showing it is not this order acting (``On May 22, 2003, I declared``)."""

NOT_OURS = regex.compile(
    r"""(?:\btook\b|\b(?:has|have)\ (?:already\ )?taken\b|\bhad\b|\bwas\b|\bwere\b
        |\bhas\ been\b|\bpreviously\b|\befforts?\b|\bcommitted\b|\bI\ determined\b
        |\bPresident\ [A-Z]|\bby\ Executive\ Order\b|\bin\ Executive\ Order\b)
    [^.;]{0,60}$""",
    _V | regex.REVERSE,
)
"""Words before an invoking phrase showing someone else acts, or acted before (``India has
taken significant steps to address``, ``Executive Order 13553 … took additional steps``)."""

DECLARED_IN = regex.compile(
    r"""
    \b(?:declared|described|relied\ on|continued)
    (?:,?\ (?:and|or)\ (?:declared|described|expanded|further\ described))?
    (?:\ in\ scope)?
    (?:\ pursuant\ to\ the\ National\ Emergencies\ Act)?
    \ (?:in|by|pursuant\ to|under)\ $
    """,
    _V | regex.REVERSE,
)
"""``declared in `` / ``described and declared in `` / ``declared pursuant to `` just before
the document that declared the emergency."""

THIS_ORDER = regex.compile(
    r"""\b(?:declared|described)(?:\ (?:and|or)\ (?:declared|described|expanded))?
        (?:\ in\ scope)?\ (?:in|by)\ this\ (?:order|proclamation)""",
    _V,
)
"""``declared in this order``: the emergency this order declares (no other document)."""

ANAPHOR = regex.compile(
    r"""
    \b(?:declared|described)(?:\ (?:and|or)\ (?:declared|described|expanded))?(?:\ in\ scope)?
    \ (?:in|by)\ (?P<which>that|those|these|such|said|the\ same|the\ two|the)
    (?:\ (?:two|three|prior|previous|earlier)){0,2}
    \ (?:Executive\ [Oo]rders?|[Oo]rders?|[Pp]roclamations?)\b
    | \bdeclared\ therein\b
    """,
    _V,
)
"""``declared in that order`` / ``declared and expanded in scope in those two prior orders``:
the documents named last."""

EMERGENCY_BEFORE = regex.compile(
    rf"\b(?:the|a|an)\ {EMERGENCY}\ {CLAUSE}{{0,250}}$",
    _V | regex.REVERSE,
)
"""The emergency a ``declared in`` belongs to (matched backwards from it)."""

PLURAL_EMERGENCIES = regex.compile(r"\bnational\ emergencies\b", _V)

MADE_AVAILABLE = regex.compile(
    r"""
    ,?\ (?:is|are)\ (?:hereby\ )?invoked
    (?:\ and\ made\ available|,\ and\ made\ available)?
    | ,?\ (?:is|are)\ (?:hereby\ )?made\ available\b
    """,
    _V,
)
"""``… is invoked and made available``: the statute before it is a power the emergency
makes available, not the ground of the action."""

NARRATION = regex.compile(
    r"""(?<!\b(?:that|which|whom|emergency|emergencies|[Oo]rder)\ )  # not a relative ("the
    \bI\ (?:also\ |then\ |further\ |subsequently\ |previously\ |had\ )?  # emergency that I
    (?:imposed|raised|increased|reduced|adjusted|declared|expanded|modified|amended|found
      |determined|directed|ordered|issued|signed|took|invoked|suspended|prohibited|blocked
      |authorized|continued)\b""",  # declared in …, I have determined")
    _V,
)
"""A sentence telling, in its own clause, what the President did before (``To deal with
the emergency declared in Executive Order 14193, I imposed …``, ``I previously imposed``):
it names the emergency, but the order's own act is told elsewhere (``hereby``; ``I have
determined`` is no narration).  A relative clause of the order's own sentence (``the
national emergency that I declared in Executive Order 14193, I have determined``) is
none."""

HEREBY = regex.compile(r"\bhereby\b")
"""The word by which the order acts (not ``thereby``)."""

NARRATED_DECLARATION = regex.compile(
    rf"""\bI\ (?:also\ |have\ |previously\ )?declared\ (?:a|the)\ {EMERGENCY}
        {CLAUSE}{{0,250}}?\b(?:by|in)\ (?=(?:Proclamation|Executive\ Order)\ \d)""",
    _V,
)
"""A declaration the order narrates before it invokes a power under it (``I declared a
national emergency that requires the use of the Armed Forces …, by Proclamation 7463 of
September 14, 2001``): the declaring document follows."""

AMENDS_FINDINGS = regex.compile(
    r"""
    \b(?:striking|amending|revising|inserting|adding)\ (?:[a-z]{1,12}\ ){0,3}?
    (?:from|in|to|of|into)\ the\ (?:second|third|fourth|fifth|sixth|final|last)
    \ paragraph\b                       # the first paragraph is the authority clause
    """,
    _V,
)
"""An amendment to the findings of a declaring order (``striking from the second paragraph
the phrase …``): it changes the scope of the emergency declared there."""

EMERGENCY_STATUTE = regex.compile(
    r"""^(?:50\ U\.S\.C\.\ (?:App\.\ )?(?:16[0-5]\d|170\d|17[1-5]\d)\b   # NEA, IEEPA
        |Pub\.\ L\.\ (?:95-223|94-412)$)""",
    _V,
)
"""The emergency statutes: the National Emergencies Act (50 U.S.C. 1601–1651, Pub. L.
94-412) and IEEPA (50 U.S.C. 1701–1708, Pub. L. 95-223)."""

EMERGENCY_ABOUT = regex.compile(
    r"""
    \bnational\ emergenc(?:y|ies)\b[^.;]{0,160}?
    \bwith\ respect\ to\ (?P<threat>[^.;]{3,200}?)
    (?=,|;|\.|\ declared\b|\ is\ terminated\b|\ shall\b|\ and\ the\b|$)
    """,
    _V,
)
"""``the national emergency declared in Executive Order 13129 … with respect to the Taliban``:
what a termination or continuation names the emergency by."""

STEPS_ABOUT = regex.compile(
    rf"""
    \bsteps\ with\ respect\ to\ (?P<threat>{CLAUSE}{{8,600}}?),?\ and\ the\ {EMERGENCY}
    """,
    _V,
)
"""``take additional steps with respect to [the threat] and the national emergency …``."""


__all__ = [
    "ACTIONS",
    "ACTION_WORDS",
    "AMENDS_FINDINGS",
    "ANAPHOR",
    "CLAUSE",
    "CONTINUE",
    "DECLARE",
    "DECLARED_IN",
    "EMERGENCY",
    "EMERGENCY_ABOUT",
    "EMERGENCY_BEFORE",
    "EMERGENCY_STATUTE",
    "EXPAND",
    "FURTHERANCE_DECLARED",
    "HEREBY",
    "INVOKE",
    "MADE_AVAILABLE",
    "MODIFY",
    "NARRATION",
    "NOT_OURS",
    "NOT_THIS_ORDER",
    "PLURAL_EMERGENCIES",
    "STEPS_ABOUT",
    "TERMINATE",
    "THIS_ORDER",
]
