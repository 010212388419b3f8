"""The patterns of grants, kept apart from the logic that reads them.

Every pattern runs on the normalised text (single spaces, straight quotes).  Patterns
compiled with ``regex.REVERSE`` are searched backwards from a verb or a name over a short
window (``…_BEFORE``); every repetition is bounded, so each runs in linear time
(``tests/test_linear_time.py`` walks them all)."""

from __future__ import annotations

import regex

_V = regex.VERBOSE

_GLUE = ("of", "for", "on", "and", "the", "to", "in")
"""The small words between the capitalised words of a name (``Secretary of the Interior``)."""


def name_words(
    more: int,
    *,
    glue: tuple[str, ...] = _GLUE,
    glued: int = 2,
    word: str = r"[\w'.\-]{1,30}",
    initial: str = "A-Z",
) -> str:
    """A pattern fragment for a capitalised name: a capitalised word, then up to ``more``
    further words opening with ``initial``, each after up to ``glued`` small words of
    ``glue``.  The patterns that read a name (before a verb, after ``There is
    established``, before a short form) differ only in these bounds."""
    small = "|".join(glue)
    return rf"[A-Z]{word}(?:\ (?:(?:{small})\ ){{0,{glued}}}[{initial}]{word}){{0,{more}}}"


MODAL = regex.compile(
    r"""
    \b(?P<modal>
        shall(?!\ not\ be\ construed)
      | may(?!\ be\ construed)
      | must
      | (?:is|are)\ (?:hereby\ )?(?:authorized\ and\ directed|directed\ and\ authorized
        |authorized\ to\ and\ shall)  # "is authorized to and shall take"
      | (?:is|are)\ (?:hereby\ |further\ |also\ |each\ |jointly\ ){0,2}
        (?:authorized|empowered|directed|delegated)  # "are each delegated", "are jointly …"
      | (?:is|are)\ (?:hereby\ )?designated\ and\ (?:empowered|authorized)
      | (?:is|are)\ (?:hereby\ )?assigned(?=\ to\ )  # "The functions … are assigned to"
    )\b
    """,
    _V,
)
"""The modal verb of a grant."""
MODAL_VERB = MODAL.groupindex["modal"]
"""Group numbers: ``match[n]`` costs a sixth of ``match["name"]``, which the regex module
looks up by trying the name as an integer first (raising and clearing an error)."""

_PARTICIPLE_AHEAD = r"""(?=(?:hereby\ |further\ |also\ |each\ |jointly\ ){0,2}
    (?:authorized|empowered|directed|delegated|designated|assigned))"""
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
    r"""\b(?:I\ (?:hereby\ |further\ |also\ |therefore\ ){0,2}
           |and\ hereby\ (?:further\ |also\ )?)
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

DELEGATED_OBJECT = regex.compile(
    r"""(?:,\ [^,;]{1,200},)?                     # ", with respect to responding to …,"
        \ (?:the|all|such)\ (?:[\w\-]{1,20}\ ){0,2}(?:authority|authorities|functions?|powers?)\b
    """,
    _V,
)
"""What follows ``are each delegated`` when the subject is the delegate (``the Secretary of
Health and Human Services and the Secretary of Homeland Security are each delegated, with
respect to …, the authority of the President conferred by section 107``)."""

DELEGATED_TO = regex.compile(
    r"""(?:\ and\ (?:assigned|delegated))?  # "are delegated and assigned"
        (?:,\ respectively,)?\ to\ """,
    _V,
)
"""What stands between a delegating :data:`MODAL` and its delegate: ``… are delegated and
assigned, respectively, to the United States Trade Representative``."""

NEXT_DELEGATE = regex.compile(
    r""",\ and\ to\ (?=(?:the\ )?[A-Z][^,;]{1,120},\ who\ )""",
    _V,
)
"""Where a delegation names its next delegate after the first one's ``who`` clause (``… are
assigned to the Secretary of Labor, who shall prepare the report, and to the U.S. Trade
Representative, who shall …``): the first one's duties end there."""

