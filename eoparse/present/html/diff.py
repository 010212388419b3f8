"""A powers diff as side-by-side HTML: old on the left, new on the right."""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from typing import Any

from eoparse.kinds import KINDS
from eoparse.present.html.base import badge, esc, shorten, table, wrap

CATEGORIES = tuple(kind.name for kind in KINDS)
"""The change categories of a PowerDiff (the registry's kinds), in the order they are shown."""

CONTEXT_WORDS = 12
"""Unchanged words kept on each side of a change in a section's word diff."""

FIELD_CONTEXT = 4
"""Unchanged words kept on each side of a change in a changed field's word diff."""

LONG_FIELD = 40
"""Changed text fields longer than this show as a word diff, not old → new."""

DIFF_OPEN_LIMIT = 60
"""Change tables with more rows than this start collapsed."""


def _as_dict(value: Any) -> Mapping[str, Any]:
    if isinstance(value, Mapping):
        return value
    to_dict = getattr(value, "to_dict", None)
    if to_dict is None:
        raise TypeError(f"expected a mapping or an object with to_dict(), got {type(value)}")
    data = to_dict()
    if not isinstance(data, Mapping):
        raise TypeError("to_dict() did not return a mapping")
    return data


def _doc_label(doc: Mapping[str, Any] | None) -> str:
    if not doc:
        return "(none)"
    label = str(doc.get("label") or doc.get("kind") or "document")
    signed = doc.get("signed")
    return f"{label} ({signed})" if signed else label


def _doc_line(doc: Mapping[str, Any] | None) -> str:
    if not doc:
        return '<span class="eo-muted">(none)</span>'
    title = doc.get("title")
    rest = f' <span class="eo-muted">— {esc(title)}</span>' if title else ""
    return f"<strong>{esc(_doc_label(doc))}</strong>{rest}"


def _value(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value) or "none"
    return str(value)


def _inline_diff(old: str, new: str) -> str:
    """The words of ``old`` and ``new`` in one run: removed in ``<del>``, added in ``<ins>``.

    Unchanged runs longer than a few words are elided.
    """
    a, b = old.split(), new.split()
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            words = a[i1:i2]
            if len(words) > 2 * FIELD_CONTEXT + 2:
                head = " ".join(words[:FIELD_CONTEXT]) if i1 > 0 else ""
                tail = " ".join(words[-FIELD_CONTEXT:]) if i2 < len(a) else ""
                out.append(f'{esc(head)} <span class="eo-gap">[…]</span> {esc(tail)}'.strip())
            else:
                out.append(esc(" ".join(words)))
            continue
        if i2 > i1:
            out.append(f"<del>{esc(' '.join(a[i1:i2]))}</del>")
        if j2 > j1:
            out.append(f"<ins>{esc(' '.join(b[j1:j2]))}</ins>")
    return " ".join(out)


def _list_diff(old: Sequence[Any], new: Sequence[Any]) -> str:
    """The members of two lists: kept ones plain, removed in ``<del>``, added in ``<ins>``."""
    olds, news = [str(v) for v in old], [str(v) for v in new]
    out = [f"<del>{esc(v)}</del>" if v not in news else esc(v) for v in olds]
    out += [f"<ins>{esc(v)}</ins>" for v in news if v not in olds]
    return ", ".join(out) or "none"


def _fields(fields: Sequence[Mapping[str, Any]]) -> str:
    """Changed fields: ``<del>old</del> → <ins>new</ins>``, long texts as a word diff."""
    lines = []
    for f in fields:
        old, new = _value(f.get("old")), _value(f.get("new"))
        name = f"<code>{esc(f.get('field'))}</code>"
        both_text = isinstance(f.get("old"), str) and isinstance(f.get("new"), str)
        if isinstance(f.get("old"), list | tuple) and isinstance(f.get("new"), list | tuple):
            lines.append(f"{name}: {_list_diff(f['old'], f['new'])}")
        elif both_text and max(len(old), len(new)) > LONG_FIELD:
            lines.append(f"{name}: {_inline_diff(old, new)}")
        else:
            removed, added = esc(shorten(old, 160)), esc(shorten(new, 160))
            lines.append(f"{name}: <del>{removed}</del> → <ins>{added}</ins>")
    return "<br>".join(lines)


