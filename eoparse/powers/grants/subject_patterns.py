"""The words around a grant's subject that narrow it or say where a body was set up:
a relative clause (``agencies whose actions may affect …``), a phrase that narrows an
agency (``Each agency with responsibility for …``), ``There is established … that``, the
tail of a list (``and any other agencies as recommended by …``).  Kept apart from
:mod:`eoparse.powers.grants.subject`, which reads them; every pattern is linear."""

from __future__ import annotations

import regex

from eoparse.powers.grants.patterns import name_words

_V = regex.VERBOSE

RESTRICTIVE_BEFORE = regex.compile(
    r"""\ (?:that\ (?!(?:shall|may|must|will)\b)          # "agencies that are members"
          |(?:which|who|whose)\ (?!(?:shall|may|must|will|is|are)\b))
        (?:(?!\b(?:shall|must|will)\b)           # "may" only as a possibility of the
           (?:[^,;:()."]|(?<=\b[A-Z])\.          # clause; "U.S." holds its periods,
             |,(?=\ United\ States\ Code\b)))     # "title 5, United States Code" a comma
        {3,150}?(?<!\ and)(?<!\ or)(?:,?\ |:)$""",  # the comma of an aside; not "… and
    # shall"; or a list's colon
    _V | regex.REVERSE,
)
"""A restrictive relative clause between the actor and its verb (``The heads of agencies
that operate or access classified computer networks shall``, ``All Federal agencies whose
actions may affect U.S. coral reef ecosystems shall``): part of the actor."""

_NOT_ASIDE = r"""(?!(?:including|excluding|excepting|pending|notwithstanding|according
    |during|regarding|following|beginning|starting|concerning|considering|respecting
    |barring)\b)"""
"""Words ending in -ing that open an aside or a preposition's phrase, not a participle that
narrows an agency (``…, pending the issuance of guidance,``)."""

_NARROWING_WORDS = r"""(?:(?!\b(?:shall|may|must|will)\b)
    (?:[^,;:()."]|,(?=\ United\ States\ Code\b)|(?<=\d),(?=\d{3}))){3,150}?"""
"""The words of a narrowing phrase: no modal, no punctuation but the comma of ``title 5,
United States Code`` and of a number (``1,000``)."""

AGENCY_MODIFIER = regex.compile(
    rf"""\ (?:with|responsible\ for|having|(?!during\b)[a-z]{{3,20}}ing
          |(?:identified|designated|selected|named|listed)\ (?:by|in|under)
          |[a-z]{{3,20}}ed\ (?:in|with|by))  # "… identified by the Secretary", "… engaged in"
        \ (?!(?:shall|may|must|will)\b)
        {_NARROWING_WORDS}
        (?:(?:,\ (?:(?:or|and)\ )?{_NOT_ASIDE}[a-z]{{3,20}}ing\ {_NARROWING_WORDS}){{1,4}},
        )?  # ", or obligating funds under such a contract,"
        (?P<aside>,\ as\ (?:defined|described)\ in\ [^,;:]{{1,60}},)?  # ", as defined in
        # section 801(h) of this order,": an aside, not the actor's name
        ,?                                      # "… of title 5, United States Code, shall"
        (?<!\ and)(?<!\ or)\                   # not "… on a rotating basis and may"
    """,
    _V,
)
"""What may follow an agency before its verb and narrow it (``Each agency with
responsibility for regulating the structural safety of a new building shall``, ``each agency
formulating proposed legislation shall``, ``the head of each agency engaged in procurement
for the national defense shall``, ``any executive agency awarding any construction contract
…, or obligating funds pursuant to such a contract, shall``): part of the actor."""

OR_SUCH_OTHER_BEFORE = regex.compile(r",\ or\ such\ other\ [^,;]{1,120},\ $", _V | regex.REVERSE)
"""``The Director of National Intelligence, or such other official as the President may
designate, shall``: an aside whose officials do not act."""

DISCRETION_BEFORE = regex.compile(
    r""",\ (?:in|at)\ (?:the\ [A-Z][\w.\-]{1,30}
          (?:\ (?:of\ |for\ |the\ ){0,2}[A-Z][\w.\-]{1,30}){0,5}(?:'|’)s  # "the Secretary's"
        |its|his|her|their|his\ or\ her|her\ or\ his)
        \ (?:sole\ |own\ |absolute\ |reasonable\ |full\ ){0,2}discretion,\ $""",
    _V | regex.REVERSE,
)
"""``The Secretary, in the Secretary's discretion, shall``, ``The head of an executive agency,
in his or her sole discretion, may``: an aside on how the subject acts, whose title (``the
Secretary's``) is no actor of its own."""

