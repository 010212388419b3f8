"""A grant's clause: where it begins (past the section marker, heading and labels it
opens with, after the last ``;`` or ``:`` before its verb), the list items a lead-in that
ends in a colon hands its modal to (``The Council shall:`` then ``(1) advise …; (2)
review …``, on lines of their own or on the lead-in's line), and the further duties of a
series joined by ``;`` (``… shall review X; issue Y; and report Z``); where the words of a
relative or purpose clause's own modal begin, and whether a modal's clause is a question
another verb asks (``a report analyzing what measures CBP may take``)."""

from __future__ import annotations

import itertools

import regex

from eoparse.grammar.labels import ENUMERATOR, SECTION, label_types, ordinal
from eoparse.powers.anchored import ending_at
from eoparse.powers.context import CLAUSE_REACH, Context, clause_start, larger, smaller
from eoparse.powers.grants.actors import Reader
from eoparse.powers.grants.list_patterns import (
    ACTION_VERB,
    BY_THE_FOLLOWING,
    DUTIES_LEAD_IN,
    GOALS_LEAD_IN,
    ITEM_LABEL,
    LEAD_ADVERB_WORDS,
    LEAD_IN,
)
from eoparse.powers.grants.offices import Actor
from eoparse.powers.grants.own_grant import duty_first, heading, own_grant
from eoparse.powers.grants.patterns import MODAL
from eoparse.powers.grants.series import trimmed
from eoparse.powers.grants.subject_patterns import EMBEDDED_QUESTION_BEFORE
from eoparse.powers.wordlist import contains_any

LEAD_REACH = 400
"""How far after its modal a lead-in's colon may stand."""

Item = tuple[int, int, int, int, int]
"""A list item: where its words begin and end, the offset whose section it is in, and the
words of the item that leads it where it sits in a nested list (``(a) with respect to …:``
then ``(i) review …``; ``-1, -1`` elsewhere)."""


def clause_words(context: Context, sentence_start: int, at: int) -> int:
    """Where the words of the clause holding ``at`` begin: after the last ``;`` or ``:``
    of its sentence before it (:func:`~eoparse.powers.context.clause_start`), past the
    markers, heading and labels it opens with (:func:`after_markers`)."""
    return after_markers(context, clause_start(context.text, sentence_start, at), at)


def after_markers(context: Context, start: int, limit: int) -> int:
    """Past the section marker, heading and paragraph labels a clause opens with
    (``Sec. 1. Support From the Armed Forces. (a) Within 14 days …``): the grant's
    words begin after them."""
    text = context.text
    at = start
    while at < limit and text[at] in ' "':  # a quotation opening inside the paragraph
        at += 1
    # a marker's word and a label open with "S" and "(": most clauses open otherwise
    marker = SECTION.match(text, at, limit) if text.startswith("S", at) else None
    if marker is not None:
        at = marker.end()
        section = context.section_at(start)
        heading = section.heading if section is not None else None
        if heading and text.startswith(heading, at):
            at += len(heading)
            while at < limit and text[at] in ". ":
                at += 1
    while text.startswith("(", at) and (label := ENUMERATOR.match(text, at, limit)) is not None:
        at = label.end()
        while at < limit and text[at] == " ":
            at += 1
    return at if at < limit else start


_BARE_LIST = regex.compile(
    r"""(?:[^;:()\n]{1,200},\ )?           # "to the extent permitted by law, "
        \((?P<first>1|a|i|A)\)\ (?=[a-z])  # "(1) make …"
    """,
    regex.VERBOSE,
)
"""A list whose first label stands right after its modal, with no colon (``shall, to the
extent permitted by law, (1) make …; and (2) detail …``)."""

_SECOND = {"1": "(2) ", "a": "(b) ", "i": "(ii) ", "A": "(B) "}
"""The label that follows each first label of :data:`_BARE_LIST`."""


