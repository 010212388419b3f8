"""The patterns of grants, kept apart from the logic that reads them.

Every pattern runs on the normalised text (single spaces, straight quotes).
Patterns compiled with ``regex.REVERSE`` are searched backwards from a verb or a
name over a short window (``…_BEFORE``); every repetition is bounded, so each
runs in linear time (``tests/test_linear_time.py`` walks them all).
"""

from __future__ import annotations

import regex

from eoparse.grammar.dates import DAY_DIGITS, MONTH_NAME, YEAR_DIGITS
from eoparse.grammar.labels import LABEL

_V = regex.VERBOSE

MODAL = regex.compile(
    r"""
    \b(?P<modal>
        shall(?!\ not\ be\ construed)
      | may(?!\ be\ construed)
      | must
      | (?:is|are)\ (?:hereby\ )?(?:authorized\ and\ directed|directed\ and\ authorized)
      | (?:is|are)\ (?:hereby\ |further\ |also\ ){0,2}(?:authorized|empowered|directed|delegated)
      | (?:is|are)\ (?:hereby\ )?designated\ and\ (?:empowered|authorized)
    )\b
    """,
    _V,
)
"""The modal verb of a grant."""
MODAL_VERB = MODAL.groupindex["modal"]
"""Group numbers: ``match[n]`` costs a sixth of ``match["name"]``, which the regex module
looks up by trying the name as an integer first (raising and clearing an error)."""

_PARTICIPLE_AHEAD = r"""(?=(?:hereby\ |further\ |also\ ){0,2}
    (?:authorized|empowered|directed|delegated|designated))"""
"""What follows ``is`` or ``are`` in every :data:`MODAL` match that starts with them."""

MODAL_LEADS = tuple(
    regex.compile(lead, _V)
    for lead in (
        r"\bshall",
        r"\bmay",
        r"\bmust",
        r"\bis\ " + _PARTICIPLE_AHEAD,
        r"\bare\ " + _PARTICIPLE_AHEAD,
    )
)
"""Where a :data:`MODAL` match may start: each a literal the engine finds fast, where
``MODAL``'s leading ``\b`` and alternation make it try every word boundary.  ``is`` and
``are`` lead only where a participle of :data:`MODAL` follows (most of them do not)."""

DIRECT = regex.compile(
    r"""\b(?:I\ (?:hereby\ |further\ |also\ ){0,2}|and\ hereby\ (?:further\ |also\ )?)
        (?P<verb>direct|order|instruct|authorize|delegate\ to)\ (?=\S)""",
    _V,
)
"""``I hereby direct the Secretary …`` / ``I hereby delegate to the Secretary …`` / ``I
hereby declare … and hereby delegate to the Secretary …``."""

DIRECT_LEADS = (regex.compile(r"\bI\ ", _V), regex.compile(r"\band\ hereby\ ", _V))
"""Where a :data:`DIRECT` match may start (see :data:`MODAL_LEADS`)."""

INVOKED = regex.compile(
    r"""\b(?:is|are)\ (?:hereby\ )?invoked\ and\ made\ available
        (?:,\ [^,;]{1,80},|,?\ (?:according\ to|in\ accordance\ with|pursuant\ to
          |consistent\ with)\ (?:its|their)\ terms,?)?\ to\ (?:the\ |each\ )?""",
    _V,
)
"""``… is invoked and made available, according to its terms, to the Secretaries of the
military departments concerned``: an authorization of the officials it names."""

AUTHORITY_BEFORE = regex.compile(
    r"""\b(?:the|such)\ (?:[\w\-]{1,20}\ ){0,2}(?:authority|authorities|powers?)\b
        [^;:]{0,500}?$""",
    _V | regex.REVERSE,
)
"""The authority an ``invoked and made available`` clause makes available, up to its verb:
``the authority in section 12302 of title 10 … to order units … to active duty``."""

