"""The names an order gives its actors: ``the Secretary of Commerce (the Secretary)``,
``the term "Secretary" means …``, ``… shall serve as the Executive Agent``."""

from __future__ import annotations

import functools

import regex

from eoparse.powers.anchored import ending_at
from eoparse.powers.context import larger
from eoparse.powers.grants.definition_patterns import (
    ACTOR_WORDS,
    DEFINED_OFFICE,
    DEFINED_SHORT,
    DESIGNEE_BEFORE,
    FOR_NAME_AFTER,
    HEADED_BY_A,
    HOLDER,
    LOWER_SHORT,
    OF_NAME_AFTER,
    SERVES_AS,
    TERM_MEANS,
)
from eoparse.powers.grants.patterns import (
    ACRONYM,
    ACTOR_HEAD,
    BODY_TITLE,
    BODY_WORDS,
    NAME_TAIL,
    TITLE_COMMA_BEFORE,
)
from eoparse.powers.officials import Official, actor_pattern, by_name, resolve
from eoparse.powers.wordlist import contains_any, find_listed

_MEANS = regex.compile(r'"\ (?:means|refers\ to|shall|is\ defined)\ ', regex.VERBOSE)
"""``" means ``, ``" refers to ``, ``" shall `` or ``" is defined ``, one of which every
:data:`TERM_MEANS` match holds: one scan that stops only at a quote mark, where
``str.find`` passes over the order cost four times as much."""

_SERIES_BEFORE = regex.compile(
    r"""(?r)\b(?:[Tt]he|[Aa]n?)[ ]
        (?P<series>(?:[A-Z][\w\-]*\ ){0,3}[A-Z][\w\-]*    # "Space Weather Operations"
          (?:,\ (?:[A-Z][\w\-]*\ ){0,3}[A-Z][\w\-]*){0,5}  # ", Research"
          ,\ (?:and|or)\ )$                              # ", and "
    """,
    regex.VERBOSE,
)
"""The capitalised words of a series that opens a body's name, after an article: ``a
Space Weather Operations, Research, and `` before ``Mitigation Subcommittee``, where
:data:`NAME_TAIL` stops at the comma."""

_BODY_ENDS = regex.compile(rf"(?:{BODY_WORDS.pattern})(?:$|\ (?:on|for|of|to)\ )", regex.VERBOSE)
"""A name whose word for a body ends it (``… Subcommittee``) or comes before what it is
about (``… Task Force on Climate Preparedness and Resilience``)."""


def _acronyms(series: str) -> bool:
    """Whether every member of a series is an acronym (``EPA, NASA, and ``), not words
    of a name (``NASA Science, Research, and ``)."""
    members = series.replace(", and ", ", ").replace(", or ", ", ").strip(" ,").split(", ")
    return all(member.isupper() for member in members)


_THROUGH_AN_AGENT = ("the ", "its ", "his ", "her ", "their ")
"""How an agent an official acts through is named after ``through`` (``through the
Director``), where a body's name goes on with a bare noun phrase."""

_DESCRIBED = regex.compile(
    r"(?:(?:the|a|an)\ )?[A-Z][a-z]{2,20}\ (?:established|created|set\ up|chaired)\b"
)
"""A body described after ``means`` rather than named (``the Board established by …``)."""

_ALSO_PRINTED = {
    "agency heads": ("agency head", "each agency head", "Each agency head"),
    "agencies": ("each agency", "Each agency"),
}
"""Other forms an order prints a lower-case short form in (:data:`LOWER_SHORT`): the
table holds ``each agency head`` and ``each agency``, which a scan would read before the
defined words (``Executive departments and agencies (agencies)`` … ``Each agency shall``:
each of the agencies defined)."""

_AGENCIES = "executive departments and agencies"
_HEADS = "heads of executive departments and agencies"
_HEAD = "head of each executive department and agency"
_HEADS_OF_AGENCIES = {
    **dict.fromkeys(("heads of agencies", "Heads of agencies", "heads of all agencies"), _HEADS),
    **dict.fromkeys(("agency heads", "Agency heads", "all agency heads"), _HEADS),
    **dict.fromkeys(("head of each agency", "each agency head", "Each agency head"), _HEAD),
    "head of an agency": "head of an executive department or agency",
}
"""The heads of the agencies an order calls ``agencies`` for its ``executive departments
and agencies``, written out as the agencies are (``the head of each agency shall`` → ``head
of each executive department and agency``)."""