CHOSEN_BY_BEFORE = regex.compile(
    r""",\ (?:or\ (?:otherwise\ )?)?(?:designated|appointed|selected|chosen|named|nominated)
        \ (?:by|from\ among)\ [^,;:()]{1,200}?,\ $""",
    _V | regex.REVERSE,
)
"""``An Executive Director, designated by the Secretary of Education in consultation with
the Assistant to the President for Domestic Policy, shall``, ``each agency official
designated under subsection (a), or otherwise designated by the Director of OMB, shall``:
an aside that says who chose the subject, whose officials do not act."""

NAMED_OFFICIAL_BEFORE = regex.compile(
    r"""\b(?:[Ee]ach|[Ee]very|[Aa]ny|[Aa]n|[Tt]he|[Aa]ll)
        \ (?P<who>(?:agency\ |senior\ |Federal\ )?(?:officers?|officials?)
          (?:\ of\ the\ United\ States)?
          \ (?:designated|listed|named|identified|specified)\ (?:in|under|pursuant\ to)
          \ (?:sub)?(?:sections?|paragraphs?)\ [\w().]{1,20}
          (?:\ (?:and|or)\ [\w().]{1,20})?(?:\ of\ this\ (?:section|order))?)\ ?$""",
    _V | regex.REVERSE,
)
"""Officials the order names by where it lists or designates them, right before their verb
(``each agency official designated under subsection (a) of this section``, ``An officer of
the United States listed in subsections 4(a) and 4(b)``): a group no table holds."""

EXCEPT_BEFORE = regex.compile(
    r""",\ (?:except|excluding|other\ than)\ [^,;:()]{1,200},\ $""", _V | regex.REVERSE
)
"""``The head of each agency, except the heads of agencies receiving waivers …, shall``:
an aside that leaves some out of the subject, whose agencies do not act."""

WHO_SERVES_BEFORE = regex.compile(
    r""",\ (?:who\ (?:also\ )?(?:serves|is|acts)\ as\ [^,;:()]{1,200}?
         |as\ (?:the\ )?(?:Chair|Chairman|Chairperson|Co-Chair|Vice\ Chair|Executive\ Director
           |Director|Head|Coordinator)\ of\ (?:the\ )?[A-Z][^,;:()]{1,160}?),\ $""",
    _V | regex.REVERSE,
)
"""``the Chief Performance Officer, who also serves as the Deputy Director for Management of
the OMB, shall``, ``The Secretary of the Interior, as Chairman of the Committee, shall``: an
aside that says which other office the subject holds."""

DELEGATE_BEFORE = regex.compile(
    r"""(?:\b(?:is|are)\ (?:hereby\ )?(?:assigned|delegated)(?:\ and\ (?:assigned|delegated))?
          (?:,\ respectively,)?
        |,\ and)                                 # "…, and to the U.S. Trade Representative"
        \ to\ (?:the\ )?$""",
    _V | regex.REVERSE,
)
"""What names a delegate right before it (``The functions … are assigned to the Secretary
of Labor, who shall``; ``…, and to the U.S. Trade Representative, who shall``): the ``who``
clause after it gives the delegate its duties, though the delegate follows ``to``."""

LISTED_IN = regex.compile(
    r"""\ (?:set\ forth|set\ out|listed|named|identified|specified|described|enumerated
          |referred\ to)
        \ (?:in|under)\ (?:section|subsection|paragraph)\ [\w().]{1,16}
        (?:\ of\ this\ (?:order|section))?,?\ ?""",
    _V,
)
"""What narrows a group of actors to those another part of the order names, between the
group and its verb (``The heads of the executive departments and agencies set forth in
section 2 of this order, in consultation with the Committee, may``): part of the actor, as
a restrictive relative clause is."""

SITS_ON_BEFORE = regex.compile(
    r"""\ (?:represented|serving|participating|sitting)\ (?:on|in)\ (?:the\ )?$""",
    _V | regex.REVERSE,
)
"""What makes the body after it an object, not the subject: ``The agencies represented
on the Council shall`` (the agencies act, not the Council)."""

