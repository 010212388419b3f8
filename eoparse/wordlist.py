"""Fast whole-word matching of long word lists (officials, Acts) as one trie pattern.

A list of a thousand names compiled as a plain alternation, or as ``regex``'s
named list, tries every name at every position; factored into a trie of
literal characters, the standard library's ``re`` engine matches it in one
pass several times faster (measured: 2.8 ms against 87–326 ms on the same
51 kB).  The pattern prefers the longest name at each position.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

_END = ""


def _trie(words: Iterable[str]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = True
    return root


def _pattern(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if _END in node else body


def compile_words(words: Iterable[str], *, ignore_case: bool = False) -> re.Pattern[str]:
    """A pattern matching any of ``words`` as a whole word, longest first."""
    unique = sorted({w for w in words if w})
    if not unique:
        return re.compile(r"(?!)")
    flags = re.IGNORECASE if ignore_case else 0
    # The lookahead on the first characters lets the engine skip most positions before
    # it tests "\b" (measured 15-20% faster on the corpus).  "\b" is cheaper than a
    # lookbehind; every word starts with a word character, so the only difference is a
    # hyphen just before, which callers rarely meet.
    first = "".join(sorted({re.escape(w[0]) for w in unique}))
    return re.compile(rf"(?=[{first}])\b(?:" + _pattern(_trie(unique)) + r")(?![\w-])", flags)


def compile_word_ends(words: Iterable[str]) -> re.Pattern[str]:
    """Like :func:`compile_words` without the test at the start of the word: for
    :func:`find_whole_words`, which tests it, twice as fast where matches are rare."""
    unique = sorted({w for w in words if w})
    if not unique:
        return re.compile(r"(?!)")
    return re.compile("(?:" + _pattern(_trie(unique)) + r")(?![\w-])")


def find_whole_words(
    pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None
) -> Iterator[re.Match[str]]:
    """The matches of a :func:`compile_word_ends` pattern that start a word, in text order.

    A match inside a word is dropped and the search resumes one character later, so
    it hides nothing that :func:`compile_words` would have found.
    """
    end = len(text) if end is None else end
    at = start
    while True:
        match = pattern.search(text, at, end)
        if match is None:
            return
        begin = match.start()
        if begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] == "_"):
            at = begin + 1
            continue
        yield match
        at = match.end()
