"""The patterns of relations and amendments, kept apart from the logic that reads them.

Patterns compiled with ``regex.REVERSE`` are searched backwards over the words just
before a mention; every repetition is bounded, so each runs in linear time.
"""

from __future__ import annotations

import regex

from eoparse.grammar.dates import DAY_DIGITS, MONTH_WORD, YEAR_DIGITS
from eoparse.grammar.labels import CITED_LABEL, ITEM_TOKEN

_V = regex.VERBOSE

PASSIVE_VERBS = (
    *("revoked", "rescinded", "superseded", "amended", "revised", "modified", "suspended"),
    *("terminated", "replaced", "continued", "extended", "reinstated", "renumbered"),
    *("redesignated", "restated", "deleted", "inserted", "added", "struck", "stricken"),
    "changed",
)
"""The participles of :data:`PASSIVE`: every match holds one, most sentences none
(``str.find`` tells them apart before the pattern tries every ``is`` and ``be``)."""

PASSIVE = regex.compile(
    rf"""
    \b(?:is|are|be|been)\ (?:(?:hereby|also|further|each|accordingly|now|herewith|jointly)\ ){{0,3}}
    (?P<verb>{"|".join(PASSIVE_VERBS)})\b
    (?P<more>\ and\ (?:hereby\ )?(?:revoked|rescinded|superseded|replaced|amended))?
    """,
    _V,
)
"""``is hereby revoked``, ``are superseded and revoked`` (present tense: this order acts)."""
ACTIVE = regex.compile(
    r"""
    \b(?P<verb>revoke|revokes|rescind|rescinds|supersede|supersedes|amend|amends|suspend
      |suspends|reinstate|reinstates)\b
    (?<=                                   # said by the President or by this order
        (?:\b(?:hereby|I|[Oo]rder|[Pp]roclamation|[Mm]emorandum|and|also)|,)
        \ (?:(?:shall|will|hereby|also|further)\ ){0,2}[a-z]{5,10})
    """,
    _V,
)
"""``I hereby revoke``, ``This order shall supersede``, ``…, and revoke``."""
ACTIVE_STEMS = ("revoke", "rescind", "supersede", "amend", "suspend", "reinstate")
"""What every verb of :data:`ACTIVE` starts with: tested with ``str.find`` first."""
NOMINAL = regex.compile(
    r"""
    (?:\b(?P<verb>[Rr]evocation|[Ss]upersession|[Rr]escission|[Ss]uspension|[Aa]mendments?|[Rr]einstatement)
        \ (?:of|to)\ (?:(?:the\ )?provisions\ of\ )?
      | (?:^|[.:]\ |\bby\ )(?P<verb>Amending|Revoking|Superseding|Rescinding|Suspending)[ ]
      | \b(?P<verb>[Aa]mend(?:ments?)?)\ (?:to\ )?(?:the\ )?[^;:()]{3,160}?,?\ (?:as\ amended,\ )?
        (?:as\ )?(?:prescribed|established|promulgated|issued)\ (?:by|in|under)[ ]
      | \b(?P<verb>amendments?|changes)\ (?:are|is)\ (?:hereby\ )?made\ (?:to|in)[ ]
      | \b(?:terminate|terminates|termination\ of)\ the\ national\ emergenc(?:y|ies)\ (?P<end>)
        (?:[^;:()]{0,80}?\ )?(?:declared|described)(?:\ [a-z]{1,12}){0,3}\ (?:in|by)[ ]
      | \bexpand(?:s|ed|ing)?\ the\ scope\ of\ the\ national\ emergenc(?:y|ies)\ (?P<verb>)
        (?:[^;:()]{0,80}?\ )?(?:declared|described|addressed)(?:\ [a-z]{1,12}){0,4}\ (?:in|by)[ ]
    )$
    """,
    _V | regex.REVERSE,
)
"""Words just before a mention that state the relation: ``the revocation of``,
``Amending``, ``amendments to the Manual …, prescribed by``."""
BACK_REFERENCE = regex.compile(
    r"""
    ,?\ (?:as|that\ is|which\ is)\ (?:set\ forth|provided|described|made)\ (?:in|by)
    \ (?:section|subsection|paragraph)s?\ [\w().]{1,12}(?:\ of\ this\ (?:order|proclamation))?
    """,
    _V,
)
"""After a nominal mention, words that point to where the order acts (``the revocation of
Executive Orders 13716 and 13628 as set forth in section 9 of this order``): the mention
restates that act, it is not one."""

