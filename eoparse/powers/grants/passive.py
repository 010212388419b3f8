"""A passive duty with its agent, said as the agent's own action.

``Any functions of the President under the Act shall be performed by the Secretary of
Education, in accordance with the guidelines …`` binds the Secretary (the agent), and
what the Secretary shall do is ``perform any functions of the President under the Act, in
accordance with the guidelines …``, not ``be performed by the Secretary of Education``;
``The Council shall be co-chaired by the Secretary of State and the Secretary of
Defense`` gives each of them ``co-chair the Council``.  Only participles of the table
below are turned; any other passive keeps its words as printed.
"""

from __future__ import annotations

import attrs
import regex

from eoparse.powers.context import larger
from eoparse.powers.grants.offices import Actor

_V = regex.VERBOSE

BASE_FORMS: dict[str, str] = {
    # the participles of passives with an agent that the corpus prints, and their verbs
    "performed": "perform", "chaired": "chair", "co-chaired": "co-chair",
    "headed": "head", "led": "lead", "provided": "provide", "considered": "consider",
    "issued": "issue", "appointed": "appoint", "implemented": "implement", "made": "make",
    "approved": "approve", "funded": "fund", "published": "publish", "selected": "select",
    "designated": "designate", "awarded": "award", "determined": "determine",
    "established": "establish", "prepared": "prepare", "exercised": "exercise",
    "granted": "grant", "supported": "support", "rescinded": "rescind",
    "authorized": "authorize", "maintained": "maintain", "resolved": "resolve",
    "reported": "report", "directed": "direct", "coordinated": "coordinate",
    "referred": "refer", "advised": "advise", "adopted": "adopt", "submitted": "submit",
    "informed": "inform", "administered": "administer", "conducted": "conduct",
    "supervised": "supervise",
    "carried": "carry", "reviewed": "review", "managed": "manage", "staffed": "staff",
    "convened": "convene", "developed": "develop", "promulgated": "promulgate",
    "prescribed": "prescribe", "exercized": "exercise", "executed": "execute",
    "overseen": "oversee", "given": "give", "taken": "take", "held": "hold", "paid": "pay",
    "kept": "keep", "sent": "send", "drawn": "draw", "done": "do", "run": "run",
    "transmitted": "transmit", "forwarded": "forward", "signed": "sign", "called": "call",
}  # fmt: skip
"""Participle → verb.  A table rather than a rule: English turns ``-ed`` back in too many
ways (``approved``, ``submitted``, ``led``) for a rule to be right on words not seen."""

PASSIVE_ACTION = regex.compile(
    r"""
    be\ (?P<adverb>[a-z]{2,15}ly\ )?               # "be", an adverb: "be jointly chaired"
    (?P<participle>(?:[Cc]o-)?[A-Za-z]{2,20})
    \ by\                                          # … by the agent
    """,
    _V,
)
"""The start of a passive action with its agent (``be performed by``)."""

INTRODUCTION = regex.compile(
    r"""
    (?:Insofar\ as|To\ the\ extent|Consistent\ with|Pursuant\ to|In\ accordance\ with
      |Notwithstanding|Except|If|When|Where|Subject\ to|Unless|Upon|After|Before|Within
      |As\ (?:provided|required|appropriate)|Additionally|Further|Furthermore|Accordingly
      |In\ addition|Also|For|Under)\b
    """,
    _V,
)
"""The first words of a clause that introduces the subject of a passive (``Insofar as the
Act may apply to the Council, any functions …``): the subject is what follows its last
comma before a determiner (:data:`SUBJECT_AFTER_COMMA`)."""

SUBJECT_AFTER_COMMA = regex.compile(
    r"(?<!United\ States\ Code),\ (?=(?:any|all|the|such|each|every|this|these|that|those)\ )", _V
)
"""Where the subject after an introductory clause begins (not the comma after a citation
inside it: ``… under chapter 10 of title 5, United States Code, that are applicable``)."""

LEADING_LABEL = regex.compile(r"(?:\(\w{1,5}\)\ |\d[\w\-]{0,8}\.\ (?=[A-Z]))+", _V)
"""Labels before the subject (``6-603. The Report``)."""

