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


def _snippet(text: str, width: int) -> str:
    """The first words of ``text``, cut at a word boundary to fit ``width``."""
    flat = " ".join(text.split())
    return textwrap.shorten(flat, width=max(width, 12), placeholder=" …")


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


def _lines(section: Section, depth: int) -> list[str]:
    indent = "  " * depth
    label = _label(section)
    if section.heading:
        line = f"{indent}{label} {section.heading}"
    else:
        body = _after_marker(section.text)
        line = f"{indent}{label} {_snippet(body, _WIDTH - len(indent) - len(label) - 1)}"
    out = [line]
    for child in section.children:
        out.extend(_lines(child, depth + 1))
    return out


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
        lines.extend(_lines(section, 1 if order.preamble else 0))
    if order.signature:
        lines.append("Signature: " + _snippet(order.quote(order.signature), 80))
    lines.append("")
    counts = [(len(kind.items(order)), kind.title.lower()) for kind in KINDS]
    lines.append("Extracted: " + ", ".join(f"{n} {_number(title, n)}" for n, title in counts))
    if order.warnings:
        lines.append("Warnings:")
        lines.extend(f"  - {warning}" for warning in order.warnings)
    return "\n".join(lines)