WHO_MODAL = regex.compile(
    r""",\ (?:who(?:,\ [^,;:]{1,200},)?\ (?:shall|may|must)\b
           |which(?:,\ [^,;:]{1,200},)?\ (?:shall|may|must)(?!\ be\b)(?:\ also)?\b)""",
    _V,
)
"""Another official's ``who`` clause with a modal of its own inside a duty (``… make
recommendations to the Attorney General, who shall submit a report …``): the duty ends
before it, the official's own grant is read from its modal; so does a ``which`` clause's
(``… serve as Chair of the Task Force, which shall also include:``, ``establish an
interagency process …, which shall, inter alia:``): what the body or process is to be or
do, never the subject's duty.  A passive one (``a plan, which shall be submitted within 90
days``) still says what the duty is."""

AUTHORITY_TO = regex.compile(
    r"""\ (?:have\ (?:the\ )?(?:[a-z]{1,12}\ ){0,2}authority\ (?:to|for)
          |be\ empowered\ to)\b""",
    _V,
)
"""``shall have the authority to issue final orders``, ``shall have the authority for
investigating``: a power, as ``is authorized to``."""

FUNCTIONS_ASSIGNED = regex.compile(
    r"""\b(?:[Tt]he|[Aa]ll|[Ss]uch)\ (?:[\w\-]{1,20}\ ){0,2}
        (?:functions?|authorit(?:y|ies)|powers?|responsibilit(?:y|ies)|duties)
        \ (?:of|under|vested|conferred|granted)\b""",
    _V,
)
"""What an ``is assigned to`` clause must assign to be a delegation (``The functions of the
President under section 8 of the Act are assigned to the Secretary of State``), not a
person or a case (``each detailee is assigned to the Office``)."""

TO_BE_CHAIRED = regex.compile(
    r"""\bto\ be\ (?P<participle>(?:[Cc]o-)?(?:[Cc]haired|[Hh]eaded|led))\ by\ (?=\S)""",
    _V,
)
"""``…, to be co-chaired by the Secretary of State and the Attorney General``: the chairs
of the body just named (a grant to each)."""

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

HEAD_TITLE = regex.compile(
    r"""(?:(?:Executive|Deputy|Managing)\ )?(?:Director|Chair(?:man|person)?|Coordinator
        |Administrator|Head)\b""",
    _V,
)
"""The title of a body's head after ``shall be headed by a``: ``Director``,
``Executive Director``."""

PASSIVE_NO_AGENT = regex.compile(
    r"""\ be\ (?:[a-z]{2,15}ly\ )?
        (?!(?:authorized|empowered|directed|required|prepared|deemed)\b
          |charged\ with\b)                      # "shall be charged with developing": a duty
        (?:(?:[Cc]o-)?[a-z]{2,20}ed|made|done|given|taken|held|paid|met|set|kept|sent|drawn|chosen
          |known|shown|written|brought|sought|built|spent)\b""",
    _V,
)
"""A passive modal (``shall be submitted``): without an agent, no one is given a duty."""

GLUE_BEFORE = regex.compile(r"(?:,\ and|,\ or|\ and|\ or|,|\ and/or)\ $", _V | regex.REVERSE)
ARTICLE_BEFORE = regex.compile(
    r"\b(?:(?:the|The|each|Each|all|All|every|Every)(?:\ other)?|other)\ $",
    _V | regex.REVERSE,
)
ARTICLES_AND_GLUE = regex.compile(r"(?:,|\ |and|or|the|each|all|other|appropriate|relevant)*", _V)
"""Text that may stand between actors listed together."""