_WRITTEN_HEADS = tuple(dict.fromkeys(_HEADS_OF_AGENCIES.values()))
"""The heads :data:`_HEADS_OF_AGENCIES` writes out."""


def narrowed_heads_as_printed(name: str, printed: str) -> str:
    """A group of heads that :data:`_HEADS_OF_AGENCIES` wrote out, narrowed by the words
    after it, as ``printed`` (the actor's words in the text) has it, as the labelled sets
    write such actors (``head of each agency engaged in procurement for the national
    defense``, ``heads of agencies participating on the Steering Committee``); the heads
    alone stay written out, and so does any name whose words are not all printed there."""
    if not name.startswith("head"):
        return name
    for written in _WRITTEN_HEADS:
        if name.startswith(written + " "):
            rest = name[len(written) :]
            words = " ".join(printed.split())
            at = words.find(rest)
            if at < 0 or words.lower().startswith(written):
                return name  # not printed as one run, or printed in full already
            words = words[: at + len(rest)]
            return words[4:] if words.startswith(("the ", "The ")) else words
    return name


COMPLEMENT = frozenset({"on", "for", "to", "in", "with", "against", "from", "by"})

_SERVES = ("serve as ", "act as ")
"""What every :data:`SERVES_AS` match holds."""

_HEADED_WORDS = (
    *(" headed by a", " administered by a", " led by a", " directed by a", " managed by a"),
)
"""What every :data:`HEADED_BY_A` match holds: most orders hold none."""

_HEADED_END = "ed by a"
"""How every one of :data:`_HEADED_WORDS` ends: three orders in four hold it nowhere, and
one scan for it spares them the five (measured on the text corpus: 15.5 → 9.1 ms a pass)."""


def printed_name(printed: str, official: Official) -> str:
    """The name a grant gives an office of the table: its title as the order prints it
    (``Secretary of War``, ``heads of relevant executive departments and agencies``), in
    the table's spelling (``each agency``, not a sentence's ``Each agency``), with any
    abbreviation written out (``the Director of OMB`` → the table's name)."""
    if printed in official.abbreviations or any(
        acronym not in official.name.split() for acronym in ACRONYM.findall(printed)
    ):
        # "Director of OMB"; not the "USA" of "USA Freedom Corps": written out, with the
        # title as printed where a spelling of the table keeps it ("Chairman of CEQ" →
        # "Chairman of the Council on Environmental Quality")
        if " of " in printed:
            title = printed.split(" of ", 1)[0] + " of "
            for form in (official.name, *official.aliases):
                if form.startswith(title) and not ACRONYM.search(form):
                    return form
        return official.name
    if printed.startswith("Secretary of the Department of ") and official.name == (
        f"Secretary of {printed[31:]}"
    ):
        return official.name  # "the Secretary of the Department of Commerce": the title
        # written out is the Secretary's ("Secretary of Commerce")
    if " Executive department" in printed:  # "each Executive department and agency"
        printed = printed.replace(" Executive department", " executive department")
    article, _, rest = printed.partition(" ")
    if article in ("a", "A", "an", "An") and (
        rest in (official.name, *official.aliases) or official.kind == "group"
    ):
        # "an agency head" is the table's "agency head"; "An agency may" is any agency,
        # as "each agency" is: the group's member without the article
        printed = rest
    for form in (official.name, *official.aliases):
        if printed in (form, form[:1].upper() + form[1:]):
            return form
    return printed


def written_forms(defined: dict[str, tuple[str, bool]]) -> tuple[tuple[str, str], ...]:
    """The short forms of ``defined`` that :func:`body_written_out` writes out, with their
    full names, longest first: those of a body or a title (``Task Force``, ``Secretary``),
    not the lower-case ones (``agencies``)."""
    forms = ((short, full) for short, (full, _) in defined.items())
    return tuple(
        sorted(
            ((short, full) for short, full in forms if short[:1].isupper() and full != short),
            key=lambda form: -len(form[0]),
        )
    )


_NAME_GOES_ON = ("of ", "on ", "for ", "to ")
"""Words after a short form that go on with a longer name (``the Council of Economic
Advisers``, not the ``Council`` the order defines)."""


