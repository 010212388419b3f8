"""Bodies: the councils, committees, commissions, boards and task forces an order
establishes, continues or ends, and who sits on them (:class:`~eoparse.model.Body`).

- ``establish``: ``There is established within the Department of X a Council on Y
  (Council)``, ``The Attorney General shall establish … a Task Force on …``, ``The
  President's Board of Advisors on … (Board) is hereby established``;
- ``continue``: ``Each advisory committee listed below is continued until …: (a) …``;
- ``terminate``: ``The … Council … is hereby abolished``.

Who sits on an established body is read from the sentences that name it (by its
name, its short name, or the noun of its kind, ``the Council``): ``The Council shall
be composed of the following members: (i) …`` and ``shall consist of A, B, and C``
give ``members``; ``shall be chaired by``, ``shall serve as Chair of the Council``
and a member's ``, who shall serve as the Vice Chair`` give ``chair`` and
``vice_chair``; ``shall invite participation from the following …: (a) …`` gives
``invited``.  A body established in quoted amendatory text is the amended order's
and is marked ``quoted``.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from eoparse.model import Body, BodyAction, Span
from eoparse.powers.anchored import ending_at, literal_starts
from eoparse.powers.body_patterns import (
    ARTICLE,
    BODY_NOUN,
    CHAIR_END,
    CHAIRED_BY,
    CONTINUE,
    ESTABLISH_LEAD,
    ESTABLISH_WORD,
    ESTABLISHED_NAME,
    FOLLOWING,
    INVITE,
    LEAD_IN,
    MEMBERS,
    NAME_BEFORE,
    NAME_FIRST,
    OFFICE_TAIL,
    OFFICIALS_SPLIT,
    ROLE,
    SERVES_AS,
    SHORT,
    TERMINATE,
    WITHIN_AFTER,
)
from eoparse.powers.context import Context
from eoparse.powers.listed import clean_item, list_after, own_text, without_article

_LOOK_BACK = 300
"""Characters before ``is established`` searched for the body's name."""

_ITEM_NAME_END = regex.compile(r";|,\ (?=(?:as\ amended|Executive\ Order|E\.O\.)\b)|\ \(")
"""Where a continued body's name ends in its list item (``Committee on X; Executive
Order 11145, as amended (Department of the Interior)``)."""


_ESTABLISH_WORDS = ("establish", "create")

_END_WORDS = ("abolished", "terminated", "disbanded", "dissolved")

_MEMBERSHIP = (
    # "onsist " and "shall include", not "onsist" and "include": "consistent with" and
    # "include" alone are common, and no match holds them without these
    (
        MEMBERS,
        ("ompose", "ompris", "onsist ", "onsists ", "onsisting ", "shall include", "embership"),
        12,
        100,
    ),
    (CHAIRED_BY, ("haired by", "eaded by", "led by", "irected by"), 30, 20),
    (SERVES_AS, ("Chair",), 40, 40),
    (INVITE, ("invite",), 4, 60),
)
"""The patterns of who sits on a body, each with the words every match of it holds and
how far before and after such a word the match may reach."""


def _near(
    pattern: regex.Pattern[str],
    text: str,
    start: int,
    words: tuple[str, ...],
    before: int,
    after: int = 20,
) -> Iterator[regex.Match[str]]:
    """The matches of ``pattern`` from ``start`` that hold one of ``words``, found from
    ``before`` characters before each occurrence of a word to ``after`` characters after
    it: a literal search finds the few places worth a look instead of the pattern trying
    every position."""
    low = high = -1
    for at in sorted(literal_starts(dict.fromkeys(words, (0,)), text, start, len(text))):
        if at - before > high:
            if high > low:
                yield from pattern.finditer(text, low, high)
            low = max(start, at - before)
        high = at + after
    if high > low:
        yield from pattern.finditer(text, low, high)


def kind_noun(name: str) -> str | None:
    """The noun of the body's kind: the last body noun in its name (``Task Force``)."""
    found = BODY_NOUN.findall(name)
    return found[-1] if found else None