def _bare_list(text: str, action_start: int, limit: int) -> int | None:
    """Where a list without a colon begins (the space before its first label), if its
    second label follows a ``;`` or ``,`` in the clause."""
    found = _BARE_LIST.match(text, action_start + text.startswith(" (", action_start), limit)
    if found is None:
        return None
    second = text.find(_SECOND[found["first"]], found.end(), limit)
    if second < 0 or not text[larger(0, second - 6) : second].rstrip().endswith(
        ("; and", ";", ", and", "; or", ",")
    ):
        return None
    first: int = found.start("first")
    return first - 2


_ASIDE_OPENERS = frozenset(
    (
        *("consistent", "as", "to", "in", "within", "no", "not", "subject", "where", "when"),
        *("pursuant", "through", "under", "after", "upon", "with", "by", "for", "at", "on"),
        *("unless", "except", "if", "wherever", "whenever", "and", "including"),
    )
)
"""The words an aside between a modal and its lead-in's colon opens with (``, consistent
with applicable law,``): a verb there (``, develop a plan,``) is the duty itself."""


def _asides_only(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (between a modal and the ``including`` of its lead-in)
    holds only adverbs and asides: every part after a comma opens with an aside's word or a
    number (``, 2019,``)."""
    first, *parts = text[start:end].split(",")
    if not all(word in LEAD_ADVERB_WORDS for word in first.split()):
        return False
    return all(
        not part.strip() or part.split()[0] in _ASIDE_OPENERS or part.strip()[0].isdigit()
        for part in parts
    )


def lead_in_colon(text: str, action_start: int, limit: int, *, duties: bool) -> int | None:
    """The colon that ends a lead-in right after a modal (``shall promptly:``, ``shall
    take the following steps …:``; with ``duties``, ``… shall include the following:``),
    or ``None`` where the modal's clause is no lead-in.  A list whose labels follow the
    modal without a colon (``shall (1) make …; and (2) detail …``) is led from the space
    before its first label."""
    if text.startswith(" (", action_start) or text.find(", (", action_start, limit) >= 0:
        bare = _bare_list(text, action_start, limit)
        if bare is not None:
            return bare
    colon = text.find(":", action_start, smaller(limit, action_start + LEAD_REACH))
    if colon < 0 or text.find(";", action_start, colon) >= 0:
        return None
    lead = LEAD_IN.fullmatch(text, action_start, colon)
    if lead is not None and lead["partner"] is not None and not _duties_follow(text, lead, colon):
        return None  # "shall work closely with, and provide technical assistance to: (a) States"
    if (
        lead is not None
        and lead["including"] is not None
        and (
            not _verb_follows(text, colon)
            or not _asides_only(text, action_start, lead.start("including"))
        )
    ):
        lead = None  # "shall, by September 30, 2019, terminate … committees, including
        # committees for which: (i) …", "shall, within 90 days, develop a plan, including
        # recommendations to: (i) …": what the duty includes; "take steps, including by:
        # (i) reducing …" is read below
    if lead is not None:
        if text.find("sanction", action_start, colon) >= 0 and _alternatives(text, colon):
            return None  # "… take the following actions … to implement the sanctions
            # imposed by the Secretary of State: (i) …; or (v) …": a menu, one row
        if _FOLLOWING_ROLES.search(text, action_start, colon) and _noun_follows(text, colon):
            return None  # "shall perform the following responsibilities: (1) overall
            # program management and oversight; (2) accreditation …": objects, one row
        return colon
    if duties and DUTIES_LEAD_IN.fullmatch(text, action_start, colon) is not None:
        return colon
    if GOALS_LEAD_IN.fullmatch(text, action_start, colon) is not None and _verb_follows(
        text, colon
    ):
        return colon  # "shall meet the following goals: (a) Achieve …": duties
    if BY_THE_FOLLOWING.search(text, action_start, colon) is not None and (
        _verb_follows(text, colon) or _gerund_follows(text, colon)
    ):
        return colon  # "shall support … by performing the following functions: (i) …",
        # "… by taking the following steps: (a) designating …"
    # "by: (a) proposing …", "shall be responsible for: (a) preparing …": items with gerunds
    gerunds_lead = text.endswith((" by", " responsible for"), action_start, colon)
    if gerunds_lead and _gerund_follows(text, colon):
        if _alternatives(text, colon):
            return None  # "… transfer it … by: (1) conveying …; or (2) reporting …": a menu
        return colon  # "shall propose reforms … by: (a) proposing …; (b) conducting …"
    return None


def _alternatives(text: str, colon: int) -> bool:
    """Whether the items after a lead-in's colon are joined by ``or`` (an item but the
    last ends in ``; or``, on lines of their own or on the lead-in's: ``by: (1) conveying
    it; or (2) reporting it``): ways to choose among, a menu, not duties each."""
    at = colon + 1
    kind = None  # the kind of the first item's label: only items of that kind count (a
    # nested "(A) …; or (B) …" under an item of an "and" list offers no menu)
    for _ in range(_MENU_ITEMS):
        end = text.find("\n", at)
        line = text[at : end if end >= 0 else len(text)].strip()
        label = _LABEL_KIND.match(line)
        own = label is None or kind is None or _kind(label[1]) == kind
        if kind is None and label is not None:
            kind = _kind(label[1])
        if own and ("; or (" in line or line.endswith("; or")):
            return True
        if end < 0 or not text.startswith("(", end + 1):
            return False  # the items end
        at = end + 1
    return False


_LABEL_KIND = regex.compile(r"\(([a-z]{1,3}|[A-Z]{1,2}|\d{1,3})\)")
"""A line's opening label, whose kind says how deep its item stands."""


