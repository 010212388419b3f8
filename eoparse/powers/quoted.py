"""Quoted amendatory text, read as sections nested under the amending section.

``Sec. 4. Section 4(a) of Executive Order 12938 is amended to read as
follows: "Sec. 4. … (a) …"`` quotes text of another order; its markers are
that order's, so the section tree of this order leaves them out.  To read
designations made in such text, the quotation gets a section tree of its own
(built by the same label grammar, :func:`eoparse.structure.sections.build_sections`)
whose paths nest under the section that quotes it: the quoted ``(a)`` of the
quoted ``Sec. 4`` is ``4(a)`` here.  A quotation of several sections keeps
their numbers (``2(1)(a)``); one in the preamble stays ``preamble``.
"""

from __future__ import annotations

import attrs

from eoparse.model import Section, SectionKind, Span
from eoparse.powers.context import Context
from eoparse.structure.sections import build_sections

_OUTSIDE = ("preamble", "signature", "title")


def _nest(section: Section, path: str, *, flat: bool = False) -> Section:
    """``section`` at ``path``, its children below it (or at ``path`` too, ``flat``)."""
    children = tuple(
        _nest(child, path if flat else f"{path}({child.number})", flat=flat)
        for child in section.children
    )
    return attrs.evolve(section, path=path, children=children)


def quoted_context(context: Context, span: Span) -> Context:
    """A context for the quotation at ``span``, its sections nested under the section
    that quotes it (built once, however many extractors read it)."""
    return context.memoized(f"quotation {span[0]} {span[1]}", lambda: _quoted(context, span))


def _quoted(context: Context, span: Span) -> Context:
    text = context.text
    start, end = span
    paragraphs = [p for p in context.paragraphs if start <= p[0] and p[1] <= end]
    # the quotation's own opening marks are not part of its labels
    body = [(s + 1 if text.startswith('"', s) else s, e) for s, e in paragraphs]
    tops, _, _, _ = build_sections(text, body, [])
    amending = context.path_at(start)
    if amending in _OUTSIDE:
        outside = tuple(_nest(top, amending, flat=True) for top in tops)
        return context.within(span, outside)
    heading = None
    if len(tops) == 1 and tops[0].kind is SectionKind.SECTION:
        # "Sec. 4. …" quoted into this order's Sec. 4: its items are 4(a), 4(b) …
        heading = tops[0].heading
        children = tuple(_nest(child, f"{amending}({child.number})") for child in tops[0].children)
    else:
        children = tuple(_nest(top, f"{amending}({top.number})") for top in tops)
    root = Section(
        path=amending,
        number=amending,
        heading=heading,
        span=span,
        children=children,
        kind=SectionKind.SECTION,
        source=text,
    )
    return context.within(span, (root,))


__all__ = ["quoted_context"]
