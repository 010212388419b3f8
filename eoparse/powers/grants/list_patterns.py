"""The patterns of a grant's lists: lead-ins that hand a modal to the items after a colon
(``shall:``, ``The responsibilities of the Council shall include the following:``), the
items' labels and tails, and the verbs an item opens with.  Kept apart from the logic that
reads them (:mod:`eoparse.powers.grants.clauses`); every repetition is bounded."""

from __future__ import annotations

import regex

from eoparse.grammar.labels import LABEL

_V = regex.VERBOSE

LEAD_ADVERB_WORDS = frozenset(
    (
        *("also", "promptly", "immediately", "further", "jointly", "each", "expeditiously"),
        *("forthwith", "annually", "quarterly", "periodically", "regularly", "thereafter"),
        *("then", "likewise", "hereafter", "subsequently", "additionally", "collectively"),
        *("specifically",),
        *("semiannually", "biannually", "monthly", "weekly", "daily", "biennially"),
    )
)
"""The one-word adverbs a lead-in may hold between its modal and its colon (``shall
annually:``): none of them is a verb that wants the items as its object."""

ADVERBS = rf"""(?:{"|".join(sorted(LEAD_ADVERB_WORDS, key=len, reverse=True))}
    |continue\ to|as\ appropriate,?|where\ appropriate,?|in\ particular,?)"""

LEAD_IN = regex.compile(
    rf"""
    (?:\ {ADVERBS}){{0,2}}                   # "shall also, as appropriate …:"
    (?:,\ [^,:;]{{1,200}}?,?                  # an aside: ", within 30 days of this order,"
      | (?:,\ [^,:;]{{1,200}}?){{1,3}},\ (?:and\ )?   # asides, the last one up to the colon:
        (?:in\ (?:consultation|coordination|cooperation|collaboration|conjunction|harmony
              |accordance)\ with             # ", consistent with X, in coordination with Y,
          |with\ the\ concurrence\ of        #  and in consultation with Z:"
          |no(?:t)?\ later\ than|within|to\ the\ extent|consistent\ with|subject\ to
          |(?P<including>including))         # "…, including the law of armed conflict:"
        \ [^,:;]{{1,200}}?
    )?
    (?:\ {ADVERBS}){{0,3}}                   # "shall promptly:", "shall also:"
    (?:\ (?:take|perform|carry\ out|undertake|have|complete)\ the\ following
        \ (?:actions|activities|steps|functions|duties|tasks|responsibilities)
        (?:,?\ (?![^:;]{{0,200}}\bselected\b)  # "… to implement the sanctions selected": a menu
           [^:;]{{1,200}})?                   # "… to obtain operational control of the border"
      | \ take\ (?:all\ )?(?:appropriate|necessary)
        (?:\ and\ (?:appropriate|necessary))?\ (?:action|actions|steps|measures)
        (?:,\ [^,:;]{{1,100}},)?\ to
      | (?P<partner>\ (?:work|collaborate|cooperate|coordinate|partner)\b  # "shall work across
        [^:;]{{0,300}}?(?<!limited|according|pursuant|relating|respect)\ to  # … to:"
        | \ meet\b[^:;,]{{0,80}}?\ to))?   # "shall meet quarterly to:", "shall meet
                                            # periodically at the Chair's request to:"
    ,?\ ?
    """,
    _V,
)
"""What may stand between a modal and the colon of a list of actions (``shall:``,
``shall promptly:``, ``shall, as appropriate:``, ``shall immediately take the following
steps to obtain …:``, ``shall meet periodically to:``, whose items are duties where the
first opens with a verb); not ``shall include:`` or ``shall be composed of:``, whose items
are members or topics, nor ``shall take the following actions where necessary to implement
the sanctions selected …:``, whose items are a menu of measures (one grant, at the
lead-in)."""

AS_TITLE_BEFORE = regex.compile(
    r"""\ as\ (?:the\ )?[A-Z][\w'\-]{0,30}(?:\ [\w'()\-]{1,30}){0,8}\ $""", _V | regex.REVERSE
)
"""``… such other matters as the President may determine``: a modal in a relative clause
of an item, whose title is no subject of the item's own."""

AS_MAY_AFTER = regex.compile(
    r"""\ (?:from\ time\ to\ time\ |reasonably\ |otherwise\ )?
        (?:request|require|determine|direct|deem|specify|prescribe|approve|need|find
          |establish|authorize|permit|allow)\b""",
    _V,
)
"""The verb after the modal of ``… such information as the Chair of the Council may
request``: the clause says how much, not who is to act (``designate``, ``appoint`` and
``invite``, powers over who sits on a body, are not among them)."""