def _kind(label: str) -> str:
    """The kind of a list label: roman (``iv``), lower or upper letter, or digit (``i``,
    ``v`` and ``x`` read as roman: a list of letters reaches them late, after ``(a)``)."""
    if label.isdigit():
        return "digit"
    if label.isupper():
        return "upper"
    return "roman" if set(label) <= set("ivxl") else "lower"


_MENU_ITEMS = 12
"""How many items of a ``by:`` list are looked at for ``; or``."""


def _first_item_word(text: str, colon: int) -> int:
    """Where the words of the first item after a lead-in's colon begin, past its labels."""
    at = colon + 1
    while at < len(text) and text[at] in " \n":
        at += 1
    while (label := ITEM_LABEL.match(text, at, at + 12)) is not None:
        at = label.end()
        while at < len(text) and text[at] in " \n":
            at += 1
    return at


def _verb_follows(text: str, colon: int) -> bool:
    """Whether the first item after a lead-in's colon opens with a verb of a duty, printed
    capitalised or not (``(a) Achieve and maintain …``), not with a thing."""
    at = _first_item_word(text, colon)
    head = text[at : at + 40]
    head = head[:1].lower() + head[1:]
    return ACTION_VERB.match(head) is not None or head.startswith(_GOAL_VERBS)


_FOLLOWING_ROLES = regex.compile(r"\bthe\ following\ (?:responsibilities|functions|duties)\b")
"""A lead-in whose items may be things the actor is responsible for, not verbs."""

_NOUN_ENDS = ("tion", "sion", "ment", "ance", "ity", "ship", "ness")
"""How the nouns that open a list of responsibilities end (``accreditation``,
``management``); verbs end so too (``supplement``, ``commission``), told apart by what
follows."""


def _noun_follows(text: str, colon: int) -> bool:
    """Whether the first item after a lead-in's colon is a thing, not a verb: ``overall
    …``, or a word ending as nouns do (``accreditation``, ``management``) that is no verb
    of a duty (``implement``, ``document`` open duties)."""
    at = _first_item_word(text, colon)
    head = text[at : at + 40]
    head = head[:1].lower() + head[1:]
    if ACTION_VERB.match(head) is not None or head.startswith(_GOAL_VERBS):
        return False
    word, _, rest = head.partition(" ")
    bare = word.rstrip(",;.:")
    if head.startswith("overall ") or not (bare.isalpha() and bare.endswith(_NOUN_ENDS)):
        return head.startswith("overall ")
    # a noun heads a noun phrase (``accreditation, periodic inspection``, ``management of
    # …``); a verb spelled like one takes an object (``supplement the work``)
    return word != bare or rest.startswith(("of ", "with ", "for ", "between ")) or not rest