NEGATED = regex.compile(
    r"\bnot\b[^.;]{0,40}$|\bnothing\ in\ this\b[^.;]{0,120}$|\bneither\b[^.;]{0,60}$",
    _V | regex.REVERSE,
)
SHIELD = regex.compile(
    r"""
    (?:as\ (?:further\ )?(?:amended|modified|supplemented|superseded|continued|extended)
         (?:,\ in\ part,)?\ by
      | (?:amended|modified|superseded|revoked|revised|rescinded|replaced|continued|extended)\ by
      | (?:which|that)(?:,\ [^,;]{1,50},)?\ (?:was\ |were\ |had\ |has\ |have\ )?
        (?:amended|revoked|superseded|revised|modified|replaced|continued|terminated|rescinded)
      | issued\ (?:under|pursuant\ to) | established\ (?:by|under|in|pursuant\ to)
      | pursuant\ to | under | implementing | consistent\ with | described\ in | defined\ in
      | set\ forth\ in | referenced\ in | referred\ to\ in | provided\ (?:in|by|for\ in)
      | in\ accordance\ with | required\ by | authorized\ by | prescribed\ (?:in|by)
      | designated\ (?:in|by|under) | identified\ in | listed\ in | declared\ in
      | delegated\ (?:by|in|under) | assigned\ (?:by|in|under) | specified\ in
      | in\ furtherance\ of | with\ respect\ to | as\ provided\ in | see | in\ lieu\ of
      | taken\ in | expanded\ in | modified\ in | found\ in | by\ which
      | (?:amendments?|changes)\ (?:it|that\ order|they)\ made\ to
      | (?:in\ order\ )?to
        \ (?!(?:amend|revoke|supersede|rescind|suspend|modify|replace)\b)[a-z]{3,15}
        (?:\ and\ [a-z]{3,15})?
    )\ (?:the\ )?$
    """,
    _V | regex.REVERSE,
)
"""Words just before a mention that put it outside the governing verb."""
EXTENDS_BODY = regex.compile(
    r"\bestablished\ (?:by|under|in|pursuant\ to)\ (?:the\ )?$", _V | regex.REVERSE
)
"""``(the Committee), established pursuant to`` — a body the order extends."""
OTHER_VERB = regex.compile(
    r"\b(?:remains?|shall|will|must|may|should|is|are|was|were|has|have|continues?)\b", _V
)
"""A finite verb between a mention and a later passive verb: the verb has another subject."""
ANAPHOR = regex.compile(
    r"""\b(?:(?P<one>that|such|said|the\ same)\ (?:Executive\ )?[Oo]rder
         |(?P<many>those)\ (?:Executive\ )?[Oo]rders)\b(?!\ (?:of|No\.)\ )""",
    _V,
)
"""``revoke that order`` / ``section 1 of such Executive Order``: the last document named."""
PARTIAL = regex.compile(
    r"""\bin\ part\b|\bto\ the\ extent\b|\binsofar\ as\b
        |\bexcept\ (?:for\ )?(?:section|subsection|that)""",
    _V,
)
LIST_INTRO = regex.compile(r":\ ?(?:—|-)?\ ?$|\blisted\ below\b|\bthe\ following\b", _V)
TITLE_ACTION = regex.compile(
    r"""
    (?:^|\b)(?:Further\ )?(?P<verb>Amending|Amendments?|Revoking|Revocation|Rescinding|Rescission
      |Superseding|Suspending|Suspension)(?:\ (?:of|to))?
    (?:\ (?:Certain\ )?(?:Sections?|Provisions)\ [\w(),\ ]{0,40}?\ of)?\ (?:the\ )?$
    """,
    _V,
)
"""What a title says the order does to the document it names next."""
REPLACED_BY_TEXT = regex.compile(
    r"""\ (?:with|by)\ the\ following\b|\ to\ read\b
      | \ (?:with|by)\ (?:a\ )?new\ [^.;:"]{1,120}?,?\ to\ read\b""",
    _V,
)
"""``replaced with the following`` / ``to read`` / ``replaced with new subsections 1(a)
through 1(c), to read``: new text, an amendment."""
ANNEX_OF_BEFORE = regex.compile(r"\b[Aa]nnex\ (?:to|of)\ (?:the\ )?$", _V | regex.REVERSE)
"""``The Annex to Executive Order 13219``: a part of the document, not all of it."""
APPOSITION = regex.compile(r"(?:[Oo]rders?|[Pp]roclamations?)\ ?$", _V | regex.REVERSE)
"""A parenthesis that lists the orders just named: ``related orders (Executive Orders …)``."""
ASIDE = regex.compile(
    rf"""(?:
        (?:,?\ (?:of|dated)\ {MONTH_WORD}\ {DAY_DIGITS},\ {YEAR_DIGITS})?   # a date
        ,?\ \((?:[^()]|\([^()]{{0,120}}\)){{0,600}}\)                  # a title in parentheses
      | ,?\ "[^"]{{0,300}}"                                        # a title in quotes
    )?""",
    regex.VERBOSE,
)
"""A parenthetical or quoted title after a mention: ``(Federalism)``."""
TITLE_AFTER = regex.compile(
    r"""(?:,?\ (?:entitled|titled)\ "(?P<quoted>[^"]{3,200})"
         |,?\ \((?P<title>[^()"]{3,200})\)
         |,?\ "(?P<bare>[^"]{3,200}?),?")""",
    _V,
)
"""The title printed right after an unnumbered document: ``Memorandum of January 20, 2021
(Modernizing Regulatory Review)``, ``…, "Restoring Trust in Government,"``."""
AS_AMENDED = regex.compile(r",?\ as\ (?:further\ )?amended,?", _V)
"""``, as amended,`` after a mention, before its verb."""
CHAIN = regex.compile(
    r"""
    [,;]?\ (?:and\ |or\ )?(?:to\ )?$
    | ,?\ as\ amended[,;]\ (?:and\ |or\ )?$
    | ,?\ and\ (?:further\ )?(?:addressed|expanded|modified)(?:\ [a-z]{1,12}){0,4}\ (?:in|by)\ $
    """,
    _V,
)
"""What may stand between two documents named in one series: ``, `` / ``, and ``."""

