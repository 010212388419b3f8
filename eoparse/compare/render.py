"""A powers diff as a readable plain-text report (``PowerDiff.to_text()``).

Headlines first, then every change with its changed fields and both quotes,
then the sections that differ.  Lines are wrapped to a width and never cut:
what the report shows is the whole value.
"""

from __future__ import annotations

import textwrap
from typing import Any

from eoparse.compare.result import Change, FieldChange, PowerDiff
from eoparse.kinds import flat

INDENT = "    "


def _show(value: Any) -> str:
    if isinstance(value, tuple | list):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return flat(str(value)) if value is not None else "none"


def _field(change: FieldChange) -> str:
    if change.added or change.removed:
        moved = [f"+ {v}" for v in change.added] + [f"− {v}" for v in change.removed]
        return f"{change.field}: {'; '.join(moved)}"
    if change.words:
        words = []
        for op, text in change.words:
            if op == "equal":
                words.append(text)
            elif op == "delete":
                words.append(f"[−{text}−]")
            else:
                words.append(f"{{+{text}+}}")
        return f"{change.field}: {' '.join(words)}"
    return f"{change.field}: {_show(change.old)} → {_show(change.new)}"


def diff_text(result: PowerDiff, *, width: int = 100, wording: bool = False) -> str:
    """The report (see the module's docstring); ``wording=True`` lists wording-only changes
    too (they are counted otherwise).  Changed words show as ``[−old−] {+new+}``."""
    lines: list[str] = []

    def put(text: str, indent: str = "") -> None:
        lines.extend(
            textwrap.wrap(
                text,
                width=max(width, 40),
                initial_indent=indent,
                subsequent_indent=indent + "  ",
                break_long_words=False,
                break_on_hyphens=False,
            )
            or [indent]
        )

    put(result.summary())
    for warning in result.warnings:
        put(f"warning: {warning}")
    related = result.related
    for relation in (*related.relations, *related.lineage, *related.subject):
        put(f"related: {relation}")
    if result.headlines:
        lines.append("")
        lines.append("Headlines:")
        for headline in result.headlines:
            put(headline.text, "  ")
    shown = [c for c in result.changes if wording or c.change is not Change.WORDING]
    if shown:
        lines.append("")
        lines.append("Changes:")
    for change in shown:
        lines.append("")
        put(f"{change.change.value.upper():<8} {change.category}: {change.label}")
        for item in change.fields:
            put(_field(item), INDENT + "     ")
        for name, side in (("old", change.old), ("new", change.new)):
            if side is not None:
                put(f"{name} {side.order} {side.where}: {flat(side.quote)}", INDENT + "     ")
    changed = [s for s in result.sections if s.change is not Change.SAME]
    if changed:
        lines.append("")
        lines.append("Sections:")
        for section in changed:
            old = " ".join(w for w in (section.old_path, section.old_heading) if w)
            new = " ".join(w for w in (section.new_path, section.new_heading) if w)
            put(
                f"{section.change.value:<8} old {old or '-'} | new {new or '-'}"
                f" (similarity {section.similarity:.2f})",
                "  ",
            )
    return "\n".join(lines)


__all__ = ["diff_text"]
