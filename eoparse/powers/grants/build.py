"""Grants from an order's modal verbs: each clause's actors, modality, action, deadline,
timing, basis and co-actors, one :class:`~eoparse.model.Grant` per actor (and per item of
a list the clause leads into, per duty of a series it joins with ``;``)."""

from __future__ import annotations

import functools

import attrs
import regex

from eoparse.model import Grant, Modality, Span
from eoparse.powers.anchored import anchored_matches, ending_at, lead_starts
from eoparse.powers.context import CLAUSE_REACH, Context, larger, smaller
from eoparse.powers.grants.actors import Reader
from eoparse.powers.grants.after_verb import chaired, directed, invoked
from eoparse.powers.grants.clauses import (
    asked,
    lead_in_colon,
    list_items,
    object_list_end,
    own_items_only,
    own_start,
)
from eoparse.powers.grants.coordinate import coordinate_after
from eoparse.powers.grants.deadlines import Deadline, read_deadline, read_timing
from eoparse.powers.grants.delegated_list import AS_FOLLOWS, delegated_items
from eoparse.powers.grants.duty_patterns import (
    BY_AGENT,
    RELATIVE_PRONOUN_BEFORE,
    RELATIVE_PRONOUNS,
)
from eoparse.powers.grants.emit import NO_DUTY, Lead, emit, named_in_a_row, nested_lead
from eoparse.powers.grants.following import listed_actors
from eoparse.powers.grants.headed import head_of_subject, role_holder, titled
from eoparse.powers.grants.implied import implied_subject, pointed_back
from eoparse.powers.grants.modal_clause import ModalClause, modal_clause
from eoparse.powers.grants.offices import LIST_GLUE, Actor
from eoparse.powers.grants.passive import NAME_GOES_ON, qualified_agent
from eoparse.powers.grants.patterns import (
    DELEGATED_OBJECT,
    DELEGATED_TO,
    DIRECT,
    DIRECT_LEADS,
    FUNCTIONS_ASSIGNED,
    HEAD_TITLE,
    INVOKED,
    MODAL,
    MODAL_LEADS,
    MODAL_VERB,
    NEXT_DELEGATE,
    OBJECT_GAP,
    PASSIVE_NO_AGENT,
    RELATIVE_THAT_BEFORE,
    TO_BE_CHAIRED,
)
from eoparse.powers.grants.quoting import inline_quoted, quoted_paragraph, struck
from eoparse.powers.grants.series import duty_end, opens_colon_list, series
from eoparse.powers.grants.subject import find_subject
from eoparse.powers.grants.subject_checks import duties_of, relative, subordinate
from eoparse.powers.grants.verbs import action_opening, states_policy
from eoparse.powers.grants.will import will_grants, will_matches
from eoparse.powers.quoted import quoted_context
from eoparse.powers.wordlist import contains_any


def extract_grants(context: Context) -> tuple[Grant, ...]:
    """Every grant of power or duty in the order, in text order; those written into
    another order by quoted amendatory text are marked ``quoted``, at paths nested under
    the amending section."""
    out = _read(context, own=True)
    for span in context.quotations:
        if not _holds_verb(context.text, *span):
            continue  # no verb of a grant: no need to read the quotation's structure
        quoted = _read(quoted_context(context, span), own=False)
        out += [attrs.evolve(g, quoted=True) for g in quoted]
    out.sort(key=lambda g: g.span)
    return tuple(out)


_CHAIRED_WORDS = ("haired by ", "eaded by ", "be led by ")
"""What every :data:`TO_BE_CHAIRED` match holds: most orders hold none."""


