"""Suspensions and limits on the entry of aliens (INA 212(f)): who, which countries, how long.

Two forms, both the order acting by its own force:

- ``the entry into the United States of nationals of … is hereby suspended``
  (``I therefore direct that the entry … be suspended for 90 days``);
- ``I hereby suspend entry into the United States, as immigrants and
  nonimmigrants, of such persons for 90 days`` (``… and thus suspend any
  such entry until …``).

``The Secretary of State shall suspend …`` is a duty given to an official,
not a measure.  When the suspending words point back (``those six
countries``, ``such persons``, ``any such entry``), the subject and the
countries come from the finding that names them, in the same sentence or
the ones before it: ``the unrestricted entry into the United States of
nationals of Iran, Libya, Somalia, Sudan, Syria, and Yemen would be
detrimental to the interests of the United States``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

import regex

from eoparse.model import Measure, MeasureAction, Span
from eoparse.powers.anchored import ending_at
from eoparse.powers.context import CLAUSE_REACH, Context
from eoparse.powers.countries import find_countries
from eoparse.powers.measure_patterns import (
    DETRIMENTAL,
    DIRECTED,
    DURATION,
    ENTRY_ACTIVE,
    ENTRY_PASSIVE,
    POINTS_BACK,
    QUOTE_MARK,
)
from eoparse.powers.wordlist import contains_any

_LOOK_BACK = 3
"""Sentences before a suspension that may hold the finding its words point back to."""

Basis = Callable[[Span], tuple[str, ...]]
"""The statutes a measure in a span rests on."""


def inside_quote(words: str) -> bool:
    """Whether the end of ``words`` (a sentence up to a verb) lies inside a quotation: an
    order quoting a statute (``… he may … "suspend the entry of all aliens …"``)."""
    return words.count('"') % 2 == 1 or words.count("“") > words.count("”")


class Sentences:
    """What the measures ask of a sentence again and again — where its quote marks and
    its findings are, whether a word occurs — found once per sentence, so that one
    endless sentence of measures stays linear."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._marks: dict[Span, tuple[list[int], list[int], list[int]]] = {}
        self._findings: dict[Span, list[regex.Match[str]]] = {}
        self._words: dict[tuple[Span, str], int] = {}

    def inside_quote(self, sentence: Span, at: int) -> bool:
        """:func:`inside_quote` of the sentence's words up to ``at``."""
        marks = self._marks.get(sentence)
        if marks is None:
            straight: list[int] = []
            opening: list[int] = []
            closing: list[int] = []
            for mark in QUOTE_MARK.finditer(self.text, *sentence):
                {'"': straight, "“": opening, "”": closing}[mark[0]].append(mark.start())
            marks = self._marks[sentence] = (straight, opening, closing)
        straight, opening, closing = marks
        before = bisect.bisect_left(straight, at)
        return before % 2 == 1 or bisect.bisect_left(opening, at) > bisect.bisect_left(closing, at)

    def holds(self, sentence: Span, word: str, at: int) -> bool:
        """Whether ``word`` occurs in the sentence before ``at``."""
        key = (sentence, word)
        first = self._words.get(key)
        if first is None:
            first = self._words[key] = self.text.find(word, *sentence)
        return first >= 0 and first + len(word) <= at

    def findings(self, sentence: Span) -> list[regex.Match[str]]:
        """The ``entry … would be detrimental`` findings of the sentence."""
        found = self._findings.get(sentence)
        if found is None:
            found = self._findings[sentence] = list(DETRIMENTAL.finditer(self.text, *sentence))
        return found


def _flat(words: str) -> str:
    return " ".join(words.split()).strip(" ,;:")


def _sentence_of(context: Context, offset: int) -> Span:
    paragraph = context.paragraph_of(offset)
    return context.sentence_at(paragraph[0], paragraph[1], offset) or paragraph


