"""What an order does by its own force: :class:`~eoparse.model.Measure` items.

Entry suspensions and limits, blocking and prohibitions, effective dates,
expiry and durations, exceptions and case-by-case waivers, statutory
requirements the President waives, effective dates of revocations.

This first cut reads two forms: the suspension of entry (``the entry into
the United States of … is hereby suspended``) and the order's effective date
(``This order is effective immediately`` / ``shall take effect on …``).
"""

from __future__ import annotations

import regex

from eoparse.dates import parse_date
from eoparse.model import Authority, Measure, MeasureAction, Span
from eoparse.powers.context import Context

_V = regex.VERBOSE

SUSPEND_ENTRY = regex.compile(
    r"""
    \b(?:the\ )?(?:unrestricted\ )?(?:entry|immigration)\ (?:into\ the\ United\ States\ )?
    (?P<subject>of\ [^.;]{3,300}?)                 # whose entry
    \ (?:is|are|be|shall\ be)\ (?:hereby\ )?suspended\b   # the act
    """,
    _V | regex.IGNORECASE,
)
"""``the entry into the United States of nationals of … is hereby suspended``."""

EFFECTIVE = regex.compile(
    r"""
    \b(?P<subject>(?:This|The)\ (?:order|proclamation|memorandum|section\ \w{1,6}))
    \ (?:is|shall\ be|shall\ become|becomes)\ effective
    \b(?P<when>(?:[^.;]|(?<=\ [ap])\.(?=m\.)|(?<=\ [ap]\.m)\.){0,160})   # immediately / on …
    """,
    _V,
)
"""``This order is effective immediately`` / ``… shall be effective at 12:01 a.m. … on``."""

TAKE_EFFECT = regex.compile(
    r"""
    \b(?P<subject>(?:This|The)\ (?:order|proclamation|memorandum|section\ \w{1,6}))
    \ shall\ take\ effect\b(?P<when>(?:[^.;]|(?<=\ [ap])\.(?=m\.)|(?<=\ [ap]\.m)\.){0,160})
    """,
    _V,
)
"""``This order shall take effect on January 20, 2025``."""

BLOCKED = regex.compile(
    r"""
    \b(?P<subject>[Aa]ll\ property\ and\ interests\ in\ property\b[^;]{0,600}?)
    \ (?:are|is)\ (?:hereby\ )?blocked\b
    """,
    _V,
)
"""``All property and interests in property that are in the United States … of the following
persons … are blocked``."""

DURATION = regex.compile(
    r"\bfor\ (?P<duration>(?:\d{1,3}|[a-z]{3,9})(?:\ \(\d{1,3}\))?\ (?:days|months|years))\b",
    _V,
)
"""``for 90 days`` / ``for ninety (90) days``."""


def _sentence(context: Context, offset: int) -> Span:
    paragraph = context.paragraph_of(offset)
    found = context.sentence_at(paragraph[0], paragraph[1], offset)
    return found or paragraph


def _basis(context: Context, span: Span, authorities: tuple[Authority, ...]) -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(
            c
            for a in authorities
            if a.invoked and span[0] <= a.span[0] < span[1]
            for c in a.citations
        )
    )


def extract_measures(context: Context, authorities: tuple[Authority, ...]) -> tuple[Measure, ...]:
    """Every measure the order takes by its own force, in text order."""
    text = context.text
    start = context.body_start
    found: list[Measure] = []
    seen: set[tuple[str, Span]] = set()

    def add(measure: Measure) -> None:
        key = (measure.action.value, measure.span)
        if context.quoted(measure.span[0]) or key in seen:
            return
        seen.add(key)
        found.append(measure)

    if "suspended" in text:
        for match in SUSPEND_ENTRY.finditer(text, start):
            span = _sentence(context, match.start())
            duration = DURATION.search(text, span[0], span[1])
            add(
                Measure(
                    MeasureAction.SUSPEND_ENTRY,
                    " ".join(("entry " + match["subject"]).split()),
                    context.path_at(span[0]),
                    span,
                    duration=duration["duration"] if duration else None,
                    basis=_basis(context, span, authorities),
                )
            )
    if "blocked" in text:
        for match in BLOCKED.finditer(text, start):
            span = _sentence(context, match.start())
            add(
                Measure(
                    MeasureAction.BLOCK,
                    " ".join(match["subject"].split()),
                    context.path_at(match.start()),
                    (match.start(), match.end()),
                    basis=_basis(context, span, authorities),
                )
            )
    if "effect" in text:
        for pattern in (EFFECTIVE, TAKE_EFFECT):
            for match in pattern.finditer(text, start):
                when = match["when"]
                date, _ = parse_date(when)
                span = _sentence(context, match.start())
                subject = " ".join(f"{match['subject']} takes effect{when.rstrip()}".split())
                add(
                    Measure(
                        MeasureAction.EFFECTIVE, subject, context.path_at(span[0]), span, date=date
                    )
                )
    return tuple(sorted(found, key=lambda m: m.span))


__all__ = ["BLOCKED", "DURATION", "EFFECTIVE", "SUSPEND_ENTRY", "TAKE_EFFECT", "extract_measures"]