def _holds_verb(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a verb of a grant (:data:`MODAL`, :data:`DIRECT`,
    :data:`TO_BE_CHAIRED`, :data:`INVOKED`), each tried only where it can start."""
    for pattern, leads in ((MODAL, MODAL_LEADS), (DIRECT, DIRECT_LEADS)):
        starts = lead_starts(leads, text, start, end)
        if next(anchored_matches(pattern, starts, text, start, end), None) is not None:
            return True
    if contains_any(text, _CHAIRED_WORDS, start, end) and TO_BE_CHAIRED.search(text, start, end):
        return True
    if text.find("invoked and made available", start, end) < 0:
        return False  # every INVOKED match holds these words
    return INVOKED.search(text, start, end) is not None


def _read(context: Context, *, own: bool) -> list[Grant]:
    """The grants of ``context``'s body (``own``: this order's words, not quotations)."""
    text = context.text
    if own:
        end = context.signature[0] if context.signature is not None else len(text)
    else:  # a quotation: its own paragraphs only
        end = context.paragraphs[-1][1] if context.paragraphs else context.body_start
    start = context.body_start
    modals = lead_starts(MODAL_LEADS, text, start, end)
    directs = lead_starts(DIRECT_LEADS, text, start, end)
    verbs = [(m, _grant) for m in anchored_matches(MODAL, modals, text, start, end)]
    verbs += [(m, directed) for m in anchored_matches(DIRECT, directs, text, start, end)]
    for m, named in will_matches(context, start, end) if own else ():
        verbs.append((m, functools.partial(will_grants, _grant, named)))
    if text.find("invoked and made available", context.body_start, end) >= 0:
        verbs += [(m, invoked) for m in INVOKED.finditer(text, context.body_start, end)]
    if contains_any(text, _CHAIRED_WORDS, context.body_start, end):  # TO_BE_CHAIRED holds one
        verbs += [(m, chaired) for m in TO_BE_CHAIRED.finditer(text, context.body_start, end)]
    if not verbs:
        return []
    paragraphs = {context.paragraph_of(m.start()) for m, _ in verbs}
    if own:  # the quoted ones are read with their quotation: not scanned for actors here
        paragraphs = {p for p in paragraphs if not quoted_paragraph(context, p[0])}
    reader = Reader(context, sorted(paragraphs))
    out: list[Grant] = []
    for match, handle in verbs:
        at = match.start()
        p_start, p_end = context.paragraph_of(at)
        if own and quoted_paragraph(context, p_start):
            continue  # read with the quotation it belongs to
        sentence = context.sentence_at(p_start, p_end, at)
        if sentence is None or struck(text, p_start, at):
            continue
        found = len(out)
        handle(reader, context, out, match, sentence)
        if own and len(out) > found and inline_quoted(text, p_start, at):
            # Duties quoted inside the amending paragraph itself ("… to read: "(a) …").
            out[found:] = [attrs.evolve(g, quoted=True) for g in out[found:]]
    return out


_BARE_LEAD_INS = frozenset(("be to", "be", "include", "include the following", "be as follows"))
"""What a lead-in says between its modal and its colon when its items say what is to be
done (``The mission and functions of the Council shall be to:``)."""


def _agents(reader: Reader, at: int, end: int) -> list[Actor] | None:
    """The actors a passive modal names as its agents (``… shall be provided by the
    Department of Transportation``, ``shall be directed by the Assistant``): they do what
    the clause says, whatever its subject.  ``None`` where the modal is not passive
    with an agent."""
    passive = BY_AGENT.match(reader.text, at, end)
    if passive is None:
        return None
    after = passive.end()
    found = named_in_a_row(reader, after, smaller(end, after + 300), (*LIST_GLUE, "each", "all"))
    if (
        len(found[0]) == 1
        and reader.text.startswith(("'s ", "’s "), found[0][0].end)
        and not reader.text.startswith("designee", found[0][0].end + 3)  # acts for it
    ):
        # "be convened by the Initiative's Executive Director": the body's officer
        officer = HEAD_TITLE.match(reader.text, found[0][0].end + 3, end)
        if officer is None:
            return None
        body = found[0][0]
        return [Actor(body.start, officer.end(), f"{officer[0]} of the {body.name}", True)]
    if found[0]:
        return qualified_agent(reader.text, found[0], end)  # "… designated after each …"
    for article in ("the ", "each ", "all "):
        if reader.text.startswith(article, after):
            after += len(article)
            break
    else:  # "by an Executive Director of the PIAB": a head named with its body
        for article in ("an ", "a "):
            if reader.text.startswith(article, after):
                title = HEAD_TITLE.match(reader.text, after + len(article), end)
                if title is None or not (
                    reader.text.startswith(" ", title.end())
                    and NAME_GOES_ON.match(reader.text, title.end() + 1)
                ):
                    return None  # "reviewed by a Director of an agency …": no one named
                after += len(article)
                break
    return titled(reader, after, smaller(end, after + 200))


def _after_pronoun(text: str, start: int, end: int) -> bool:
    """Whether :data:`RELATIVE_PRONOUN_BEFORE` ends ``text[start:end]``: searched for only
    where the stretch ends as its matches do, or with a line break (``$`` matches before
    one too)."""
    if not text.endswith(RELATIVE_PRONOUNS, start, end) and not (
        end > start and text[end - 1] == "\n"
    ):
        return False
    return ending_at(RELATIVE_PRONOUN_BEFORE, text, start, end) is not None


def _grant(
    reader: Reader, context: Context, out: list[Grant], match: regex.Match[str], sentence: Span
) -> None:
    """The grants of one modal verb: a delegation to the officials after it, else the
    subject before it (a passive's agent, a role's holder, a body's duties, the actors
    named, or the subject it implies), then one grant per actor, or one per item of the
    list it leads."""
    clause = modal_clause(context, match, sentence)
    if clause is None:
        return
    if clause.modality is Modality.DELEGATED:
        to = DELEGATED_TO.match(reader.text, match.end(), clause.end)
        if to is not None:
            delegates = _delegates(reader, clause, to.end())
            if delegates:  # the grant is the words before the verb: "The functions … are"
                _emit_whole(reader, context, out, delegates, clause)
            return
        if reader.text.startswith(AS_FOLLOWS, match.end()):  # each item names its delegate
            return delegated_items(reader, context, out, match)
        # "X and Y are each delegated, with respect to …, the authority": the subject is
        # the delegate; anything else ("… as delegated by …") grants nothing here
        if DELEGATED_OBJECT.match(reader.text, match.end(), clause.end) is None:
            return
    subject = _subject(reader, context, out, clause, sentence)
    if subject is None:
        return
    actors, duties, role = subject
    if _states_policy_only(context, clause, actors):
        return
    if role:  # "The Chair of the Task Force shall be the Secretary of X"
        _emit_whole(reader, context, out, actors, clause)
        return
    _duties(reader, context, out, clause, actors, duties)


_POLICY_THAT = regex.compile(
    r"""[Ii]t\ is\ (?:further\ |also\ |hereby\ )?(?:the\ )?policy\ of\ (?:the\ United\ States
        |my\ Administration|the\ Federal\ Government|the\ executive\ branch)\ that\ """,
    regex.VERBOSE,
)
"""``It is further the policy of the United States that … agencies shall prioritize``: the
modal of the policy the order states, not a duty it gives."""


def _opens_clause(before: str) -> bool:
    """Whether ``before`` leaves a frame opening its clause: nothing, or a short adverb
    (``Finally, it is also the policy …``)."""
    words = before.strip()
    return not words or (words.endswith(",") and words.count(" ") <= 1)


def _states_policy_only(context: Context, clause: ModalClause, actors: list[Actor]) -> bool:
    """Whether the clause states policy rather than grants: in a Policy or Purpose
    section, what anyone ``must`` do (``agencies must improve their efforts``) and what
    agencies ``may`` do (``Agencies may clarify existing obligations``); anywhere, what
    ``It is the policy of the United States that`` anyone shall do."""
    text = context.text
    if text.find("policy of ", clause.start, clause.match.start()) >= 0:
        policy = _POLICY_THAT.search(text, clause.start, clause.match.start())
        if (
            policy is not None
            and _opens_clause(text[clause.start : policy.start()])
            and text.find(", and ", policy.end(), clause.match.start()) < 0
            and (
                MODAL.search(text, policy.end(), clause.match.start()) is None
                or text.startswith(" and ", clause.match.start() - 5)  # "… and shall drive"
                or text.find(" and that ", policy.end(), clause.match.start()) >= 0
            )
        ):  # and binds only its own "that" clauses' verbs, not another subject's after them
            return True
    if clause.match[MODAL_VERB] != "must" and not (
        clause.modality is Modality.MAY
        and all(a.name.endswith(("agencies", "Agencies")) for a in actors)
    ):
        return False
    return states_policy(context, clause.match.start())


def _emit_whole(
    reader: Reader, context: Context, out: list[Grant], actors: list[Actor], clause: ModalClause
) -> None:
    """One grant per actor whose action is the clause's words before the verb."""
    at = clause.match.start()
    span = (clause.start, at)
    emit(reader, context, out, actors, clause.modality, span, (clause.start, clause.end), at)


