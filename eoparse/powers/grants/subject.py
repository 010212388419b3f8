"""The subject of a modal verb: the actors named right before ``shall``, ``may``, ``is
authorized to`` — jointly named ones all, past a consultation or a definition between
them and the verb (``the Secretary of State, in consultation with the Attorney General,
shall``), or none where the clause describes rather than grants."""

from __future__ import annotations

import functools

import attrs
import regex

from eoparse.powers.anchored import ending_at
from eoparse.powers.context import larger
from eoparse.powers.grants.actors import Reader
from eoparse.powers.grants.consult import consultations
from eoparse.powers.grants.deadlines import read_deadline
from eoparse.powers.grants.offices import Actor, is_body, person
from eoparse.powers.grants.patterns import (
    ADVERB_BEFORE,
    ARTICLE_BEFORE,
    AS_MAY_TAIL,
    BODY_WORDS,
    GLUE_BEFORE,
    MEMBERS_OF_BEFORE,
    MODAL,
    NAMES_ONLY,
    OFFICER_BEFORE,
    SET_UP_BY_BEFORE,
    SUBJECT_ADVERBS,
    THROUGH_ASIDE,
)
from eoparse.powers.grants.subject_checks import (
    NOUN_PHRASE_WORDS,
    WHICH_DESCRIBES,
    addressee,
    body_named,
    delegate,
    joined_to_object,
    narrowed_group,
    own_subject,
    past_agencies_short_form,
    past_short_form,
    set_up_by_document,
    verb_follows,
    which_body,
    which_is_the_body,
)
from eoparse.powers.grants.subject_group import refine_group
from eoparse.powers.grants.subject_patterns import (
    AGENCIES_OF_US_BEFORE,
    AGENCY_MODIFIER,
    ARTICLE_ENDS,
    CHOSEN_BY_BEFORE,
    DISCRETION_BEFORE,
    ESTABLISHED_THAT_BEFORE,
    EXCEPT_BEFORE,
    GLUE_ENDS,
    GROUP_WORDS,
    INCLUDING_BEFORE,
    JOINED_BEFORE,
    LISTED_IN,
    NESTED_CLAUSES,
    OR_SUCH_OTHER_BEFORE,
    OTHERS_AS_BEFORE,
    SITS_ON_BEFORE,
    THERE_BE_WHICH_BEFORE,
    WHO_SERVES_BEFORE,
)
from eoparse.powers.grants.subject_text import (
    after_preposition,
    aside_only,
    aside_opening,
    capitalised_word_before,
    closes_aside,
    heads_before,
    names_and_asides,
    narrowed_agency,
    restrictive_before,
    search,
    semicolon_list,
    subject_after_comma,
    untabled,
    with_deadline,
)
from eoparse.powers.grants.titles import officer_before, plural_heads, this_officer
from eoparse.powers.wordlist import contains_any