AGENT_TITLE = regex.compile(
    r"""(?P<name>[A-Z][\w'.\-]{1,30}
        (?:\ (?:(?:of|for|on|and|the|to|in)\ ){0,2}[A-Z][\w'.\-]{1,30}){0,6})""",
    _V,
)
"""A capitalised title after a passive's ``by the`` that no table entry names."""

PASSIVE_NO_AGENT = regex.compile(
    r"""\ be\ (?:[a-z]{2,15}ly\ )?
        (?!(?:authorized|empowered|directed|required|prepared|deemed)\b)
        (?:[a-z]{2,20}ed|made|done|given|taken|held|paid|met|set|kept|sent|drawn|chosen
          |known|shown|written|brought|sought|built|spent)\b""",
    _V,
)
"""A passive modal (``shall be submitted``): without an agent, no one is given a duty."""

GLUE_BEFORE = regex.compile(r"(?:,\ and|,\ or|\ and|\ or|,|\ and/or)\ $", _V | regex.REVERSE)
ARTICLE_BEFORE = regex.compile(
    r"\b(?:the|The|each|Each|all|All|every|Every)\ $", _V | regex.REVERSE
)
ARTICLES_AND_GLUE = regex.compile(r"(?:,|\ |and|or|the|each|all|other|appropriate|relevant)*", _V)
"""Text that may stand between actors listed together."""

ASIDE_AFTER_ACTOR = regex.compile(
    r"""
    (?:
        ,?\ \([^()]{1,80}\)                                     # (the "Secretary")
      | ,\ (?:acting\ )?(?:in\ consultation|in\ coordination|in\ cooperation|in\ conjunction
           |in\ collaboration|in\ partnership
           |with\ the\ concurrence|after\ consultation|acting\ through|through|as\ appropriate
           |where\ appropriate|consistent\ with|to\ the\ extent|jointly|together|respectively
           |each|or\ (?:his|her|their)\ designees?|as\ the\ case\ may\ be|or\ the\ designee
           |as\ applicable|as\ relevant|as\ necessary|within|not\ later\ than|no\ later\ than
           |at\ the\ direction|under\ the\ direction|with\ respect\ to|as\ consistent\ with)
           [^,;]{0,300}?(?:,|$)
      | ,?\ or\ (?:his|her|their|its)\ designees?
      | \ (?:concerned|involved|affected|identified\ [^,]{1,60})
    )
    """,
    _V,
)
"""What may stand between an actor and its verb: a definition, a consultation."""

CONSULT = regex.compile(
    r"""\b(?:[Ii]n\ consultation(?:,?\ as\ appropriate,?)?\ with|[Ii]n\ coordination\ with
        |[Ii]n\ cooperation\ with
        |[Ii]n\ conjunction\ with|[Ii]n\ collaboration\ with|[Ii]n\ partnership\ with
        |[Ww]ith\ the\ concurrence\ of|[Aa]fter\ consultation\ with|jointly\ with|acting\ through
        |[Ww]ith\ the\ advice\ of)\ """,
    _V,
)
"""The words that name co-actors (``in consultation, as appropriate, with``)."""

DEFINED_SHORT = regex.compile(
    r"""
    \ \("?(?:the\ |(?:hereinafter|hereafter)\ (?:the\ )?|collectively,?\ the\ )?"?
    (?P<short>[A-Z][A-Za-z&'.\-]{0,25}(?:\ [A-Za-z&'.\-]{1,25}){0,3})"?\)
    """,
    _V,
)
"""A short form defined in parentheses: `` (the Secretary)``, `` (Task Force)``."""

DESIGNEE_BEFORE = regex.compile(
    r",\ or\ (?:his|her|its|their)\ designees?,?\ ?$", _V | regex.REVERSE
)
"""``The Secretary of Commerce, or his designee, (hereafter "Secretary")``: the aside
between a title and the short form it is given."""