def _delegates(reader: Reader, clause: ModalClause, at: int) -> list[Actor]:
    """Whom ``… are hereby delegated to`` names from ``at`` (the Secretary of State, the
    Secretary of Commerce, and …); none where the verb delegates nothing here (``each
    detailee is assigned to the Office``)."""
    text, match, start, end = reader.text, clause.match, clause.start, clause.end
    if "assigned" in match[MODAL_VERB] and (
        FUNCTIONS_ASSIGNED.search(text, start, match.start()) is None
        or _after_pronoun(text, larger(start, match.start() - 8), match.start())
    ):
        return []  # "each detailee is assigned to the Office", "functions that are assigned"
    actors = reader.actors_between(at, smaller(end, at + 200))
    if not actors or text[at : actors[0].start].strip() not in ("", "the"):
        return []
    # each of them (the first always, as the check above admits only glue before it)
    delegates, at = named_in_a_row(reader, at, smaller(end, at + 200), LIST_GLUE)
    return delegates + _further_delegates(reader, at, end)


def _further_delegates(reader: Reader, at: int, end: int) -> list[Actor]:
    """The delegates named after the ``who`` clause of the one before (``… are assigned to
    the Secretary of Labor, who …, and to the U.S. Trade Representative, who shall …``),
    each with a ``who`` clause of its own; ``at`` is where the one before ends."""
    text = reader.text
    found: list[Actor] = []
    while text.startswith(", who", at):
        next_to = NEXT_DELEGATE.search(text, at, end)
        if next_to is None:
            break
        after = next_to.end()
        actors = reader.actors_between(after, smaller(end, after + 200))
        if (
            not actors
            or text[after : actors[0].start] not in ("", "the ")
            or not text.startswith(", who ", actors[0].end)
        ):
            break
        found.extend(reader.expand(actors[:1]))
        at = actors[0].end
    return found


