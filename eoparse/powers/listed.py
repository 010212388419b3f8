"""Names a designation lists: Annex entries, list items, and names in a row.

A designation's ``names`` are the persons, organisations, countries or things
it lists, each as printed (an entry's ``a.k.a.`` and bracketed particulars
kept): the entries of the order's Annex, the items of a list that follows a
designating clause (``(a) The European Union …; (b) …``, ``— Albania;``,
unlabelled lines), or the members of a list in the sentence (``nationals of
Iran, Libya, and Yemen``).
"""

from __future__ import annotations

import regex

from eoparse.model import Section, SectionKind
from eoparse.powers.context import Context, larger, smaller
from eoparse.powers.designation_patterns import ITEM_LABEL, ITEM_TAIL

_ANNEX_HEADING = regex.compile(
    r"""
    ^(?:
        (?:[IVX]{1,4}|[A-H])\.\ [A-Z][a-z]{2,30}(?:\ [a-z]{2,5}\ [A-Z][a-z]{2,30})?$  # I. Persons
      | (?:Individuals|Entities|Persons|Organizations|Vessels|Aircraft)(?:\ and\ \w{3,20})?:?$
      | (?:DOB|POB|Name|Passport|Nationality|Citizen|Address|Title|Born)\b.{0,200}   # particulars
      | Name/.{0,200}
      | \[.{0,200}                                 # an editorial note
      | ANNEX.{0,200} | Annex.{0,200}
    )
    """,
    regex.VERBOSE,
)
"""A line of an Annex that is a heading or an entry's particulars, not an entry."""

_PARTICULARS = regex.compile(
    r"""
    ;\ (?=(?:DOB|D\.O\.B|Date\ of\ Birth|POB|Place\ of\ Birth|[Nn]ationality|[Cc]itizen
        |Passport|alt\.|[Bb]orn|Gender|Title|Address|Identification|National\ ID)\b)
    | \ \[(?=[^\]()]{0,300}\])                   # "[President of …, born 21 Feb. 1924]"
    """,
    regex.VERBOSE,
)
"""Where an Annex entry's particulars begin (dates and places of birth, nationality, an
office in brackets); a bracket inside the entry's parentheses (an alias) is kept."""

_ARTICLE = regex.compile(r"^(?:[Tt]he|its|their|his|her|such|all|any)\ ", regex.VERBOSE)
_AND = regex.compile(r",\ and\ (?!the\ [a-z])|,\ or\ |\ and\ |,\ ", regex.VERBOSE)


_TAIL_REACH = 17
"""The longest :data:`ITEM_TAIL` (``; and/or`` and a quote, with their spaces): it is
looked for this far from the end of an item only, not from every character of it."""


def clean_item(words: str) -> str:
    """A list item's words without label, closing ``; and`` and surrounding quotes."""
    words = " ".join(words.split())
    words = ITEM_LABEL.sub("", words, count=1)
    tail = ITEM_TAIL.search(words, larger(0, len(words) - _TAIL_REACH))
    if tail is not None:
        words = words[: tail.start()] + words[tail.end() :]
    return words.strip(" \"'").strip()


def _entry(words: str) -> str:
    """An entry as a name: its particulars (``; DOB …``, ``[Minister of …, born …]``)
    and trailing period off, its aliases kept (``(a.k.a. …)``)."""
    words = clean_item(words)
    for particulars in _PARTICULARS.finditer(words):
        before = words[: particulars.start()]
        if before and before.count("(") == before.count(")"):  # not inside an alias
            words = before
            break
    if words.endswith(".") and not words[-3:-1].isupper():
        words = words[:-1]
    return words.strip(" ;,")


def annex_entries(context: Context) -> tuple[str, ...]:
    """The entries of the Annexes printed with the order, in order (none for an Annex
    printed only as an image)."""
    names: list[str] = []
    for section in context.sections:
        if section.kind is not SectionKind.ANNEX:
            continue
        if section.children:
            for child in section.children:
                name = _entry(own_text(child))
                if name:
                    names.append(name)
            continue
        lines = section.text.split("\n")[1:]  # the first line is the ANNEX heading
        for line in lines:
            line = line.strip()
            if not line or _ANNEX_HEADING.match(line):
                continue
            name = _entry(line)
            if name and len(name) <= 300:
                names.append(name)
    return tuple(dict.fromkeys(names))


def item_name(words: str) -> str:
    """The name an item gives before its particulars: ``The European Union, including …``
    → ``The European Union``."""
    words = clean_item(words)
    for stop in (", including", " (including", ", such as", ", which", ", who", ", and any"):
        cut = words.find(stop)
        if cut > 0:
            words = words[:cut]
    return words.rstrip(" ,;.")


def items_after(context: Context, start: int, end: int) -> list[tuple[str, int, int]]:
    """``(words, start, end)`` of the list items in the paragraphs starting in
    ``[start, end)``: each paragraph is one item."""
    found = []
    for p_start, p_end in context.paragraphs:
        if p_start < start:
            continue
        if p_start >= end:
            break
        words = context.text[p_start:p_end].strip()
        if words:
            found.append((words, p_start, p_end))
    return found