SENTENCE_END = regex.compile(r"(?<=[a-z]{4}|\b[a-z]{3}|\))[.;:]\ ?(?=[A-Z])", _V)
"""The end of a sentence glued to the subject's (``… (Secretary).The amount``): after a word
of three lower-case letters or more, not after an abbreviation (``Pub. L. 99-83``, ``St.
Lawrence``, ``Sec. 3``)."""

DESIGNEES = regex.compile(
    r",?\ or\ (?:by\ )?(?:his\ or\ her|his|her|their|its)\ (?:respective\ )?designees?\b", _V
)
"""``, or their designees`` after the agents: who may act for them, not the action's words."""

SECOND_PREDICATE = regex.compile(r"\ and\ (?:be\ )?(?P<participle>[a-z]{2,20})\b", _V)
"""``… prepared by the Council and transmitted to the President``: a second passive of the
subject, whose participle turns too (``and transmit to the President``)."""

FIRST_PREDICATE = regex.compile(r"(?<!\b(?:that|which|who))\ (?:are|is)\ ", _V)
"""The copula of a first predicate of the subject, before ``and`` and the passive (``All
records … are records of the Committee and shall be maintained by …``)."""

_MODALS = (" shall ", " may ", " must ", " will ")

_NOT_A_SUBJECT = frozenset(
    ("for", "to", "in", "on", "with", "by", "under", "of", "at", "and", "or", "but",
     "provided", "that", "which", "who")
)  # fmt: skip
"""First words of a stretch that is no subject: a preposition or conjunction (``for special
access programs …``).  A subject that opens with ``No`` is a prohibition, turned as ``not
issue any …``."""

_DETERMINERS = frozenset(
    ("The", "A", "An", "Any", "All", "Such", "Each", "Its", "Their", "This", "These", "Those")
)

_SUBJECT_REACH = 300
"""How long a subject may be: a longer stretch before the modal is not one noun phrase."""


def active_action(
    text: str, clause_start: int, action_start: int, action: str, agent_end: int
) -> str | None:
    """The action of a passive duty whose agent ends at ``agent_end`` (an offset in
    ``text``), as the agent's own: the verb of its participle, the clause's subject
    (from ``clause_start`` to the modal before ``action_start``), then what the clause
    adds after the agent (``, in accordance with …``; a second predicate of the subject
    after ``and`` is left out).  ``None`` where the action is no such passive, or its
    participle or subject cannot be told."""
    match = PASSIVE_ACTION.match(action)
    if match is None:
        return None
    verb = BASE_FORMS.get(match["participle"].lower())
    if verb is None:
        return None
    if match["adverb"] is not None:  # "be jointly chaired by" → "jointly chair"
        verb = match["adverb"] + verb
    before = text[clause_start:action_start]
    modal = max(before.rfind(word) for word in _MODALS)
    if modal < 0 or before[:modal].strip(" ,") == "which":
        # the clause opens at its relative pronoun or past it: "There is established the X
        # Task Force, which shall be chaired by …" is about the Task Force
        before = text[larger(0, action_start - _SUBJECT_REACH) : action_start]
        modal = max(before.rfind(word) for word in _MODALS)
        if modal < 0 or not before[:modal].rstrip(" ,").endswith(", which"):
            return None
    subject = before[:modal].strip(" ,")
    if subject.endswith(", which"):
        subject = _antecedent(subject.removesuffix(", which"))
        if subject == "which":
            return None
    labels = LEADING_LABEL.match(subject)
    if labels is not None:
        subject = subject[labels.end() :]
    sentences = list(SENTENCE_END.finditer(subject))
    if sentences:  # "… (Secretary).The amount": the subject is the last sentence's
        subject = subject[sentences[-1].end() :]
    if INTRODUCTION.match(subject) is not None:
        commas = list(SUBJECT_AFTER_COMMA.finditer(subject))
        if not commas:
            return None
        subject = subject[commas[-1].end() :]
    if subject.endswith(" and"):
        first = FIRST_PREDICATE.search(subject)
        if first is not None:  # "All records … are records of the Committee and shall be
            subject = subject[: first.start()]  # maintained by the FBI": the records
    negated = subject[:3] in ("No ", "no ")  # "No regulation shall be issued by an
    if negated:  # agency if …": the agent shall not issue any
        subject = "any " + subject[3:]
    uncited = subject.replace("United States Code, that ", "")  # a citation's comma
    if (
        not subject
        or len(subject) > _SUBJECT_REACH
        or subject[0] in "(\"'"
        or subject.endswith((" and", " or"))  # "… are records of the Committee and shall be"
        or subject.partition(" ")[0].lower() in _NOT_A_SUBJECT  # "for special access …"
        or ", that " in uncited  # "and provided further, that no directive"
        or any(word in f" {subject} " for word in _MODALS)  # two clauses, not one subject
    ):
        return None
    rest = _after_agent(text, agent_end, action_start + len(action))
    if rest is None:
        return None
    first, _, words = subject.partition(" ")
    if first in _DETERMINERS or (
        first[:1].isupper()
        and first[1:].islower()
        and not words[:1].isupper()
        and NAME_GOES_ON.match(words) is None
    ):
        # "The Council" → "the Council"; "Selection of members" → "selection of members";
        # a name stays as printed ("Executive Order 14067 …")
        subject = f"{first.lower()} {words}" if words else first.lower()
    return f"{'not ' if negated else ''}{verb} {subject}{rest}"