_ADVERB_BEFORE_BE = regex.compile(r"\ (?:each|also|(?!only\b)[a-z]{2,15}ly)(?=\ be\ )")
"""A word between a modal and its passive's ``be``."""

_GUIDED = (" be guided by ", " be guided,")
"""``Agencies shall be guided by the following principles``: a standard the subject keeps,
no passive whose agent acts (``… guided by the views of the Secretary of State``)."""


def _subject(
    reader: Reader, context: Context, out: list[Grant], clause: ModalClause, sentence: Span
) -> tuple[list[Actor], bool, bool] | None:
    """Who the clause's modal binds: its actors, whether they are a body's duties (``The
    functions of the Board shall be to``), and whether the clause gives them a role (``…
    shall be the Secretary of X``); ``None`` where no one is named to act."""
    text, match, start, end = reader.text, clause.match, clause.start, clause.end
    agents: list[Actor] | None = None
    be = match.end()  # where " be " follows the modal, past an adverb
    if not text.startswith(" be ", be):
        adverb = _ADVERB_BEFORE_BE.match(text, be)
        if adverb is not None:  # "shall each be represented by", "shall subsequently be"
            be = adverb.end()
    passive = (
        text.startswith(" be ", be)
        and not text.startswith(_GUIDED, be)
        and (
            not _after_pronoun(text, larger(0, match.start() - 8), match.start())
            or (  # "the Task Force, which shall be chaired by the Secretary", "regulations
                # that shall be issued by the Secretary of Labor": a passive with its agent
                text.endswith((", which ", " that "), 0, match.start())
                and match[MODAL_VERB] == "shall"  # "information that may be requested by": a
                and BY_AGENT.match(text, be, end) is not None  # description, borderline at most
            )
        )
    )
    if text.startswith(" be ", be) and text.endswith(" as ", 0, match.start()):
        return None  # "such other persons as may be designated by the Administrator": who
    if passive and text.startswith(" be the ", be):
        holder = role_holder(reader, start, match.start(), be, end)
        if holder:
            return holder, False, True
    if passive:
        agents = _agents(reader, be, end) or head_of_subject(reader, start, match.start(), be, end)
        if not agents and (PASSIVE_NO_AGENT.match(text, be, end) or BY_AGENT.match(text, be, end)):
            # "The report shall be submitted …": no one is named to act; "The Board shall
            # be led by a Chair who …": an agent we cannot name, never the subject
            return None
    if agents:
        return agents, False, False
    actors = duties_of(reader, start, match.start())
    if actors:
        return actors, True, False
    actors = pointed_back(reader, context, out, find_subject(reader, start, match.start()))
    actors = actors or implied_subject(reader, context, out, match, start, sentence[0])
    if actors and subordinate(text, start, actors[0].start):
        return None  # "Before an agency may undertake …, the head … shall": no direction
    if actors and match[MODAL_VERB] == "may" and relative(text, start, actors[0].start):
        return None  # "the positions that agencies may fill": the positions described
    return (actors, False, False) if actors else None


