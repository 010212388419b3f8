"""Grants: every duty, permission, authorisation or delegation an order gives an actor.

``Within 14 days of the date of this order, the Secretary of State shall …,
in consultation with the Secretary of the Treasury, …`` is one
:class:`~eoparse.model.Grant`: actor ``Secretary of State``, modality
``shall``, the action in the order's words, deadline ``within 14 days of the
date of this order`` (14 days), co-actor ``Secretary of the Treasury``.

The actor is the official, agency or body named right before the modal verb
(``shall``, ``may``, ``is authorized to``, ``is directed to``), resolved to the
officials table (``eoparse/data/officials.toml``) or through the order's own
definitions (``the Secretary of Commerce (the Secretary)``); jointly named
actors get one grant each.  Delegations read the other way round (``… are
hereby delegated to the Secretary of Defense``; ``I hereby delegate to …``).
A clause whose subject is no actor — ``Nothing in this order shall be
construed …``, ``This order shall be implemented …`` — gives no grant.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools

import regex
from attrs import frozen

from eoparse.acts import lookup
from eoparse.dates import cardinal_value, parse_date
from eoparse.model import Grant, Modality, Span
from eoparse.officials import Official, actor_pattern, by_name, resolve
from eoparse.patterns import ENUMERATOR, SECTION
from eoparse.powers.context import Context, find_words
from eoparse.wordlist import contains_any, find_listed

_V = regex.VERBOSE

MODAL = regex.compile(
    r"""
    \b(?P<modal>
        shall(?!\ not\ be\ construed)
      | may(?!\ be\ construed)
      | must
      | (?:is|are)\ (?:hereby\ )?(?:authorized\ and\ directed|directed\ and\ authorized)
      | (?:is|are)\ (?:hereby\ |further\ |also\ ){0,2}(?:authorized|empowered|directed|delegated)
    )\b
    """,
    _V,
)
"""The modal verb of a grant."""

DIRECT = regex.compile(
    r"""\bI\ (?:hereby\ |further\ |also\ ){0,2}
        (?P<verb>direct|order|instruct|authorize|delegate\ to)\ (?=\S)""",
    _V,
)
"""``I hereby direct the Secretary …`` / ``I hereby delegate to the Secretary …``."""

GLUE = regex.compile(r",\ and\ |,\ or\ |\ and\ |\ or\ |,\ |\ and/or\ ", _V)
"""What joins actors named together."""
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
           |each|or\ (?:his|her|their)\ designees?|as\ the\ case\ may\ be|or\ the\ designee)
           [^,;]{0,300}?(?:,|$)
      | ,?\ or\ (?:his|her|their|its)\ designees?
      | \ (?:concerned|involved|affected|identified\ [^,]{1,60})
    )
    """,
    _V,
)
"""What may stand between an actor and its verb: a definition, a consultation."""

CONSULT = regex.compile(
    r"""\b(?:[Ii]n\ consultation\ with|[Ii]n\ coordination\ with|[Ii]n\ cooperation\ with
        |[Ii]n\ conjunction\ with|[Ii]n\ collaboration\ with|[Ii]n\ partnership\ with
        |[Ww]ith\ the\ concurrence\ of|[Aa]fter\ consultation\ with|jointly\ with|acting\ through
        |[Ww]ith\ the\ advice\ of)\ """,
    _V,
)
"""The words that name co-actors."""

DEFINED_SHORT = regex.compile(
    r"""
    \ \("?(?:the\ |hereinafter\ (?:the\ )?|collectively,?\ the\ )?"?
    (?P<short>[A-Z][A-Za-z&'.\-]{0,25}(?:\ [A-Za-z&'.\-]{1,25}){0,3})"?\)
    """,
    _V,
)
"""A short form defined in parentheses: `` (the Secretary)``, `` (Task Force)``."""

ACTOR_WORDS = regex.compile(
    r"""\b(?:Council|Committee|Board|Commission|Task\ Force|Working\ Group|Group|Office|Initiative
        |Forum|Partnership|Panel|Team|Center|Agency|Administration|Coordinator|Director|Chair
        |Chairman|Chairperson|Secretary|Administrator|Officer|Advisor|Adviser|Representative|Envoy
        |Commissioner|Counsel|Attorney\ General|Department|Service|Bureau|Corps)\b""",
    _V,
)
"""Words that make a defined name an actor (an office or body), not a document or a thing."""

TERM_MEANS = regex.compile(
    r"""(?:the\ term\ )?"(?P<short>[A-Z][^"]{1,40})"\ (?:means|refers\ to|shall\ mean)\ (?:the\ )?
        (?P<full>[^.;,(]{3,120})""",
    _V,
)
"""``the term "Secretary" means the Secretary of Homeland Security``."""

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

DEADLINE = regex.compile(
    r"""
    \b(?P<within>(?:within|no\ later\ than|not\ later\ than|no\ more\ than|not\ more\ than)
        \ (?P<n>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen
          |thirty|forty-five|sixty|ninety|a)
        \ (?P<unit>(?:calendar\ |business\ )?(?:days?|weeks?|months?|years?))
        (?:\ (?:of|after|from|following|before)\ (?:the\ )?[^.;,]{3,80}?
            (?=[.;,]|\ (?:to|and|the)\ ))?)
    | \b(?P<by>(?:no\ later\ than|not\ later\ than|by|before|on\ or\ before|prior\ to)\ (?P<date>
        (?:January|February|March|April|May|June|July|August|September|October|November|December)
        \ \d{1,2},\ \d{4}))
    | \b(?P<recur>annually|quarterly|monthly|semiannually|biannually|biennially
        |every\ (?:\d{1,2}|two|three|four|five|six)\ (?:years|months)
        |each\ (?:fiscal\ )?year|every\ year
        |on\ an?\ (?:annual|quarterly|monthly|biennial|yearly)\ basis)\b
    | \b(?P<now>immediately|forthwith)\b
    """,
    _V | regex.IGNORECASE,
)
"""A deadline or a recurrence: ``within 14 days of the date of this order``, ``annually``."""