DUTIES_LEAD_IN = regex.compile(
    rf"""(?:\ {ADVERBS}){{0,2}}\ (?:include|be|consist\ of|comprise)(?:,?\ but\ not\ be
        \ limited\ to,?)?(?:\ the\ following)?(?:\ to)?\ ?""",
    _V,
)
"""The lead-in of a body's duties (``The responsibilities of the Council shall include the
following:``, ``The functions of the Board shall be to:``)."""

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
      |formulate|recruit|deploy|dispatch|order|instruct|tailor|reassess|reevaluate|advance
      |highlight|modernize|leverage|foster|incorporate|convert)
    \b
    """,
    _V,
)
"""A verb opening a duty in a series (``…; issue revised guidelines; and report …``)."""

BY_THE_FOLLOWING = regex.compile(
    r"""\ by\ (?:performing|carrying\ out|undertaking|taking)\ the\ following
        \ (?:functions|actions|activities|steps|duties|tasks)\ ?$""",
    _V,
)
"""The end of a lead-in whose items are the ways its duty is done (``the Working Group
shall support … by performing the following functions: (i) coordinate …``): each item a
duty of the lead-in's actor."""

GOALS_LEAD_IN = regex.compile(
    r"""(?:\ [a-z]{3,15}ly)?\ (?:meet|achieve|pursue|accomplish)\ the\ following
        \ (?:goals|objectives|targets)\b[^:;]{0,200}""",
    _V,
)
"""``the head of each agency shall meet the following goals, which are based on statutory
requirements, in a cost-effective manner:``: a lead-in whose items may be duties (``(a)
Achieve and maintain annual reductions …``) or only the goals' names."""

ITEM_LABEL = regex.compile(rf"\({LABEL}\)\s*", _V)
"""A label opening a list item's words, printed without a space (``(a)(1)Report``)."""

INLINE_ITEM = regex.compile(rf"(?:(?:and|or)\ )?\({LABEL}\)\ ", _V)
"""An item of a list printed inline after a colon, opening a part of a series (``; (2)
evaluate …``, ``; and (3) exercise leadership …``)."""

ITEM_TAIL = regex.compile(r"(?:[;,.]?\ (?:and|or|and/or))?[;,.:]?\s*$", _V)
"""What ends a list item: ``; and``, ``; or``, ``;``, ``.``."""

_LEAD_TAIL = r"(?:,?\ (?:in\ particular|also|further|specifically),?)?:"

LEAD_TAIL = regex.compile(_LEAD_TAIL, _V)
"""What follows a second modal that leads a list: ``:``, `` in particular:``."""

SECOND_LEAD_IN = regex.compile(rf",?\ and\ shall{_LEAD_TAIL}", _V)
"""``X shall provide leadership, and shall: (a) …``, ``… and shall in particular: (a) …``: a
second verb that leads a list."""

LIST_OPENS = regex.compile(r"\s{1,3}\((?:a|i|1|A)\)\ ", _V)
"""A list's first label after its lead-in's colon."""

LEADS_OWN_LIST = regex.compile(rf"{_LEAD_TAIL}{LIST_OPENS.pattern}", _V)
"""What follows a second modal of the first one's kind that leads a list of its own (``…
and shall in particular: (a) …``): read after the modal."""

WHICH_BODY_BEFORE = regex.compile(
    r"""\b(?:Council|Committee|Board|Commission|Task\ Force|Group|Panel|Forum|Workgroup
          |Subcommittee|Initiative|Team|Center|Office|Organization|Department)
        (?:\ (?:on|for|of|to)\ (?:the\ )?[A-Z][\w\-+]{0,30}   # "Task Force on New Americans"
           (?:\ (?:(?:and|of|the|for|on)\ ){0,2}[A-Z][\w\-+]{0,30}){0,6})?
        (?:\ \([^()]{1,40}\))?$""",  # its short form: "(TMWG)"
    _V | regex.REVERSE,
)
"""A body right before a ``, which`` clause with a modal of its own (``… serve as Chair of
the Task Force, which shall also include:``, ``to the Department of Justice, which shall
serve as …``): the clause says what the body is or does, not the duty before it."""

WHICH_LEADS_LIST = regex.compile(
    r"""(?:,\ (?:inter\ alia|among\ other\ things),?)?(?:\ include)?:""", _V
)
"""``, which shall, inter alia:``, ``, which shall include:``: a ``which`` clause that leads a
list, whatever it is about, is never the words of the duty before it."""