def _narrowed_agencies(reader: Reader, clause_start: int, modal_start: int) -> list[Actor]:
    """Agencies a phrase narrows before their verb (``Each agency with responsibility for
    regulating the structural safety of a new building shall``, ``each … agency (agency)
    responsible for implementing this order shall``), the phrase kept in the actor's name;
    none where no agency is named just before, or where another actor is joined to them
    (``The agencies listed in section 1 and the Attorney General shall``)."""
    text = reader.text
    near = larger(clause_start, modal_start - 160)
    if not contains_any(text, ("gency", "gencies"), near, modal_start):
        return []  # most clauses name no agency before the verb
    agencies = [
        a
        for a in reader.actors_between(near, modal_start)
        if "agenc" in a.name and not text.endswith(("(", '("'), 0, a.start)  # not a short form
    ]
    if not agencies:
        return []
    actor = agencies[-1]
    after = past_agencies_short_form(text, actor.end)
    modifier = AGENCY_MODIFIER.fullmatch(text, after, modal_start)
    if modifier is None:
        return []
    if any(
        text.endswith((" and the ", " and "), after, a.start)
        for a in reader.actors_between(after, modal_start)
    ):
        return []  # another actor joined: "… listed in section 1 and the Attorney General"
    head = find_subject(reader, clause_start, actor.end + 1) if text[actor.end] == " " else []
    if len(head) != 1 or head[0].name != actor.name:
        return []  # the agency is not the subject ("… reports to each agency with …")
    # the words up to an aside (", as defined in section 801(h) of this order,")
    narrowed = text[after : modifier.start("aside") if modifier["aside"] else modal_start]
    words = " ".join(narrowed.split()).rstrip(",")
    printed = text[actor.start : actor.end].removeprefix("the ").removeprefix("The ")
    if printed.lower() != actor.name.lower() and printed.lower().endswith("agencies"):
        # agencies the order calls "(agencies)", narrowed: as printed, not written out
        own = printed[:1].lower() + printed[1:] if printed[1:2].islower() else printed
        return [Actor(actor.start, modal_start - 1, f"{own} {words}", True)]
    return [attrs.evolve(actor, end=modal_start - 1, name=f"{actor.name} {words}")]


def _who(reader: Reader, clause_start: int, modal_start: int) -> list[Actor]:
    """The official a ``, who`` clause is about (``the Secretary of Health and Human
    Services, who shall serve as Chair``), joint officials each; none where the table names
    only a body that ends an officer's longer title (``the Chair of the Widget Board, who``)."""
    text = reader.text
    comma = past_short_form(text, modal_start - 6)  # "… Communications (Coordinator), who":
    before = reader.actors_between(larger(clause_start, modal_start - 200), comma)
    if not before or before[-1].end != comma:
        return []
    actor = before[-1]
    if comma < modal_start - 6 and not person(actor.name):  # "the Director of the Office
        comma = text.rfind("(", larger(clause_start, comma - 40), comma)  # of X (OX), who"
        return find_subject(reader, clause_start, comma) if comma > 0 else []
    if capitalised_word_before(text, actor.start):
        return []  # "Widget Board": the actor is the end of a name the table lacks
    if is_body(actor.name) and OFFICER_BEFORE.search(
        text, larger(clause_start, actor.start - 40), actor.start
    ):
        return []  # "the Chair of the Board, who": an officer the table does not name
    if (
        after_preposition(text, larger(clause_start, actor.start - 16), actor.start)
        and not ending_at(
            MEMBERS_OF_BEFORE, text, larger(clause_start, actor.start - 30), actor.start
        )
        and not delegate(text, clause_start, actor.start)
        and not addressee(text, clause_start, actor)
    ):
        return []  # "… not otherwise represented on the Council, who": not its subject
    if comma < modal_start - 6:
        return [actor]  # the short form, which names one official
    return find_subject(reader, clause_start, modal_start - 4) or [actor]


_BARE_GROUP = regex.compile(
    r"""\b(?:[Tt]he|[Aa]ll|[Ee]ach|[Aa]ny)\ (?P<group>(?:Federal\ |executive\ |member\ )?
        (?:agencies|agency|departments\ and\ agencies|heads\ of\ (?:the\ )?agencies))$""",
    regex.VERBOSE,
)
"""A bare group of agencies ending right before a :data:`SITS_ON_BEFORE` phrase."""

_ASIDES_BEFORE_VERB = (
    (OR_SUCH_OTHER_BEFORE, " such other ", 160),
    (DISCRETION_BEFORE, "discretion, ", 160),
    (CHOSEN_BY_BEFORE, (" by ", " from among "), 240),
    (WHO_SERVES_BEFORE, (", who ", ", as "), 240),
    (EXCEPT_BEFORE, (", except ", ", excluding ", ", other than "), 240),
)
"""Asides a subject's verb may follow (pattern, the strings one of which each match holds,
how far back it may open), in the order they are stepped over."""