_NAME_BEFORE = regex.compile(
    r"""(?<!\b(?:to|of|for|by|with|from|on|in|at|into|under)\ )  # no preposition's object
        \b(?:a|an|the)\ [A-Z][\w'’\-]*(?:\ (?:[A-Z][\w'’\-]*|of|on|for|and|the|to)){0,10}$""",
    _V,
)
"""A capitalised name with its article ending the words before ``, which`` (``… shall
convene a Harbor Board``), not the object of a preposition (``reports to the Congress``)."""


def _antecedent(words: str) -> str:
    """The body a ``, which`` clause is about, from the words before it: what ``established``
    names (``There is established within the Department a X Task Force (Task Force)`` →
    ``the X Task Force``), else a name ending the words (``convene a Board``), else
    ``which`` (so no subject is told)."""
    at = words.rfind("established ")
    if at >= 0:
        name = words[at + len("established ") :]
        if name.startswith(("within ", "in ", "at ")):  # a place before the body's name
            article = larger(name.rfind(" a "), name.rfind(" an "))
            if article < 0:
                return "which"
            name = name[article + 1 :]
    else:
        if words.endswith(")") and "(" in words:
            words = words[: words.rfind("(")].rstrip()
        named = _NAME_BEFORE.search(words, larger(0, len(words) - 160))
        if named is None:
            return "which"
        name = named[0]
    if name.endswith(")") and "(" in name:
        name = name[: name.rfind("(")].rstrip()
    first, _, rest = name.partition(" ")
    return f"the {rest}" if first in ("a", "an") and rest else name


def _after_agent(text: str, agent_end: int, action_end: int) -> str | None:
    """What the clause says after its agent that belongs to the action: ``, in accordance
    with the guidelines …``; not the agent's short form (``(Chair)``), a second predicate
    of the subject (``and shall be dedicated to …``) or a relative clause on the agent
    (``… who shall be an Assistant to the President``).  ``None`` where the agent's name
    runs on past what was read as its end (``the Attorney General's designee``)."""
    rest = text[agent_end:action_end].rstrip(" .;:")
    designees = DESIGNEES.match(rest)
    if designees is not None:  # "…, or their designees": who may act, not what
        rest = rest[designees.end() :]
    if rest.startswith(" ("):
        close = rest.find(")")
        rest = rest[close + 1 :] if 0 < close < 40 else rest
    for stop in _STOPS:
        cut = rest.find(stop)
        if cut >= 0:
            rest = rest[:cut]
    if rest.startswith((" and ", " or ")):
        second = SECOND_PREDICATE.match(rest)
        verb = BASE_FORMS.get(second["participle"]) if second is not None else None
        if second is None or verb is None or rest.startswith(" and shall"):
            return ""  # "… and shall meet": the subject's own predicate, not the agent's
        if rest.startswith(" by ", second.end()):
            return ""  # "… and approved by the President": another agent's
        return f" and {verb}{rest[second.end() :]}".rstrip(" ,")
    if rest and (not rest.startswith(_GOES_ON) or MORE_AGENTS.match(rest) is not None):
        return None
    return rest.rstrip(" ,")