ACTOR_WORDS = regex.compile(
    r"""\b(?:Council|Committee|Board|Commission|Task\ Force|Working\ Group|Group|Office|Initiative
        |Forum|Partnership|Panel|Team|Center|Agency|Administration|Coordinator|Director|Chair
        |Chairman|Chairperson|Secretary|Administrator|Officer|Advisor|Adviser|Representative|Envoy
        |Commissioner|Counsel|Attorney\ General|Department|Service|Bureau|Corps)\b""",
    _V,
)
"""Words that make a defined name an actor (an office or body), not a document or a thing."""

TERM_MEANS = regex.compile(
    r"""(?:the\ term\ )?"(?:the\ |The\ )?(?P<short>[A-Z][^"]{1,40})"
        \ (?:means|refers\ to|shall\ mean|shall\ refer\ to)\ (?:the\ )?
        (?P<full>[^.;,(]{3,120})""",
    _V,
)
"""``the term "Secretary" means the Secretary of Homeland Security``; ``"the Secretary"
shall refer to the Secretary of Homeland Security``."""

SERVES_AS = regex.compile(
    r"""(?:serve|act)\ as\ (?:the\ )?
        (?P<short>[A-Z][\w'\-]{1,30}(?:\ [A-Z][\w'\-]{1,30}){0,4})\b(?![\w\ ]{0,4}of\ )""",
    _V,
)
"""``the Archivist … shall serve as the Executive Agent``: the order's name for a role."""

DEFINED_OFFICE = regex.compile(
    r"""\b(?:authority|authorities|officer|officers|official|officials|appointee|appointees)$""",
    _V | regex.IGNORECASE,
)
"""A defined term that names an office held by a person: ``"Approval authority" means …``."""

HOLDER = regex.compile(
    r"""\b(?:individual|person|official|officer|executive|employee|head|appointee)s?\b""", _V
)
"""Words in a definition that say the term is held by a person, not a legal power."""

_NUMBER = r"""(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen
    |twenty|thirty|forty-five|sixty|ninety|a)"""

DEADLINE = regex.compile(
    rf"""
    \b(?P<within>(?:within|no\ later\ than|not\ later\ than|no\ more\ than|not\ more\ than)
        \ (?P<n>{_NUMBER})
        \ (?P<unit>(?:calendar\ |business\ )?(?:days?|weeks?|months?|years?))
        (?:\ (?:of|after|from|following|before)\ (?:the\ )?[^.;,]{{3,80}}?
            (?=[.;,]|\ (?:to|and|the)\ |$))?)
    | \b(?P<by>(?:no\ later\ than|not\ later\ than|by|before|on\ or\ before|prior\ to
        |(?<!ed\ |en\ |\bwas\ |\bwere\ |\bis\ |\bare\ )on)                  # not "existed on"
        \ (?P<date>{MONTH_NAME}\ {DAY_DIGITS},\ {YEAR_DIGITS}))
    | \b(?P<recur>(?P<every>annually|quarterly|monthly|semiannually|biannually|biennially
          |every\ (?P<rn>\d{{1,3}}|two|three|four|five|six)
            \ (?P<runit>days|weeks|months|years)
          |each\ (?:fiscal\ )?year|every\ year
          |on\ an?\ (?:annual|quarterly|monthly|biennial|yearly)\ basis)
        (?:\ thereafter)?)\b
    | \b(?P<limit>(?:no|not)\ later\ than\ (?!\d)[^.;,]{{3,80}}?)(?=[.;,]|$)
    """,
    _V | regex.IGNORECASE,
)
"""A deadline or a recurrence: ``within 14 days of the date of this order``, ``on November
15, 1999``, ``annually``, ``every 180 days thereafter``, ``not later than the end of the
fiscal year``."""

TIMING = regex.compile(
    r"""
    \b(?:immediately|promptly|forthwith|expeditiously|without\ (?:undue\ )?delay
      |as\ soon\ as\ (?:is\ )?(?:practicable|possible|feasible)
      |on\ an?\ (?:ongoing|continuing|regular|periodic|rolling)\ basis|periodically)\b
    """,
    _V | regex.IGNORECASE,
)
"""Timing that sets no limit: ``immediately``, ``promptly``, ``as soon as practicable``."""