_GOAL_VERBS = ("achieve ", "meet ", "utilize ", "attain ", "obtain ", "manage ")
"""Verbs a goal's item opens with that :data:`ACTION_VERB` does not hold."""


def _gerund_follows(text: str, colon: int) -> bool:
    """Whether the first item after a ``… by:`` lead-in opens with a gerund (``(a)
    proposing a regulation …``): each item is a way the actor shall act, a duty of its own."""
    at = _first_item_word(text, colon)
    word = text[at : at + 24].split(" ", 1)[0]
    return len(word) > 5 and word.endswith("ing") and word.isalpha() and word.islower()


def _duties_follow(text: str, lead: regex.Match[str], colon: int) -> bool:
    """Whether a ``shall work with X to:`` lead-in hands duties to its items: no second
    modal inside it, and the first item opens with a verb (``(i) develop …``), not with
    the parties worked with (``(a) State governments``)."""
    if MODAL.search(text, lead.start("partner"), colon) is not None:
        return False
    at = _first_item_word(text, colon)
    return ACTION_VERB.match(text, at, at + 40) is not None


def list_items(reader: Reader, context: Context, colon: int, limit: int) -> list[Item]:
    """The items a lead-in ending in ``colon`` hands its modal to: the child items of its
    section that follow the colon (a list on lines of its own), else the labelled items
    or ``;``-separated parts on the lead-in's own line (up to ``limit``).  Items that
    name their own actor and modal are left to be read on their own."""
    text = reader.text
    paragraph_end = context.paragraph_of(colon)[1]
    if not text[colon + 1 : paragraph_end].strip():
        return _child_items(reader, context, colon)
    if _opens_child(context, colon, paragraph_end):
        # "shall: (a) determine …;" then "(b) prepare …" on lines of their own: the
        # first item opens on the lead-in's line, the section tree holds them all
        children = _child_items(reader, context, colon)
        if children:
            return children
    return _inline_items(reader, colon, smaller(limit, paragraph_end))


def own_items_only(reader: Reader, context: Context, colon: int) -> bool:
    """Whether every item after a lead-in's colon names its own actor and modal (``shall
    take the following actions:`` then ``(a) The Secretaries … shall …``): the lead-in
    is then no duty of its own."""
    section = context.section_at(colon)
    items = [c for c in section.children if c.span[0] > colon] if section is not None else []
    for item in items:
        body = after_markers(context, item.span[0], item.span[1])
        stop = smaller(item.span[1], body + CLAUSE_REACH)
        reader.cover(body, stop)
        if not own_grant(reader, body, _first_sentence_end(context, body, stop)):
            return False
    return bool(items)


def _opens_child(context: Context, colon: int, paragraph_end: int) -> bool:
    """Whether the words after a lead-in's colon open a child item of its section
    that the section tree found (its label starts the item)."""
    text = context.text
    at = colon + 1
    while at < paragraph_end and text[at] == " ":
        at += 1
    if not text.startswith("(", at):
        return False
    section = context.section_at(colon)
    return section is not None and any(child.span[0] == at for child in section.children)