OCCURRENCE = regex.compile(
    r"""
    (?:the\ (?P<nth>first|second|third|fourth|fifth|sixth|last)\ (?:time|place|instance)
        \ (?:that\ )?(?:it\ |they\ |such\ \w{1,12}\ )?(?:appears?|occurs?)
      | (?P<each>each\ (?:place|time|instance)|every\ (?:place|time)|wherever|everywhere)
        (?:\ (?:that\ )?(?:it\ |they\ |such\ \w{1,12}\ )?(?:appears?|occurs?))?
    )
    """,
    _V | regex.IGNORECASE,
)
"""Which appearance of the words an amendment means: ``the second time it appears``,
``each place it appears``, ``wherever it appears``."""

STRIKE_INSERT = regex.compile(
    r"""
    (?:striking|deleting|removing)\ (?:out\ )?
    (?:the\ (?:words?|phrases?|numbers?|text|date|term|sentence|period)\ )?
    "(?P<strike>[^"\n]{1,600})"
    [^"\n]{0,160}?
    (?:(?:and|,)\ (?:by\ )?)?(?:inserting|adding|substituting)
    \ (?:in\ lieu\ thereof\ |in\ its\ place\ )?
    (?:the\ (?:words?|phrases?|numbers?|text|date|term)\ )?
    "(?P<insert>[^"\n]{0,2000})"
    """,
    _V,
)
"""``striking "X" and inserting "Y"`` / ``deleting "X" and inserting in lieu thereof "Y"``."""
SUBSTITUTE = regex.compile(
    r"""substituting\ "(?P<insert>[^"\n]{0,2000})"\ for\ "(?P<strike>[^"\n]{1,600})\"""", _V
)
"""``substituting "Y" for "X"``."""
STRIKE_ONLY = regex.compile(
    r"""(?:striking|deleting|removing)\ (?:out\ )?(?:the\ (?:words?|phrases?|numbers?|text)\ )?
        "(?P<strike>[^"\n]{1,600})\"""",
    _V,
)
"""``striking "X"`` with nothing put in its place."""
_AMENDED_SECTION = rf"\d+{CITED_LABEL}*(?:\ \([a-z ]{{1,40}}\))?"
"""``1(d)``, optionally with a note: ``1(d) (the first time it appears)``."""

REVOKING_SECTIONS = regex.compile(
    rf"""\ (?:is|are)\ (?:hereby\ |further\ ){{0,2}}amended\ by\ (?:revoking|rescinding)
        \ (?P<sections>(?:sub)?sections?\ {_AMENDED_SECTION}
            (?:(?:,\ and\ |\ and\ |,\ |\ through\ ){_AMENDED_SECTION}){{0,20}})
        (?P<more>,?\ and\ (?:by\ )?[a-z]{{3,20}}ing\b)?""",
    _V,
)
"""``Executive Order 13683 is amended by revoking section 3``: a revocation in part, of
the sections named (``more``: the amendment goes on to change other text)."""