TRIGGER = regex.compile(
    r"""
    (?:[Uu]pon|[Ff]ollowing|[Aa]fter|[Ww]henever|[Ww]hen|[Oo]nce|[Pp]rior\ to)
    \ [^,;:]{3,200}
    (?=,\ )
    """,
    _V,
)
"""A clause-initial event a duty waits on: ``Following any designation of X, the Secretary
shall``, ``Whenever information is identified …, the Secretary shall``."""


ACRONYM = regex.compile(r"\b[A-Z]{2,8}s?\b", _V)
"""An abbreviation inside a printed title (``OMB``, ``DNI``): the title is written out."""


NAME_TAIL = regex.compile(
    r"""(?r)(?<![\w'&.\-])[A-Z][\w'&.\-]{0,30}
        (?:(?:\ (?:of|and|for|the|on|to|in|with)){0,3}\ [A-Z0-9][\w'&.\-]{0,30}){0,11}$""",
    _V,
)
"""The capitalised words that end a phrase: the name in ``… and the Secretary of X``."""


UNTABLED = regex.compile(
    r"""(?r)
    \b(?:[Tt]he|[Ee]ach|[Aa]ny|[Ss]uch|[Aa]ll)[ ]
    (?P<name>[A-Z][\w'.\-]{1,30}
        (?:\ (?:(?:of|for|on|and|the|to|in)\ ){0,2}[A-Z][\w'.\-]{1,30}){0,6})
    $
    """,
    _V,
)
"""A capitalised title right before a verb (``The Secretary``, ``The Executive Director``)."""

ACTOR_HEAD = regex.compile(
    r"""
    ^(?:Secretar(?:y|ies)|Director|Administrator|Commissioner|Coordinator|Counsel|Chair\w*|Co-Chair\w*
       |Vice\ Chair\w*|Executive\ (?:Director|Secretary|Agent|Officer)|Members?|Head|Heads
       |Chief|Senior
       |Special|Deputy|Under|Assistant|Federal\ Chief|Departments\ of
       |(?:Council|Committee|Board|Commission|Task\ Force|Working\ Group|Panel|Subcommittee)
        \ (?:on|for|of|to))\b
    | \b(?:Council|Committee|Board|Commission|Force|Group|Office|Initiative|Forum|Partnership|Panel
       |Team|Center|Agency|Administration|Coordinator|Director|Directors|Chair|Chairs|Chairman
       |Secretary|Secretaries|Administrator|Officer|Officers|Advisor|Adviser|Advisors|Representative
       |Envoy|Commissioner|Counsel|General|Department|Departments|Service|Bureau|Corps|Members
       |Subcabinet
       |Workgroup|Subcommittee|Agent|Cabinet)$
    """,
    _V,
)
"""A title or body as head noun: an actor (``The Executive Director``, ``The X Working Group``)."""

BODY_TITLE = regex.compile(
    r"""(?:(?:Co-|Vice\ |Honorary\ )?Chair(?:man|men|person|persons|s)?
        |Executive\ Officer|Senior\ Director)""",
    _V,
)
BODY_WORDS = regex.compile(
    r"\b(?:Council|Committee|Board|Commission|Task\ Force|Working\ Group|Group|Panel|Forum"
    r"|Workgroup|Subcommittee|Subcabinet|Initiative|Team)\b",
    _V,
)
SECRETARIES_OF = regex.compile(
    r"""\bSecretaries\ of\ (?P<of>(?:the\ )?[A-Z][\w\-]{1,20}(?:\ [A-Z][\w\-]{1,20}){0,3}
        (?:(?:,\ and|,|\ and)\ (?:the\ )?[A-Z][\w\-]{1,20}(?:\ [A-Z][\w\-]{1,20}){0,3}){1,8})""",
    _V,
)
"""``the Secretaries of the Army, Navy, and Air Force``: several offices named at once (the
scan of the table would read ``Navy`` and ``Air Force`` alone)."""
SECRETARIES = regex.compile(r"Secretaries\ of\ (?P<of>.+)", _V)
DEPARTMENTS = regex.compile(r"Departments\ of\ (?P<of>.+)", _V)
JOINT_THE = regex.compile(r",\ and\ the\ |,\ the\ |\ and\ the\ ", _V)
"""Where a list of offices names the next one with its article."""