def _child_items(reader: Reader, context: Context, colon: int) -> list[Item]:
    text = reader.text
    section = context.section_at(colon)
    if section is None:
        return []
    out: list[Item] = []
    last = ended = False
    for item in section.children:
        if item.span[0] <= colon:
            continue
        body = after_markers(context, item.span[0], item.span[1])
        while (label := ITEM_LABEL.match(text, body, item.span[1])) is not None:
            body = label.end()
        if ended and text[body : body + 1].isupper():
            # "…; or (d) … sanctioned person." then "(e) The prohibitions … apply": the
            # list ended with the period of the item after its "; or", and a sentence
            # follows, not one more duty ("(6) one year after …, estimate …")
            break
        words = text[item.span[0] : item.span[1]].rstrip()
        ended, last = last and words.endswith("."), words.endswith(("; and", "; or"))
        if text.startswith(("Nothing ", "nothing "), body):
            continue  # "(c) Nothing in this section shall be construed …": a savings clause
        stop = smaller(item.span[1], body + CLAUSE_REACH)
        reader.cover(body, stop)
        stop = _first_sentence_end(context, body, stop)
        if heading(text, body, stop):  # "(g) International Protection. Support …": the
            body = text.find(". ", body, stop) + 2  # duty's words follow the heading
        if own_grant(reader, body, stop):  # the later sentences are read on their own
            continue
        item_end = trimmed(text, body, stop)
        head_end = len(text[: item.children[0].span[0]].rstrip()) if item.children else 0
        if (
            head_end > body
            and text[head_end - 1] == ":"
            and not duty_first(text, body, head_end)  # "(d) within 60 days, establish …:"
            and _verb_follows(text, head_end - 1)
        ):
            # "(a) with respect to guidelines …:" then "(i) review …", "(ii) issue …": a
            # lead-in of its own, whose items are the duties (not "(c) submit to the IOB
            # …: (i) an analysis …", whose items are what is submitted)
            nested = _child_items(reader, context, head_end - 1)
            out.extend(
                (b, e, a, h, t) if h >= 0 else (b, e, a, body, head_end) for b, e, a, h, t in nested
            )
            continue
        if item_end > body:
            out.append((body, item_end, item.span[0], -1, -1))
    return out


def _first_sentence_end(context: Context, body: int, stop: int) -> int:
    """Where an item's duty ends: at ``stop``, or sooner where another sentence follows
    its first in the same paragraph (``(iv) report to the President on … . This report
    shall include …``: the report's contents are no words of the duty)."""
    paragraph = context.paragraph_of(body)
    sentence = context.sentence_at(paragraph[0], paragraph[1], body)
    if sentence is not None and heading(context.text, body, stop):
        # "(g) International Protection. Support the Department …": the duty follows, and
        # ends with its sentence (not with the items below it: "(a) Outreach. In
        # consultation with …, coordinate …." then "(i) …")
        sentence = context.sentence_at(paragraph[0], paragraph[1], sentence[1] + 1)
        if sentence is not None and sentence[1] == paragraph[1]:
            return smaller(stop, sentence[1])
    if sentence is None or not body < sentence[1] < paragraph[1]:
        return stop
    if not context.text[sentence[1] : paragraph[1]].strip():
        return stop
    return smaller(stop, sentence[1])


def _inline_items(reader: Reader, colon: int, limit: int) -> list[Item]:
    """``shall: (i) review …; (ii) publish …; and (iii) report …`` on one line: the
    labelled items (their labels in sequence), else the ``;``-separated parts."""
    text = reader.text
    at = colon + 1
    while at < limit and text[at] == " ":
        at += 1
    first = ENUMERATOR.match(text, at, limit)
    bounds: list[int] = []
    if first is not None:
        kinds = [k for k in label_types(first["label"]) if ordinal(first["label"], k) == 1]
        if not kinds:
            return []
        bounds = _labels_in_sequence(text, first, kinds[0], limit)
    else:
        bounds = [at]
        semi = text.find(";", at, limit)
        while semi >= 0:
            bounds.append(semi + 1)
            semi = text.find(";", semi + 1, limit)
    bounds.append(limit)
    out: list[Item] = []
    for start, stop in itertools.pairwise(bounds):
        body = start
        while (label := ITEM_LABEL.match(text, body, stop)) is not None:
            body = label.end()
        while body < stop and text[body] == " ":
            body += 1
        if own_grant(reader, body, stop):
            continue
        item_end = trimmed(text, body, stop)
        if item_end > body:
            out.append((body, item_end, body, -1, -1))
    return out