def body_written_out(name: str, forms: tuple[tuple[str, str], ...]) -> str:
    """A lower-case name (a group, or its members) with the body or office it names after
    ``the`` written out where the order gives it a short form (``forms``, from
    :func:`written_forms`): ``agencies represented on the Task Force`` → ``agencies
    represented on the Interagency Task Force on the Economic Development of the Central
    San Joaquin Valley``, ``each … agency identified by the Secretary`` → ``… by the
    Secretary of Education``.  A short form that opens a longer name (``the Council of
    Economic Advisers``, ``the WHCNAA Education Committee``) or is printed in full already
    stays; any other name is as it is."""
    if not forms or not name[:1].islower() or " the " not in name:
        return name
    head, _, rest = name.partition(" the ")
    while True:
        for short, full in forms:
            if not rest.startswith(short) or rest.startswith(full):
                continue
            after = rest[len(short) :]
            if after[:1].isalnum() or after[1:2].isupper() or after[1:].startswith(_NAME_GOES_ON):
                continue
            return f"{head} the {full}{after}"
        if " the " not in rest:
            return name
        more, _, rest = rest.partition(" the ")
        head = f"{head} the {more}"


def titled_by_comma(text: str, found: int, until: int) -> tuple[int, str] | None:
    """The office a title names where it stands before the agency at ``[found, until)``
    with a comma (``the Commissioner, U.S. Customs and Border Protection``; ``the
    Director, National Security Agency``): where it starts and its name, as the table
    spells the title written out; ``None`` where no title stands there or the table
    knows no such office (``the Secretary, the National Security Agency``: a list), or
    the agency goes on as the subject of its own clause (``After consultation with the
    Administrator, EPA shall``)."""
    if not text.startswith((",", " ("), until):
        return None
    title = ending_at(TITLE_COMMA_BEFORE, text, larger(0, found - 40), found)
    if title is None:
        return None
    printed = text[found:until]
    for form in (f"{title['title']} of the {printed}", f"{title['title']} of {printed}"):
        official = resolve(form)
        if official is not None and official.kind == "official":
            return title.start("title"), printed_name(form, official)
    return None


@functools.cache
def table_names() -> dict[str, str]:
    """:func:`printed_name` of every printed form of the officials table, worked out
    once: each actor an order names as the table prints it is one look-up."""
    return {printed: printed_name(printed, official) for printed, official in by_name().items()}


def after_loose_the(name: str) -> str:
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
            if COMPLEMENT.isdisjoint(before) and (
                ACTOR_WORDS.search(after) or ACTOR_HEAD.search(after)
            ):
                return after
            break
    return name


def last_actor(text: str, end: int) -> str | None:
    """The table office whose name ends right before ``end`` (a comma between allowed)."""
    found = list(find_listed(actor_pattern(), text, larger(0, end - 160), end))
    if not found or text[found[-1][1] : end].strip(" ,"):
        return None
    return table_names().get(text[found[-1][0] : found[-1][1]])


_SMALL_WORDS = frozenset(("of", "the", "and", "for", "on", "to", "in", "&"))


_OF_SPELLED = _SMALL_WORDS - {"of"}
"""The small words an acronym skips when it spells ``of`` (``DOD``, ``DOE``)."""


def _initials(name: str, small: frozenset[str] = _SMALL_WORDS) -> str:
    return "".join(
        w[0].upper() for w in name.split() if w not in small and (w[:1].isupper() or w == "of")
    )


def _spelled_out(acronym: str, full: str) -> str:
    """The part of ``full`` an acronym spells: ``the Office of the Director of National
    Intelligence (DNI)`` defines the Director (``DNI``), not the Office (``ODNI``)."""
    if _initials(full) == acronym:
        return full
    words = full.split(" ")
    for i in range(1, len(words)):
        if words[i - 1] in ("of", "the") and words[i][:1].isupper():
            tail = " ".join(words[i:])
            spelled = acronym in (_initials(tail), _initials(tail, small=_OF_SPELLED))
            official = resolve(tail) if spelled else None
            if official is not None:
                return tail  # the office's acronym: "Director of the Office of Personnel
                # Management (OPM)", "Secretary of the Department of Defense (DOD)"
            if _spells_its_end(acronym, tail):
                return tail  # "Chairman of the White House Council on Environmental
                # Quality (CEQ)": the Council, named as printed
    return full


def _spells_its_end(acronym: str, name: str) -> bool:
    """Whether ``acronym`` spells the end of ``name``, that end names an agency or body of
    the table, and only capitalised words come before it (``White House Council on
    Environmental Quality`` ends in the ``Council on Environmental Quality``, which ``CEQ``
    spells; not ``Energy and the Director of the National Science Foundation``)."""
    words = name.split(" ")
    for i in range(1, len(words)):
        if not words[i - 1][:1].isupper():
            return False
        end = " ".join(words[i:])
        if _initials(end) == acronym:
            official = resolve(end)
            return official is not None and official.kind != "official"
    return False