def _sentence(context: Context, offset: int) -> Span:
    start, end = context.paragraph_of(offset)
    return context.sentence_at(start, end, offset) or (start, end)


def _short(text: str, at: int) -> str | None:
    match = SHORT.match(text[at : at + 80])
    return match["short"].strip() if match else None


def _name_before(text: str, start: int, end: int, *, first: bool = True) -> regex.Match[str] | None:
    """The body's name printed just before ``end`` (after ``start``), else (with
    ``first``) the name that opens the sentence ``text[start:end]`` when it is a body's."""
    begin = max(start, end - _LOOK_BACK)
    match = NAME_BEFORE.search(text[begin:end])
    if first and (match is None or kind_noun(match["name"]) is None):
        match = NAME_FIRST.match(" ".join(text[start:end].split()))
    if match is None or kind_noun(match["name"]) is None:
        return None
    return match


def _office(words: str) -> tuple[str, str | None]:
    """An official or member as printed, without article, role, ``or designee`` or a
    short name in parentheses; and the role the words give it (``Vice Chair``), if any."""
    role = ROLE.search(words)
    if role is not None:
        words = words[: role.start()]
    office = without_article(OFFICE_TAIL.sub("", words).strip(" ,;:.")).strip()
    return office, role["role"] if role is not None else None


def _officials(words: str) -> list[str]:
    """The officials printed in a row, each without article, role or ``or designee``."""
    found = []
    for part in OFFICIALS_SPLIT.split(" ".join(words.split())):
        office, _ = _office(part)
        if office[:1].isupper() and "designee" not in office:
            found.append(office)
    return found


def _names(words: str) -> tuple[list[str], list[str], list[str]]:
    """The members an inline list names, and those it makes chair and vice chair."""
    return _item_members(OFFICIALS_SPLIT.split(" ".join(words.split())))


def _item_members(items: list[str]) -> tuple[list[str], list[str], list[str]]:
    """The members list items name, and those an item makes chair or vice chair."""
    members: list[str] = []
    chairs: list[str] = []
    vices: list[str] = []
    for item in items:
        office, role = _office(clean_item(item))
        if not office:
            continue
        members.append(office)
        if role is not None:
            (vices if role.startswith("Vice") else chairs).append(office)
    return members, chairs, vices


class _Draft:
    """A body being read: what is known of it so far."""

    def __init__(self, name: str, action: BodyAction, span: Span) -> None:
        name = ARTICLE.sub("", " ".join(name.split()), count=1)
        if name.endswith(".") and "." not in name.split()[-1][:-1]:
            name = name[:-1]
        self.name = name
        self.noun = kind_noun(name)
        self.action = action
        self.span = span
        self.short: str | None = None
        self.within: str | None = None
        self.by: str | None = None
        self.until: str | None = None
        self.chair: list[str] = []
        self.vice_chair: list[str] = []
        self.members: list[str] = []
        self.invited: list[str] = []

    def names(self) -> tuple[str, ...]:
        return tuple(k for k in (self.name, self.short, self.noun) if k)

    def build(self, context: Context) -> Body:
        return Body(
            name=self.name,
            action=self.action,
            where=context.path_at(self.span[0]),
            span=self.span,
            short=self.short,
            within=self.within,
            by=self.by,
            chair=tuple(dict.fromkeys(self.chair)),
            vice_chair=tuple(dict.fromkeys(self.vice_chair)),
            members=tuple(dict.fromkeys(self.members)),
            invited=tuple(dict.fromkeys(self.invited)),
            until=self.until,
            quoted=context.quoted(self.span[0]),
        )


def _directing_official(text: str, start: int, at: int) -> str | None:
    """``The Attorney General shall establish`` → ``Attorney General``."""
    words = " ".join(text[start:at].split())
    words = LEAD_IN.sub("", words, count=1)
    for cut in (", in consultation with", ", in coordination with", ", after consultation"):
        words = words.split(cut)[0]
    words = without_article(words.strip(" ,"))
    return words if words[:1].isupper() and len(words) <= 120 else None