OTHERS_AS_BEFORE = regex.compile(
    r""",?\ (?:and|or)\ (?:any\ |such\ )?other\ (?:executive\ )?(?:departments\ and\ agencies
        |agencies|departments|entities)\ as\ (?:recommended|designated|determined|invited)
        \ by\ [^;:()]{1,120}?,?\ $""",
    _V | regex.REVERSE,
)
"""``the Departments of X and Y, and any other agencies as recommended by the Council
established in section 6 of this order, shall``: the tail of a list of actors, which names
no one the scan can name; the actors before it are the subject."""

AGENCIES_OF_US_BEFORE = regex.compile(
    r"""\b(?:[Aa]ll\ |[Ee]ach\ )
        (?P<agencies>(?:executive\ )?(?:departments\ and\ agencies|departments|agencies)
        \ of\ the\ United\ States)\ $""",
    _V | regex.REVERSE,
)
"""``All departments and agencies of the United States shall``: the agencies (the
officials table names the Government, not the country)."""

ESTABLISHED_THAT_BEFORE = regex.compile(
    rf"""\b(?:[Tt]here\ (?:(?:is|are)\ (?:hereby\ )?established\ [^.;:]{{0,200}}?
                     |shall\ be\ (?:an?|the)\ )    # "There shall be a Hostage Response Group"
          |shall\ establish\ (?:an?|the)\ )       # "The Secretary shall establish a Council"
        (?P<name>{name_words(8)})
        (?:\ \([^()]{{1,40}}\))?,?\ (?:that|which)\ $""",  # its short name: "(HRG)"
    _V | regex.REVERSE,
)
"""``There is established an interagency Insider Threat Task Force that shall develop …``,
``the Secretary shall establish a Harbor Council (Council) that shall advise …``: the body
just established is the subject of the relative clause's verb."""

THERE_BE_WHICH_BEFORE = regex.compile(
    rf"""\b[Tt]here\ (?:is|are|shall\ be)\ (?:hereby\ )?(?:established\ )?(?:(?:an?|the)\ )?
        (?P<name>{name_words(12)})
        [^.;:]{{0,300}}?,\ which\ $""",
    _V | regex.REVERSE,
)
"""``There shall be a USA Freedom Corps Council (Council) chaired by the President and
composed of …, which shall have the following functions``: the body the sentence sets up
is the subject of the relative clause's verb, however long the words between."""


INCLUDING_BEFORE = regex.compile(r",\ including\ [^,;:()]{1,120},\ $", _V | regex.REVERSE)
"""``A member of the Task Force, including the Chairman and Co-Chairman, may``: an aside
that names some of the subject, never the subject itself."""


ROLE_SUBJECT = regex.compile(
    r"""(?:[Tt]he\ )?(?:(?:Co-|Vice\ )?Chair(?:man|person)?|[Ee]xecutive\ [Dd]irector
        |[Hh]ead)\ of\ (?:the\ )?[A-Z][\w'.\-]{1,30}(?:\ [\w'.\-]{1,30}){0,10}""",
    _V,
)
"""The subject of ``The Chair of the Task Force shall be the Secretary of X``, ``The
executive director of the Center shall be the Special Envoy …``: a body's officer, whose
office the official named after the verb holds."""


LOWER_BODY_BEFORE = regex.compile(
    r"""\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ee]ach)\ (?P<words>(?:[a-z][a-z\-]{2,20}\ ){1,3})$""",
    _V | regex.REVERSE,
)
"""The lower-case words between an article and a lower-case body's noun (``the advisory
committee shall``, ``The interagency task force shall``): part of the body's name."""


_NARROWING_WORD = r"""(?:Federal|[A-Za-z][a-z]{2,20}(?:ing|ed)  # "participating", "covered"
    |[Mm]ember|[Ll]ead|[Cc]abinet|[Rr]ecipient|[Rr]esponsible|[Pp]rincipal
    |[A-Za-z][a-z]{2,15}-[a-z]{3,15}                 # "sector-specific", "grant-making"
    )"""
"""A word that says which agencies (``Federal``, ``participating``, ``lead``,
``sector-specific``)."""

_GROUP_WORD = rf"(?:[Ee]xecutive\ branch|{_NARROWING_WORD})"
"""A word that says which agencies a bare group is."""