ADD = regex.compile(
    rf"""
    (?:adding|inserting)
    \ (?P<position>(?:at\ the\ end|after|before|immediately\ after|a\ new)[^"\n:]{{0,120}}+)?
    [^"\n]{{0,60}}?:?\ ?"(?P<insert>[^"\n]{{0,2000}})"?
    (?:\ (?P<anchor>(?:immediately\ )?(?:after|before)\ "[^"\n]{{1,200}}"))?  # after "X"
    (?:\ in\ (?:sub)?(?:sections?|paragraphs?)\                           # in sections 1(b),
        (?P<sections>{_AMENDED_SECTION}(?:,?\ and\ {_AMENDED_SECTION}|,\ {_AMENDED_SECTION})*))?
    """,
    _V,
)
"""``adding at the end the following: "…"``."""
ITEM_TARGET = regex.compile(
    rf"""
    (?:\({ITEM_TOKEN}\)\ |\d{{1,2}}\.\ )?(?:[Ii]n\ )?
    (?P<unit>(?:[Ss]ub)?[Ss]ections?|[Pp]aragraphs?|[Pp]arts?|[Tt]he\ [Pp]reamble)
    \ ?(?P<which>[\w().\-]{{0,16}})
    """,
    _V,
)
"""The section an amending list item names first: ``(a) Section 2(a) is amended by …``."""

PAREN = regex.compile(r"[()]")


SECTION_LABEL = regex.compile(rf"\b\d+{CITED_LABEL}*")
"""A section an amendment names: ``1(d)``, ``2(a)(iii)``."""


ITEM_START = regex.compile(rf"\({ITEM_TOKEN}\)\ |\d{{1,2}}\.\ ")
"""The label that opens a list item: ``(a) ``, ``2. ``."""


_NAMED_SECTION = rf"\d[\w.\-]{{0,12}}(?:\({ITEM_TOKEN}\)){{0,4}}"
"""A section of an amended document as an amendment names it: ``1``, ``1-101``, ``2(a)``
(the one spelling :data:`SECTION_LABEL_ONLY` and :data:`AMENDED_SECTIONS` share)."""

SECTION_LABEL_ONLY = regex.compile(_NAMED_SECTION)
"""A whole label of :data:`_NAMED_SECTION`, tested with ``fullmatch``."""


AMENDED_SECTIONS = regex.compile(
    rf"""
    \b(?P<unit>(?:[Ss]ub)?[Ss]ections?|Parts?)\                       # in section 4(a), Part 1
    (?P<which>{_NAMED_SECTION}
        (?:(?:,\ and\ |\ and\ |,\ |\ through\ )                       # sections 1, 2, and 4
           (?:{_NAMED_SECTION}|\({ITEM_TOKEN}\)(?:\({ITEM_TOKEN}\)){{0,3}})  # 1(a) and (b)
        ){{0,20}})
    (?!\w                                                             # another document's:
      |,\ (?:Subchapter|Chapter|Subtitle|Title)\                      # Part 6, Subchapter A
      |\ of\ \d{{1,3}}\ C\.?F\.?R\.?)                                  # Part 6 of 33 CFR
    (?:\ of\ (?P<whose>(?:that|said|such|the|this)\ [Oo]rder            # … of that order
        |Executive\ Order\ (?P<number>\d{{1,6}})|[A-Za-z]{{1,12}}))?       # … of title 5: not ours
    """,
    _V,
)
"""A section an amending statement names after the document it amends (``is amended by
striking "X" in section 4(a)``, ``by revising section 1-210 to read``, ``in Part 3.4(f)
by:``); ``whose`` says which document's section it is where the words say."""

_ITEM_LABELS = rf"\({ITEM_TOKEN}\)(?:\({ITEM_TOKEN}\)){{0,3}}"
OF_SECTION = regex.compile(
    rf"""
    (?P<labels>{_ITEM_LABELS}(?:(?:,\ and\ |\ and\ |,\ |\ through\ ){_ITEM_LABELS}){{0,10}})
    ,?\ of\ (?:[Ss]ub)?[Ss]ection\ (?P<outer>{_NAMED_SECTION})(?!\w)   # … of section 5.2
    """,
    _V,
)
"""The items of one section an amending list item opens with: ``Subsections (a) and (b)
of section 5.2`` (5.2(a), 5.2(b)), ``Paragraph (d) of section 203``."""
