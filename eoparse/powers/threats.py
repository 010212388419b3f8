"""The threat a national-emergency action names, in the order's own words.

A declaration's threat is, in this order of preference:

1. the subject of the finding in the declaring sentence (``I find that [X]
   constitutes an unusual and extraordinary threat …, and I hereby declare``);
2. the object of the declaring sentence (``declare a national emergency with
   respect to [X]``), unless it only points back (``that threat``), is a
   place (``exists at the southern border``: where, not what) or only says
   ``the threat to …`` (then after 3);
3. the subject of the nearest finding before it in the preamble or the
   declaring section (``unusual and extraordinary threat``, else a ``grave``
   or ``imminent threat`` in other words);
4. ``the unusual and extraordinary threat … posed by [X]``.

A subject that only points back (``these actions``, ``They present …``,
``This assault on …``, ``the circumstances described above``) is replaced by
the words it points to: the sentence before it, or — when it opens its
paragraph — the nearest paragraph before that does not point back itself
(the whole of it when short, else its last sentence that does not point
back).  An expansion names its threat after its verb
(``…, finding that [X] constitutes …``, ``… posed by [X]``) as often as before.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from eoparse.model import Span
from eoparse.powers.context import CLAUSE_REACH, Context
from eoparse.powers.emergency_patterns import EMERGENCY_ABOUT, STEPS_ABOUT
from eoparse.powers.threat_patterns import (
    ANAPHORIC,
    FINDING_START,
    GRAVE_THREAT,
    OBJECT,
    PLACE_PREPOSITIONS,
    POINTER_START,
    POSED_BY,
    SPEAKER,
    THREAT_TAIL,
    TO_COVER,
    UNUSUAL_THREAT,
)

_LOOK_BACK = 4
"""Paragraphs a pointing-back threat may reach back over to the words it points to."""

_WHOLE_PARAGRAPH = 400
"""A paragraph pointed back to is the threat when it is this short; else its last sentence
that does not point back itself, the nearest to the words pointing back."""


def _last(matches: Iterator[regex.Match[str]]) -> regex.Match[str] | None:
    found = None
    for found in matches:  # noqa: B007 - the last one is wanted
        pass
    return found


def _sentence(context: Context, offset: int) -> Span:
    paragraph = context.paragraph_of(offset)
    return context.sentence_at(paragraph[0], paragraph[1], offset) or paragraph


def _clean(words: str) -> str:
    words = " ".join(words.split()).strip(" ,;:")
    for _ in range(2):  # "(c) In addition, …"
        words = SPEAKER.sub("", words, count=1)
    if " and that " in words:  # "find that the emergency continues and that X continue to"
        words = words.rsplit(" and that ", 1)[1]
    words = words.removesuffix(" continue to").removesuffix(" continues to")
    words = THREAT_TAIL.sub("", words).strip(" ,;:")
    return words


def _finding_start(context: Context, sentence: Span, verb: int) -> int:
    """Where the subject of the finding whose verb starts at ``verb`` begins."""
    opener = FINDING_START.search(context.text, sentence[0], verb)
    return opener.end() if opener is not None else sentence[0]


def _subject(context: Context, verb: int) -> Span:
    sentence = _sentence(context, verb)
    return (_finding_start(context, sentence, verb), verb)


def _points_back(words: str) -> bool:
    return ANAPHORIC.search(words) is not None


def _antecedent(context: Context, subject: Span) -> str | None:
    """The words a pointing-back subject points to (see the module's docstring)."""
    text = context.text
    paragraph = context.paragraph_of(subject[0])
    sentences = context.sentences(*paragraph)
    index = next((i for i, s in enumerate(sentences) if s[0] <= subject[0] < s[1]), 0)
    for start, end in reversed(sentences[:index]):
        covered = TO_COVER.search(text, start, end)
        begin = covered.end() if covered else _finding_start(context, (start, end), end)
        words = _clean(text[begin:end].rstrip("."))
        if words and not POINTER_START.match(words):
            return words
    paragraphs = [p for p in context.body_paragraphs() if p[1] <= paragraph[0]]
    for start, end in reversed(paragraphs[-_LOOK_BACK:]):
        sentences = context.sentences(start, end)
        first = _clean(text[sentences[0][0] : sentences[0][1]].rstrip("."))
        if not first or POINTER_START.match(first) or first.isupper():
            continue
        if end - start <= _WHOLE_PARAGRAPH:
            return _clean(text[start:end].rstrip("."))
        for s_start, s_end in reversed(sentences):
            begin = _finding_start(context, (s_start, s_end), s_end)
            words = _clean(text[begin:s_end].rstrip("."))
            if words and not POINTER_START.match(words):
                return words
    return None


def _resolved(context: Context, subject: Span) -> str | None:
    words = _clean(context.text[subject[0] : subject[1]])
    if not words:
        return None
    if _points_back(words):
        return _antecedent(context, subject) or words
    return words


def _last_finding(context: Context, start: int, end: int) -> str | None:
    """The subject of the last finding whose verb lies in ``[start, end)``."""
    text = context.text
    for pattern in (UNUSUAL_THREAT, GRAVE_THREAT):
        last = _last(pattern.finditer(text, start, end))
        if last is not None:
            found = _resolved(context, _subject(context, last.start()))
            if found:
                return found
    return None


def _region_start(context: Context, offset: int) -> int:
    """Where findings for an action at ``offset`` may begin: its top-level section, or the
    preamble."""
    for section in context.sections:
        if section.span[0] <= offset < section.span[1]:
            return section.span[0]
    return context.body_start


def _object(context: Context, verb_end: int, sentence_end: int) -> str | None:
    match = OBJECT.match(context.text, verb_end, sentence_end)
    if match is None or match["prep"] in PLACE_PREPOSITIONS:
        return None
    words = _clean(match["object"])
    if not words or _points_back(words):
        return None
    return words


def _generic(words: str) -> bool:
    """``the threat to the bulk-power system``: a finding before it says more."""
    return words.startswith(("the threat", "threat", "the threats", "threats"))


def declared_threat(context: Context, verb: Span) -> str | None:
    """The threat of the declaration whose verb phrase is ``verb``."""
    text = context.text
    sentence = _sentence(context, verb[0])
    in_sentence = _last(UNUSUAL_THREAT.finditer(text, sentence[0], verb[0]))
    if in_sentence is not None:
        found = _resolved(context, _subject(context, in_sentence.start()))
        if found:
            return found
    declared_about = _object(context, verb[1], sentence[1])
    if declared_about and not _generic(declared_about):
        return declared_about
    found = _last_finding(context, _region_start(context, verb[0]), verb[0])
    if found:
        return found
    if declared_about:
        return declared_about
    posed = POSED_BY.search(text, sentence[0], sentence[1])
    return _clean(posed["threat"]) if posed else None


def expanded_threat(context: Context, verb: Span) -> str | None:
    """The threat of the expansion whose verb phrase is ``verb``: what it is expanded ``to
    cover``, else named after the verb (in its paragraph), else as a declaration names it."""
    text = context.text
    paragraph = context.paragraph_of(verb[0])
    covered = TO_COVER.match(text, verb[0], paragraph[1])
    if covered is not None:
        sentence = _sentence(context, verb[0])
        stop = min(sentence[1], covered.end() + CLAUSE_REACH)  # not an endless sentence's rest
        words = _clean(text[covered.end() : stop].rstrip("."))
        if words and not POINTER_START.match(words):
            return words
    after = UNUSUAL_THREAT.search(text, verb[1], paragraph[1])
    if after is not None:
        subject = _subject(context, after.start())
        if subject[0] >= verb[1]:
            found = _resolved(context, subject)
            if found:
                return found
    posed = POSED_BY.search(text, verb[1], paragraph[1])
    if posed is not None:
        return _clean(posed["threat"])
    return declared_threat(context, verb)


def invoked_threat(context: Context, sentence: Span) -> str | None:
    """``take additional steps with respect to [the threat] and the national emergency …``."""
    match = STEPS_ABOUT.search(context.text, sentence[0], sentence[1])
    if match is None:
        return None
    words = _clean(match["threat"])
    return None if not words or _points_back(words) else words


def named_threat(context: Context, sentence: Span) -> str | None:
    """The threat a termination, continuation or modification names the emergency by:
    ``the national emergency … with respect to the Taliban``."""
    match = EMERGENCY_ABOUT.search(context.text, sentence[0], sentence[1])
    if match is None:
        return None
    words = _clean(match["threat"])
    return None if not words or _points_back(words) else words


__all__ = ["declared_threat", "expanded_threat", "invoked_threat", "named_threat"]