JOINT = regex.compile(r",\ and\ |\ and\ |,\ ", _V)


NAMES_ONLY = regex.compile(
    r"(?:[A-Z][\w'.\-]{0,30}|the|of|for|and|or|on|to|in|with|,|\ ){1,80}", _V
)
"""Capitalised names and the words that join them, nothing else: an aside between
commas that names offices the table lacks (``, in consultation with the Secretary of
the Interior and the Governor of Hawaii, shall``)."""


THROUGH_ASIDE = regex.compile(r",\ (?:acting\ )?through\ (?:the\ )?[A-Z][^,;()]{1,150},?\ ?$", _V)
"""``, through the Federal Enforcement Working Group,`` right before the verb."""

HEAD_OF_BEFORE = regex.compile(
    r"""\b(?P<title>Chair|Chairman|Chairperson|Co-Chairs?|Vice\ Chairs?|[Mm]embers?
        |Executive\ Director|Staff\ Director)\ of\ (?:the\ )?$""",
    _V | regex.REVERSE,
)
"""A title of a body's officer right before the body (``The Chair of the Partnership``)."""


HEADS_OF_BEFORE = regex.compile(
    r"\b(?:[Hh]eads?|[Cc]hiefs?)\ of\ (?:all\ |the\ |each\ |any\ |such\ )?$", _V | regex.REVERSE
)
"""``the heads of all relevant executive departments and agencies shall``: the heads."""

REDUCED_RELATIVE_BEFORE = regex.compile(
    r"""\ (?:[a-z]{3,20}ed|chosen|drawn|held)\ (?:on|in|by|to|under|within|from|with|for|at)
        \ (?:the\ |each\ |all\ )?$""",
    _V | regex.REVERSE,
)
"""``Each agency represented on the Council shall``: the Council qualifies the agency."""

AGENCIES_OF_BEFORE = regex.compile(
    r"""\b(?:(?:executive\ )?(?:departments|departments\ and\ agencies|agencies)
        |(?:executive\ )?(?:departments,\ agencies,|departments\ and\ agencies,)\ and
        \ (?:offices|instrumentalities|components))\ of\ (?:the\ )?$""",
    _V | regex.REVERSE,
)
"""``All agencies of the United States Government``: the agencies, not the Government."""


PERSON_TITLE = regex.compile(
    r"""(?:Executive\ |Deputy\ |Assistant\ |Senior\ |Chief\ )?
        (?:Director|Secretary|Administrator|Chair\w*|Co-Chair\w*|Vice\ Chair\w*|Commissioner
          |Coordinator|Counsel|Advis[eo]r|Representative|Officer|Envoy|Head|Members?)s?
        (?:\ (?:of|for|to|on)\b|$)""",
    _V,
)
"""A name that is an official's title (``Executive Director for the Initiative``)."""


SUBJECT_ADVERBS = frozenset(
    {"also", "jointly", "further", "likewise", "similarly", "promptly", "immediately"}
    | {"each", "both", "then"}
)
"""The adverbs that may stand between an actor and its modal."""

ADVERB_BEFORE = regex.compile(rf"\ (?:{'|'.join(sorted(SUBJECT_ADVERBS))})\ $", _V | regex.REVERSE)
"""An adverb between the actor and its modal (``the Department also shall``)."""

