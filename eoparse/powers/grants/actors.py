"""Actors: the officials, agencies and bodies an order names, resolved to the officials
table (``eoparse/data/officials.toml``) or through the order's own definitions."""

from __future__ import annotations

import bisect
import functools

import regex

from eoparse.model import Span
from eoparse.powers.acts import lookup
from eoparse.powers.anchored import ending_at
from eoparse.powers.context import Context, find_words, larger, smaller
from eoparse.powers.grants.consult import CONSULT_APART, CONSULTED_GLUE, consultations
from eoparse.powers.grants.definitions import (
    after_loose_the,
    read_definitions,
    table_names,
    titled_by_comma,
    written_forms,
)
from eoparse.powers.grants.offices import (
    BODY_TITLES,
    GENERIC_BODIES,
    Actor,
    between,
    head_of,
    in_a_row,
    plural_offices,
)
from eoparse.powers.grants.patterns import (
    ACRONYM,
    ACTOR_HEAD,
    BODY_TITLE,
    DEPARTMENTS,
    DEPARTMENTS_OF,
    JOINT_BREAK,
    JOINT_THE,
    SECRETARIES,
    SECRETARIES_OF,
    UNTABLED,
)
from eoparse.powers.grants.titles import name_actors
from eoparse.powers.officials import actor_pattern, resolve
from eoparse.powers.wordlist import find_listed

_LOWER_CHAIRS = {
    title.lower(): title for title in BODY_TITLES if "Chair" in title and " " not in title
}
"""A body's chairs of one word as some orders print them, in lower case (``The co-chairs
may``): the last word before a verb is all :meth:`Reader.untabled` looks at for them."""


_OFFICERS_OF = frozenset(
    (
        *("head", "heads", "chair", "chairs", "co-chair", "co-chairs", "chairman"),
        *("chairperson", "vice-chair", "member", "members", "director"),
    )
)
"""The officers a lower-case word names before ``of`` and a body the table lacks (``the
head of each Principal Agency``, ``The co-chairs of the … Working Group``)."""

_RANKS = frozenset(("deputy", "vice", "executive", "assistant", "senior"))
"""A word before an officer's title that is part of it (``The deputy head of …``)."""

_RANKED = tuple(f"{rank.title()} " for rank in (*_RANKS, "under", "associate", "acting"))
"""A capitalised rank before a defined short form makes another office of it (``the
Executive Secretary`` where ``Secretary`` is defined, ``the Vice Chair`` where ``Chair``
is)."""

_DESIGNEE = ("'s designee", "’s designee")
"""What follows a second mention of the actor that names who may act for it."""