def _opening_deadline(context: Context, clause: ModalClause) -> Deadline:
    """The deadline the words before the first modal of a second modal's sentence set (a
    second modal joined by ``and`` begins its clause at the ``and``)."""
    text = context.text
    paragraph = context.paragraph_of(clause.start)
    sentence = context.sentence_at(*paragraph, clause.start)
    if sentence is None:
        return None, None, None
    first = MODAL.search(text, sentence[0], clause.start)
    return read_deadline(text, sentence[0], first.start()) if first else (None, None, None)


def _duties(
    reader: Reader,
    context: Context,
    out: list[Grant],
    clause: ModalClause,
    actors: list[Actor],
    duties: bool,
) -> None:
    """The grants of a clause whose actors are known: one per item of the list it leads,
    else one for its own words and one per further duty of its series."""
    text, match, modality = reader.text, clause.match, clause.modality
    start, end, limit = clause.start, clause.end, clause.limit
    action_start = action_opening(text, match.end(), modality)
    if _object_gap(text, actors[0].start, action_start, end) or asked(text, start, actors[0]):
        return  # "the reports that the Council may request": describes, grants nothing
    opening: Lead | None = None
    own = own_start(text, start, actors[0].start, match.start())
    if own != start and text.startswith("and ", own):
        first = MODAL.search(text, start, own)  # "Within 30 days …, the Secretary shall
        if first is not None:  # review X, and the Attorney General shall revise Y": the
            # sentence's opening deadline is each clause's; the first clause's own is not
            said_by = read_deadline(text, start, first.start())
            opening = Lead(said_by, None, (), ()) if said_by[0] is not None else None
    start = own
    colon = lead_in_colon(text, action_start, limit, duties=duties)
    items = list_items(reader, context, colon, limit) if colon is not None else []
    if (
        colon is not None
        and not items
        and own_items_only(reader, context, colon)
        and read_deadline(text, start, colon)[0] is None
        and not reader.co_actors(start, colon, {a.name for a in actors})
    ):
        return  # "shall take the following actions:" over items with subjects of their own
        # (kept where the lead-in says by when or with whom: nothing it says is lost)
    if items:
        assert colon is not None
        lead_deadline = read_deadline(text, start, colon)
        if lead_deadline[0] is None and text.startswith("and ", clause.start):
            lead_deadline = _opening_deadline(context, clause)  # "Within 30 days …, X shall
            # review Y and shall in particular: (a) …": the sentence's, not the first clause's
        lead = Lead(  # read once for all the items
            lead_deadline,
            read_timing(text, start, colon, actors[0].start),
            reader.basis(start, colon),
            reader.co_actors(start, colon, {a.name for a in actors}),
        )
        for body, item_end, anchor, head, head_end in items:
            item = (body, item_end)
            own_lead = lead if head < 0 else nested_lead(reader, lead, actors, head, head_end)
            emit(reader, context, out, actors, modality, item, item, anchor, lead=own_lead)
        return
    if text.endswith(("The following ", "the following "), 0, actors[0].start) and not (
        text.endswith(" of the following ", 0, actors[0].start)  # "The head of each of the
    ):  # following … agencies shall nominate": the heads, as printed
        listed_colon, named_items = listed_actors(reader, context, action_start, limit)
        if named_items:  # "The following agencies shall participate in the HRFC: (i) the …"
            for named, anchor in named_items:
                emit(
                    reader,
                    context,
                    out,
                    named,
                    modality,
                    (action_start, listed_colon),
                    (start, listed_colon),
                    anchor,
                )
            return
    said = None  # "…, and the Attorney General shall revise it": that clause's own grant
    joined = coordinate_after(reader, action_start, end)
    if joined is not None and joined.resume >= 0:  # "deny a visa to, and …, any alien"
        said = f"{text[action_start : joined.cut]} {text[joined.resume : end]}".strip(' ,;:"')
    elif joined is not None:
        end = joined.cut
    if text[action_start:end].strip(" :") in _BARE_LEAD_INS and text.startswith(":", end - 1):
        return  # a lead-in whose items are not read here (quoted below it): no duty itself
    if duties and text.startswith(" be to ", match.end()):
        action_start = match.end() + 7  # "The functions of the Board shall be to advise …"
    semi = clause.semi
    if semi >= 0 and end == semi:
        end = duty_end(reader, semi, limit, action_start)  # "… to promote A; to strengthen B"
        if end != semi:
            semi = text.find(";", end, limit)
    listed = end  # "… any person … who is:" then its items, the object: the action's words
    if clause.semi < 0:  # (its deadline and timing are the lead-in's, read from ``whole``)
        listed = object_list_end(context, action_start, end, match.end() + CLAUSE_REACH)
    action, whole = (action_start, listed), (start, end)
    emit(
        reader,
        context,
        out,
        actors,
        modality,
        action,
        whole,
        match.start(),
        said=said,
        lead=opening,
    )
    if (
        semi >= 0
        and (joined is None or joined.cut > semi)  # "…, and the AG shall revise it; publish"
        and not text[action_start:end].strip(' ,;:"').startswith(NO_DUTY)
        and not opens_colon_list(text, action_start, semi)
    ):
        _series(reader, context, out, actors, modality, (start, semi), limit)


