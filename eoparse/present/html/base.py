"""What every HTML display shares: escaping, the wrapper with its style, tables, badges."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from eoparse.present.css import STYLE

MAX_QUOTE = 320
"""Characters of an item's words shown in a table cell."""

BADGES = {
    "added": ("+ added", "eo-added"),
    "removed": ("− removed", "eo-removed"),
    "changed": ("~ changed", "eo-changed"),
    "wording": ("≈ wording", "eo-same"),
    "same": ("= same", "eo-same"),
    "unchanged": ("= unchanged", "eo-same"),
}


def esc(value: object) -> str:
    """``value`` as escaped HTML text (``None`` as an empty string)."""
    return "" if value is None else html.escape(str(value), quote=True)


def wrap(body: str) -> str:
    """``body`` in the ``eoparse`` block that carries its own style."""
    return f'<div class="eoparse"><style>{STYLE}</style>{body}</div>'


def cites(citations: Iterable[str]) -> str:
    """Citations, each kept on one line (``50 U.S.C. 1701`` never breaks inside)."""
    return ", ".join(f'<span class="eo-cite">{esc(c)}</span>' for c in citations)


def shorten(text: str, limit: int = MAX_QUOTE) -> str:
    """``text`` flattened and cut at a word to ``limit`` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0]
    return cut + " …"


def table(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    cls: str = "eo-table",
    widths: Sequence[int] = (),
) -> str:
    """A table; ``headers`` are plain text, cells are HTML already escaped.

    ``widths`` (percentages, one per column) fix the layout.
    """
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    cols = ""
    if widths:
        cls += " eo-fixed"
        cols = "<colgroup>" + "".join(f'<col style="width:{w}%">' for w in widths) + "</colgroup>"
    return f'<table class="{cls}">{cols}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def badge(change: str) -> str:
    """A change's text badge (``+ added`` …)."""
    text, cls = BADGES.get(change, (change, "eo-same"))
    return f'<span class="eo-badge {cls}">{esc(text)}</span>'


__all__ = ["BADGES", "MAX_QUOTE", "badge", "cites", "esc", "shorten", "table", "wrap"]