def _named_earlier(text: str, short: str, stop: int) -> str | None:
    """The body's name that a short form ends, earlier in its sentence, where words
    stand between the two: ``the Senior Policy Committee established pursuant to section
    710 of the Act (Committee)`` → ``Senior Policy Committee``."""
    if BODY_WORDS.fullmatch(short) is None:
        return None
    window = larger(0, stop - 240)
    sentence = text.rfind(". ", window, stop)
    at = text.rfind(" " + short, larger(window, sentence), stop)
    end = at + 1 + len(short)
    if at < 0 or (end < len(text) and (text[end].isalnum() or text[end] == "-")):
        return None
    after = text[end : end + 20].split(" ", 2)
    following = after[1] if len(after) > 1 and not after[0] else ""
    if not following[:1].islower() or following in COMPLEMENT or following in ("of", "and"):
        return None  # a longer name goes on: "the Council on the Future of X, N.C. (Council)"
    name = ending_at(NAME_TAIL, text, larger(0, end - 160), end)
    if name is None or name.end() != end or name[0].strip() == short:
        return None
    return str(name[0]).strip()


_NAME_SEPARATORS = (", and ", ", or ", ", ")
"""What separates the parts of a series inside a body's name, longest first."""


def _whole_body_name(text: str, full: str, short: str, start: int, after: int) -> str:
    """The whole name of a body defined as ``short`` (``Council``) whose name ``full``
    was read back only to a comma (``a White House Council on Strong Cities, Strong
    Communities (Council)``, ``the President's Council on Sports, Fitness, and Nutrition
    (Council)``) or goes on past the short form (``a Federal Leadership Committee
    (Committee) for the Chesapeake Bay``)."""
    at, name = start, full
    for _ in range(6 if short not in full else 0):  # "… Council on Sports, Fitness, and"
        sep = next((s for s in _NAME_SEPARATORS if text.startswith(s, at - len(s))), None)
        if sep is None:
            break
        before = ending_at(NAME_TAIL, text, larger(0, at - len(sep) - 160), at - len(sep))
        if before is None or before.end() != at - len(sep):
            break
        name, at = f"{before[0].strip()}{sep}{name}", before.start()
        if short in before[0]:
            full = name
            break
    if full.endswith(" " + short) or full == short:
        rest = FOR_NAME_AFTER.match(text, after)
        if rest is not None:  # not the period that ends the sentence ("… Bay.")
            full += text[after : rest.end()].removesuffix(".")
    return full


_HEADING_NOUNS = tuple(
    f"{noun} of "
    for noun in ("Establishment", "Creation", "Membership", "Composition", "Functions", "Duties")
)
"""Words a section heading opens with before the name of the body it is about: the name
a short form after the heading is given is what follows them."""


def _lines_holding(text: str, words: tuple[str, ...]) -> tuple[int, int]:
    """From the start of the first line to the end of the last that hold one of ``words``:
    all a pattern can match that holds one of them and no line break (:data:`HEADED_BY_A`,
    :data:`SERVES_AS`, :data:`LOWER_SHORT`), where a scan of the whole order costs more."""
    found = [at for word in words if (at := text.find(word)) >= 0]
    last = [text.rfind(word) for word in words]
    if not found:
        return 0, 0
    end = text.find("\n", max(last))
    return text.rfind("\n", 0, min(found)) + 1, end if end >= 0 else len(text)


_PAPERS = tuple(
    f" {noun}"
    for noun in ("Plan", "Report", "Strategy", "Framework", "Agenda", "Guidance", "Roadmap")
)
"""How the name of a document ends, whose words may name a body (``National Invasive Species
Council Management Plan (Management Plan)``): no actor."""