def _side(side: Mapping[str, Any] | None, *, show_order: bool) -> str:
    if not side:
        return '<span class="eo-muted">—</span>'
    where = side.get("where")
    order = side.get("order") if show_order else None
    head = []
    if order:
        head.append(esc(order))
    if where:
        head.append(f"<code>{esc(where)}</code>")
    quote = esc(" ".join(str(side.get("quote") or "").split()))
    head_html = f'<span class="eo-muted">{" ".join(head)}</span>'
    return f'{head_html}<br><span class="eo-quote">{quote}</span>'


def _counts_table(counts: Mapping[str, Mapping[str, int]]) -> str:
    rows = []
    names = [c for c in CATEGORIES if c in counts] + [c for c in counts if c not in CATEGORIES]
    columns = ["added", "removed", "changed"]
    for extra in ("wording", "unchanged"):
        if any(extra in counts[name] for name in names):
            columns.append(extra)
    for name in names:
        row = counts[name]
        cells = [f'<td class="eo-num">{esc(row.get(change, 0))}</td>' for change in columns]
        rows.append(f"<tr><th>{esc(name)}</th>{''.join(cells)}</tr>")
    head = "".join(f'<th class="eo-num">{badge(change)}</th>' for change in columns)
    return (
        f'<table class="eo-table eo-facts"><thead><tr><th></th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _headlines(data: Mapping[str, Any]) -> str:
    """The warning, how the orders relate, and the headlines, before any detail."""
    parts = []
    related = data.get("related") or {}
    if related.get("warning"):
        parts.append(f'<p class="eo-warn"><strong>Warning:</strong> {esc(related["warning"])}</p>')
    ties = [*related.get("relations", ()), *related.get("lineage", ()), *related.get("subject", ())]
    if ties:
        items = "".join(f"<li>{esc(tie)}</li>" for tie in ties)
        parts.append(f'<p class="eo-muted">How they relate:</p><ul>{items}</ul>')
    headlines = data.get("headlines") or ()
    if headlines:
        items = "".join(f"<li>{esc(h.get('text'))}</li>" for h in headlines)
        parts.append(f'<h3>Headlines</h3><ol class="eo-headlines">{items}</ol>')
    return "".join(parts)


def _changes(changes: Sequence[Mapping[str, Any]], old_header: str, new_header: str) -> str:
    wording = [c for c in changes if c.get("change") == "wording"]
    changes = [c for c in changes if c.get("change") != "wording"]
    if not changes and not wording:
        return '<p class="eo-muted">No change in the extracted powers.</p>'
    by_category: dict[str, list[Mapping[str, Any]]] = {}
    for change in changes:
        by_category.setdefault(str(change.get("category")), []).append(change)
    if wording:
        by_category["wording only"] = wording
    names = [c for c in CATEGORIES if c in by_category]
    names += [c for c in by_category if c not in CATEGORIES]
    parts = []
    for name in names:
        rows = []
        for change in by_category[name]:
            what = f"{badge(str(change.get('change')))} {esc(change.get('label'))}"
            fields = change.get("fields") or ()
            if fields:
                what += f"<br>{_fields(fields)}"
            rows.append(
                [
                    what,
                    _side(change.get("old"), show_order=True),
                    _side(change.get("new"), show_order=False),
                ]
            )
        table_html = table(["change", old_header, new_header], rows, widths=(28, 36, 36))
        is_open = " open" if len(rows) <= DIFF_OPEN_LIMIT and name != "wording only" else ""
        parts.append(
            f'<details{is_open}><summary class="eo-h3">{esc(name.capitalize())} ({len(rows)})'
            f"</summary>{table_html}</details>"
        )
    return "".join(parts)


def _words(text_diff: Sequence[Sequence[str]], keep: str) -> str:
    """One side of a word diff: ``keep`` is ``delete`` (old side) or ``insert`` (new side).

    Long unchanged runs are elided to ``CONTEXT_WORDS`` words each side.
    """
    out = []
    last = len(text_diff) - 1
    for n, entry in enumerate(text_diff):
        op, words = str(entry[0]), entry[1]
        text = words if isinstance(words, str) else " ".join(words)
        if op == "equal":
            tokens = text.split()
            lead = CONTEXT_WORDS if n > 0 else 0
            trail = CONTEXT_WORDS if n < last else 0
            if len(tokens) > lead + trail + 4:
                head = " ".join(tokens[:lead])
                tail = " ".join(tokens[len(tokens) - trail :]) if trail else ""
                gap = len(tokens) - lead - trail
                out.append(
                    f'{esc(head)} <span class="eo-gap">[… {gap} unchanged words …]</span> '
                    f"{esc(tail)} "
                )
            else:
                out.append(esc(text) + " ")
        elif op == keep:
            tag = "del" if keep == "delete" else "ins"
            out.append(f"<{tag}>{esc(text)}</{tag}> ")
    return "".join(out).strip()


def _section_heading(path: Any, heading: Any) -> str:
    if path is None:
        return '<span class="eo-muted">—</span>'
    text = f"<code>{esc(path)}</code>"
    if heading:
        text += f" {esc(heading)}"
    return text


def _sections(sections: Sequence[Mapping[str, Any]], old_header: str, new_header: str) -> str:
    if not sections:
        return ""
    rows = []
    same = []
    for s in sections:
        change = str(s.get("change"))
        if change == "same":
            same.append(str(s.get("new_path") or s.get("old_path")))
            continue
        old_head = _section_heading(s.get("old_path"), s.get("old_heading"))
        new_head = _section_heading(s.get("new_path"), s.get("new_heading"))
        text_diff = s.get("text_diff") or ()
        similarity = s.get("similarity")
        note = ""
        if isinstance(similarity, int | float) and change == "changed":
            note = f' <span class="eo-muted">{similarity:.0%} alike</span>'
        old_words = _words(text_diff, "delete") if s.get("old_path") is not None else ""
        new_words = _words(text_diff, "insert") if s.get("new_path") is not None else ""
        rows.append(
            f"<tr><td>{badge(change)}{note}<br>{old_head}"
            f'<div class="eo-words">{old_words}</div></td>'
            f"<td>{badge(change)}{note}<br>{new_head}"
            f'<div class="eo-words">{new_words}</div></td></tr>'
        )
    parts = [f"<h3>Sections ({len(rows)} differ, {len(same)} the same)</h3>"]
    if rows:
        parts.append(
            '<table class="eo-table eo-fixed"><colgroup><col style="width:50%">'
            '<col style="width:50%"></colgroup>'
            f"<thead><tr><th>{esc(old_header)}</th>"
            f"<th>{esc(new_header)}</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )
    if same:
        parts.append(f'<p class="eo-muted">{badge("same")} unchanged: {esc(", ".join(same))}</p>')
    return "".join(parts)


def diff_html(diff: Any) -> str:
    """A PowerDiff (or its ``to_dict()``) as side-by-side HTML: old on the left, new on the right.

    Shows the headlines first (with a warning for unrelated orders and how the
    orders relate), then the summary, a table of counts, every changed power
    with its old and new words and the fields that changed (word-level
    ``<del>``/``<ins>`` highlights), wording-only changes folded, and the
    sections that differ with a word diff.
    """
    data = _as_dict(diff)
    new = data.get("new") or {}
    olds = list(data.get("old") or ())
    old_label = "; ".join(_doc_label(o) for o in olds) or "(none)"
    old_header = f"− old: {old_label}"
    new_header = f"+ new: {_doc_label(new)}"
    old_lines = "<br>".join(_doc_line(o) for o in olds) or _doc_line(None)
    parts = [
        f"<h2>Diff: {esc(_doc_label(new))} against {esc(old_label)}</h2>",
        '<table class="eo-table eo-facts"><tbody>'
        f'<tr><th><span class="eo-badge eo-added">+ new</span></th><td>{_doc_line(new)}</td></tr>'
        f'<tr><th><span class="eo-badge eo-removed">− old</span></th><td>{old_lines}</td></tr>'
        "</tbody></table>",
    ]
    parts.append(_headlines(data))
    if data.get("summary"):
        parts.append(f"<p><strong>{esc(data['summary'])}</strong></p>")
    counts = data.get("counts")
    if counts:
        parts.append(_counts_table(counts))
    parts.append(_changes(list(data.get("changes") or ()), old_header, new_header))
    parts.append(_sections(list(data.get("sections") or ()), old_header, new_header))
    return wrap("".join(parts))


__all__ = ["diff_html"]