def _group(name: str) -> bool:
    """Whether an actor's name is a group of agencies or officials, which a reference to
    where the order lists them may narrow (``… agencies set forth in section 2``), not one
    office (``an office listed in section 1``)."""
    return contains_any(name, GROUP_WORDS)


def _narrowed_by(
    reader: Reader, clause_start: int, start: int, end: int, *, group: bool = False
) -> Actor | None:
    """The one actor ending right at ``start`` (a group of actors, with ``group``), named
    with the words of ``[start, end)`` that narrow it (``the heads of agencies that operate
    … networks``, ``… agencies set forth in section 2``, ``agencies represented on the
    Council``); ``None`` where no such actor ends there."""
    inner = find_subject(reader, clause_start, start)
    if len(inner) != 1 or inner[0].end != start or (group and not _group(inner[0].name)):
        return None
    words = " ".join(reader.text[start:end].split()).rstrip(",")
    return attrs.evolve(inner[0], name=f"{inner[0].name} {words}")


def _narrowed_jointly(reader: Reader, clause_start: int, start: int, end: int) -> list[Actor]:
    """As :func:`_narrowed_by`, the actor ending at ``start`` narrowed by ``[start, end)``,
    last, with the officials named jointly before it in its own clause first (``The
    Secretary of State and the head of any department or agency that plans … shall``);
    none where a group stands among them, which the words may narrow too (``Federal
    agencies and litigation counsel that …``), or where no actor ends there."""
    inner = find_subject(reader, clause_start, start)
    joined: list[Actor] = []
    if len(inner) > 1 and clause_start <= inner[0].start:  # not a list before a ";"
        if any(_group(a.name) for a in inner[:-1]):
            return []
        if reader.text.endswith(JOINED_BEFORE, 0, inner[-1].start):
            joined = [a for a in inner[:-1] if a.end < inner[-1].start]
        inner = inner[-1:]
    if len(inner) != 1 or inner[0].end != start:
        return []
    words = " ".join(reader.text[start:end].split()).rstrip(",")
    return [*joined, attrs.evolve(inner[0], name=f"{inner[0].name} {words}")]


def _members_of(reader: Reader, clause_start: int, body: Actor, at: int) -> list[Actor] | None:
    """The group whose members sit on ``body``, right before the verb at ``at`` (``The
    agencies represented on the Council shall``): the group, narrowed by the words that
    name the body; ``None`` where no group stands before them."""
    text = reader.text
    if not text.endswith(("n ", "n the ", "\n"), 0, body.start):  # as SITS_ON_BEFORE ends
        return None  # (or with a line break, before which its $ matches too)
    members = ending_at(SITS_ON_BEFORE, text, larger(clause_start, body.start - 30), body.start)
    if members is None:
        return None
    group = _narrowed_by(reader, clause_start, members.start(), body.end, group=True)
    if group is not None:
        return [attrs.evolve(group, end=at)]
    words = " ".join(text[members.start() : body.end].split())
    bare = _BARE_GROUP.search(text, larger(clause_start, members.start() - 40), members.start())
    if bare is not None:  # "The agencies": a group the table names only with more words
        return [Actor(bare.start("group"), at, f"{bare['group']} {words}", True)]
    return None


def find_subject(reader: Reader, clause_start: int, modal_start: int) -> list[Actor]:
    """The actors named right before a modal verb (jointly named: all of them); where
    none is, an officer of the body named last (``The co-chairs of the Interagency Working
    Group shall``, ``the Director of the Center shall:``)."""
    found = _subject_before(reader, clause_start, modal_start)
    text = reader.text
    if found:
        heads = plural_heads(reader, clause_start, modal_start)
        if not heads:
            listed = semicolon_list(reader, clause_start, found[0])
            if listed:  # the list's lead may set a deadline for every member
                found = with_deadline(found, listed[0].deadline)
            return listed + found
        # the officials named before the plural title in the same list ("The Secretaries of
        # Agriculture and Labor, and the Administrators of …")
        title = text.rfind(" ", clause_start, text.rfind(" of ", clause_start, heads[0].start)) + 1
        for glue in (", and the ", " and the ", ", the "):
            if text.endswith(glue, clause_start, title):
                return _subject_before(reader, clause_start, title - len(glue) + 1) + heads
        return heads
    found = officer_before(reader, clause_start, modal_start)
    return found or this_officer(reader, clause_start, modal_start)


