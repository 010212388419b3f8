"""A plain-text outline of an order, for terminals, logs and ``make demo``."""

from __future__ import annotations

import textwrap

from eoparse.grammar.patterns import ANNEX, CLAUSE, ENUMERATOR, NUMBERED, PART, SECTION
from eoparse.kinds import KINDS
from eoparse.model import Order, Section, SectionKind

_WIDTH = 96


def _number(plural: str, count: int) -> str:
    """``plural`` made singular for a count of one (``grants`` → ``grant``)."""
    if count != 1:
        return plural
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    return plural[:-1] if plural.endswith("s") else plural


def _head(text: str, width: int) -> str:
    """Enough of the start of ``text`` for a snippet of ``width``: the same snippet as the
    whole text gives, read from a prefix of a few lines rather than the whole (a
    section's text holds all its descendants': reading it whole for every section made
    the outline quadratic in the depth of nesting)."""
    size = 4 * width + 16
    while size < len(text):
        head = text[:size]
        words = head.split()
        # the last word may be cut by the prefix: without it, the words must still
        # overflow the width, so that the snippet ends before it
        if len(" ".join(words[:-1])) > width:
            return head
        size *= 2
    return text


def _snippet(text: str, width: int) -> str:
    """The first words of ``text``, cut at a word boundary to fit ``width``."""
    width = max(width, 12)
    flat = " ".join(_head(text, width).split())
    return textwrap.shorten(flat, width=width, placeholder=" …")


def _label(section: Section) -> str:
    if section.kind is SectionKind.SECTION:
        return f"Sec. {section.number}."
    if section.kind is SectionKind.CLAUSE:
        return f"{section.number}."
    if section.kind in (SectionKind.PART, SectionKind.ANNEX):
        return section.path
    return f"({section.number})" if "-" not in section.number else f"{section.number}."


def _after_marker(text: str) -> str:
    """The words of a section after its own marker (``Sec. 2.``, ``(a)``, ``1.``)."""
    for pattern in (SECTION, PART, NUMBERED, ENUMERATOR, CLAUSE, ANNEX):
        match = pattern.match(text)
        if match:
            return text[match.end() :] if pattern is not ANNEX else text[match.end("label") :]
    return text


def _lines(section: Section, depth: int, out: list[str]) -> None:
    """Append the outline lines of ``section`` and its descendants to ``out``."""
    indent = "  " * depth
    label = _label(section)
    if section.heading:
        line = f"{indent}{label} {section.heading}"
    else:
        width = _WIDTH - len(indent) - len(label) - 1
        body = _after_marker(_head(section.text, 2 * _WIDTH))
        line = f"{indent}{label} {_snippet(body, width)}"
    out.append(line)
    for child in section.children:
        _lines(child, depth + 1, out)


def header_lines(order: Order) -> list[str]:
    """The header facts as two or three short lines."""
    title = order.title or "(untitled)"
    lines = [f"{order.label()} — {title}"]
    facts = []
    if order.signed:
        facts.append(f"signed {order.signed.isoformat()}")
    if order.president:
        facts.append(f"by {order.president}")
    if order.citation:
        facts.append(order.citation)
    if order.document_number:
        facts.append(f"FR Doc. {order.document_number}")
    if facts:
        lines.append("  " + " · ".join(facts))
    return lines


def outline(order: Order) -> str:
    """Header, section tree, extraction counts and warnings, as readable text."""
    lines = header_lines(order)
    lines.append("")
    if order.preamble:
        words = len(order.quote(order.preamble).split())
        lines.append(f"Preamble ({words} words)")
    for section in order.sections:
        _lines(section, 1 if order.preamble else 0, lines)
    if order.signature:
        lines.append("Signature: " + _snippet(order.quote(order.signature), 80))
    lines.append("")
    counts = [(len(kind.items(order)), kind.title.lower()) for kind in KINDS]
    lines.append("Extracted: " + ", ".join(f"{n} {_number(title, n)}" for n, title in counts))
    if order.warnings:
        lines.append("Warnings:")
        lines.extend(f"  - {warning}" for warning in order.warnings)
    return "\n".join(lines)