ASIDE_AFTER_ACTOR = regex.compile(
    r"""
    (?:
        ,?\ \([^()]{1,160}\)                    # (the "Secretary"), (directly or through …)
      | ,\ (?:acting\ )?(?:in\ consultation|in\ coordination|in\ cooperation|in\ conjunction
           |in\ collaboration|in\ partnership
           |with\ the\ concurrence|(?:after|upon)\ (?:the\ )?concurrence
           |after\ (?:such\ |appropriate\ )?consultation|acting\ through|through|as\ appropriate
           |where\ appropriate|consistent\ with|to\ the\ extent|jointly|together|respectively
           |each|or\ (?:his|her|their)\ designees?|as\ the\ case\ may\ be|or\ the\ designee
           |as\ applicable|as\ relevant|as\ necessary|within|not\ later\ than|no\ later\ than
           |at\ the\ direction|under\ the\ direction|with\ respect\ to|as\ consistent\ with
           |on\ behalf\ of|rather\ than|in\ [a-z]{3,20}ing\b|in\ accordance\ with|whenever\b
           |in\ addition\ to|at\ the\ request\ of|upon\ (?:the\ )?request\ of|prior\ to\b|when\b
           |in\ the\ (?:exercise|implementation|performance|discharge)\ of|before\b|during\b
           |as\ (?:defined|described|provided|set\ forth|specified)\ (?:in|by|under)\b
           |in\ (?:its|their|his\ or\ her|his|her|an)\ (?:official|personal|individual|own)
              \ capacit(?:y|ies)\b)
           [^,;]{0,300}?
           (?:,\ (?:subchapter|chapter|part|title|section)\ [^,;]{1,80}){0,3}  # a citation:
           (?:,\ United\ States\ Code)?            # "chapter 35, subchapter II of title 44,"
           (?:,|$)
      | \ acting\ through\ (?:the\ )?[A-Z][^,;()]{1,150}?(?:,|$)  # "the Secretary of Defense
                                                 # acting through the Director of the NSA,"
      | \ (?:as|where)\ (?:appropriate|necessary|applicable|relevant)\b,?  # "… as appropriate,"
      | ,?\ or\ (?:his|her|their|its)\ (?:designated\ )?(?:designees?|representatives?)
      | ,?\ or\ the\ [A-Z][\w\ ]{2,40}['’]s\ designee,?  # "… or the Secretary's designee"
      | \ as\ (?:his|her|their|its|the\ [A-Z][\w\ ]{2,40}['’]s)\ designee,?  # "… or the Deputy
                                                 # Attorney General as his designee,"
      | \ (?:concerned|involved|affected|identified\ [^,]{1,60}|so\ identified)
    )
    """,
    _V,
)
"""What may stand between an actor and its verb: a definition, a consultation."""

ACRONYM = regex.compile(r"\b[A-Z]{2,8}s?\b", _V)
"""An abbreviation inside a printed title (``OMB``, ``DNI``): the title is written out."""


_TAIL_NAME = name_words(
    11, glue=(*_GLUE, "with", "through"), glued=3, word=r"[\w'&./\-]{0,30}", initial="A-Z0-9"
)
"""A name ending a phrase, with the ``&``, ``/`` and digits names print (``NS/EP``)."""

NAME_TAIL = regex.compile(
    rf"""(?r)(?<![\w'&./\-])
        {_TAIL_NAME}$""",
    _V,
)
"""The capitalised words that end a phrase: the name in ``… and the Secretary of X``."""