_WORD_FORMS = {
    "there": ("established",),
    "self": ("establish", "establishes", "create"),
    "directed": ("establish", "create"),
    "passive": ("established", "created"),
}
"""The forms of the verb each lead takes (``There is established``, ``I establish``)."""


def _establishing(text: str, start: int) -> Iterator[tuple[str, int, int]]:
    """``(how, start, end)`` of each establishing verb with its lead, from ``start``: the
    verb is found by a literal search, its lead by a match anchored before it."""
    hits = literal_starts(dict.fromkeys(_ESTABLISH_WORDS, (0,)), text, start, len(text))
    for at in sorted(hits):
        if at > start and (text[at - 1].isalnum() or text[at - 1] == "_"):
            continue  # inside a word ("reestablish")
        word = ESTABLISH_WORD.match(text, at)
        if word is None:
            continue
        lead = ending_at(ESTABLISH_LEAD, text, max(start, at - 120), at)
        if lead is None:
            continue
        how = next(name for name in _WORD_FORMS if lead[name] is not None)
        if word[0] not in _WORD_FORMS[how]:
            continue
        yield how, lead.start(), word.end()


def _established(context: Context) -> list[_Draft]:
    text = context.text
    found: list[_Draft] = []
    for how, m_start, m_end in _establishing(text, context.body_start):
        sentence = _sentence(context, m_start)
        if how == "passive":
            before = _name_before(text, sentence[0], m_start, first=False)
            if before is None:
                continue
            draft = _Draft(before["name"], BodyAction.ESTABLISH, sentence)
            within = WITHIN_AFTER.match(text[m_end : m_end + 200])
            draft.within = within["within"] if within else None
            at = text.rfind(before["name"], sentence[0], m_start)
            draft.short = _short(text, at + len(before["name"])) if at >= 0 else None
        else:
            named = ESTABLISHED_NAME.match(text[m_end : min(sentence[1], m_end + 400)])
            if named is None or kind_noun(named["name"]) is None:
                continue
            draft = _Draft(named["name"], BodyAction.ESTABLISH, sentence)
            draft.within = named["within"]
            draft.short = _short(text, m_end + named.end("name"))
            if how == "directed":
                draft.by = _directing_official(text, sentence[0], m_start)
        found.append(draft)
    return found


def _ended(context: Context) -> list[_Draft]:
    text = context.text
    found: list[_Draft] = []
    for match in _near(TERMINATE, text, context.body_start, _END_WORDS, 20):
        sentence = _sentence(context, match.start())
        before = _name_before(text, sentence[0], match.start())
        if before is not None:
            found.append(_Draft(before["name"], BodyAction.TERMINATE, sentence))
    return found


def _listed(context: Context, after: int) -> list[tuple[str, Span]]:
    """The items listed after ``after`` with their spans: the sub-sections of the section
    that holds it, else the paragraphs :func:`list_after` reads as items."""
    section = context.section_at(after)
    children = [c for c in section.children if c.span[0] >= after] if section else []
    if children:
        out = []
        for child in children:
            own = own_text(child)
            out.append((clean_item(own), (child.span[0], child.span[0] + len(own.rstrip()))))
        return out
    text = context.text
    items = []
    for item in list_after(context, after):
        at = text.find(item[:40], after)
        items.append((clean_item(item), (at, at + len(item)) if at >= 0 else (after, after)))
    return items


