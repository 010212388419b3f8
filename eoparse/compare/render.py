"""A powers diff as a readable plain-text report (``PowerDiff.to_text()``)."""

from __future__ import annotations

from typing import Any

from eoparse.compare.result import Change, PowerDiff
from eoparse.kinds import clip


def _show(value: Any) -> str:
    if isinstance(value, tuple | list):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return clip(str(value), 80) if value is not None else "none"


def diff_text(result: PowerDiff) -> str:
    """The summary, each change with both quotes, then the sections that changed."""
    lines = [result.summary()]
    for change in result.changes:
        lines.append("")
        lines.append(f"{change.change.value.upper():<8} {change.category}: {change.label}")
        for item in change.fields:
            lines.append(f"         {item.field}: {_show(item.old)} → {_show(item.new)}")
        for name, side in (("new", change.new), ("old", change.old)):
            if side is not None:
                words = clip(" ".join(side.quote.split()), 200)
                lines.append(f"         {name} {side.order} {side.where}: {words}")
    changed = [s for s in result.sections if s.change is not Change.SAME]
    if changed:
        lines.append("")
        lines.append("Sections:")
        for section in changed:
            old = " ".join(w for w in (section.old_path, section.old_heading) if w)
            new = " ".join(w for w in (section.new_path, section.new_heading) if w)
            lines.append(
                f"  {section.change.value:<8} old {old or '-'} | new {new or '-'}"
                f" (similarity {section.similarity:.2f})"
            )
    return "\n".join(lines)


__all__ = ["diff_text"]
