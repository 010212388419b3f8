"""A pair of words an action gives two actors ``respectively``: ``The Secretary of the
Treasury and the Secretary of Commerce may redelegate these functions within the
Department of the Treasury and the Department of Commerce, respectively`` gives each
Secretary the functions within that Secretary's own Department.  Only a pair of two actors
is read, and only where each word of the pair opens as the other does (``the Department of
…`` twice; ``by 10 U.S.C. 2667`` and ``by 42 U.S.C. 7256(a)``); anything else (``within the
Department of Justice and the Federal Trade Commission, respectively``) keeps the action
as printed."""

from __future__ import annotations

import regex

from eoparse.powers.context import larger

_V = regex.VERBOSE

AFTER_PAIR = regex.compile(r",?\ respectively\b,?", _V)
"""``X and Y, respectively``: the word after the pair."""

BEFORE_PAIR = regex.compile(r"\brespectively,\ ", _V)
"""``owned by, respectively, X and Y``: the word before the pair."""

_JOINS = (" and ", " or ")
_LEADS = ("by ", "under ", "in ", "within ", "to ", "for ", "from ", "of ")
"""The words that may open both words of a pair (``by 10 U.S.C. 2667 or by 42 U.S.C. …``)."""


def _opening(word: str) -> str:
    """How a word of a pair opens: ``the``, a preposition, or a capital or digit."""
    if word.startswith("the "):
        return "the "
    for lead in _LEADS:
        if word.startswith(lead):
            return lead
    return "" if word[:1].isupper() or word[:1].isdigit() else "?"


def distributed(action: str, count: int = 2) -> tuple[str, ...] | None:
    """The action of each of ``count`` actors an action names ``respectively``, or
    ``None`` where its words cannot be read plainly: a pair before the word (``within the
    Department of Justice and the Department of Commerce, respectively``), else after it
    (``owned by, respectively, the Department of Defense and the Department of Energy``);
    three or more in a serial list before it, each opening as the last does (``within the
    Department of the Treasury, the Department of Commerce, and the Department of Homeland
    Security, respectively``)."""
    if count > 2:
        return _series_before(action, count)
    return _pair_before(action) or _pair_after(action)


def _series_before(action: str, count: int) -> tuple[str, ...] | None:
    after = AFTER_PAIR.search(action)
    if after is None:
        return None
    before = action[: after.start()]
    at = larger(before.rfind(", and "), before.rfind(", or "))
    if at < 0:
        return None
    last = before[at + (6 if before.startswith(", and ", at) else 5) :]
    if _opening(last) != "the ":
        return None  # each word opens with "the" and the same noun: "the Department of"
    opening = " ".join(last.split()[:2])
    cuts = [at]  # where each word but the first ends: the ", " before the next
    for _ in range(count - 2):
        cut = before.rfind(", " + opening + " ", 0, cuts[0])
        if cut < 0:
            return None
        cuts.insert(0, cut)
    first_at = before.rfind(" " + opening + " ", 0, cuts[0])
    if first_at < 0 or before.endswith((",", " and", " or"), 0, first_at):
        return None  # the list runs on before: more words than actors
    starts = [first_at + 1, *(cut + 2 for cut in cuts[:-1])]
    words = [before[start:cut] for start, cut in zip(starts, cuts, strict=True)] + [last]
    if any(" and " in word or " or " in word or "," in word for word in words):
        return None
    head, tail = action[: first_at + 1], action[after.end() :]
    return tuple(_joined(head, word, tail) for word in words)


def _pair_before(action: str) -> tuple[str, str] | None:
    after = AFTER_PAIR.search(action)
    if after is None:
        return None
    before = action[: after.start()]
    joins = [before.rfind(join) for join in _JOINS]
    at = max(joins)
    if at < 0:
        return None
    second = before[at + (5 if joins[0] == at else 4) :]
    lead = _opening(second)
    if lead in ("?", ""):
        return None  # the pair's second word opens with neither "the" nor a preposition
    if lead == "the ":  # the pair's words open alike: "the Department of …" twice
        opening = " ".join(second.split()[:2])
        first_at = before.rfind(" " + opening + " ", 0, at)
        start = first_at + 1
    else:  # "by 10 U.S.C. 2667 or by 42 U.S.C. 7256(a)": each after its own "by"
        second = second[len(lead) :]
        first_at = before.rfind(" " + lead, 0, at)
        start = first_at + 1 + len(lead)
    if first_at < 0:
        return None
    first = before[start:at]
    if not first or any(join in first for join in _JOINS) or "," in first:
        return None
    tail = action[after.end() :]
    head = action[:start]
    return (_joined(head, first, tail), _joined(head, second, tail))


def _pair_after(action: str) -> tuple[str, str] | None:
    pair = BEFORE_PAIR.search(action)
    if pair is None or not action[: pair.start()].rstrip(" ,").endswith(
        tuple(" " + lead.strip() for lead in _LEADS)
    ):
        return None  # only "owned by, respectively, X and Y": the pair after a preposition
    rest = action[pair.end() :]
    at = rest.find(" and ")
    if at < 0:
        return None
    first, second = rest[:at], rest[at + 5 :]
    stop = min((i for i in (second.find(","), second.find(";")) if i >= 0), default=len(second))
    second, tail = second[:stop], second[stop:]
    if _opening(first) in ("?", "") or _opening(first) != _opening(second) or "," in first:
        return None
    if "—" in second:
        return None  # "… and the Department of Energy—including …": the pair runs on
    head = action[: pair.start()].rstrip(" ,") + " "
    return (_joined(head, first, tail), _joined(head, second, tail))


def _joined(head: str, word: str, tail: str) -> str:
    """``head``, the pair's one word and ``tail`` as one action, with one space between."""
    text = f"{head.rstrip()} {word.strip()}"
    tail = tail.strip()
    if tail and not tail.startswith((",", ".", ";")):
        text += " "
    return (text + tail).strip()


__all__ = ["distributed"]