def read_definitions(text: str) -> dict[str, tuple[str, bool]]:
    """Short forms the order defines for actors, with whether they resolve to the table."""
    defined: dict[str, tuple[str, bool]] = {}
    pairs: list[tuple[str, str]] = []
    for match in DEFINED_SHORT.finditer(text):
        stop = match.start()
        if text[stop - 1 : stop] == '"':  # the "President's … Board" (the "Board")
            stop -= 1
        designee = (  # every match holds the word: most short forms follow none
            ending_at(DESIGNEE_BEFORE, text, larger(0, stop - 50), stop)
            if text.find("designee", larger(0, stop - 50), stop) >= 0
            else None
        )
        if designee is not None:  # "The Secretary of Commerce, or his designee, (…)"
            stop = designee.start()
        tail = ending_at(NAME_TAIL, text, larger(0, stop - 160), stop)
        full = tail[0].strip() if tail is not None and tail.end() == stop else None
        if tail is not None and full is not None and _BODY_ENDS.search(full) is not None:
            series = ending_at(_SERIES_BEFORE, text, larger(0, tail.start() - 160), tail.start())
            if series is not None and not _acronyms(series["series"]):
                # "a Space Weather Operations, Research, and Mitigation …"; not acronyms
                # listed before a body ("the EPA, NASA, and Council on …")
                full = series["series"] + full
        short = match["short"].strip()
        if tail is not None and full is not None and text.endswith(", ", 0, tail.start()):
            titled = titled_by_comma(text, tail.start(), stop)
            if titled is not None:  # "the Commissioner, United States Customs Service
                full = titled[1]  # (Commissioner)": the office, not its agency
        if tail is not None and full is not None and BODY_WORDS.fullmatch(short):
            full = _whole_body_name(text, full, short, tail.start(), match.end())
        if full is None or (resolve(full) is None and not ACTOR_WORDS.search(full)):
            full = _named_earlier(text, short, stop) or full
        if full is not None and short.isupper() and resolve(full) is None:
            of_the = OF_NAME_AFTER.match(text, match.end())
            if of_the is not None:  # "The Chief Operating Officer (COO) of the Air Traffic
                full = f"{full} of the {of_the['name']}"  # Control System": the officer's
        if full is not None:
            pairs.append((short, full))
    if "(agenc" in text or '("agenc' in text:  # LOWER_SHORT holds one
        # an order that defines "agency" itself: its "each agency" is that, not the short form
        own_agency = '"Agency"' in text or '"agency"' in text
        for match in LOWER_SHORT.finditer(text, *_lines_holding(text, ("(agenc", '("agenc'))):
            full = last_actor(text, match.start())
            if full is not None and full != match["short"]:
                # "Agencies shall", "each agency head shall": the agencies defined
                short = match["short"]
                if short == "agencies":  # the agencies, not their heads or a qualifier
                    full = full.removeprefix("heads of ")  # ("heads of such other …")
                    named = full.find("executive departments and agencies")
                    full = full[named:] if named > 0 else full
                also = () if short == "agencies" and own_agency else _ALSO_PRINTED.get(short, ())
                for form in (short, short.capitalize(), *also):
                    defined.setdefault(form, (full, True))
                if short == "agencies" and not own_agency and full == _AGENCIES:
                    for form, heads in _HEADS_OF_AGENCIES.items():
                        defined.setdefault(form, (heads, True))
    offices: list[str] = []  # "Approval authority" means the senior procurement executive
    means = _MEANS.search(text) is not None  # TERM_MEANS holds one
    for match in TERM_MEANS.finditer(text) if means else ():
        if _DESCRIBED.match(match["full"]) and " " in match["short"].strip():
            continue  # "'Security Policy Board' means the Board established by the President
            # to consider …": the term is the body's name, what follows a description
        if match["short"][0].isupper():  # a lower-case term names an office, or nothing
            pairs.append((match["short"].strip(), match["full"].strip()))
        if DEFINED_OFFICE.search(match["short"]) and HOLDER.search(match["full"]):
            offices.append(match["short"].strip())
    roles: dict[str, set[str]] = {}
    serves = _SERVES[0] in text or _SERVES[1] in text  # SERVES_AS holds one
    for match in SERVES_AS.finditer(text, *_lines_holding(text, _SERVES)) if serves else ():
        short = match["short"]
        if BODY_TITLE.fullmatch(short) or resolve(short) is not None:
            continue  # "serve as Chair": the chair of the body, read as such
        at = match.start() - 1  # the space before "serve"
        if text.startswith(" shall", at - 6):
            at -= 6
        holder = last_actor(text, at)
        if holder is not None:
            roles.setdefault(short, set()).add(holder)
    for short, holders in roles.items():
        if len(holders) == 1:
            defined.setdefault(short, (holders.pop(), True))
    spelled: dict[str, str] = {}  # "International Trade Data System (ITDS)": ITDS
    for short, full in pairs:
        if ". " in full:  # "Sec. 2. Research. The Secretary of …": the name is the end
            full = full.rsplit(". ", 1)[1]
        if " through " in full:
            head, gone_through = full.split(" through ", 1)
            agent = gone_through.split(" ", 1)[-1]  # past its article
            if gone_through.startswith(_THROUGH_AN_AGENT) and (
                BODY_WORDS.search(head) is None or resolve(agent) is not None
            ):  # an office gone through, not a body's name going on ("Task Force on
                # Economic Growth through the Digital Economy")
                full = gone_through  # "the President through the Director of OPM (Director)";
                # a body's name glues a bare noun phrase ("Task Force on Greening the
                # Government through Waste Prevention and Recycling")
        full = after_loose_the(full)
        for heading in _HEADING_NOUNS:  # "Sec. 1. Establishment of Emergency Board (Board)."
            rest = full[len(heading) :].removeprefix("the ")
            if full.startswith(heading) and rest[:1].isupper():
                full = rest
                break
        for article in ("the ", "The ", "a ", "A ", "an ", "An "):
            if full.startswith(article):
                full = full[len(article) :]
                break
        if not full or short == full or len(short) > len(full):
            continue
        if short.isupper() and len(short) > 1:
            full = _spelled_out(short, full)
        if " and the " in full or " and to the " in full:  # "the FBI and the Office of …
            # (ONCIX)"; "advice to the President and to the Secretary of Education (Secretary)"
            last = full.rsplit(" and to the ", 1)[-1].rsplit(" and the ", 1)[-1]
            if (short.isupper() and last[:1] == short[:1]) or last.startswith(short + " "):
                full = last  # "the President and the Secretary of Education (Secretary)"
            elif (own := resolve(short)) is not None and resolve(last) is own:
                full = last  # "… and the United States Trade Representative (U.S. Trade …)"
            elif (
                BODY_WORDS.fullmatch(short)
                and f" {short} " in f" {last} "
                and f" {short} " not in f" {full[: -len(last)]} "
            ):
                full = last  # "the Secretary of the Treasury and the ITDS Board of Directors
                # (Board)": the Board
        office, of_the, body = full.partition(" of the ")
        if (  # "the Chairman of the Advisory Council on Historic Preservation (Council)"
            of_the
            and BODY_WORDS.fullmatch(short)
            and f" {short} " in f" {body} "
            and f" {short} " not in f" {office} "
        ):
            full = body  # the Council, not its Chairman
        if short.isupper() and len(short) > 1:
            words = full.split(" ")
            for i in range(len(words) - 1, -1, -1):  # the words the acronym spells
                if _initials(" ".join(words[i:])) == short and words[i][:1].isupper():
                    spelled[short] = " ".join(words[i:])
                    break
        official = resolve(full)
        if official is not None:
            defined.setdefault(short, (printed_name(full, official), True))
        elif (
            short not in defined
            and ACTOR_WORDS.search(full)
            and not (full.endswith(_PAPERS) and " of " not in full)  # "Office of Policy and
        ):  # Strategy (OPS)" is an office; "… Council Management Plan" a document
            # A body or office this order defines: its own name, not the table's
            # generic entry for the short form ("Council", "Board"), with the acronyms
            # it defined before written out ("ITDS Board of Directors").
            first, _, rest = full.partition(" ")
            if first in spelled:  # "ITDS Board of Directors", not "Director of OMB and …"
                full = f"{spelled[first]} {rest}"
            defined[short] = (full, True)
        elif (official := resolve(short)) is not None:
            defined.setdefault(short, (official.name, True))
    if _HEADED_END in text and contains_any(text, _HEADED_WORDS):  # HEADED_BY_A holds one
        printed = dict(pairs)
        for match in HEADED_BY_A.finditer(text, *_lines_holding(text, _HEADED_WORDS)):
            body = match["body"]
            if f"{match['title']} of the {body}" in text:
                continue  # the order names its head in full itself: "… of the Initiative"
            full = defined[body][0] if body in defined else printed.get(body, body)
            full = full.removeprefix("the ").removeprefix("The ")
            defined.setdefault(match["title"], (f"{match['title']} of the {full}", True))
    for short in offices:
        # Also as the order prints it mid-sentence ("each agency's approval authority").
        lower = short if any(c.isupper() for c in short[1:]) else short[0].lower() + short[1:]
        entry = defined.get(short)
        if entry is None and (official := by_name().get(lower)) is not None:
            entry = (official.name, True)
        if entry is not None:  # "Senior agency official" is in the table: its name
            defined.setdefault(lower, entry)
        else:
            upper = short[0].upper() + short[1:]  # as a sentence opens with it
            defined[short] = defined[lower] = defined[upper] = (lower, True)
    return defined