SET_UP_BY_BEFORE = regex.compile(
    r"""
    ,?\ (?:established|created|constituted|chartered|convened)
    \ (?:in|by|under|pursuant\ to)\ (?:section\ [\w().]{1,12}\ of\ )?
    (?:Executive\ Order|Proclamation|Presidential\ Memorandum)\ (?:No\.\ )?[\d,]{3,7}
    (?:\ of\ [A-Z][a-z]{2,8}\ \d{1,2},\ \d{4})?           # of March 27, 2025
    (?:,?\ \([^()]{1,200}\))?                             # (its title)
    (?:,?\ as\ amended)?,?\ $
    """,
    _V | regex.REVERSE,
)
"""What names the document a body was set up by, between the body and its verb (``The
Harbor Task Force established in Executive Order 14252 of March 27, 2025 (Making …),
shall``): the body is the subject."""

RESTRICTIVE_BEFORE = regex.compile(
    r"""\ (?:that|which|who)\ (?!(?:shall|may|must|will|is|are)\b)
        (?:(?!\b(?:shall|may|must|will)\b)[^,;:()."])
        {3,150}?\ $""",
    _V | regex.REVERSE,
)
"""A restrictive relative clause between the actor and its verb (``The heads of agencies
that operate or access classified computer networks shall``): part of the actor."""

AGENCIES_OF_US_BEFORE = regex.compile(
    r"""\b(?:[Aa]ll\ |[Ee]ach\ )
        (?P<agencies>(?:executive\ )?(?:departments\ and\ agencies|departments|agencies)
        \ of\ the\ United\ States)\ $""",
    _V | regex.REVERSE,
)
"""``All departments and agencies of the United States shall``: the agencies (the
officials table names the Government, not the country)."""

RELATIVE_BEFORE = regex.compile(r"\b(?:as|than)\ (?:the\ |each\ |any\ )?$", _V | regex.REVERSE)
"""``as the Secretary may …`` opens a relative clause, not a grant."""

RELATIVE_THAT_BEFORE = regex.compile(
    r"\b(?P<word>[A-Za-z]+)\ (?:that|which)\ (?:the\ |each\ |any\ |such\ )?$", _V | regex.REVERSE
)
"""``reports that the Council may …``: ``that`` after a word, right before the actor."""


OBJECT_GAP = regex.compile(
    r"""
    (?:,\ from\ time\ to\ time,)?\ ?
    (?:                                                # a verb that needs an object, and none
        (?:designate|request|require|invite|approve|specify|prescribe|determine|select
          |identify|assign|appoint|authorize|establish|issue|adopt|choose|direct|provide)
      | (?:deem|consider|find)\ (?:it\ )?(?:appropriate|necessary|advisable|proper|useful
          |relevant)
    )
    (?:\ (?:or|and)\ (?:that|which|as)\ [^;]{0,200})?   # "… or that the Council may deem"
    [.,;]?
    """,
    _V,
)
"""What follows the modal of a relative clause whose object is the noun before it:
``designate.``, ``deem appropriate``, ``request or that the Council may …``."""


_PREPOSITIONS = (
    *("to", "with", "by", "from", "for", "of", "on", "in", "within", "at", "through", "upon"),
    *("under", "into", "than", "including", "between", "among"),
)

PREPOSITION_BEFORE = regex.compile(
    rf"\b(?:{'|'.join(_PREPOSITIONS)})\ (?:the\ |each\ |all\ )?$",
    _V | regex.REVERSE,
)
"""An actor after these words is an object ("report to the President"), not a subject."""

PREPOSITION_ENDS = tuple(
    f"{word} {article}" for word in _PREPOSITIONS for article in ("", "the ", "each ", "all ")
)
"""How every :data:`PREPOSITION_BEFORE` match ends (``to ``, ``to the ``): one
``str.endswith`` tells most actors, which follow none of them, from the others."""

