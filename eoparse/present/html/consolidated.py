"""A consolidated order as HTML: its amended text with what each amendment changed marked.

New words sit in ``<ins>``, the words they replaced in ``<del>`` just before
them, each change tagged ``[n]`` and titled with the amending order, the
action and the section; the list of changes and the warnings (what could not
be applied) follow the text.
"""

from __future__ import annotations

from typing import Any

from eoparse.present.html.base import esc, table, wrap


def _title(number: int, change: Any) -> str:
    where = f" {change.section}" if change.section else ""
    return f"[{number}] {change.source}: {change.action}{where}"


def consolidated_html(consolidated: Any) -> str:
    """``consolidated`` (:class:`~eoparse.compare.consolidate.Consolidated`) as HTML."""
    text: str = consolidated.text
    marks = sorted(
        (
            (change.span, number, change)
            for number, change in enumerate(consolidated.changes, 1)
            if change.span is not None
        ),
        key=lambda mark: (mark[0][0], mark[0][1]),
    )
    out: list[str] = []
    at = 0
    for (start, end), number, change in marks:
        if start < at:
            continue  # nested in a change already shown
        out.append(esc(text[at:start]))
        title = esc(_title(number, change))
        if change.old:
            out.append(f'<del title="{title}">{esc(change.old)}</del>')
        if end > start:
            out.append(f'<ins title="{title}">{esc(text[start:end])}</ins>')
        out.append(f'<sup class="eo-muted">[{number}]</sup>')
        at = end
    out.append(esc(text[at:]))
    state = f"as of {consolidated.as_of.isoformat()}" if consolidated.as_of else "as amended"
    parts = [f"<h2>{esc(consolidated.label)} — {esc(state)}</h2>"]
    if consolidated.revoked_by:
        parts.append(
            f'<p class="eo-warn">Revoked or superseded by {esc(consolidated.revoked_by)}.</p>'
        )
    parts.append(f'<div class="eo-text">{"".join(out)}</div>')
    rows = [
        [
            esc(number),
            esc(change.source),
            esc(change.action),
            f"<code>{esc(change.section or '')}</code>",
            f"<del>{esc(change.old or '')}</del>",
            f"<ins>{esc(change.new or '')}</ins>",
        ]
        for number, change in enumerate(consolidated.changes, 1)
    ]
    if rows:
        parts.append("<h3>Changes</h3>")
        parts.append(table(["#", "by", "action", "section", "old words", "new words"], rows))
    if consolidated.warnings:
        items = "".join(f"<li>{esc(w)}</li>" for w in consolidated.warnings)
        parts.append(f'<h3 class="eo-warn">Not applied</h3><ul>{items}</ul>')
    return wrap("".join(parts))


__all__ = ["consolidated_html"]