def _labels_in_sequence(text: str, first: regex.Match[str], kind: str, limit: int) -> list[int]:
    """Where each label of an inline list begins: ``(i)``, then ``(ii)`` after a ``;``
    or ``,``, and so on while they run in sequence."""
    bounds = [first.start()]
    position = 1
    at = first.end()
    while True:
        following = text.find("(", at, limit)
        if following < 0:
            return bounds
        match = ENUMERATOR.match(text, following, limit)
        at = following + 1
        if match is None:
            continue
        label = match["label"]
        before = text[larger(0, following - 6) : following]
        if (
            kind in label_types(label)
            and ordinal(label, kind) == position + 1
            and (";" in before or "," in before or ":" in before)
        ):
            bounds.append(following)
            position += 1
            at = match.end()


_JOINED_REACH = 80
"""How far before its subject the ``, and`` that joins a clause to the one before it may
stand (``, and by January 1, 2015, the Department of the Treasury shall``)."""


def own_start(text: str, start: int, actor_start: int, modal_start: int) -> int:
    """Where the words of the modal's own clause begin: at its subject where the modal is a
    relative clause's (``… make recommendations to the Secretary, who shall publish them``)
    or a purpose clause's (``shall promptly notify the Attorney General so that the Attorney
    General may …``), whose deadline, timing and co-actors are not the main clause's."""
    if actor_start <= start:
        return start
    if text.endswith(("who ", "that ", "which "), larger(start, modal_start - 6), modal_start):
        return actor_start
    joined = text.rfind(", and ", start, actor_start)
    if (
        joined >= 0
        and actor_start - joined <= _JOINED_REACH
        and MODAL.search(text, start, joined) is not None
        and MODAL.search(text, joined, actor_start) is None
    ):
        return joined + 2  # "…, and the Attorney General shall revise …", "…, and by January
        # 1, 2015, the Department shall …": a clause of its own subject after another's,
        # whose deadline is not the first clause's
    window = larger(start, actor_start - 24)
    for marker in ("so that ", "in order that "):
        at = text.rfind(marker, window, actor_start)
        if at >= 0 and text[at + len(marker) : actor_start].strip() in ("", "the", "each"):
            return at
    return start


_QUESTION_WORDS = ("what ", "how ", "whether ", "which ")
"""What every :data:`EMBEDDED_QUESTION_BEFORE` match holds."""


def asked(text: str, start: int, actor: Actor) -> bool:
    """Whether the modal's clause is a question another verb takes as its object (``a report
    analyzing what measures CBP may take``): what is to be answered, not a grant."""
    window = larger(start, actor.start - 120)
    return contains_any(text, _QUESTION_WORDS, window, actor.start) and (
        ending_at(EMBEDDED_QUESTION_BEFORE, text, window, actor.start) is not None
    )


_BARE_TAILS = (
    *(" is", " are", " be", " can", " may", " will", " shall", " to", " by", " as"),
    *(" include", " includes", " including", " as appropriate", " as necessary"),
)
"""How a lead-in may end that has said no object yet (``any person … who is:``, ``ways in
which the President can:``, ``shall consider as appropriate:``): its items finish it."""


def object_list_end(context: Context, action_start: int, end: int, limit: int) -> int:
    """Where a duty's words end whose lead-in stops at a colon with its object still to
    come and whose items (not duties: they were read as such before) stand on lines of
    their own: at the end of the last item, as an object list on the lead-in's own line
    does (``shall consider as appropriate: (i) the number of polling places; …``).  ``end``
    where the lead-in says its object (``the following principles:``, a menu), no items
    follow, or they run past ``limit``."""
    text = context.text
    words = text[action_start:end].rstrip()
    lead = words[:-1].rstrip()
    verb = lead.lstrip()
    if not words.endswith(":") or not (
        lead.endswith(_BARE_TAILS)
        or (verb.isalpha() and verb not in LEAD_ADVERB_WORDS)  # not "shall annually:"
    ):
        return end  # "shall recommend:" (one word, a verb) has said no object either
    if "the following" in words:
        return end
    colon = action_start + len(words) - 1
    section = context.section_at(colon)
    items = [c for c in section.children if c.span[0] > colon] if section is not None else []
    if not items or text[colon + 1 : items[0].span[0]].strip() or items[-1].span[1] > limit:
        return end
    return trimmed(text, items[-1].span[0], items[-1].span[1])
