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

from eoparse.grammar.labels import DECIMAL_SECTION, SECTION, SECTION_STARTS
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
    start = span[0]
    paragraphs = context.paragraphs_in(span)
    # the quotation's own opening marks are not part of its labels
    body = [(s + 1 if text.startswith('"', s) else s, e) for s, e in paragraphs]
    tops = _tops(text, body)
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


def _tops(text: str, body: list[Span]) -> tuple[Section, ...]:
    """The top sections of a quotation's ``body``.  A restated order numbered by parts
    (``1.1 Goals. …``, ``1.2 …``, each with its own ``(a)``, ``(b)`` …) opens a section at
    each decimal marker, as ``Sec.`` would: without them, each ``(a)`` after the first
    would nest under the one before.  Where the quotation prints ``Sec.`` markers, those
    are its sections, and a bare ``9.1 Definition.`` is a line of its table of contents."""
    opens = [i for i, (start, end) in enumerate(body) if DECIMAL_SECTION.match(text, start, end)]
    if opens and any(
        text.startswith(SECTION_STARTS, start) and SECTION.match(text, start, end)
        for start, end in body
    ):
        opens = []
    if not opens:
        return build_sections(text, body, [])[0]
    tops: list[Section] = list(build_sections(text, body[: opens[0]], [])[0]) if opens[0] else []
    for first, stop in zip(opens, [*opens[1:], len(body)], strict=True):
        start, end = body[first]
        marker = DECIMAL_SECTION.match(text, start, end)
        assert marker is not None  # it opened the paragraph above
        number = marker["number"]
        heading_end = text.find(". ", marker.end(), end)
        heading = text[marker.end() : heading_end] if 0 < heading_end - marker.end() < 80 else None
        chunk = [(marker.end(), end), *body[first + 1 : stop]]
        children = tuple(
            _nest(child, f"{number}({child.number})")
            for child in build_sections(text, chunk, [])[0]
        )
        tops.append(
            Section(
                path=number,
                number=number,
                heading=heading,
                span=(start, body[stop - 1][1]),
                children=children,
                kind=SectionKind.SECTION,
                source=text,
            )
        )
    return tuple(tops)


__all__ = ["quoted_context"]