NARROWED_GROUP_BEFORE = regex.compile(
    rf"""\b(?:(?:[Ee]ach|[Aa]ll|[Ee]very|[Aa]ny)\ (?P<of>of\ the\ )?)?  # "Each of the"
        (?P<words>(?:(?:{_GROUP_WORD}\ (?:(?:and|or)\ )?)?{_GROUP_WORD}\ )?)$""",
    _V | regex.REVERSE,
)
"""What may stand before a group of agencies that the table names bare (``agencies``,
``departments and agencies``) and narrow it: ``participating agencies``, ``concerned
Federal departments and agencies``, ``cooperating and participating agencies``, ``Each of
the Federal departments and agencies``.  A
match holds ``words`` or ``of``; a determiner alone (``all agencies``) is the table's own."""


OBJECT_OF_MODAL_BEFORE = regex.compile(
    r"""\b(?:shall|may|must)\ (?:[a-z]{2,20}\ ){1,2}             # "shall chair", "shall also lead"
        (?:the\ |a\ |an\ |each\ |all\ )?$""",
    _V | regex.REVERSE,
)
"""A modal and its verb right before an actor: the actor is that verb's object (``The
Director shall chair the Council, and the head of each agency shall``), never the first of
the actors a later verb has."""


NARROWED_AGENCY_BEFORE = regex.compile(
    rf"""\b(?P<det>[Tt]he|[Ee]ach|[Ee]very|[Aa]ny)[ ]
        (?P<words>(?:{_NARROWING_WORD}\ ){{1,2}})(?:department\ (?:or|and)\ )?agency$""",
    _V | regex.REVERSE,
)
"""One agency a word says which of (``the issuing agency shall``, ``each participating
agency shall``, ``Each contracting department or agency shall``): the table names no bare
``agency``."""


NOT_NARROWING = frozenset(
    (
        *("including", "excluding", "concerning", "regarding", "during", "according"),
        *("pending", "notwithstanding", "respecting", "following", "involving", "affecting"),
        *("Including", "Excluding", "Concerning", "Regarding", "During", "According"),
        *("Pending", "Notwithstanding", "Respecting", "Following", "Involving", "Affecting"),
    )
)
"""Words in ``-ing`` that are prepositions or a list's lead-in, not a participle that says
which agencies (``including agencies``, ``the following agencies``)."""

EMBEDDED_QUESTION_BEFORE = regex.compile(
    r"""(?:\b(?:what|how|whether)                # "analyzing what measures", "on how"
         |(?:\b[a-z]{2,20}ing|\b(?:identify|determine|describe|assess|evaluate|explain
            |examine|consider|recommend|review|specify|address|indicate|outline|decide
            |study|show|report))\ which)         # "identifying which": not "programs which"
        \ (?:[a-z][\w\-]{0,20}\ ){0,4}$""",  # the question's noun: "measures", "the"
    _V | regex.REVERSE,
)
"""A question a verb takes as its object, right before a modal's subject (``submit a report
analyzing what measures CBP may take``, ``describing how agencies may``): the modal says
what the report is to answer, not what the subject is given."""

OF_NAME_AND_BEFORE = regex.compile(
    r"""\bof\ (?:the\ )?[A-Z][\w\-]*(?:\ (?:[A-Z][\w\-]*|of|on|for|the)){0,8}\ and\ (?:the\ )?$""",
    _V | regex.REVERSE,
)
"""``of the Council and the``: what joins a group to the object of ``of`` (``all actions of
the Council and the … offices that constitute it``), which makes it no subject."""

NESTED_CLAUSES = 2
"""How many relative clauses may stand inside the one that narrows an actor."""

JOINED_BEFORE = (", and the ", ", and ", " and the ", " and ")
"""What joins an actor to the ones named before it as one subject."""

GROUP_WORDS = ("agenc", "departments", "Departments", "heads ", "each ", "Each ", "officers")
"""Words in the name of a group of actors (``the heads of agencies``, ``each agency``)."""

ARTICLE_ENDS = frozenset(("e ", "h ", "l ", "y ", "r "))
"""How every match of ``patterns.ARTICLE_BEFORE`` ends (``the``, ``each``, ``all``,
``every``)."""

GLUE_ENDS = frozenset((", ", "d ", "r "))
"""How every match of ``patterns.GLUE_BEFORE`` ends (``,``, ``and``, ``or``)."""