def _duration(text: str, start: int, end: int) -> str | None:
    match = DURATION.search(text, start, min(end, start + CLAUSE_REACH))
    if match is None:
        return None
    return _flat(match["duration"] or match["until"] or match["during"])


def _finding(
    context: Context, marks: Sentences, sentence: Span, before: int
) -> regex.Match[str] | None:
    """The nearest ``entry … of X would be detrimental`` finding at or before ``before``:
    in the sentence, else in the sentences before it in its paragraph."""
    found = [m for m in marks.findings(sentence) if m.end() <= before]
    if found:
        return found[-1]
    paragraph = context.paragraph_of(sentence[0])
    sentences = context.sentences(*paragraph)
    index = bisect.bisect_left(sentences, (sentence[0], sentence[0]))  # the sentence's own
    for earlier in reversed(sentences[max(0, index - _LOOK_BACK) : index]):
        if earlier[1] <= sentence[0] and (found := marks.findings(earlier)):
            return found[-1]
    return None


def _measure(
    context: Context,
    marks: Sentences,
    action: MeasureAction,
    who: str | None,
    verb: Span,
    sentence: Span,
    basis: Basis,
) -> Measure:
    text = context.text
    subject_words = _flat(who or "")
    finding = None
    if not subject_words or POINTS_BACK.search(subject_words):
        finding = _finding(context, marks, sentence, verb[0])
    names = find_countries(text, verb[0], verb[1]) if who else []
    if finding is not None:
        if not subject_words or not names:
            names = names or find_countries(text, finding.start("who"), finding.end("who"))
        if not subject_words or POINTS_BACK.search(subject_words):
            subject_words = _flat(finding["who"])
    subject = f"entry of {subject_words}" if subject_words else "entry"
    return Measure(
        action,
        subject,
        context.path_at(sentence[0]),
        sentence,
        names=tuple(names),
        duration=_duration(text, verb[1], sentence[1]),
        basis=basis(sentence) or (basis(_sentence_of(context, finding.start())) if finding else ()),
    )


def _action(verb: str) -> MeasureAction:
    return MeasureAction.SUSPEND_ENTRY if verb.startswith("suspend") else MeasureAction.LIMIT_ENTRY


_VERBS = ("suspend", "limit", "restrict")
"""What the verb of every :data:`ENTRY_PASSIVE` and :data:`ENTRY_ACTIVE` match starts with."""


def entry_measures(context: Context, basis: Basis) -> list[Measure]:
    """The suspensions and limits on entry the order makes, in text order."""
    text = context.text
    out: list[Measure] = []
    start = context.body_start  # a quotation's context: its own stretch only
    end = context.paragraphs[-1][1] if context.paragraphs else len(text)
    if text.find("entry", start, end) < 0:
        return out  # every paragraph read below holds the word
    marks = Sentences(text)
    for start, end in context.body_paragraphs():
        if context.quoted(start) or text.find("entry", start, end) < 0:
            continue
        for sentence in context.sentences(start, end):
            if not contains_any(text, _VERBS, *sentence):
                continue  # every match of both patterns holds one of these verbs
            for match in ENTRY_PASSIVE.finditer(text, *sentence):
                if marks.inside_quote(sentence, match.start()):
                    continue
                who = match["subject"].removeprefix(" of ")
                out.append(
                    _measure(
                        context,
                        marks,
                        _action(match["verb"]),
                        who,
                        match.span(),
                        sentence,
                        basis,
                    )
                )
            for match in ENTRY_ACTIVE.finditer(text, *sentence):
                if ending_at(DIRECTED, text, max(sentence[0], match.start() - 12), match.start()):
                    continue  # "The Secretary shall suspend …": a duty, not the order's act
                if marks.inside_quote(sentence, match.start()):
                    continue  # a statute quoted
                who = (match["subject"] or "").removeprefix(" of ") or None
                out.append(
                    _measure(
                        context, marks, _action(match["verb"]), who, match.span(), sentence, basis
                    )
                )
    return out


__all__ = ["Sentences", "entry_measures", "inside_quote"]