UNTABLED = regex.compile(
    rf"""(?r)
    \b(?:[Tt]he|[Ee]ach|[Aa]ny|[Ss]uch|[Aa]ll|(?P<indefinite>[Aa]n?))[ ]
    (?P<name>{name_words(6)})
    $
    """,
    _V,
)
"""A capitalised title right before a verb (``The Secretary``, ``The Executive Director``;
``An Executive Director``, an officer of a body, is the only office an indefinite article
names)."""

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
    | ^(?!(?:House|Senate|Joint|Congressional)\ )
      (?:[A-Z][\w'\-]*\ ){1,4}(?:Council|Committee|Board|Commission|Task\ Force|Working\ Group)
      \ (?:on|for)\b                             # "The United States Committee on the Marine
                                                 # …", not "The Report of the Committee on …"
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
    r"|Workgroup|Subcommittee|Subcabinet|Initiative|Team|Partnership)\b",
    _V,
)


def _offices_of(plural: str) -> regex.Pattern[str]:
    """``{plural} of A, the B, and C``: several offices named at once, line breaks and all."""
    return regex.compile(
        rf"""\b{plural}\s+of\s+(?P<of>(?:the\s+)?[A-Z][\w\-]{{1,20}}(?:\s+[A-Z][\w\-]{{1,20}}){{0,3}}
            (?:(?:,\s+and|,|\s+and)\s+(?:of\s+)?(?:the\s+)?
               [A-Z][\w\-]{{1,20}}(?:\s+[A-Z][\w\-]{{1,20}}){{0,3}}){{1,12}})""",
        _V,
    )


SECRETARIES_OF = _offices_of("Secretaries")
"""``the Secretaries of the Army, Navy, and Air Force``, ``the Secretaries of Agriculture and
of Health and Human Services``: several offices named at once (the scan of the table would
read ``Navy`` and ``Air Force`` alone)."""
DEPARTMENTS_OF = _offices_of("Departments")
"""``the Departments of Defense, the Interior, and Agriculture``: each Department (the run
may go on past them: ``…, and Agriculture, the Environmental Protection Agency``)."""
SECRETARIES = regex.compile(r"Secretaries\ of\ (?P<of>.+)", _V)
DEPARTMENTS = regex.compile(r"(?:(?:heads|Secretaries)\ of\ the\ )?Departments\ of\ (?P<of>.+)", _V)
JOINT_THE = regex.compile(r",\ and\ the\ |,\ the\ |\ and\ the\ ", _V)
"""Where a list of offices names the next one with its article."""

JOINT = regex.compile(r",\ and\ |\ and\ |,\ ", _V)
JOINT_BREAK = regex.compile(r",\s++and\s++|(?<!\s)\s++and\s++|,\s++", _V)
"""What joins the offices of a list, line breaks and all (a match starts at a comma or at
the first space of a run, never inside a run)."""


NAMES_ONLY = regex.compile(
    r"(?:[A-Z][\w'.\-]{0,30}|the|of|for|and|or|on|to|in|with|,|\ ){1,80}", _V
)
"""Capitalised names and the words that join them, nothing else: an aside between
commas that names offices the table lacks (``, in consultation with the Secretary of
the Interior and the Governor of Hawaii, shall``)."""


AS_MAY_TAIL = regex.compile(
    r"""\ as\ (?:(?:the\ |each\ |any\ )?[A-Z][\w\ ]{0,60}?|he|she|it|they)
        \ (?:may|shall)(?:\ from\ time\ to\ time|\ reasonably)?
        \ (?:deem\ (?:necessary|appropriate|advisable)|[a-z]{3,20}),?\ ?$""",
    _V,
)
"""A relative clause closing a consultation aside (``with such assistance from the
Chairman … as the Director may require,``): its modal is no verb of the subject's."""

THROUGH_ASIDE = regex.compile(
    r",\ (?:acting\ )?through\ (?:the\ )?[A-Z][^,;()]{1,150}(?:\ \([^()]{1,20}\))?,?\ ?$", _V
)
"""``, through the Federal Enforcement Working Group,`` right before the verb (its short
form too: ``, through the Administrator of … (FEMA),``)."""

HEAD_OF_BEFORE = regex.compile(
    r"""\b(?P<title>Chair|Chairman|Chairperson|Co-Chairs?|Vice\ Chairs?|[Mm]embers?
        |Executive\ Director|Staff\ Director)\ of\ (?:the\ )?$""",
    _V | regex.REVERSE,
)
"""A title of a body's officer right before the body (``The Chair of the Partnership``)."""


HEADS_OF_BEFORE = regex.compile(
    r"""\b(?:[Hh]eads?|[Cc]hiefs?|Secretaries|(?<!\band\ )(?P<staff>staffs?))
        \s{1,4}of\s{1,4}(?:(?:all|the|each|any|such)\s{1,4})?$""",
    _V | regex.REVERSE,
)
"""``the heads of all relevant executive departments and agencies shall``: the heads;
``the Secretaries of the Departments of Agriculture and Energy``: theirs too; ``The staffs
of the Department of State, …, and the Domestic Policy Council may``: the staff of each."""

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
    \ (?:in|by|under|pursuant\ to)\ (?:
      (?:section\ [\w().]{1,12}\ of\ )?
      (?:Executive\ Order|Proclamation|Presidential\ Memorandum)\ (?:No\.\ )?[\d,]{3,7}
      (?:\ of\ [A-Z][a-z]{2,8}\ \d{1,2},\ \d{4})?         # of March 27, 2025
      (?:,?\ \([^()]{1,200}\))?                           # (its title)
      (?:,?\ as\ amended)?
    | (?:sub)?section\ [\w().]{1,12}(?:\ of\ this\ (?:order|section))?  # "in section 3 of
    | this\ (?:order|section)                              # this order"
    | the\ (?:Secretary|Attorney\ General|Administrator|Director)\b[\w\ ]{0,60}?
      \ under\ this\ (?:section|order)                    # "by the Secretary of Commerce
    ),?\ $                                                  # under this section"
    """,
    _V | regex.REVERSE,
)
"""What names the document, the section or the official a body was set up by, between
the body and its verb (``The Harbor Task Force established in Executive Order 14252 of March
27, 2025 (Making …), shall``, ``the Task Force established in section 3 of this order
shall``, ``the … Working Group established by the Secretary of Commerce under this section
shall``): the body is the subject."""


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


OFFICER_OF = regex.compile(
    r"(?:Executive\ )?(?:Director|Chair\w*|Co-Chair\w*|Vice\ Chair\w*|Head|Coordinator)\ of\ ", _V
)
"""An officer of a body, at the start of a title (``Director of the American Technology
Council``)."""

POLICY_HEADING = regex.compile(
    r"""(?:General\ )?(?:Statement\ of\ )?(?:Policy|Purpose|Findings)
        (?:,?\ and\ (?:Policy|Purpose|Findings))?\.?""",
    _V,
)
"""The whole heading of a section that states policy (``Policy``, ``Statement of Policy``,
``Purpose and Policy``), not one that names a policy body (``Domestic Policy Council``)."""

MEMBERS_OF_BEFORE = regex.compile(
    r"\b(?:consist|consists|consisting|composed|comprised)\ of\ (?:the\ )?$", _V | regex.REVERSE
)
"""A membership list's opening (``shall consist of the``): the office after it is a member,
not the object of a preposition."""

OFFICER_BEFORE = regex.compile(
    r"""\b(?:(?:Co-|Vice\ |Co-\ )?Chair(?:man|men|person|persons|s)?|Executive\ Director
        |[Mm]embers?)\ of(?:\ the)?\ $""",
    _V,
)
"""A body's officer right before the body (``Vice Chair of the ``)."""


_PREPOSITIONS = (
    *("to", "with", "by", "from", "for", "of", "on", "in", "within", "at", "through", "upon"),
    *("under", "into", "than", "including", "between", "among", "outside", "across"),
    *("throughout", "against", "without", "beyond"),
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

TITLE_COMMA_BEFORE = regex.compile(
    r"""\b[Tt]he\ (?P<title>(?:(?:Deputy|Assistant|Executive|Under)\ )?
        (?:Director|Commissioner|Administrator|Chairman|Chair|Commandant|Secretary|Chief))
        ,\ $""",
    _V | regex.REVERSE,
)
"""An office's title printed before its agency with a comma (``the Commissioner, U.S.
Customs and Border Protection``, ``the Director, National Security Agency``): the two are
one office."""

OF_AFTER_SHORT_FORM = regex.compile(
    r"""\ \([A-Z]{2,10}\)\ of\ (?:the\ )?
        (?P<body>[A-Z][\w.\-]{1,30}
          (?:\ (?!and\ the\b)(?:(?:of|for|on|and|the)\ ){0,2}[A-Z][\w.\-]{1,30}){0,8})
        (?:\ \([A-Z]{2,10}\))?  # the body's own: "(DFC)"
    """,
    _V,
)
"""The body a title's own acronym stands before (``the Chief Executive Officer (CEO) of the
United States International Development Finance Corporation``)."""