_STOPS = (
    " and shall ", ", and shall ", " and include ", ", and include ", " who ", ", who ",
    " which ", ", which ", ", and it ", ", designated ", ", appointed ", ", selected ",
    " appointed by ", " designated by ", " selected by ",
)  # fmt: skip
"""Where what follows the agent stops belonging to the action."""

_GOES_ON = (",", " in ", " on ", " for ", " within ", " with ", " as ", " at ", " by ", " from ",
            " under ", " through ", " after ", " before ", " until ", " to ", " pursuant ",
            " consistent ", " if ", " unless ", " without ", " except ", " when ")  # fmt: skip
"""How the words after an agent's name begin when they go on with the action."""

NAME_GOES_ON = regex.compile(r"of\ (?:the\ )?[A-Z]", _V)
"""``Department of Energy funds``: a name, whose first word stays capitalised."""

MORE_AGENTS = regex.compile(r",\ (?:and\ |or\ )?(?:the|a|an|each)\ ", _V)
"""More agents after the one read (``… (Secretary), the Secretary of Agriculture, and …``,
``by the agency head, the deputy agency head, or …``): the agents' end is not known, and
the action is left as printed."""


AGENT_QUALIFIER = regex.compile(
    r"""\ (?:designated|listed|named|identified|specified|selected)
        \ (?:after|by|in|under|for)\ [^,;:().]{1,80}(?=[,;.]|$)""",
    _V,
)
"""A participle that says which agent (``… shall be performed by the head of the department
or agency designated after each committee, in accordance with …``): the agent's words."""


EACH_LISTED = regex.compile(
    r"""\bthe\ (?P<noun>[a-z]{3,20})s
        \ (?P<listed>(?:listed|named|set\ forth|identified)\ in\ sections?
           \ (?!and\b)[\w()]{1,8}(?:(?:,?\ and\ |,\ )(?!and\b)[\w()]{1,8}){0,4})
        (?P<of>\ of\ (?!this\ [Oo]rder\b))?""",
    _V,
)
"""Where the sentence lists the things an agent's ``each`` goes over (``the functions … that
are applicable to the committees listed in section 1 of this order, …, shall be performed
by the head of the department or agency designated after each committee``)."""


def qualified_agent(text: str, agents: list[Actor], end: int) -> list[Actor]:
    """The one agent of a passive with the participle that narrows it written into its
    name and span (``… designated after each committee``, with where the sentence lists
    the committees: ``… listed in section 1``); several agents, or one with no such
    participle, as they are."""
    if len(agents) != 1 or not text.startswith(" ", agents[0].end):
        return agents
    qualifier = AGENT_QUALIFIER.match(text, agents[0].end, end)
    if qualifier is None:
        return agents
    words = " ".join(qualifier[0].split())
    each = words.rsplit(" each ", 1)
    if len(each) == 2 and each[1].isalpha():
        found = list(EACH_LISTED.finditer(text, larger(0, agents[0].start - 400), agents[0].start))
        listed = found[-1] if found else None  # the last before the agent
        if (
            listed is not None
            and listed["noun"] == each[1]
            and listed["of"] is None  # "… in section 1 of Executive Order 13889": another's
            and ". " not in text[listed.end() : agents[0].start]  # in the agent's sentence
        ):
            words = f"{words} {listed['listed']}"  # "… after each committee listed in section 1"
    return [attrs.evolve(agents[0], end=qualifier.end(), name=f"{agents[0].name} {words}")]


__all__ = [
    "AGENT_QUALIFIER",
    "BASE_FORMS",
    "EACH_LISTED",
    "active_action",
    "qualified_agent",
]