def _series(
    reader: Reader,
    context: Context,
    out: list[Grant],
    actors: list[Actor],
    modality: Modality,
    clause: Span,
    limit: int,
) -> None:
    """The further duties of a series joined by ``;`` (``… shall review the guidelines;
    issue revised guidelines within 90 days; and report …``): one grant each, with the
    first clause's deadline unless a duty sets its own."""
    parts = series(reader, clause[1], limit)
    if not parts:
        return
    text = reader.text
    lead = Lead(
        read_deadline(text, clause[0], clause[1]),
        read_timing(text, clause[0], clause[1], actors[0].start),
        reader.basis(clause[0], clause[1]),
        reader.co_actors(clause[0], clause[1], {a.name for a in actors}),
    )
    for part in parts:
        emit(reader, context, out, actors, modality, part, part, part[0], lead=lead)


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


def _object_gap(text: str, actor_start: int, action_start: int, end: int) -> bool:
    """Whether the modal's clause is a relative clause on a noun (``any information that
    the Secretary may request``): it describes the noun and grants nothing."""
    if text.find("that ", larger(0, actor_start - 40), actor_start) < 0 and (
        text.find("which ", larger(0, actor_start - 40), actor_start) < 0
    ):
        return False
    relative = ending_at(RELATIVE_THAT_BEFORE, text, larger(0, actor_start - 40), actor_start)
    if relative is None or relative["word"].lower() in _TAKES_THAT_CLAUSE:
        return False
    return OBJECT_GAP.fullmatch(text, action_start, end) is not None