_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


_NAME_TAIL = regex.compile(
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

TITLES = frozenset(
    {
        "Secretary",
        "Director",
        "Administrator",
        "Commissioner",
        "Coordinator",
        "Counsel",
        "Representative",
        "Advisor",
        "Adviser",
        "Archivist",
        "Comptroller",
    }
)
"""Bare titles that stand for the last office of that title named before them."""

BODY_TITLES = frozenset(
    [
        "Chair",
        "Chairman",
        "Chairperson",
        "Co-Chair",
        "Co-Chairs",
        "Co-Chairmen",
        "Vice Chair",
        "Vice Chairman",
        "Vice Chairperson",
        "Executive Director",
        "Executive Secretary",
        "Chair and Vice Chair",
        "Chairman and Co-Chairman",
        "Members",
        "Executive Agent",
    ]
)
"""Titles inside a body the order sets up: ``the Chair`` is the chair of the last body named."""

ACTOR_HEAD = regex.compile(
    r"""
    ^(?:Secretar(?:y|ies)|Director|Administrator|Commissioner|Coordinator|Counsel|Chair\w*|Co-Chair\w*
       |Vice\ Chair\w*|Executive\ (?:Director|Secretary|Agent|Officer)|Members?|Head|Heads
       |Chief|Senior
       |Special|Deputy|Under|Assistant|Federal\ Chief|Departments\ of)\b
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
SECRETARIES = regex.compile(r"Secretaries\ of\ (?P<of>.+)", _V)
DEPARTMENTS = regex.compile(r"Departments\ of\ (?P<of>.+)", _V)
_JOINT_THE = regex.compile(r",\ and\ the\ |,\ the\ |\ and\ the\ ", _V)
"""Where a list of offices names the next one with its article."""

JOINT = regex.compile(r",\ and\ |\ and\ |,\ ", _V)


def _consultations(text: str, start: int, end: int) -> list[regex.Match[str]]:
    """The :data:`CONSULT` phrases in ``text[start:end]``.  Each holds ``ith `` or
    ``through ``: most stretches hold neither, and two string searches settle it."""
    if not contains_any(text, ("ith ", "through "), start, end):
        return []
    return list(CONSULT.finditer(text, start, end))


_COMPLEMENT = frozenset({"on", "for", "to", "in", "with", "against", "from", "by"})


def _after_loose_the(name: str) -> str:
    """The name that a ``the`` right after a capitalised word begins: ``In developing
    the Reserve Operations Plan the Secretary shall`` → ``Secretary``; ``established in
    the Department the President's Board of Advisors`` → ``President's Board of
    Advisors``.  A ``the`` after ``of``, ``for`` and the like is part of the name."""
    words = name.split(" ")
    for i in range(len(words) - 2, 0, -1):
        if words[i] == "the" and words[i - 1][:1].isupper():
            before, after = words[:i], " ".join(words[i + 1 :])
            # Not inside a name's own complement ("Working Group on Strengthening the
            # Biosecurity of the United States"), and only where an office or body follows.
            if _COMPLEMENT.isdisjoint(before) and (
                ACTOR_WORDS.search(after) or ACTOR_HEAD.search(after)
            ):
                return after
            break
    return name


_NAMES_ONLY = regex.compile(
    r"(?:[A-Z][\w'.\-]{0,30}|the|of|for|and|or|on|to|in|with|,|\ ){1,80}", _V
)
"""Capitalised names and the words that join them, nothing else: an aside between
commas that names offices the table lacks (``, in consultation with the Secretary of
the Interior and the Governor of Hawaii, shall``)."""


def _closes_aside(words: str) -> bool:
    """Whether a consultation phrase running up to the verb is an aside of the subject
    before it (``, in consultation with the Attorney General, shall``), not a member
    of a list that goes on (``, acting through the Administrator of FEMA, and the
    Administrator of the Small Business Administration shall``)."""
    return words.rstrip().endswith(",") or not (", and " in words or ", or " in words)


def _last_actor(text: str, end: int) -> str | None:
    """The table office whose name ends right before ``end`` (a comma between allowed)."""
    found = list(find_listed(actor_pattern(), text, max(0, end - 160), end))
    if not found or text[found[-1][1] : end].strip(" ,"):
        return None
    official = by_name().get(text[found[-1][0] : found[-1][1]])
    return official.name if official is not None else None


def _between(actors: list[_Actor], starts: list[int], start: int, end: int) -> list[_Actor]:
    i = bisect.bisect_left(starts, start)
    out = []
    while i < len(actors) and actors[i].start < end:
        if actors[i].end <= end:
            out.append(actors[i])
        i += 1
    return out


def _plural_offices(departments: str, title: str = "Secretary") -> list[Official]:
    """The Secretaries (or, with ``title="Department"``, the Departments) of a joint
    list (``Health and Human Services and Agriculture``): the longest run of words that
    names a department wins, so a department's own ``and`` is not a split.  Empty
    unless every part resolves."""
    parts = [p.strip() for p in JOINT.split(departments) if p.strip()]
    found: list[Official] = []
    i = 0
    while i < len(parts):
        for j in range(len(parts), i, -1):
            official = resolve(f"{title} of " + " and ".join(parts[i:j]))
            if official is not None:
                found.append(official)
                i = j
                break
        else:
            return []
    return found


@frozen
class _Actor:
    start: int
    end: int
    name: str
    resolved: bool


_DEADLINE_WORDS = (
    *("within", "later than", "more than", "annual", "quarterl", "monthly", "biannual"),
    *("biennial", "every ", "each year", "each fiscal year", "basis", "immediately"),
    *("forthwith", "january", "february", "march", "april", "june", "july"),
    *("august", "september", "october", "november", "december"),
    # "May" only as a date after its preposition: the modal "may" is in many clauses.
    *("by may ", "than may ", "before may ", "to may "),
)
"""Words every :data:`DEADLINE` match contains (lower case): a cheap test first, since a
case-insensitive scan of every clause is the costliest step of reading grants."""


def _deadline(text: str, start: int, end: int) -> tuple[str | None, int | None, dt.date | None]:
    clause = text[start:end].lower()
    if not any(word in clause for word in _DEADLINE_WORDS):
        return None, None, None
    match = DEADLINE.search(text, start, end)
    if not match:
        return None, None, None
    words = match[0].strip(" ,")
    if match["within"]:
        number = cardinal_value(match["n"])
        unit = match["unit"].lower().split()[-1].rstrip("s")
        days = number * _UNIT_DAYS[unit] if number is not None else None
        return words, days, None
    if match["by"]:
        day, _ = parse_date(match["date"])
        return words, None, day
    return words, None, None


_THROUGH_ASIDE = regex.compile(r",\ (?:acting\ )?through\ (?:the\ )?[A-Z][^,;()]{1,150},?\ ?$", _V)
"""``, through the Federal Enforcement Working Group,`` right before the verb."""

_HEAD_OF_BEFORE = regex.compile(
    r"""\b(?P<title>Chair|Chairman|Chairperson|Co-Chairs?|Vice\ Chairs?|[Mm]embers?
        |Executive\ Director|Staff\ Director)\ of\ (?:the\ )?$""",
    _V | regex.REVERSE,
)
"""A title of a body's officer right before the body (``The Chair of the Partnership``)."""


_AGENCIES = "executive departments and agencies"
_AGENCIES_OF_BEFORE = regex.compile(
    r"""\b(?:(?:executive\ )?(?:departments|departments\ and\ agencies|agencies)
        |(?:executive\ )?(?:departments,\ agencies,|departments\ and\ agencies,)\ and
        \ (?:offices|instrumentalities|components))\ of\ (?:the\ )?$""",
    _V | regex.REVERSE,
)
"""``All agencies of the United States Government``: the agencies, not the Government."""


_PERSON_TITLE = regex.compile(
    r"""(?:Executive\ |Deputy\ |Assistant\ |Senior\ |Chief\ )?
        (?:Director|Secretary|Administrator|Chair\w*|Co-Chair\w*|Vice\ Chair\w*|Commissioner
          |Coordinator|Counsel|Advis[eo]r|Representative|Officer|Envoy|Head|Members?)s?
        (?:\ (?:of|for|to|on)\b|$)""",
    _V,
)
"""A name that is an official's title (``Executive Director for the Initiative``)."""


def _is_body(name: str) -> bool:
    """Whether an actor's name is a body (a council, an office), not an official."""
    official = resolve(name)
    if official is not None:
        return official.kind == "body"
    return BODY_WORDS.search(name) is not None and _PERSON_TITLE.match(name) is None


_ADVERB_BEFORE = regex.compile(
    r"\ (?:also|jointly|further|likewise|similarly|promptly|immediately|each|both|then)\ $",
    _V | regex.REVERSE,
)
"""An adverb between the actor and its modal (``the Department also shall``)."""

_RELATIVE_BEFORE = regex.compile(r"\b(?:as|than)\ (?:the\ |each\ |any\ )?$", _V | regex.REVERSE)
"""``as the Secretary may …`` opens a relative clause, not a grant."""

_RELATIVE_THAT_BEFORE = regex.compile(
    r"\b(?P<word>[A-Za-z]+)\ (?:that|which)\ (?:the\ |each\ |any\ |such\ )?$", _V | regex.REVERSE
)
"""``reports that the Council may …``: ``that`` after a word, right before the actor."""

_TAKES_THAT_CLAUSE = frozenset(
    {
        *("ensure", "ensures", "direct", "directs", "directed", "order", "orders", "ordered"),
        *("provide", "provides", "provided", "require", "requires", "required", "determine"),
        *("determines", "determined", "find", "finds", "found", "certify", "certifies"),
        *("certified", "agree", "agrees", "recommend", "recommends", "so", "such", "policy"),
        *("declare", "declares", "proclaim", "proclaims", "mean", "means", "is", "be", "and"),
    }
)
"""Words after which ``that`` opens what is said (``ensure that the Secretary shall …``),
not a relative clause."""

_OBJECT_GAP = regex.compile(
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


def _object_gap(text: str, actor_start: int, action_start: int, end: int) -> bool:
    """Whether the modal's clause is a relative clause on a noun (``any information that
    the Secretary may request``): it describes the noun and grants nothing."""
    if text.find("that ", max(0, actor_start - 40), actor_start) < 0 and (
        text.find("which ", max(0, actor_start - 40), actor_start) < 0
    ):
        return False
    relative = _RELATIVE_THAT_BEFORE.search(text, max(0, actor_start - 40), actor_start)
    if relative is None or relative["word"].lower() in _TAKES_THAT_CLAUSE:
        return False
    return _OBJECT_GAP.fullmatch(text, action_start, end) is not None


_PREPOSITION_BEFORE = regex.compile(
    r"\b(?:to|with|by|from|for|of|on|through|upon|under|into|than|including|between|among)"
    r"\ (?:the\ |each\ |all\ )?$",
    _V | regex.REVERSE,
)
"""An actor after these words is an object ("report to the President"), not a subject."""

_GENERIC_BODIES = frozenset(
    {
        *("Council", "Task Force", "Board", "Commission", "Committee", "Subcommittee"),
        *("Working Group", "Panel", "Initiative", "Center", "Interagency Council"),
        *("Steering Committee", "Advisory Committee", "Advisory Council", "Advisory Board"),
    }
)
"""Table entries that name a kind of body, not one body: orders say "the Council"."""


class _Reader:
    """One pass over an order's text for actors, modals and definitions."""

    def __init__(self, context: Context, regions: list[Span]) -> None:
        """``regions`` are the paragraphs that hold a modal verb: the clauses of grants lie
        in them, so only they are scanned for actors at first.  Looking back over the
        whole order (``the Secretary`` after ``the Secretary of State``) scans the rest
        once, when first needed: a name never runs across paragraphs, so both scans
        find the same actors in the regions."""
        self.context = context
        self.text = context.text
        self.defined = self._definitions()
        self._defined_words = find_words(self.text, list(self.defined))
        self._scanned = set(regions)
        self.actors = self._scan(regions)
        self.starts = [a.start for a in self.actors]
        self._whole: tuple[list[_Actor], list[int]] | None = None

    def cover(self, start: int, end: int) -> None:
        """Scan the paragraphs of ``[start, end)`` not scanned yet (list items, which a
        lead-in's modal reaches without a modal of their own)."""
        paragraphs = self.context.paragraphs
        i = max(bisect.bisect_right(paragraphs, (start, len(self.text) + 1)) - 1, 0)
        new: list[Span] = []
        while i < len(paragraphs) and paragraphs[i][0] < end:
            if paragraphs[i] not in self._scanned:
                new.append(paragraphs[i])
                self._scanned.add(paragraphs[i])
            i += 1
        if new:
            self.actors = sorted((*self.actors, *self._scan(new)), key=lambda a: a.start)
            self.starts = [a.start for a in self.actors]

    def _scan(self, regions: list[Span]) -> list[_Actor]:
        """The actors in ``regions`` (sorted, apart), longest first where they overlap."""
        text = self.text
        actors: list[_Actor] = []
        table = by_name()  # the pattern matches the table's printed forms exactly
        pattern = actor_pattern()
        for start, end in regions:
            for found, until in find_listed(pattern, text, start, end):
                official = table.get(text[found:until])
                if official is not None:
                    actors.append(_Actor(found, until, official.name, True))
        own: set[int] = set()  # the ids of the actors this order defines
        region_starts = [start for start, _ in regions]
        # A table office that starts with a defined short form and runs on is that office.
        table_ends = {actor.start: actor.end for actor in actors}
        for start, end, short in self._defined_words:
            i = bisect.bisect_right(region_starts, start) - 1
            if i < 0 or end > regions[i][1]:
                continue
            if table_ends.get(end - len(short), end) > end:
                continue  # "the Secretary of the Interior" is not the defined "Secretary"
            full, resolved = self.defined[short]
            actors.append(_Actor(start, end, full, resolved))
            own.add(id(actors[-1]))
        # Longest actor wins where they overlap; on the same words, the order's own
        # definition wins over the table.
        actors.sort(key=lambda a: (a.start, -(a.end - a.start), id(a) not in own))
        kept: list[_Actor] = []
        for actor in actors:
            if kept and actor.start < kept[-1].end:
                continue
            kept.append(actor)
        return [self._specific(actor) for actor in kept]

    def _all_actors(self) -> tuple[list[_Actor], list[int]]:
        """Every actor of the order, scanned once on first use."""
        if self._whole is None:
            # Only the stretches between the paragraphs scanned already: a name never
            # runs across a line break, so this finds what a scan of the whole would.
            gaps: list[Span] = []
            at = 0
            for start, end in sorted(self._scanned):
                if start > at:
                    gaps.append((at, start))
                at = max(at, end)
            if at < len(self.text):
                gaps.append((at, len(self.text)))
            every = sorted((*self.actors, *self._scan(gaps)), key=lambda a: a.start)
            self._whole = (every, [a.start for a in every])
        return self._whole

    def all_actors_between(self, start: int, end: int) -> list[_Actor]:
        """Like :meth:`actors_between`, anywhere in the order (not only near modals)."""
        actors, starts = self._all_actors()
        return _between(actors, starts, start, end)

    def _specific(self, actor: _Actor) -> _Actor:
        """A generic body of the table ("Council", "Task Force") named by the one body of
        that kind the order defines for itself ("National Infrastructure Advisory
        Council"); unchanged where the order defines none or several."""
        if actor.name not in _GENERIC_BODIES:
            return actor
        own = self._bodies.get(actor.name)
        if own is None:
            return actor
        return _Actor(actor.start, actor.end, own, True)

    @functools.cached_property
    def _bodies(self) -> dict[str, str]:
        found: dict[str, set[str]] = {}
        for full, _ in self.defined.values():
            for word in _GENERIC_BODIES:
                if full.endswith(" " + word):
                    found.setdefault(word, set()).add(full)
        return {word: names.pop() for word, names in found.items() if len(names) == 1}

    def _definitions(self) -> dict[str, tuple[str, bool]]:
        """Short forms the order defines for actors, with whether they resolve to the table."""
        text = self.text
        defined: dict[str, tuple[str, bool]] = {}
        pairs: list[tuple[str, str]] = []
        for match in DEFINED_SHORT.finditer(text):
            stop = match.start()
            if text[stop - 1 : stop] == '"':  # the "President's … Board" (the "Board")
                stop -= 1
            tail = _NAME_TAIL.search(text, max(0, stop - 160), stop)
            if tail is not None and tail.end() == stop:
                pairs.append((match["short"].strip(), tail[0].strip()))
        offices: list[str] = []  # "Approval authority" means the senior procurement executive
        for match in TERM_MEANS.finditer(text):
            pairs.append((match["short"].strip(), match["full"].strip()))
            if DEFINED_OFFICE.search(match["short"]) and HOLDER.search(match["full"]):
                offices.append(match["short"].strip())
        roles: dict[str, set[str]] = {}
        for match in SERVES_AS.finditer(text):
            short = match["short"]
            if BODY_TITLE.fullmatch(short) or resolve(short) is not None:
                continue  # "serve as Chair": the chair of the body, read as such
            at = match.start() - 1  # the space before "serve"
            if text.startswith(" shall", at - 6):
                at -= 6
            holder = _last_actor(text, at)
            if holder is not None:
                roles.setdefault(short, set()).add(holder)
        for short, holders in roles.items():
            if len(holders) == 1:
                defined.setdefault(short, (holders.pop(), True))
        for short, full in pairs:
            if ". " in full:  # "Sec. 2. Research. The Secretary of …": the name is the end
                full = full.rsplit(". ", 1)[1]
            full = _after_loose_the(full)
            for article in ("the ", "The ", "a ", "A ", "an ", "An "):
                if full.startswith(article):
                    full = full[len(article) :]
                    break
            if not full or short == full or len(short) > len(full):
                continue
            official = resolve(full)
            if official is not None:
                defined.setdefault(short, (official.name, True))
            elif short not in defined and ACTOR_WORDS.search(full):
                # A body or office this order defines: its own name, not the table's
                # generic entry for the short form ("Council", "Board").
                defined[short] = (full, True)
            elif (official := resolve(short)) is not None:
                defined.setdefault(short, (official.name, True))
        for short in offices:
            # Also as the order prints it mid-sentence ("each agency's approval authority").
            lower = short if any(c.isupper() for c in short[1:]) else short[0].lower() + short[1:]
            entry = defined.get(short)
            if entry is None and (official := by_name().get(lower)) is not None:
                entry = (official.name, True)
            if entry is not None:  # "Senior agency official" is in the table: its name
                defined.setdefault(lower, entry)
            else:
                defined[short] = defined[lower] = (lower, True)
        return defined

    def actors_between(self, start: int, end: int) -> list[_Actor]:
        """The actors inside ``[start, end)`` of a paragraph that holds a modal verb."""
        return _between(self.actors, self.starts, start, end)

    def _only_actors(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` names actors and nothing else (glue, articles)."""
        text = self.text
        at = start
        for actor in self.actors_between(start, end):
            if ARTICLES_AND_GLUE.fullmatch(text, at, actor.start) is None:
                return False
            at = actor.end
        return ARTICLES_AND_GLUE.fullmatch(text, at, end) is not None

    def _untabled(self, clause_start: int, at: int) -> list[_Actor]:
        """A capitalised title right before the verb that no table entry names:
        ``the Secretary`` stands for the last ``Secretary of …`` named before it;
        anything else is kept as an actor that did not resolve."""
        match = UNTABLED.search(self.text, max(clause_start, at - 120), at)
        if match is None or not ACTOR_HEAD.search(match["name"]):
            return []  # "The United States shall", "The Report shall": no actor
        name = match["name"]
        if ". " in name:  # the sentence split missed an acronym: "PCAST. The Chair"
            name = name.rsplit(". ", 1)[1].removeprefix("The ")
        name = _after_loose_the(name)
        if not ACTOR_HEAD.search(name):
            return []
        span = (match.start(), match.end())
        return self._name_actors(name, span)

    def _name_actors(self, name: str, span: Span, depth: int = 0) -> list[_Actor]:
        """Actors for a title the table does not hold as printed."""
        if " the " in name and depth == 0:
            # "the Secretary and the Secretaries of the Treasury and Commerce": split where
            # an article starts the next office, so each office keeps its own "and".
            parts = [p for p in _JOINT_THE.split(name) if p.strip()]
            if len(parts) > 1 and all(ACTOR_HEAD.search(p) for p in parts):
                named = [a for part in parts for a in self._name_actors(part, span, depth + 1)]
                if named and all(a.resolved for a in named):
                    return named
        if " and " in name and depth == 0:
            parts = [p.strip() for p in JOINT.split(name) if p.strip()]
            parts = [p[4:] if p.startswith("the ") else p for p in parts]
            if len(parts) > 1 and all(ACTOR_HEAD.search(p) for p in parts):
                actors: list[_Actor] = []
                for part in parts:
                    actors.extend(self._name_actors(part, span, depth + 1))
                return actors
        if name == "Secretaries":
            named = [
                a for a in self.all_actors_between(0, span[0]) if a.name.startswith("Secretary of ")
            ]
            recent = list(dict.fromkeys(a.name for a in reversed(named)))[:2]
            if recent:
                return [_Actor(*span, n, True) for n in reversed(recent)]
        plural = SECRETARIES.fullmatch(name)
        if plural is not None:
            found = _plural_offices(plural["of"])
            if found:
                return [_Actor(*span, o.name, True) for o in found]
        plural = DEPARTMENTS.fullmatch(name)
        if plural is not None:  # "The Departments of Veterans Affairs and Defense shall"
            found = _plural_offices(plural["of"], "Department")
            if found:
                return [_Actor(*span, o.name, True) for o in found]
        if name in TITLES:
            for actor in reversed(self.all_actors_between(0, span[0])):
                if actor.name.startswith(name + " "):
                    return [_Actor(*span, actor.name, actor.resolved)]
            # None before it: the one office of that title the order names at all.
            every, _ = self._all_actors()
            offices = {a.name for a in every if a.resolved and a.name.startswith(name + " ")}
            if len(offices) == 1:
                return [_Actor(*span, offices.pop(), True)]
        if name in BODY_TITLES or BODY_TITLE.fullmatch(name):
            for actor in reversed(self.all_actors_between(0, span[0])):
                if _is_body(actor.name):
                    return [_Actor(*span, f"{name} of the {actor.name}", True)]
        official = resolve(name)
        if official is not None:
            return [_Actor(*span, official.name, True)]
        for short, (full, resolved) in self.defined.items():
            # the role the order defined, with its scope: "the Executive Agent for the Program"
            # (two words at least: "the Director of the Task Force" is not "the Director")
            if " " in short and name.startswith((short + " for ", short + " of ")):
                return [_Actor(*span, full, resolved)]
        # A body the order itself sets up ("the Interagency Working Group for X").
        return [_Actor(*span, name, BODY_WORDS.search(name) is not None)]

    def subject(self, clause_start: int, modal_start: int) -> list[_Actor]:
        """The actors named right before a modal verb (jointly named: all of them)."""
        text = self.text
        adverb = _ADVERB_BEFORE.search(text, max(clause_start, modal_start - 16), modal_start)
        if adverb is not None:  # "The Department of Veterans Affairs also shall expand"
            modal_start = adverb.start()
        window = max(clause_start, modal_start - 500)
        candidates = self.actors_between(window, modal_start)
        if not candidates:
            at = modal_start
            while at > clause_start and text[at - 1] in " ,":
                at -= 1
            return self._untabled(clause_start, at)
        # Step back over a consultation phrase that ends right before the verb:
        # "the Secretary of State, in consultation with the Attorney General, shall".
        end = modal_start
        for consult in reversed(_consultations(text, window, end)):
            comma = text.rfind(",", window, consult.start())
            if (
                comma >= 0
                and consult.start() - comma <= 12
                and _closes_aside(text[consult.end() : end])
                and (
                    self._only_actors(consult.end(), end)
                    or _NAMES_ONLY.fullmatch(text, consult.end(), end) is not None
                )
            ):
                end = comma
        # … and over the body an actor works through: "the Attorney General, through the
        # Federal Enforcement Working Group, in collaboration with …, shall".
        through = _THROUGH_ASIDE.search(text, max(window, end - 160), end)
        if through is not None and through.start() > window:
            end = through.start()
        at = end
        while at > clause_start and text[at - 1] in " ,":
            at -= 1
        if at > clause_start and text[at - 1] == ")":
            # a definition between the actor and its verb: "the Secretary of X (Secretary) shall"
            opening = text.rfind("(", max(clause_start, at - 80), at)
            if opening > clause_start:
                at = opening
                while at > clause_start and text[at - 1] in " ,":
                    at -= 1
        group: list[_Actor] = []
        last = self.actors_between(window, at)
        if not last or (
            text[last[-1].end : at].strip(" ,") and not self._aside_only(text[last[-1].end : at])
        ):
            return self._untabled(clause_start, at)
        for actor in reversed(last):
            gap = text[actor.end : at]
            if group and _PREPOSITION_BEFORE.search(
                text, max(clause_start, actor.start - 16), actor.start
            ):
                # An object, not a subject: "acting through the Administrator of FEMA";
                # "… shall report to the President, and the Secretary shall" stops at the gap.
                continue
            if not gap.strip(" ,") or self._aside_only(gap):
                group.append(actor)
                at = actor.start
                # Step over an article, then a joining ", and " to the actor before.
                article = ARTICLE_BEFORE.search(text, max(clause_start, at - 8), at)
                if article is not None and article.end() == at:
                    at = article.start()
                glue = GLUE_BEFORE.search(text, max(clause_start, at - 8), at)
                if glue is None or glue.end() != at:
                    break
                if len(group) == 1 and glue[0].strip() == ",":
                    # "…, and the heads of agencies, the Secretary shall": a list ends
                    # with "and" or "or" before its last member; a bare comma ends a phrase.
                    break
                at = glue.start()
                continue
            break
        if group and _RELATIVE_BEFORE.search(
            text, max(clause_start, group[-1].start - 12), group[-1].start
        ):
            return []  # "such information as the Secretary may require": not a grant
        if len(group) == 1 and group[0].name == "Federal Government":
            agencies = _AGENCIES_OF_BEFORE.search(
                text, max(clause_start, group[0].start - 60), group[0].start
            )
            if agencies is not None:  # "All agencies of the United States Government shall"
                return [_Actor(agencies.start(), group[0].end, _AGENCIES, True)]
        if len(group) == 1:
            head = _HEAD_OF_BEFORE.search(
                text, max(clause_start, group[0].start - 40), group[0].start
            )
            if head is not None and _is_body(group[0].name):
                # "The Chair of the Partnership shall": the Chair, not the Partnership
                title = head["title"][:1].upper() + head["title"][1:]
                actor = group[0]
                return [_Actor(head.start(), actor.end, f"{title} of the {actor.name}", True)]
        return list(reversed(group))

    def _aside_only(self, gap: str) -> bool:
        rest = gap
        while rest.strip():
            match = ASIDE_AFTER_ACTOR.match(rest)
            if not match or match.end() == 0:
                return False
            rest = rest[match.end() :]
        return True

    def co_actors(self, start: int, end: int, exclude: set[str]) -> tuple[str, ...]:
        text = self.text
        found: list[str] = []
        for match in _consultations(text, start, end):
            at = match.end()
            for actor in self.actors_between(at, min(end, at + 400)):
                gap = text[at : actor.start]
                if gap.strip(" ,") not in ("", "and", "or", "and the", "the"):
                    break
                if actor.name not in exclude:
                    found.append(actor.name)
                at = actor.end
        return tuple(dict.fromkeys(found))

    def basis(self, start: int, end: int) -> tuple[str, ...]:
        context = self.context
        cites = [c.canonical for c in context.citations_between(start, end) if c.kind != "fr"]
        for _, _, name in context.act_names_between(start, end):
            act = lookup(name)
            if act is not None and act.code and not cites:
                cites.append(f"{act.code} et seq.")
        return tuple(dict.fromkeys(cites))


CLAUSE_REACH = 2000
"""How far a grant's clause reaches on either side of its verb.  The longest clause in
the corpus is 1,212 characters; the bound keeps one endless sentence of grants
(``The Secretary shall, the Secretary shall, …``) linear instead of quadratic."""


def _after_markers(context: Context, start: int, limit: int) -> int:
    """Past the section marker, heading and paragraph labels a clause opens with
    (``Sec. 1. Support From the Armed Forces. (a) Within 14 days …``): the grant's
    words begin after them."""
    text = context.text
    at = start
    marker = SECTION.match(text, at, limit)
    if marker is not None:
        at = marker.end()
        section = context.section_at(start)
        heading = section.heading if section is not None else None
        if heading and text.startswith(heading, at):
            at += len(heading)
            while at < limit and text[at] in ". ":
                at += 1
    while (label := ENUMERATOR.match(text, at, limit)) is not None:
        at = label.end()
        while at < limit and text[at] == " ":
            at += 1
    return at if at < limit else start


_LEAD_IN = regex.compile(
    r"""
    (?:,\ [^,:;]{1,200}?,?)?              # an aside: ", within 30 days of this order,"
    (?:\ (?:take|perform|carry\ out|undertake|have)\ the\ following
        \ (?:actions|steps|functions|duties|tasks|responsibilities)
      | \ (?:promptly\ |immediately\ )?take\ (?:all\ )?(?:appropriate|necessary)
        (?:\ and\ (?:appropriate|necessary))?\ (?:action|actions|steps|measures)\ to)?
    \ ?
    """,
    _V,
)
"""What may stand between a modal and the colon of a list of actions (``shall:``,
``shall, as appropriate:``, ``shall take the following actions:``); not ``shall
include:`` or ``shall be composed of:``, whose items are members or topics."""

_LABEL = regex.compile(r"\((?:[0-9]{1,3}|[a-zA-Z]{1,6})\)\s*")

_ITEM_TAIL = regex.compile(r"(?:[;,.]?\ (?:and|or|and/or))?[;,.:]?\s*$", _V)
"""What ends a list item: ``; and``, ``; or``, ``;``, ``.``."""


def _list_items(
    reader: _Reader, context: Context, action_start: int, end: int
) -> list[tuple[int, int, int]]:
    """The items a lead-in ending in a colon hands its modal to (``The Council shall:``
    then ``(1) advise …; (2) review …``): (action start, action end, anchor) of each
    child item of the lead-in's section that follows the colon.  Items that name their
    own actor and modal are left to be read on their own."""
    text = reader.text
    colon = text.rfind(":", action_start, end)
    if colon < 0 or text[colon + 1 : end].strip():
        return []
    if not _LEAD_IN.fullmatch(text, action_start, colon):
        return []
    paragraph_end = context.paragraph_of(action_start)[1]
    if text[colon + 1 : paragraph_end].strip():
        return []
    section = context.section_at(action_start)
    if section is None:
        return []
    out: list[tuple[int, int, int]] = []
    for item in section.children:
        if item.span[0] <= colon:
            continue
        body = _after_markers(context, item.span[0], item.span[1])
        while (label := _LABEL.match(text, body, item.span[1])) is not None:
            body = label.end()
        stop = min(item.span[1], body + CLAUSE_REACH)
        reader.cover(body, stop)
        own = MODAL.search(text, body, stop)
        if own is not None and reader.actors_between(body, own.start()):
            continue
        # The tail is at most 9 characters and trailing whitespace: search only there
        # (from the start of the item, the engine would try every position of it).
        trimmed = body + len(text[body:stop].rstrip())
        tail = _ITEM_TAIL.search(text, max(body, trimmed - 10), stop)
        item_end = tail.start() if tail is not None else stop
        if item_end > body:
            out.append((body, item_end, item.span[0]))
    return out


def _clause_start(text: str, sentence_start: int, modal_start: int) -> int:
    """Where the clause of a modal begins: after the last ``;`` or ``:`` in its sentence."""
    semi = max(
        text.rfind(";", sentence_start, modal_start), text.rfind(":", sentence_start, modal_start)
    )
    return semi + 1 if semi >= 0 else sentence_start


def _modality(modal: str) -> Modality:
    if modal == "may":
        return Modality.MAY
    if "delegated" in modal:
        return Modality.DELEGATED
    if "authorized" in modal or "empowered" in modal:
        return Modality.AUTHORIZED
    return Modality.SHALL


def extract_grants(context: Context) -> tuple[Grant, ...]:
    """Every grant of power or duty in the order, in text order."""
    text = context.text
    end = context.signature[0] if context.signature is not None else len(text)
    verbs = [(m, _grant) for m in MODAL.finditer(text, context.body_start, end)]
    verbs += [(m, _directed) for m in DIRECT.finditer(text, context.body_start, end)]
    if not verbs:
        return ()
    reader = _Reader(context, sorted({context.paragraph_of(m.start()) for m, _ in verbs}))
    out: list[Grant] = []
    for match, handle in verbs:
        at = match.start()
        p_start, p_end = context.paragraph_of(at)
        if context.quoted(p_start) or text.startswith('"', p_start):
            continue
        sentence = context.sentence_at(p_start, p_end, at)
        if sentence is not None:
            handle(reader, context, out, match, sentence)
    out.sort(key=lambda g: g.span)
    return tuple(out)


@frozen
class _Lead:
    """What a list's lead-in says for every item: deadline, basis, co-actors."""

    deadline: tuple[str | None, int | None, dt.date | None]
    basis: tuple[str, ...]
    co_actors: tuple[str, ...]


_STANDING = regex.compile(
    r"""
    (?:(?:also|initially|further|automatically|otherwise)\ )?
    (?:
        consist\b | comprise\b | be\ (?:composed|comprised|constituted)\ of\b
      | (?:terminate|expire|sunset)              # itself: "terminate 2 years after …"
        (?=[.;,]|$|\ (?:on|upon|at|no|not|within|when|after|unless|one|two|three|\d))
      | be\ (?:co-?)?chaired\b | be\ (?:headed|led)\ by\b
      | serve\ without\ (?:additional\ )?compensation\b | receive\ no\ compensation\b
      | include\ (?:the\ following\ (?:members|officials|officers|individuals)
          |(?:up\ to|not\ more\ than|no\ more\ than|at\ least)\ \w{1,12}\ members)\b
    )
    """,
    _V,
)
"""What a body *is* rather than what anyone must do: its members, its chair, its end
(``The Council shall consist of …``, ``The Task Force shall terminate …``)."""


def _emit(
    reader: _Reader,
    context: Context,
    out: list[Grant],
    actors: list[_Actor],
    modality: Modality,
    action_span: Span,
    clause: Span,
    anchor: int,
    lead: _Lead | None = None,
) -> None:
    """Append one grant per actor.  ``lead`` is what the clause that introduces a list
    item (``the Council shall:``) says: its deadline, basis and co-actors hold for the item."""
    text = reader.text
    action = text[action_span[0] : action_span[1]].strip(" ,;:")
    if not action or action.startswith(("not be construed", "be construed")):
        return
    if _STANDING.match(action):
        return  # "The Council shall consist of …", "… shall terminate": how a body stands
    deadline, days, date = _deadline(text, clause[0], clause[1])
    basis = reader.basis(clause[0], clause[1])
    names = {a.name for a in actors}
    co_actors = reader.co_actors(clause[0], clause[1], names)
    if lead is not None:
        if deadline is None:
            deadline, days, date = lead.deadline
        basis = tuple(dict.fromkeys((*lead.basis, *basis)))
        co_actors = tuple(dict.fromkeys((*lead.co_actors, *co_actors)))
    where = context.path_at(anchor)
    for actor in actors:
        out.append(
            Grant(
                actor=actor.name,
                modality=modality,
                action=action,
                deadline=deadline,
                basis=basis,
                where=where,
                span=clause,
                co_actors=co_actors,
                deadline_days=days,
                deadline_date=date,
                resolved=actor.resolved,
            )
        )


_BY_AGENT = regex.compile(
    r"""\ be\ (?:[a-z]{2,15}ly\ )?
        (?:[a-z]{2,20}ed|made|done|given|taken|held|paid|met|set|kept|led|run|sent|drawn)
        \ by\ (?:the\ |each\ |all\ )?""",
    _V,
)
"""A passive modal's agent: ``shall be performed by the Attorney General``."""


_LIST_GLUE = ("", "and", "or", "the", "and the", "or the")
"""What may stand between actors named one after another (commas aside)."""


def _named_in_a_row(
    reader: _Reader, at: int, end: int, glue: tuple[str, ...]
) -> tuple[list[_Actor], int]:
    """The actors named one after another from ``at`` (``the Secretary of State and the
    Attorney General``), with only ``glue`` between them, and where the last one ends."""
    text = reader.text
    found: list[_Actor] = []
    for actor in reader.actors_between(at, end):
        if text[at : actor.start].strip(" ,") not in glue:
            break
        found.append(actor)
        at = actor.end
    return found, at


_RELATIVE_PRONOUN_BEFORE = regex.compile(r"\b(?:as|which|that|who|whom)\ $", _V | regex.REVERSE)
"""``such other officers as may be designated by the President``: a description."""


def _agents(reader: _Reader, at: int, end: int) -> list[_Actor]:
    """The actors a passive modal names as its agents (``… shall be provided by the
    Department of Transportation``): they do what the clause says, whatever its subject."""
    passive = _BY_AGENT.match(reader.text, at, end)
    if passive is None:
        return []
    return _named_in_a_row(reader, passive.end(), min(end, passive.end() + 300), _LIST_GLUE)[0]


def _grant(
    reader: _Reader, context: Context, out: list[Grant], match: regex.Match[str], sentence: Span
) -> None:
    text = reader.text
    modal = match["modal"]
    clause_start = _clause_start(
        text, max(sentence[0], match.start() - CLAUSE_REACH), match.start()
    )
    clause_start = _after_markers(context, clause_start, match.start())
    modality = _modality(modal)
    end = min(sentence[1], match.end() + CLAUSE_REACH)
    semi = text.find(";", match.end(), end)
    if semi >= 0:
        end = semi
    if modality is Modality.DELEGATED:
        # "... are hereby delegated to the Secretary of Defense": the actor follows "to".
        if not text.startswith(" to ", match.end()):
            return
        at = match.end() + 4
        actors = reader.actors_between(at, min(end, at + 200))
        if not actors or text[at : actors[0].start].strip() not in ("", "the"):
            return
        _emit(
            reader,
            context,
            out,
            actors[:1],
            modality,
            (clause_start, match.start()),
            (clause_start, end),
            match.start(),
        )
        return
    if modality is Modality.AUTHORIZED and text.startswith((" by law", " by statute"), match.end()):
        return  # "as the Secretary is authorized by law to …" describes, grants nothing
    agents: list[_Actor] = []
    if text.startswith(" be ", match.end()) and not _RELATIVE_PRONOUN_BEFORE.search(
        text, max(0, match.start() - 8), match.start()
    ):
        agents = _agents(reader, match.end(), end)
    actors = agents or reader.subject(clause_start, match.start())
    if not actors:
        return
    action_start = match.end()
    if modality in (Modality.AUTHORIZED, Modality.SHALL) and text.startswith(" to ", action_start):
        action_start += 4
    if _object_gap(text, actors[0].start, action_start, end):
        return  # "the reports that the Council may request": describes, grants nothing
    items = _list_items(reader, context, action_start, end)
    if items:
        lead = _Lead(  # read once for all the items
            _deadline(text, clause_start, end),
            reader.basis(clause_start, end),
            reader.co_actors(clause_start, end, {a.name for a in actors}),
        )
        for body, item_end, anchor in items:
            _emit(
                reader,
                context,
                out,
                actors,
                modality,
                (body, item_end),
                (body, item_end),
                anchor,
                lead=lead,
            )
        return
    _emit(
        reader,
        context,
        out,
        actors,
        modality,
        (action_start, end),
        (clause_start, end),
        match.start(),
    )


def _directed(
    reader: _Reader, context: Context, out: list[Grant], match: regex.Match[str], sentence: Span
) -> None:
    text = reader.text
    verb = match["verb"]
    actors, at = _named_in_a_row(
        reader, match.end(), min(sentence[1], match.end() + 300), (*_LIST_GLUE, "each", "all")
    )
    if not actors:
        return
    modality = {
        "authorize": Modality.AUTHORIZED,
        "delegate to": Modality.DELEGATED,
    }.get(verb, Modality.SHALL)
    end = min(sentence[1], match.end() + CLAUSE_REACH)
    action_start = at
    to = text.find(" to ", at, min(end, at + 120))
    if modality is not Modality.DELEGATED and to >= 0:
        action_start = to + 4
    _emit(
        reader,
        context,
        out,
        actors,
        modality,
        (action_start, end),
        (match.start(), end),
        match.start(),
    )