_LABEL_IN_PARENTHESES = regex.compile(r"\((?:[a-z]{1,2}|\d{1,3}|[ivxl]{1,6}|[A-Z])\)")
"""A paragraph's label closing a citation (``under subsection (a) shall``), not a short form
defined between an actor and its verb."""

_JOINED = (", and ", " and ", ", or ", " or ")
"""What joins the last of a list of actors to the ones before it."""


def _opens_with_consultation(reader: Reader, clause_start: int, start: int, end: int) -> bool:
    """Whether the clause opens with a consultation or request whose list runs to the
    actor at ``start`` (``Upon the request of A, B, or C, …``: no actor before the phrase),
    and none stands between that actor and ``end``, the subject's last."""
    text = reader.text
    opening = consultations(text, clause_start, start)
    return (
        bool(opening)
        and not reader.actors_between(clause_start, opening[0].start())
        and not consultations(text, start, end)
    )


def _without_relative(words: str) -> str:
    """``words`` without the relative clause that may close them (``… as the Director may
    require,``)."""
    if " as " not in words:
        return words
    tail = AS_MAY_TAIL.search(words)
    return words if tail is None else words[: tail.start()]


def _subject_before(reader: Reader, clause_start: int, modal_start: int) -> list[Actor]:
    """:func:`find_subject`'s actors named right before the modal."""
    text = reader.text
    near = larger(clause_start, modal_start - 16)
    space = text.rfind(" ", near, modal_start - 1)  # before the word before the verb
    if space >= 0 and text[space + 1 : modal_start - 1] in SUBJECT_ADVERBS:
        adverb = ending_at(ADVERB_BEFORE, text, near, modal_start)
        if adverb is not None:  # "The Department of Veterans Affairs also shall expand"
            modal_start = adverb.start()
    if text.startswith("United States ", larger(clause_start, modal_start - 14)):
        agencies = ending_at(
            AGENCIES_OF_US_BEFORE, text, larger(clause_start, modal_start - 80), modal_start
        )
        if agencies is not None:  # "All departments and agencies of the United States shall"
            name = " ".join(agencies["agencies"].split())
            return [Actor(agencies.start("agencies"), agencies.end("agencies"), name, True)]
    if text.startswith(", who ", modal_start - 6):
        return _who(reader, clause_start, modal_start)
    if text.endswith((" that ", " which "), larger(clause_start, modal_start - 7), modal_start):
        which = text.startswith((", which ", ") which "), modal_start - 8)  # "(Center) which"
        established = search(
            ESTABLISHED_THAT_BEFORE,
            ("established ", "here shall be ", "shall establish "),
            text,
            larger(clause_start, modal_start - 260),
            modal_start,
        )
        if (
            established is not None
            and BODY_WORDS.search(established["name"]) is not None
            and not text.startswith(("shall be ", "may be "), modal_start)  # a passive
        ):
            # "There is established an interagency Insider Threat Task Force that shall"
            name = established["name"]
            return [Actor(established.start("name"), established.end("name"), name, True)]
        there = (
            search(
                THERE_BE_WHICH_BEFORE,
                "here ",
                text,
                larger(clause_start, modal_start - 420),
                modal_start,
            )
            if which
            else None
        )
        if (
            there is not None
            and BODY_WORDS.search(there["name"]) is not None
            and not text.startswith(("shall be ", "may be "), modal_start)  # a passive
            and which_is_the_body(reader, there.end("name"), modal_start - 8)
        ):
            # "There shall be a Council … chaired by …, which shall have the functions"
            name = there["name"]
            return [Actor(there.start("name"), there.end("name"), name, True)]
        if which and not text.startswith(WHICH_DESCRIBES, modal_start):
            body = which_body(
                reader, clause_start, modal_start - 8 + (text[modal_start - 8] == ")")
            )
            if body is not None:  # "… to the Office of Health Reform, which shall coordinate"
                return [body]
    set_up = search(  # most clauses name no body set up before the verb
        SET_UP_BY_BEFORE,
        (" established ", " created ", " constituted ", " chartered ", " convened "),
        text,
        larger(clause_start, modal_start - 360),
        modal_start,
    )
    if (
        set_up is not None
        and not consultations(text, larger(clause_start, set_up.start() - 300), set_up.start())
        and (set_up_by_document(set_up[0]) or body_named(text, clause_start, set_up.start()))
    ):  # "The X Task Force established in Executive Order 14252 …, shall"; not a body
        # the actor consults ("in coordination with … Council …")
        modal_start = set_up.start()
    restrictive = restrictive_before(  # most clauses hold no relative pronoun before the verb
        (" that ", " which ", " who ", " whose "),
        text,
        larger(clause_start, modal_start - 160),
        modal_start,
    )
    if (
        restrictive is not None
        and restrictive[0].startswith(" whose ")
        and (len(restrictive[0].split()) <= NOUN_PHRASE_WORDS or verb_follows(text, modal_start))
    ):
        # "each agency whose actions may affect", "… whose chief information officers may
        # approve systems shall": the modal is the clause's own verb
        restrictive = None
    if (
        restrictive is not None
        and restrictive[0].endswith(", ")
        and consultations(text, clause_start, restrictive.start())
    ):
        restrictive = None  # "The Archivist, in conjunction with agencies that …, shall"
    if restrictive is not None and own_subject(restrictive):
        restrictive = None  # "such other … offices that the Chair may designate": the
        # clause's own subject and verb, no narrowing of another subject
    if restrictive is not None:  # "the heads of agencies that operate … networks shall"
        narrowed = _narrowed_jointly(reader, clause_start, restrictive.start(), modal_start)
        restricted = narrowed[-1] if narrowed else None
        inner = restrictive
        for _ in range(NESTED_CLAUSES):
            if restricted is not None or not inner[0].startswith(" that "):
                break
            # a clause inside the agencies' own: "Each Federal agency whose actions affect
            # the resources that are protected by an MPA shall", "any agency that is party
            # to an agreement that has a provision that is inconsistent with this order shall"
            inner = restrictive_before(
                (" that ", " which ", " who ", " whose "),
                text,
                larger(clause_start, inner.start() - 160),
                inner.start() + 1,  # the space the outer clause's match ends with
            )
            if inner is None:
                break
            restricted = _narrowed_by(  # a group only: not "the Secretary, who chairs the
                reader,
                clause_start,
                inner.start(),
                modal_start,
                group=True,  # council that
            )  # coordinates programs that serve veterans, shall"
        if restricted is not None and joined_to_object(reader, clause_start, restricted):
            restricted = None  # "all actions of the Council and the … offices that
            # constitute it shall": joined to an object of "of", no subject
        if restricted is not None:
            return [*narrowed[:-1], attrs.evolve(restricted, end=modal_start - 1)]
    if text.endswith(", ", 0, modal_start):
        # Asides between the subject and its verb, each stepped over in turn: "the Director,
        # or such other official as …, shall"; "The Secretary, in the Secretary's
        # discretion, shall"; "An Executive Director, designated by the Secretary, shall".
        for pattern, needles, reach in _ASIDES_BEFORE_VERB:
            aside = search(
                pattern, needles, text, larger(clause_start, modal_start - reach), modal_start
            )
            if aside is not None:
                modal_start = aside.start() + 1
    if text.find(", including ", larger(clause_start, modal_start - 140), modal_start) >= 0:
        including = ending_at(
            INCLUDING_BEFORE, text, larger(clause_start, modal_start - 140), modal_start
        )
        if including is not None:  # "A member, including the Chairman, may"
            modal_start = including.start() + 2  # after its ", "
    listed = False
    near = larger(clause_start, modal_start - 200)
    if text.find(" other ", near, modal_start) >= 0 and text.find(" as ", near, modal_start) >= 0:
        others = ending_at(OTHERS_AS_BEFORE, text, near, modal_start)
        if others is not None:  # "…, and any other agencies as recommended by the Council,"
            modal_start = others.start() + 1
            listed = True  # the list's "and" went with its tail
    narrowed = _narrowed_agencies(reader, clause_start, modal_start)
    if narrowed:
        return narrowed
    window = larger(clause_start, modal_start - 500)
    candidates = reader.actors_between(window, modal_start)
    if candidates and text.endswith(" agency ", 0, modal_start):
        narrowed_one = narrowed_agency(text, clause_start, modal_start - 1)
        if narrowed_one and not text.endswith(_JOINED, 0, narrowed_one[0].start):
            return narrowed_one  # "Under the Initiative, each participating agency shall",
            # not the last of a list ("…, and each Federal agency shall")
    if not candidates:
        at = modal_start
        while at > clause_start and text[at - 1] in " ,":
            at -= 1
        found = untabled(reader, clause_start, at)  # "The Executive Director, in consultation
        consulted = consultations(text, clause_start, at) if found else []  # with the Chair,
        if consulted and text.endswith(", ", 0, consulted[-1].start()):  # shall": whom it
            found = untabled(reader, clause_start, at := consulted[-1].start() - 2)  # names
        comma = text.find(", ", clause_start, at)
        if not found and comma > clause_start and aside_only(text[comma:at]):
            found = untabled(reader, clause_start, comma)  # "The Chair, in addition to
            # voting, may also break any tie vote"
        return found
    # Step back over a consultation phrase that ends right before the verb: "the Secretary
    # of State, in consultation with the Attorney General, shall"; "…, as consistent with
    # applicable law and in coordination with the heads of relevant agencies, as
    # appropriate, shall".  Whoever it names is consulted, not an actor.
    end = modal_start
    for consult in reversed(consultations(text, window, end)):
        opening = aside_opening(reader, window, consult.start())
        words = text[consult.end() : end]
        if (
            opening is not None
            and closes_aside(words, consult[0])
            and (end < modal_start or not subject_after_comma(reader, consult.end(), end))
            and (
                names_and_asides(reader, consult.end(), end)
                or NAMES_ONLY.fullmatch(text, consult.end(), end) is not None
                # words an aside's comma closes, here or where the next aside opens:
                # "…, in coordination with the heads of relevant SSAs, and in
                # consultation with …, shall"
                or (
                    (words.rstrip().endswith(",") or text.startswith(",", end))
                    and MODAL.search(_without_relative(words)) is None
                )
            )
        ):
            end = opening
    # … and over the body an actor works through: "the Attorney General, through the
    # Federal Enforcement Working Group, in collaboration with …, shall".
    through = search(THROUGH_ASIDE, "through ", text, larger(window, end - 160), end)
    if through is not None and through.start() > window:
        end = through.start()
    at = end
    while at > clause_start and text[at - 1] in " ,":
        at -= 1
    if end < modal_start and text.endswith(", who", clause_start, at):
        # "the Secretary of Labor, who, in coordination with the Trade Representative, shall"
        return _who(reader, clause_start, at + 1)
    if at > clause_start and text[at - 1] == ")":
        # a definition between the actor and its verb: "the Secretary of X (Secretary) shall"
        opening = text.rfind("(", larger(clause_start, at - 80), at)
        if opening > clause_start and not _LABEL_IN_PARENTHESES.fullmatch(text, opening, at):
            at = opening
            while at > clause_start and text[at - 1] in " ,":
                at -= 1
    group: list[Actor] = []
    last = reader.actors_between(window, at)
    if (
        last
        and text.startswith(") of the ", last[-1].end)
        and text.endswith("(", 0, last[-1].start)
    ):
        tail = " ".join(text[last[-1].end + 9 : at].split())
        if tail and last[-1].name.endswith(f" of the {tail}"):
            # "The Chief Operating Officer (COO) of the Air Traffic Control System shall"
            return [Actor(last[-1].start, at, last[-1].name, True)]
    # A short form defined for the actor before it is no actor of its own: "the
    # Administrator of X (Administrator), and the Commissioner (Commissioner), … shall".
    last = [
        a
        for a in last
        if not (text.endswith(("(", '("'), 0, a.start) and text.startswith((")", '")'), a.end))
    ]
    if last and not text[last[-1].end : at].strip(" ,"):
        members = _members_of(reader, clause_start, last[-1], at)
        if members is not None:  # "The agencies represented on the Council shall"
            return members
    if not last or (
        text[last[-1].end : at].strip(" ,") and not aside_only(text[last[-1].end : at])
    ):
        if last and LISTED_IN.fullmatch(text, last[-1].end, at) is not None:
            # "The heads of the … agencies set forth in section 2 of this order, … may"
            set_forth = _narrowed_by(reader, clause_start, last[-1].end, at, group=True)
            if set_forth is not None:
                return [attrs.evolve(set_forth, end=at)]
        return untabled(reader, clause_start, at)
    joined = reached_by_comma = False  # a list's "and"/"or" passed; a bare comma to here
    for actor in reversed(last):
        actor = narrowed_group(text, clause_start, actor)  # "participating agencies"
        gap = text[actor.end : at]
        if group and after_preposition(text, larger(clause_start, actor.start - 16), actor.start):
            if not gap.strip(" ,") and heads_before(text, clause_start, actor.start) is not None:
                group.append(actor)  # "the heads of the Departments of X and Y, the EPA, …"
                break
            # An object, not a subject: "acting through the Administrator of FEMA";
            # "… shall report to the President, and the Secretary shall" stops at the gap.
            continue
        if not gap.strip(" ,") or aside_only(gap):
            if gap.strip(" ,"):  # "the Secretary, within 90 days of this order, and …"
                deadline = read_deadline(text, actor.end, at)
                if deadline[0] is not None:
                    actor = attrs.evolve(actor, deadline=deadline)
            group.append(actor)
            at = actor.start
            # Step over an article, then a joining ", and " to the actor before.
            # Each is wanted only where it ends at ``at``: its last two characters are
            # compared first, since a call costs far more and most actors have neither.
            if text[at - 2 : at] in ARTICLE_ENDS:
                article = ending_at(ARTICLE_BEFORE, text, larger(clause_start, at - 8), at)
                if article is not None and article.end() == at:
                    at = article.start()
            if text[at - 2 : at] not in GLUE_ENDS:
                break
            glue = ending_at(GLUE_BEFORE, text, larger(clause_start, at - 8), at)
            if glue is None or glue.end() != at:
                break
            if len(group) == 1 and glue[0].strip() == "," and not listed:
                # "…, and the heads of agencies, the Secretary shall": a list ends
                # with "and" or "or" before its last member; a bare comma ends a phrase.
                break
            if glue[0] != ", ":
                if (
                    joined
                    and reached_by_comma
                    and _opens_with_consultation(reader, clause_start, actor.start, group[0].end)
                ):
                    # The last of a list a consultation or request opens: "Upon the
                    # request of A, B, or C, the D, the E, and the F shall" (one list has
                    # one "and" or "or").
                    group.pop()
                    break
                joined = True
            reached_by_comma = glue[0] == ", "
            at = glue.start()
            continue
        break
    again = functools.partial(find_subject, reader, clause_start)  # past a qualifier
    return refine_group(reader, clause_start, modal_start, window, group, again)