def _continued(context: Context) -> list[_Draft]:
    text = context.text
    found: list[_Draft] = []
    for match in _near(CONTINUE, text, context.body_start, ("continued",), 20, 100):
        sentence = _sentence(context, match.start())
        until = " ".join(match["until"].split()) if match["until"] else None
        mark = match.end()
        while mark < sentence[1] and text[mark].isspace():
            mark += 1
        opening = text[sentence[0] : match.start()]
        below = "listed below" in opening or "following" in opening
        if text[mark : mark + 1] == ":" or (below and text[mark : mark + 1] == "."):
            for words, span in _listed(context, mark + 1):
                cut = _ITEM_NAME_END.search(words)
                name = without_article(words[: cut.start()] if cut else words).strip(" ,.")
                if name and kind_noun(name) and len(name) <= 150:
                    draft = _Draft(name, BodyAction.CONTINUE, span)
                    draft.until = until
                    found.append(draft)
            continue
        before = _name_before(text, sentence[0], match.start())
        if before is not None:
            draft = _Draft(before["name"], BodyAction.CONTINUE, sentence)
            draft.until = until
            found.append(draft)
    return found


def _owner(drafts: list[_Draft], text: str, sentence: Span) -> _Draft | None:
    """The body a sentence speaks of: the nearest established before it that it names."""
    words = text[sentence[0] : sentence[1]]
    best: _Draft | None = None
    for draft in drafts:
        if draft.span[0] > sentence[0] and draft.span != sentence:
            continue
        named = any(key in words for key in draft.names())
        if named and (best is None or draft.span[0] >= best.span[0]):
            best = draft
    return best


def _subject_names(words: str, keys: tuple[str, ...]) -> bool:
    """Whether the clause before a membership verb has the body as its subject."""
    for key in keys:
        at = words.rfind(key)
        if at >= 0 and not words[:at].rstrip().endswith(("of the", "by the", "to the", "'s")):
            return len(words) - at <= 160
    return False


def _read_membership(context: Context, drafts: list[_Draft]) -> None:
    text = context.text
    established = [d for d in drafts if d.action is BodyAction.ESTABLISH]
    if not established:
        return
    first = min(d.span[0] for d in established)
    for pattern, words, before, after in _MEMBERSHIP:
        for match in _near(pattern, text, first, words, before, after):
            sentence = _sentence(context, match.start())
            draft = _owner(established, text, sentence)
            if draft is None:
                continue
            lead = text[sentence[0] : match.start()]
            rest = text[match.end() : sentence[1]]
            if pattern is SERVES_AS:
                if not any(rest.startswith(key) for key in draft.names()):
                    continue
                office = _directing_official(text, sentence[0], match.start())
                if office:
                    role = match["role"]
                    leads = draft.vice_chair if role.startswith("Vice") else draft.chair
                    leads.extend(_officials(office))
                continue
            if pattern is CHAIRED_BY:
                if not _subject_names(lead, draft.names()):
                    continue
                rest = " ".join(rest.split())
                end = CHAIR_END.search(rest)
                draft.chair.extend(_officials(rest[: end.start()] if end else rest))
                continue
            if pattern is MEMBERS and not _subject_names(lead, draft.names()):
                continue
            listed = rest.rstrip().endswith(":") or text[sentence[1] - 1 : sentence[1]] == ":"
            if listed:
                members, chairs, vices = _item_members(list_after(context, sentence[1]))
            elif pattern is INVITE:
                continue
            else:
                members, chairs, vices = _names(FOLLOWING.sub("", rest, count=1))
            (draft.invited if pattern is INVITE else draft.members).extend(members)
            draft.chair.extend(chairs)
            draft.vice_chair.extend(vices)


def extract_bodies(context: Context) -> tuple[Body, ...]:
    """The bodies ``context``'s order establishes, continues or ends, in text order."""
    drafts = _established(context) + _continued(context) + _ended(context)
    _read_membership(context, drafts)
    drafts.sort(key=lambda d: d.span)
    bodies: dict[tuple[str, BodyAction, bool], Body] = {}
    for draft in drafts:
        body = draft.build(context)
        bodies.setdefault((body.name.casefold(), body.action, body.quoted), body)
    return tuple(bodies.values())


__all__ = ["extract_bodies", "kind_noun"]
