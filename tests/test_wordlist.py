"""The word-list tries: a separator-led pattern that finds exactly what ``\\b`` would."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from eoparse.powers.wordlist import (
    compile_words,
    contains_any,
    find_listed,
    holds_any,
    occurrences,
)

from .test_mention_scan import stretch

WORDS = ["Secretary", "Secretary of State", "State", "head", "heads of agencies", "Act", "Acts"]


def reference(words: list[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The plain alternation, longest first, behind a word boundary."""
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pattern = re.compile(rf"\b(?:{alternation})(?![\w-])")
    return [m.span() for m in pattern.finditer(text, start, end)]


def test_a_word_at_the_start_and_after_each_kind_of_separator() -> None:
    pattern = compile_words(WORDS)
    text = "Secretary of State, (State) -Acts—Act\nheads of agencies"
    assert [text[s:e] for s, e in find_listed(pattern, text)] == [
        "Secretary of State",
        "State",
        "Acts",
        "Act",
        "heads of agencies",
    ]


def test_not_inside_a_word_nor_after_a_letter_outside_ascii() -> None:
    pattern = compile_words(WORDS)
    assert list(find_listed(pattern, "Interstate éState _State 9State")) == []
    assert list(find_listed(pattern, "State-run States")) == []


def test_a_range_sees_the_character_before_it() -> None:
    pattern = compile_words(WORDS)
    text = "xState State"
    assert list(find_listed(pattern, text, 1)) == [(7, 12)]  # "x" is a letter: no word at 1
    assert list(find_listed(pattern, text, 7)) == [(7, 12)]  # its separator lies before 7
    assert list(find_listed(pattern, text, 7, 11)) == []  # "Stat": the word runs past the end


ALPHABET = st.sampled_from(
    ["State", "Act", "Acts", "head", "s", " ", "-", "_", "é", "—", "\n", "9", "ment", "x"]
)


CAPITALISED = ["State", "Act", "Acts", "Statement"]
"""Words that all start with a capital: a pattern without a separator."""


def test_capitalised_words_not_inside_a_word() -> None:
    pattern = compile_words(CAPITALISED)
    assert not pattern.pattern.startswith("[")  # no separator: the capitals lead
    text = "State xState éAct _Acts 9State McActs -Act Statement"
    assert [text[s:e] for s, e in find_listed(pattern, text)] == ["State", "Act", "Statement"]
    assert list(find_listed(pattern, "xState State", 1)) == [(7, 12)]
    assert list(find_listed(pattern, "xState State", 7, 11)) == []


@settings(max_examples=400, deadline=None)
@given(parts=st.lists(ALPHABET, max_size=20), data=st.data())
def test_capitalised_the_same_as_a_word_boundary(parts: list[str], data: st.DataObject) -> None:
    text, start, end = stretch(parts, data)
    got = list(find_listed(compile_words(CAPITALISED), text, start, end))
    assert got == reference(CAPITALISED, text, start, end)


@settings(max_examples=400, deadline=None)
@given(parts=st.lists(ALPHABET, max_size=20), data=st.data())
def test_the_same_as_a_word_boundary(parts: list[str], data: st.DataObject) -> None:
    text = "".join(parts)
    # Ranges cut between the parts, where words begin and end, and anywhere.
    first = data.draw(st.integers(0, len(parts)))
    last = data.draw(st.integers(first, len(parts)))
    start, end = len("".join(parts[:first])), len("".join(parts[:last]))
    if data.draw(st.booleans()):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
    words = ["State", "Act", "Acts", "head", "heads"]
    got = list(find_listed(compile_words(words), text, start, end))
    assert got == reference(words, text, start, end)


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(ALPHABET, max_size=20), data=st.data())
def test_holds_any_says_what_contains_any_says(parts: list[str], data: st.DataObject) -> None:
    text, start, end = stretch(parts, data)
    words = ["State", "tate", "s ", "Acts", "x"]
    index = occurrences(text, words)
    assert holds_any(index, start, end) == contains_any(text, words, start, end)
