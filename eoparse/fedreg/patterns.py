"""The patterns that read a reference to a presidential document (kept apart from the logic).

Each is anchored at both ends and every repetition is bounded, so each runs
in linear time on any input.
"""

from __future__ import annotations

import regex

_VI = regex.VERBOSE | regex.IGNORECASE

NUMBERED = regex.compile(
    r"""
    \A
    (?:
        (?P<eo>executive\ order|exec\.\ ?order|e\.\ ?o\.|eo)
      | (?P<proc>proclamation|proc\.?)
    )
    \ ?(?:no\.\ ?|number\ |\#\ ?)?
    (?P<number>\d{1,3}(?:,\d{3}){1,2}|\d{1,7})
    \Z
    """,
    _VI,
)
"""``EO 14157``, ``E.O. 14157``, ``Executive Order No. 14157``, ``Proclamation 10886``,
``Proc. 10,886``."""

DATED = regex.compile(
    r"""
    \A
    (?:presidential\ )?
    (?P<kind>memorandum|notice|determination)
    \ (?:of\ )?
    (?P<date>.{6,40})
    \Z
    """,
    _VI,
)
"""``Memorandum of January 20, 2025``, ``Notice of 2025-09-04``, ``Determination of …``."""

ISO_DATE = regex.compile(r"\A(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\Z")
"""``2025-01-20``."""

DOCUMENT_NUMBER = regex.compile(
    r"""
    \A
    (?:fr\ doc(?:\.|ument)?\ (?:no\.?\ )?)?
    (?P<number>(?:[RC]\d-)?[A-Z]{0,2}\d{1,4}-\d{1,7})
    \Z
    """,
    _VI,
)
"""A Federal Register document number: ``2025-02004``, ``01-24205``, ``E9-3106``,
``X95-110125``, a republication or correction ``R1-2019-12345`` / ``C1-2019-12345``,
``FR Doc. 2025-02004``."""

CITATION = regex.compile(r"\A(?P<volume>\d{1,3})\ ?FR\ ?(?P<page>\d{1,6})\Z", _VI)
"""A Federal Register citation: ``90 FR 8439``."""