LOCATED_BEFORE = regex.compile(r"\ (?:within|in|at)\ (?:the\ |each\ |all\ )?$", _V | regex.REVERSE)
"""``The Office of Federal Contract Compliance Programs within the Department of Labor
shall``: the office is the subject, the department only where it sits."""

QUALIFIER_BEFORE = regex.compile(
    r"""\ (?:with\ respect\ to|in\ the\ case\ of|for\ purposes\ of|when|while)\ [^,;:]{1,200}
        ,?\ ?$""",
    _V | regex.REVERSE,
)
"""A qualifier between the last actor and the verb (``the Secretary of Homeland Security
with respect to the Coast Guard when it is not operating as a service in the Navy, are
authorized``): the office it qualifies is the subject, not an office it names."""


ADVERBS = r"""(?:also|promptly|immediately|further|jointly|each|expeditiously|forthwith
    |continue\ to|as\ appropriate,?|where\ appropriate,?)"""

LEAD_IN = regex.compile(
    rf"""
    (?:,\ [^,:;]{{1,200}}?,?)?               # an aside: ", within 30 days of this order,"
    (?:\ {ADVERBS}){{0,3}}                   # "shall promptly:", "shall also:"
    (?:\ (?:take|perform|carry\ out|undertake|have|complete)\ the\ following
        \ (?:actions|steps|functions|duties|tasks|responsibilities)
        (?:\ (?![^:;]{{0,200}}\bselected\b)    # "… to implement the sanctions selected": a menu
           [^:;]{{1,200}})?                   # "… to obtain operational control of the border"
      | \ take\ (?:all\ )?(?:appropriate|necessary)
        (?:\ and\ (?:appropriate|necessary))?\ (?:action|actions|steps|measures)
        (?:,\ [^,:;]{{1,100}},)?\ to)?
    ,?\ ?
    """,
    _V,
)
"""What may stand between a modal and the colon of a list of actions (``shall:``,
``shall promptly:``, ``shall, as appropriate:``, ``shall immediately take the following
steps to obtain …:``); not ``shall include:`` or ``shall be composed of:``, whose items
are members or topics, nor ``shall take the following actions where necessary to implement
the sanctions selected …:``, whose items are a menu of measures (one grant, at the
lead-in)."""

DUTIES_LEAD_IN = regex.compile(
    rf"""(?:\ {ADVERBS}){{0,2}}\ (?:include|be|consist\ of|comprise)(?:,?\ but\ not\ be
        \ limited\ to,?)?(?:\ the\ following)?(?:\ to)?\ ?""",
    _V,
)
"""The lead-in of a body's duties (``The responsibilities of the Council shall include the
following:``, ``The functions of the Board shall be to:``)."""

DUTIES_OF_BEFORE = regex.compile(
    r"""\b(?:[Rr]esponsibilities|[Dd]uties|[Ff]unctions|[Mm]ission|[Mm]issions|[Tt]asks|[Rr]ole)
        \ of\ (?:the\ )?$""",
    _V | regex.REVERSE,
)
"""``The responsibilities of the Council shall``: the subject is the Council's duties."""

DUTIES_AFTER = regex.compile(
    r"'s\ (?:responsibilities|duties|functions|mission|missions|tasks|role)\ ?", _V
)
"""``The Council's responsibilities shall``."""