def _designee_of_the_one_before(text: str, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)`` only says whose designee may act for the same
    official named just before (``The Secretary or the Secretary's designee``)."""
    if not text.startswith(_DESIGNEE, end):
        return False
    words = text[start:end].removeprefix("the ").removeprefix("The ")
    before = text[max(0, start - len(words) - 12) : start]
    return before.endswith((" or ", " or the ")) and words in before


def _longer_name(full: str, name: str) -> bool:
    """Whether ``full`` is ``name`` with capitalised words before it (``White House Council
    on Environmental Quality``, ``Federal Chief Performance Officer``), not a list that
    ends with it (``the Secretary of State and the Council on Environmental Quality``)."""
    if not full.endswith(" " + name):
        return False
    return all(word[:1].isupper() for word in full[: -len(name)].split())


_OPENING_DETERMINERS = frozenset(("the", "each", "every", "any", "all"))
"""The words an officer's title may open its clause with."""

_DUTIES_OF = frozenset(
    ("function", "functions", "duty", "duties", "mission", "responsibilities", "purpose")
)
"""What a body is given before ``of`` that makes the clause its duties (``The function of
the Group shall be to locate …``)."""


def _definitions(text: str) -> tuple[dict[str, tuple[str, bool]], list[tuple[int, int, str]]]:
    """The short forms ``text`` defines for actors, and where each is used."""
    defined = read_definitions(text)
    return defined, find_words(text, list(defined))


def _joint_end(joint: regex.Match[str], title: str) -> int | None:
    """Where the offices a joint name lists end (the Departments of ``Defense, the
    Interior, and Agriculture``, not the ``, the Environmental Protection Agency`` after
    them): the longest run of two or more that each name a ``title``; ``None`` where none
    does.  Line breaks inside the run are read as spaces."""
    of: str = joint["of"]
    stops: list[int] = [m.start() for m in JOINT_BREAK.finditer(of)] + [len(of)]
    for stop in reversed(stops):
        if len(plural_offices(" ".join(of[:stop].split()), title)) > 1:
            return int(joint.start("of")) + stop
    return None


_CAPITALISED_BEFORE = regex.compile(
    r"""(?<![\w'’])(?!(?:The|A|An|Each|Any|Its|Their|This|That)\ )
        (?:[A-Z][\w\-]{1,30}\ (?:and\ (?=[A-Z]))?){1,5}$""",
    regex.VERBOSE | regex.REVERSE,
)
"""The capitalised words right before a generic body (``National Coordinating `` of ``its
National Coordinating Center``, ``Biosafety and Biosecurity Innovation `` of ``a … Initiative``):
a longer name of its own."""


_JOINTS = (
    ("Secretaries", "Secretary", SECRETARIES_OF),
    ("Departments", "Department", DEPARTMENTS_OF),
)
"""The plural titles a scan reads as several offices: the word each holds, the title of
one office, and the pattern."""


def _joint(actor: Actor) -> list[Actor]:
    """The officials a short form stands for together, one each: ``(the Secretaries)``
    defined for ``the Secretary of the Interior and the Secretary of Agriculture``; the
    actor itself where its name is one office."""
    if " and " not in actor.name or resolve(actor.name) is not None:
        return [actor]
    parts = [p for p in JOINT_THE.split(actor.name) if p]
    names = table_names()
    if len(parts) < 2 or any(resolve(part) is None for part in parts):
        return [actor]
    return [Actor(actor.start, actor.end, names.get(part, part), True) for part in parts]


class Reader:
    """One pass over an order's text for actors, modals and definitions."""

    def __init__(self, context: Context, regions: list[Span]) -> None:
        """``regions`` are the paragraphs that hold a modal verb: the clauses of grants lie
        in them, so only they are scanned for actors at first.  Looking back over the
        whole order (``the Secretary`` after ``the Secretary of State``) scans the rest
        once, when first needed: a name never runs across paragraphs, so both scans
        find the same actors in the regions."""
        self.context = context
        self.text = context.text
        self.defined, self._defined_words = context.memoized(
            "text:grant definitions", lambda: _definitions(self.text)
        )
        self._defined_starts = [start for start, _, _ in self._defined_words]
        self.written_forms = written_forms(self.defined)  # see body_written_out
        self._scanned = set(regions)
        self.actors = self._scan(regions)
        self.starts = [a.start for a in self.actors]
        self._whole: tuple[list[Actor], list[int]] | None = None

    def cover(self, start: int, end: int) -> None:
        """Scan the paragraphs of ``[start, end)`` not scanned yet (list items, which a
        lead-in's modal reaches without a modal of their own)."""
        paragraphs = self.context.paragraphs
        i = larger(bisect.bisect_right(paragraphs, (start, len(self.text) + 1)) - 1, 0)
        new: list[Span] = []
        while i < len(paragraphs) and paragraphs[i][0] < end:
            if paragraphs[i] not in self._scanned:
                new.append(paragraphs[i])
                self._scanned.add(paragraphs[i])
            i += 1
        # Each new actor goes in after those that start where it does or before (what a
        # stable sort of the old and the new gives), without sorting the order's actors
        # again for every list item covered.
        for actor in self._scan(new) if new else ():
            at = bisect.bisect_right(self.starts, actor.start)
            self.starts.insert(at, actor.start)
            self.actors.insert(at, actor)

    def _scan(self, regions: list[Span]) -> list[Actor]:
        """The actors in ``regions`` (sorted, apart), longest first where they overlap."""
        text = self.text
        actors: list[Actor] = []
        names = table_names()  # the pattern matches the table's printed forms exactly
        pattern = actor_pattern()
        scanned = 0  # how many actors come straight from the scans
        for start, end in regions:
            for found, until in find_listed(pattern, text, start, end):
                name = names.get(text[found:until])
                if name is not None and _designee_of_the_one_before(text, found, until):
                    continue  # "The Attorney General or the Attorney General's designee"
                if name is not None and text.endswith(", ", 0, found):
                    titled = titled_by_comma(text, found, until)
                    if titled is not None:  # "the Commissioner, U.S. Customs and Border
                        found, name = titled  # Protection": one office
                        scanned = -1  # its start is before the actor found last: sorted
                if name is not None:
                    if self._own_acronyms:
                        name = self._written_out(text[found:until], name)
                    actors.append(Actor(found, until, name, True))
            for word, title, joints in _JOINTS:
                if text.find(word, start, end) < 0:
                    continue
                for joint in joints.finditer(text, start, end):
                    last = _joint_end(joint, title)
                    if last is not None:  # expanded once chosen
                        name = " ".join(text[joint.start() : last].split())
                        actors.append(Actor(joint.start(), last, name, True))
                        scanned = -1  # out of order: sorted below
            if scanned >= 0:
                scanned = len(actors)
        own: set[int] = set()  # the ids of the actors this order defines
        defined, defined_starts = self._defined_words, self._defined_starts
        # A table office that starts with a defined short form and runs on is that office.
        table_ends = {actor.start: actor.end for actor in actors} if defined else {}
        for region_start, region_end in regions if defined else ():
            # the defined words inside the region (sorted, apart: one bisection each, not
            # a pass over every defined word of the order for each list item covered)
            i = bisect.bisect_left(defined_starts, region_start)
            while i < len(defined) and defined[i][0] < region_end:
                start, end, short = defined[i]
                i += 1
                if end > region_end:
                    continue
                if table_ends.get(end - len(short), end) > end:
                    continue  # "the Secretary of the Interior" is not the defined "Secretary"
                if text.endswith(_RANKED, region_start, end - len(short)):
                    continue  # "the Executive Secretary": another office
                if _designee_of_the_one_before(text, start, end):
                    continue  # "The Secretary or the Secretary's designee shall": one actor
                full, resolved = self.defined[short]
                actors.append(Actor(start, end, full, resolved))
                own.add(id(actors[-1]))
        if scanned == len(actors):
            # Only the table's names, each scan's in text order and apart, the regions
            # sorted and apart: nothing to sort or drop (most regions of most orders).
            return [self._specific(actor) for actor in actors]
        # Longest actor wins where they overlap; on the same words, the order's own
        # definition wins over the table.
        actors.sort(key=lambda a: (a.start, -(a.end - a.start), id(a) not in own))
        kept: list[Actor] = []
        for actor in actors:
            if kept and actor.start < kept[-1].end:
                continue
            kept.append(actor)
        return [self._specific(actor) for actor in kept]

    @functools.cached_property
    def _own_acronyms(self) -> dict[str, str]:
        """The acronyms the order defines for a longer name of the body the table names
        with them (``the Chairman of the White House Council on Environmental Quality
        (CEQ)``: ``CEQ`` → ``White House Council on Environmental Quality``, where the table
        has the ``Council on Environmental Quality``)."""
        own: dict[str, str] = {}
        for short, (full, _) in self.defined.items():
            table = resolve(short) if ACRONYM.fullmatch(short) is not None else None
            if table is not None and _longer_name(full, table.name) and resolve(full) is None:
                own[short] = full  # a longer name of the body the table names so ("White
                # House …"), not a list that ends with it ("the Secretary … and the …")
        return own

    def _written_out(self, printed: str, name: str) -> str:
        """A table title that holds an acronym the order defines for its own name, written
        out with that name, the title as printed (``the Chairman of the CEQ`` →
        ``Chairman of the White House Council on Environmental Quality``, where the table
        would say ``Chair of the Council on Environmental Quality``); else ``name``."""
        words = printed.split(" ")
        if len(words) < 2 or not any(w in self._own_acronyms for w in words):
            return name
        out = []
        for i, word in enumerate(words):
            full = self._own_acronyms.get(word)
            if full is not None and i and words[i - 1] == "of":
                out.append(f"the {full}")  # "Director of OSTP"
            else:
                out.append(full or word)
        return " ".join(out)

    def _all_actors(self) -> tuple[list[Actor], list[int]]:
        """Every actor of the order, scanned once on first use."""
        if self._whole is None:
            # Only the stretches between the paragraphs scanned already: a name never
            # runs across a line break, so this finds what a scan of the whole would.
            gaps: list[Span] = []
            at = 0
            for start, end in sorted(self._scanned):
                if start > at:
                    gaps.append((at, start))
                at = larger(at, end)
            if at < len(self.text):
                gaps.append((at, len(self.text)))
            every = sorted((*self.actors, *self._scan(gaps)), key=lambda a: a.start)
            self._whole = (every, [a.start for a in every])
        return self._whole

    def all_actors_between(self, start: int, end: int) -> list[Actor]:
        """Like :meth:`actors_between`, anywhere in the order (not only near modals)."""
        actors, starts = self._all_actors()
        return between(actors, starts, start, end)

    def _specific(self, actor: Actor) -> Actor:
        """A generic body of the table ("Council", "Task Force") named by the one body of
        that kind the order defines for itself ("National Infrastructure Advisory
        Council"); unchanged where the order defines none or several.  A table title the
        order defines a short form for under a longer name is that name (``The Federal
        Chief Performance Officer (CPO)``: not the table's ``Chief Performance Officer``)."""
        close = (  # the string test first: most names are not followed by a short form
            self.text.find(")", actor.end, actor.end + 16)
            if self.text.startswith(" (", actor.end)
            else -1
        )
        if close > 0:
            full, resolved = self.defined.get(self.text[actor.end + 2 : close], ("", False))
            printed = self.text[actor.start : actor.end]
            extra = len(full) - len(printed)
            if _longer_name(full, printed) and self.text.endswith(full[:extra], 0, actor.start):
                return Actor(actor.start - extra, actor.end, full, resolved)
        if actor.name not in GENERIC_BODIES:
            return actor
        own = self._bodies.get(actor.name)
        if own is None:
            return actor
        named = _CAPITALISED_BEFORE.search(self.text, larger(0, actor.start - 60), actor.start)
        if named is not None and f"{named[0]}{actor.name}" not in own:
            # "its National Coordinating Center": another body of the kind than the one the
            # order defines ("National Infrastructure Protection Center"), by its own name
            return Actor(named.start(), actor.end, f"{named[0]}{actor.name}", True)
        return Actor(actor.start, actor.end, own, True)

    @functools.cached_property
    def _bodies(self) -> dict[str, str]:
        found: dict[str, set[str]] = {}
        for full, _ in self.defined.values():
            for word in GENERIC_BODIES:
                if full.endswith(" " + word):
                    found.setdefault(word, set()).add(full)
        return {word: names.pop() for word, names in found.items() if len(names) == 1}

    def actors_between(self, start: int, end: int) -> list[Actor]:
        """The actors inside ``[start, end)`` of a paragraph that holds a modal verb."""
        return between(self.actors, self.starts, start, end)

    def expand(self, actors: list[Actor]) -> list[Actor]:
        """Offices the table names together, one each: ``the Secretaries of the Army, the
        Navy, and the Air Force`` → the three Secretaries."""
        out: list[Actor] = []
        for actor in actors:
            plural = (  # the name opens so for every match, seldom otherwise
                SECRETARIES.fullmatch(actor.name)
                if actor.name.startswith("Secretaries of ")
                else None
            )
            found = plural_offices(plural["of"]) if plural is not None else []
            departments = (
                DEPARTMENTS.fullmatch(actor.name) if "Departments of " in actor.name else None
            )
            if departments is not None:  # the heads of the Departments are their Secretaries
                title = "Department"
                if actor.name.startswith(("heads ", "Secretaries ")):
                    title = "Secretary"
                found = plural_offices(departments["of"], title)
            if len(found) > 1:
                out.extend(Actor(actor.start, actor.end, o.name, True) for o in found)
            else:
                out.extend(_joint(actor))
        return out

    def heads_of(self, actor: Actor) -> list[Actor]:
        """The heads of an agency or of Departments named together: ``the Departments of
        X and Y`` → their Secretaries; ``the Environmental Protection Agency`` → its
        Administrator; ``the Army Corps of Engineers`` → ``head of the Army Corps of
        Engineers`` where the table names no head."""
        if actor.name.startswith("Departments of "):
            return self.expand([Actor(actor.start, actor.end, f"heads of the {actor.name}", True)])
        return [Actor(actor.start, actor.end, head_of(actor.name), True)]

    def title_actors(self, name: str, span: Span) -> list[Actor]:
        """Actors for a capitalised title the table does not hold as printed (``the
        Assistant``), or none where it names no office or body."""
        name = after_loose_the(name)
        if not ACTOR_HEAD.search(name):
            return []
        return name_actors(self, name, span)

    def untabled(self, clause_start: int, at: int) -> list[Actor]:
        """A capitalised title right before the verb that no table entry names:
        ``the Secretary`` stands for the last ``Secretary of …`` named before it;
        anything else is kept as an actor that did not resolve."""
        text = self.text
        window = larger(clause_start, at - 120)
        # Every match ends with a capitalised word after a space ("the Chair"), where most
        # verbs follow a lower-case one ("the report shall"): a look at the last word's
        # first letter spares the search.
        last = text.rfind(" ", window, at) + 1
        if not last:
            return []  # one word, or none, before the verb ("It shall"): no title
        if not "A" <= text[last : last + 1] <= "Z":
            chair = _LOWER_CHAIRS.get(text[last:at].rstrip(" ,"))
            if chair is not None and text.endswith(("the ", "The "), 0, last):
                return name_actors(self, chair, (last, last + len(chair)))  # "The co-chairs"
            return []
        match = ending_at(UNTABLED, text, window, at)
        if match is None or not ACTOR_HEAD.search(match["name"]):
            return []  # "The United States shall", "The Report shall": no actor
        if text.endswith(" of ", window, match.start()):
            # "the head of each Principal Agency shall": the officer's duty, not the body's;
            # "The function of the Group shall be", "the recommendation of the Secretary":
            # no actor's
            officer = self.officer_of(window, match.start(), at)
            if officer is not None:
                return officer
        name = match["name"]
        if ". " in name:  # the sentence split missed an acronym: "PCAST. The Chair"
            name = name.rsplit(". ", 1)[1].removeprefix("The ")
        name = after_loose_the(name)
        if not ACTOR_HEAD.search(name):
            return []
        if match["indefinite"] is not None and (
            text[clause_start : match.start()].strip()
            or not (name in BODY_TITLES or BODY_TITLE.fullmatch(name))
        ):
            # Only a body's officer opening the clause ("An Executive Director, designated
            # by …, shall") is an office the indefinite article names; not "A Federal
            # Council", nor "the designation of a Chairperson, shall"
            return []
        span = (match.start(), match.end())
        return name_actors(self, name, span)

    def officer_of(self, window: int, body: int, at: int) -> list[Actor] | None:
        """The officer a lower-case title names before ``of`` and the body at ``body``
        (``the head of each Principal Agency``, ``The deputy head of …``), where it opens
        its clause (after a determiner at the clause's start or after punctuation, not
        ``The report of the chair of …``); none for another noun there; ``None`` for one that
        names the body's duties (``The functions of the Board shall be to``): the body is
        read as any other title."""
        text = self.text
        space = text.rfind(" ", window, body - 4)
        start = space + 1 if space >= 0 else window
        officer = text[start : body - 4]
        words = text[window:start].split()
        if words and words[-1].lower() in _RANKS:  # "The deputy head of …"
            start -= len(words[-1]) + 1
            officer = f"{words.pop()} {officer}"
        if officer.split()[-1].lower() not in _OFFICERS_OF:
            return None if officer.lower() in _DUTIES_OF else []
        opens = not words or (
            words[-1].lower() in _OPENING_DETERMINERS
            and (len(words) == 1 or words[-2].endswith((".", ":", ";", ",", ")")))
        )
        if not opens:
            return []  # "The report of the chair of the … Working Group shall include"
        name = f"{officer} of {' '.join(text[body:at].split()).rstrip(' ,')}"
        return [Actor(start, at, name, True)]  # named in full, as printed: nothing guessed

    def co_actors(self, start: int, end: int, exclude: set[str]) -> tuple[str, ...]:
        text = self.text
        found: list[str] = []
        for match in consultations(text, start, end):
            if match[CONSULT_APART] is not None:
                continue  # named so as not to act, or as the body acted for: not consulted
            at = match.end()
            named = self.actors_between(at, smaller(end, at + 400))
            for actor in in_a_row(text, named, at, CONSULTED_GLUE)[0]:
                if actor.name not in exclude:
                    found.append(actor.name)
        return tuple(dict.fromkeys(found))

    def basis(self, start: int, end: int) -> tuple[str, ...]:
        context = self.context
        cites = [c.canonical for c in context.citations_between(start, end) if c.kind != "fr"]
        for _, _, name in context.act_names_between(start, end):
            act = lookup(name)
            if act is not None and act.code and not cites:
                cites.append(f"{act.code} et seq.")
        return tuple(dict.fromkeys(cites))
