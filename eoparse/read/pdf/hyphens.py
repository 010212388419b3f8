"""Words broken across lines, mended (``Ter-`` / ``rorist`` → ``Terrorist``) unless the
document itself spells the compound with its hyphen."""

from __future__ import annotations

import regex

from eoparse.read.pdf.words import Line, Word

_LETTERS = regex.compile(r"[^\W\d_]+")
_COMPOUND = regex.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_TRAILING_LETTERS = regex.compile(r"[^\W\d_]+$")

# Compounds the Federal Register prints with a hyphen when the document gives no evidence.
_KEEP_PREFIXES = frozenset(
    {"self", "quasi", "cross", "well", "long", "short", "high", "low", "full", "part", "all"}
    | {"half"}
)
_KEEP_SUFFIXES = frozenset(
    {"based", "related", "owned", "level", "term", "scale", "making", "specific", "led"}
    | {"funded", "controlled", "sponsored", "oriented", "free", "like", "wide", "affiliated"}
    | {"designated", "born", "elected", "appointed"}
)


def read_vocabulary(lines: list[Line]) -> tuple[set[str], set[str]]:
    """The words (and hyphenated compounds) the document prints whole, lower-cased."""
    words: set[str] = set()
    compounds: set[str] = set()
    broken = False
    for line in lines:
        last = len(line.words) - 1
        for i, word in enumerate(line.words):
            if (i == 0 and broken) or (i == last and word.hyphen):
                continue
            lowered = word.text.lower()
            if "-" in lowered:
                for compound in _COMPOUND.findall(lowered):
                    compounds.add(compound)
            words.update(_LETTERS.findall(lowered))
        broken = bool(line.words) and line.words[-1].hyphen
    return words, compounds


def _stem(word: str) -> str:
    """``word`` without a common inflection (``exchanged`` → ``exchange``)."""
    for ending in ("ing", "ed", "es", "s", "d", "ly"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _keep_hyphen(
    head: str, tail: str, compound: bool, vocabulary: tuple[set[str], set[str]]
) -> bool:
    """Whether ``head-`` / ``tail`` at a line break is a compound (the hyphen stays)."""
    words, compounds = vocabulary
    joined = head + tail
    if f"{head}-{tail}" in compounds and joined not in words:
        return True
    if joined in words or _stem(joined) in words:
        return False
    if compound or head in _KEEP_PREFIXES or tail in _KEEP_SUFFIXES:
        return True
    # Two words the document prints on their own, never joined: subject-matter.
    return len(head) >= 3 and len(tail) >= 3 and head in words and tail in words


def mend(first: Word, second: Word, vocabulary: tuple[set[str], set[str]]) -> Word | None:
    """One word from a word broken across lines, or None when the line break is a space."""
    if first.dash:
        keep = True
    elif first.hyphen and len(first.text) > 1:
        if not second.text[:1].islower():
            keep = True
        else:
            before = _TRAILING_LETTERS.search(first.text[:-1])
            after = _LETTERS.match(second.text)
            if before is None or after is None:
                keep = True
            else:
                keep = _keep_hyphen(
                    before[0].lower(),
                    after[0].lower(),
                    "-" in first.text[:-1] or "-" in second.text,
                    vocabulary,
                )
    else:
        return None
    head_text = first.text if keep else first.text[:-1]
    shift = len(head_text)
    parts = list(first.parts)
    if not keep:
        start, _, page, x0, top, x1, bottom = parts[-1]
        parts[-1] = (start, shift, page, x0, top, x1, bottom)
    for start, end, page, x0, top, x1, bottom in second.parts:
        parts.append((start + shift, end + shift, page, x0, top, x1, bottom))
    return Word(head_text + second.text, parts, hyphen=second.hyphen, dash=second.dash)