_SECTION_START = regex.compile(r"(?:Section|Sec\.|SEC\.|PART|Part)\ ", regex.VERBOSE)
_CLOSED = (";", ".", ":", '."', ';"', "; and", "; or", ", and", ", or")
_MAX_LINE = 400
"""A paragraph longer than this is prose, not an item of an unlabelled list."""


def list_after(context: Context, after: int) -> list[str]:
    """The items of the list that follows the colon just before ``after``.

    Each labelled (``(a)``, ``1.``), dashed or unlabelled paragraph is an item; a
    paragraph that continues an item printed over two lines joins it.  A labelled
    list ends at the first paragraph without a label after an item that closes
    (``.``), any list at the next section or the end of the enclosing section.
    """
    text = context.text
    section = context.section_at(after)
    limit = section.span[1] if section is not None else len(text)
    if context.signature is not None and after < context.signature[0]:
        limit = smaller(limit, context.signature[0])
    items: list[str] = []
    labelled = False
    rest = text[after : context.paragraph_of(after)[1]].strip()
    if rest:
        items.append(rest)
    for p_start, p_end in context.paragraphs:
        if p_start < after or p_start >= limit:
            if p_start >= limit:
                break
            continue
        words = text[p_start:p_end].strip()
        if not words:
            continue
        if _SECTION_START.match(words):
            break
        label = ITEM_LABEL.match(words)
        has_label = label is not None and label.end() > 0
        if not items:
            labelled = has_label
            items.append(words)
            continue
        previous = items[-1]
        if not has_label and not previous.endswith(_CLOSED):
            glue = "" if previous.endswith(("/", "-")) else " "
            items[-1] = previous + glue + words
            continue
        if labelled and not has_label:
            break
        if not labelled and (has_label or len(words) > _MAX_LINE):
            break
        items.append(words)
    return items


def own_text(section: Section) -> str:
    """A section's words before its first child."""
    if not section.children:
        return section.text
    return section.text[: section.children[0].span[0] - section.span[0]]


def split_names(words: str) -> list[str]:
    """The members of a list printed in a row (``A, B, and C``), outside parentheses."""
    parts: list[str] = []
    depth = 0
    last = 0
    at = 0
    while at < len(words):
        char = words[at]
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = larger(depth - 1, 0)
        elif depth == 0:
            glue = _AND.match(words, at)
            if glue is not None:
                parts.append(words[last:at])
                last = at = glue.end()
                continue
        at += 1
    parts.append(words[last:])
    return [part.strip(" ,;.") for part in parts if part.strip(" ,;.")]


_PARTICLES = frozenset(
    ("de", "del", "la", "las", "los", "el", "al", "y", "of", "the", "bin", "van", "von", "da", "du")
)
_NAME_LIMIT = 12


def proper_names(text: str, start: int, end: int) -> tuple[str, ...]:
    """The proper names listed from ``start`` (``Tren de Aragua (TdA) and La Mara
    Salvatrucha (MS-13) pose …`` → both): capitalised words, particles between them and a
    parenthesised short form, joined by ``,`` or ``and``; the list ends at the first word
    that is none of these."""
    names: list[str] = []
    current: list[str] = []
    for word in text[start : smaller(end, start + _NAME_LIMIT * 60)].split()[: _NAME_LIMIT * 4]:
        bare = word.rstrip(",;.")
        if (
            bare[:1].isupper()
            or (bare.startswith("(") and current)
            or (bare in _PARTICLES and current)
        ):
            current.append(bare)
        elif bare in ("and", "or") and current:
            names.append(" ".join(current))
            current = []
            continue
        else:
            break
        if word != bare and word.endswith(","):
            names.append(" ".join(current))
            current = []
        elif word != bare:  # a full stop or semicolon ends the list
            break
    if current:
        names.append(" ".join(current))
    return tuple(name for name in names if name and name.split()[-1] not in _PARTICLES)


def without_article(name: str) -> str:
    """``the Administrator of EPA`` → ``Administrator of EPA``; ``its core precursor
    chemicals`` → ``core precursor chemicals``."""
    return str(_ARTICLE.sub("", name, count=1))


def coordinated(designee: str) -> list[str]:
    """The members of a designee that names several things (``illicit fentanyl and its core
    precursor chemicals``, ``the Administrator of EPA and the Secretary of Agriculture``);
    empty for one thing (``the Global Fund to Fight AIDS, Tuberculosis and Malaria``)."""
    parts = split_names(item_name(designee))
    if len(parts) < 2:
        return []
    # every member after the first must open like a separate thing: an article, a
    # possessive, a lower-case word; "AIDS, Tuberculosis and Malaria" is one name
    for part in parts[1:]:
        if not (_ARTICLE.match(part) or part[:1].islower()):
            return []
    return [without_article(part) for part in parts]


__all__ = [
    "annex_entries",
    "clean_item",
    "coordinated",
    "item_name",
    "items_after",
    "list_after",
    "own_text",
    "proper_names",
    "split_names",
    "without_article",
]