ACTION_VERB = regex.compile(
    r"""
    (?:(?:and|or|and/or)\ )?(?:\(\w{1,5}\)\ )?(?:to\ )?
    (?P<verb>review|submit|develop|establish|ensure|issue|provide|take|report|publish|identify
      |consider|coordinate|designate|implement|assess|evaluate|recommend|prepare|conduct
      |consult|determine|update|revise|prescribe|promulgate|support|maintain|promote|monitor
      |notify|transmit|collect|share|make|create|lead|convene|advise|assist|direct|oversee
      |seek|pursue|prioritize|expand|reduce|increase|improve|strengthen|enhance|encourage
      |facilitate|adopt|apply|use|require|request|allocate|project|produce|plan|design
      |construct|build|hire|train|enforce|protect|prevent|remove|rescind|terminate|suspend
      |modify|amend|revoke|withdraw|halt|cease|eliminate|examine|study|analyze|investigate
      |audit|certify|approve|authorize|engage|work|cooperate|participate|serve|perform
      |carry\ out|complete|initiate|begin|continue|resume|post|disseminate|brief|inform
      |respond|address|consolidate|streamline|integrate|align|harmonize|standardize|document
      |track|measure|verify|validate|vet|screen|adjudicate|detain|reimburse|fund|procure
      |acquire|transfer|release|deliver|negotiate|enter\ into|propose|compile|preserve
      |retain|declassify|safeguard|secure|deter|counter|combat|mitigate|restore|re-establish
      |reestablish|redelegate|delegate|assign|appoint|select|define|specify|clarify|describe
      |quantify|inventory|estimate|reform|expedite|accelerate|invite
      |solicit|hold|exercise|permit|enable|allow|prohibit|restrict|limit|explore
      |formulate|recruit|deploy|dispatch|order|instruct|tailor|reassess|reevaluate)
    \b
    """,
    _V,
)
"""A verb opening a duty in a series (``…; issue revised guidelines; and report …``)."""


ITEM_LABEL = regex.compile(rf"\({LABEL}\)\s*", _V)
"""A label opening a list item's words, printed without a space (``(a)(1)Report``)."""

ITEM_TAIL = regex.compile(r"(?:[;,.]?\ (?:and|or|and/or))?[;,.:]?\s*$", _V)
"""What ends a list item: ``; and``, ``; or``, ``;``, ``.``."""


STANDING = regex.compile(
    r"""
    (?:(?:also|initially|further|automatically|otherwise)\ )?
    (?:
        consist\b | comprise\b | be\ (?:composed|comprised|constituted)\ of\b
      | (?:terminate|expire|sunset)              # itself: "terminate 2 years after …"
        (?=[.;,]|$|\ (?:on|upon|at|no|not|within|when|after|unless|one|two|three|\d))
      | be\ (?:co-?)?chaired\b | be\ (?:headed|led)\ by\b
      | serve\ without\ (?:additional\ )?compensation\b | receive\ no\ compensation\b
      | be\ (?:full-time\ )?(?:officers|officials|employees|representatives)\ (?:of|from)\b
      | include\ (?:the\ following\ (?:members|officials|officers|individuals)
          |(?:up\ to|not\ more\ than|no\ more\ than|at\ least)\ \w{1,12}\ members)\b
    )
    """,
    _V,
)
"""What a body *is* rather than what anyone must do: its members, its chair, its end
(``The Council shall consist of …``, ``The Task Force shall terminate …``, ``Members of
the committee shall be officers of the United States …``)."""

STANDING_FIRST = (
    *("also ", "initially ", "further ", "automatically ", "otherwise ", "consist", "comprise"),
    *("be ", "terminate", "expire", "sunset", "serve ", "receive ", "include "),
)
"""What every :data:`STANDING` match starts with: most actions start with none of them, and
a ``str.startswith`` settles it for a fraction of a call."""


BY_AGENT = regex.compile(
    r"""\ be\ (?:[a-z]{2,15}ly\ )?
        (?:[a-z]{2,20}ed|made|done|given|taken|held|paid|met|set|kept|led|run|sent|drawn)
        \ by\ """,
    _V,
)
"""A passive modal's agent: ``shall be performed by the Attorney General``."""


RELATIVE_PRONOUNS = ("as ", "which ", "that ", "who ", "whom ")
"""How every :data:`RELATIVE_PRONOUN_BEFORE` match ends."""

RELATIVE_PRONOUN_BEFORE = regex.compile(
    rf"\b(?:{'|'.join(word.rstrip() for word in RELATIVE_PRONOUNS)})\ $", _V | regex.REVERSE
)
"""``such other officers as may be designated by the President``: a description."""
