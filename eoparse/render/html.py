"""Self-contained HTML for notebooks: orders, diffs between orders, corpora.

``order_html(order)``, ``diff_html(diff)`` and ``corpus_html(orders)`` return
one ``<div class="eoparse">`` holding its own ``<style>``: no script, no
external resource, so the output reads the same in Jupyter, in a static HTML
export, or saved to a file and opened in a browser.  Every piece of document
text goes through :func:`html.escape`.  Colour is never the only signal:
highlighted items carry a letter tag (``G3`` is the third grant), changes
carry a text badge (``+ added``, ``− removed``, ``~ changed``) and changed
words sit in ``<del>``/``<ins>``.

The model's ``_repr_html_`` methods delegate here.
"""

from __future__ import annotations

import difflib
import hashlib
import html
import itertools
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from eoparse.model import (
    Authority,
    Designation,
    EmergencyAction,
    Grant,
    Order,
    Reference,
    Section,
)
from eoparse.render.css import STYLE
from eoparse.render.text import _after_marker, _label, _snippet

MAX_TEXT = 60_000
"""Characters of ``order.text`` rendered with highlights; longer texts are cut there."""

MAX_ROWS = 200
"""Rows per extraction table; the rest are counted, not shown."""

MAX_QUOTE = 320
"""Characters of an item's words shown in a table cell."""

OPEN_LIMIT = 30
"""Tables and outlines with more rows than this start collapsed."""

CONTEXT_WORDS = 12
"""Unchanged words kept on each side of a change in a section's word diff."""

FIELD_CONTEXT = 4
"""Unchanged words kept on each side of a change in a changed field's word diff."""

LONG_FIELD = 40
"""Changed text fields longer than this show as a word diff, not old → new."""

DIFF_OPEN_LIMIT = 60
"""Change tables with more rows than this start collapsed."""

KINDS: tuple[tuple[str, str, str], ...] = (
    # Order attribute, kind name, tag letter
    ("authorities", "authority", "A"),
    ("references", "reference", "R"),
    ("emergencies", "emergency", "E"),
    ("designations", "designation", "D"),
    ("grants", "grant", "G"),
)

KIND_ORDER = {kind: n for n, (_, kind, _) in enumerate(KINDS)}

CATEGORIES = ("grants", "authorities", "emergencies", "designations", "references")
"""The change categories of a PowerDiff, in the order they are shown."""

BADGES = {
    "added": ("+ added", "eo-added"),
    "removed": ("− removed", "eo-removed"),
    "changed": ("~ changed", "eo-changed"),
    "same": ("= same", "eo-same"),
    "unchanged": ("= unchanged", "eo-same"),
}


def esc(value: object) -> str:
    """``value`` as escaped HTML text (``None`` as an empty string)."""
    return "" if value is None else html.escape(str(value), quote=True)


def _wrap(body: str) -> str:
    return f'<div class="eoparse"><style>{STYLE}</style>{body}</div>'


def _cites(citations: Iterable[str]) -> str:
    """Citations, each kept on one line (``50 U.S.C. 1701`` never breaks inside)."""
    return ", ".join(f'<span class="eo-cite">{esc(c)}</span>' for c in citations)


def _shorten(text: str, limit: int = MAX_QUOTE) -> str:
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0]
    return cut + " …"


def _table(
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


def _badge(change: str) -> str:
    text, cls = BADGES.get(change, (change, "eo-same"))
    return f'<span class="eo-badge {cls}">{esc(text)}</span>'


# -- orders -----------------------------------------------------------------------


class _Item(NamedTuple):
    kind: str
    letter: str
    number: int  # 1-based, within its kind
    start: int
    end: int
    summary: str


def _uid(order: Order) -> str:
    """A short id prefix, stable for one order, so anchors of two orders do not clash."""
    seed = f"{order.label()}|{order.title}|{len(order.text)}".encode()
    return "eo" + hashlib.blake2b(seed, digest_size=4).hexdigest()


def _summary(item: object) -> str:
    """A one-line description of an extracted item, for tooltips."""
    if isinstance(item, Authority):
        names = [n for n in (item.short or item.name,) if n]
        return ", ".join(names + list(item.citations)) or "authority"
    if isinstance(item, Reference):
        part = " (in part)" if item.partial else ""
        return f"{item.relation.value} {item.target.label()}{part}"
    if isinstance(item, EmergencyAction):
        target = f" {item.target.label()}" if item.target is not None else ""
        return f"{item.action.value} national emergency{target}"
    if isinstance(item, Designation):
        return f"{item.designee} as {item.designation}"
    if isinstance(item, Grant):
        return f"{item.actor} {item.modality.value}: {_shorten(item.action, 90)}"
    return ""


def _items(order: Order) -> list[_Item]:
    items = []
    size = len(order.text)
    for attribute, kind, letter in KINDS:
        for number, item in enumerate(getattr(order, attribute), start=1):
            start, end = max(0, item.span[0]), min(size, item.span[1])
            items.append(_Item(kind, letter, number, start, end, _summary(item)))
    return items


def _item_title(item: _Item) -> str:
    return f"{item.letter}{item.number} {item.kind}: {item.summary}"


def highlight(order: Order, *, limit: int = MAX_TEXT, uid: str | None = None) -> str:
    """``order.text`` as HTML with every extracted item in a ``<mark>``.

    The text is cut at every item boundary, so items that overlap or nest
    never produce crossed tags: each piece is one ``<mark>`` coloured by the
    innermost item covering it, titled with all of them (``mark.eo-multi``
    when more than one), and each item starts with a tag (``G3``) linking to
    its table row.  Only the first ``limit`` characters are rendered.
    """
    uid = uid or _uid(order)
    text = order.text[:limit]
    size = len(text)
    items = [i for i in _items(order) if i.start < size and i.end > i.start]
    cuts = sorted({0, size} | {i.start for i in items} | {min(i.end, size) for i in items})
    starts: dict[int, list[_Item]] = {}
    for item in items:
        starts.setdefault(item.start, []).append(item)
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        for item in starts.get(a, ()):
            anchor = f"{uid}-{item.kind}-{item.number}"
            out.append(
                f'<span class="eo-tag eo-{item.kind}" id="{uid}-at-{item.kind}-{item.number}"'
                f' title="{esc(_item_title(item))}"><a href="#{anchor}">'
                f"{item.letter}{item.number}</a></span>"
            )
        piece = esc(text[a:b])
        covering = [i for i in items if i.start <= a and i.end >= b]
        if not covering:
            out.append(piece)
            continue
        inner = min(covering, key=lambda i: (i.end - i.start, KIND_ORDER[i.kind]))
        classes = f"eo-{inner.kind}" + (" eo-multi" if len(covering) > 1 else "")
        title = "; ".join(_item_title(i) for i in covering)
        out.append(f'<mark class="{classes}" title="{esc(title)}">{piece}</mark>')
    return "".join(out)


def _facts(order: Order) -> str:
    rows = [
        ("kind", esc(order.kind.value.replace("_", " "))),
        ("number", esc(order.number)),
        ("title", esc(order.title)),
        ("signed", esc(order.signed.isoformat() if order.signed else None)),
        ("president", esc(order.president)),
        ("citation", esc(order.citation)),
        ("FR document", esc(order.document_number)),
        ("source format", esc(order.source_format)),
        ("text", f"{len(order.text):,} characters, {sum(1 for _ in order.walk())} sections"),
    ]
    body = "".join(f"<tr><th>{esc(k)}</th><td>{v}</td></tr>" for k, v in rows if v)
    return f'<table class="eo-table eo-facts"><tbody>{body}</tbody></table>'


def _outline_item(section: Section, counts: Mapping[str, int]) -> str:
    label = esc(_label(section))
    if section.heading:
        words = esc(section.heading)
    else:
        words = f'<span class="eo-muted">{esc(_snippet(_after_marker(section.text), 90))}</span>'
    found = counts.get(section.path, 0)
    extra = f' <span class="eo-muted">· {found} item{"s" if found != 1 else ""}</span>'
    line = (
        f'<span class="eo-label">{label}</span> {words}'
        f'<code class="eo-path">{esc(section.path)}</code>{extra if found else ""}'
    )
    if not section.children:
        return f"<li>{line}</li>"
    children = "".join(_outline_item(child, counts) for child in section.children)
    return f'<li>{line}<ul class="eo-outline">{children}</ul></li>'


def _outline(order: Order) -> str:
    counts: Counter[str] = Counter()
    for attribute, _, _ in KINDS:
        counts.update(item.where for item in getattr(order, attribute))
    total = sum(1 for _ in order.walk())
    parts = []
    if order.preamble is not None:
        words = len(order.quote(order.preamble).split())
        found = counts.get("preamble", 0)
        parts.append(
            f'<li><span class="eo-label">Preamble</span> '
            f'<span class="eo-muted">{words} words · {found} items</span></li>'
        )
    parts.extend(_outline_item(section, counts) for section in order.sections)
    if order.signature is not None:
        parts.append(
            '<li><span class="eo-label">Signature</span> '
            f'<span class="eo-muted">{esc(_snippet(order.quote(order.signature), 80))}</span></li>'
        )
    is_open = " open" if total <= OPEN_LIMIT else ""
    return (
        f"<details{is_open}><summary>Outline ({total} sections)</summary>"
        f'<ul class="eo-outline">{"".join(parts)}</ul></details>'
    )


def _cells(kind: str, item: Any) -> list[str]:
    """The key fields of one item, as escaped HTML cells."""
    if kind == "authority":
        name = item.name or ""
        if item.short:
            name = f"{name} ({item.short})" if name else item.short
        return [esc(name), _cites(item.citations), esc(", ".join(item.sections))]
    if kind == "reference":
        relation = item.relation.value + (" in part" if item.partial else "")
        return [
            esc(relation),
            esc(item.target.label()),
            esc(", ".join(item.target_sections)),
        ]
    if kind == "emergency":
        target = item.target.label() if item.target is not None else ""
        return [
            esc(item.action.value),
            esc(target),
            _cites(item.statutes),
            esc(item.threat),
        ]
    if kind == "designation":
        return [
            esc(item.designee),
            esc(item.designation),
            _cites(item.basis),
            "directs" if item.directed else "designates",
        ]
    actor = esc(item.actor)
    if item.co_actors:
        actor += f'<br><span class="eo-muted">with {esc(", ".join(item.co_actors))}</span>'
    deadline = esc(item.deadline)
    if item.deadline_days is not None:
        deadline += f' <span class="eo-muted">({item.deadline_days} days)</span>'
    elif item.deadline_date is not None:
        deadline += f' <span class="eo-muted">({item.deadline_date.isoformat()})</span>'
    return [actor, esc(item.modality.value), deadline, _cites(item.basis)]


HEADERS = {
    "authority": ("Act", "citations", "sections of the Act"),
    "reference": ("relation", "target", "target sections"),
    "emergency": ("action", "target", "statutes", "threat"),
    "designation": ("designee", "designation", "basis", "the order"),
    "grant": ("actor", "modality", "deadline", "basis"),
}


def _extraction_tables(order: Order, uid: str, limit: int) -> str:
    parts = []
    for attribute, kind, letter in KINDS:
        items = getattr(order, attribute)
        if not items:
            continue
        rows = []
        for number, item in enumerate(items[:MAX_ROWS], start=1):
            anchor = f"{uid}-{kind}-{number}"
            if item.span[0] < min(limit, len(order.text)):
                ref = f'<a href="#{uid}-at-{kind}-{number}" title="show in the text">'
                tag = f"{ref}{letter}{number}</a>"
            else:
                tag = f"{letter}{number}"
            key = f'<span class="eo-key eo-{kind}" id="{anchor}">{tag}</span>'
            quote = f'<span class="eo-quote">{esc(_shorten(order.quote(item)))}</span>'
            rows.append([key, f"<code>{esc(item.where)}</code>", *_cells(kind, item), quote])
        more = ""
        if len(items) > MAX_ROWS:
            more = f'<p class="eo-muted">… and {len(items) - MAX_ROWS} more (see the order).</p>'
        name = attribute.capitalize()
        is_open = " open" if len(items) <= OPEN_LIMIT else ""
        table = _table(["#", "where", *HEADERS[kind], "words"], rows)
        summary = f"<summary>{esc(name)} ({len(items)})</summary>"
        parts.append(f"<details{is_open}>{summary}{table}{more}</details>")
    if not parts:
        return '<p class="eo-muted">No items extracted.</p>'
    return "".join(parts)


def _legend() -> str:
    keys = " ".join(
        f'<span class="eo-key eo-{kind}">{letter}</span>&nbsp;{kind}' for _, kind, letter in KINDS
    )
    return (
        f'<p class="eo-muted">Highlighted items: {keys}. A tag such as '
        '<span class="eo-key eo-grant">G3</span> marks where the third grant starts and '
        "links to its row; an underlined highlight is covered by more than one item "
        "(hover for all of them).</p>"
    )


def order_html(order: Order, *, max_text: int = MAX_TEXT) -> str:
    """The order as self-contained HTML: header facts, outline, extraction tables, text.

    The text shows every extracted item highlighted (see :func:`highlight`);
    only its first ``max_text`` characters are rendered.
    """
    uid = _uid(order)
    title = f"{order.label()} — {order.title}" if order.title else order.label()
    sizes = [(len(getattr(order, attribute)), kind, attribute) for attribute, kind, _ in KINDS]
    counts = ", ".join(f"{n} {kind if n == 1 else plural}" for n, kind, plural in sizes)
    parts = [
        f"<h2>{esc(title)}</h2>",
        _facts(order),
        f'<p class="eo-muted">Extracted: {esc(counts)}.</p>',
    ]
    if order.warnings:
        warnings = "".join(f"<li>{esc(w)}</li>" for w in order.warnings)
        parts.append(
            f'<details><summary class="eo-warn">Warnings ({len(order.warnings)})</summary>'
            f"<ul>{warnings}</ul></details>"
        )
    parts.append(_outline(order))
    parts.append("<h3>Extractions</h3>")
    parts.append(_extraction_tables(order, uid, max_text))
    parts.append("<h3>Text</h3>")
    parts.append(_legend())
    if len(order.text) > max_text:
        parts.append(
            f'<p class="eo-muted">Showing the first {max_text:,} of {len(order.text):,} '
            "characters; <code>order.text</code> holds all of them.</p>"
        )
    parts.append(f'<div class="eo-text">{highlight(order, limit=max_text, uid=uid)}</div>')
    return _wrap("".join(parts))


# -- diffs ------------------------------------------------------------------------


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
            removed, added = esc(_shorten(old, 160)), esc(_shorten(new, 160))
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
    quote = esc(_shorten(str(side.get("quote") or "")))
    head_html = f'<span class="eo-muted">{" ".join(head)}</span>'
    return f'{head_html}<br><span class="eo-quote">{quote}</span>'


def _counts_table(counts: Mapping[str, Mapping[str, int]]) -> str:
    rows = []
    names = [c for c in CATEGORIES if c in counts] + [c for c in counts if c not in CATEGORIES]
    columns = ["added", "removed", "changed"]
    if any("unchanged" in counts[name] for name in names):
        columns.append("unchanged")
    for name in names:
        row = counts[name]
        cells = [f'<td class="eo-num">{esc(row.get(change, 0))}</td>' for change in columns]
        rows.append(f"<tr><th>{esc(name)}</th>{''.join(cells)}</tr>")
    head = "".join(f'<th class="eo-num">{_badge(change)}</th>' for change in columns)
    return (
        f'<table class="eo-table eo-facts"><thead><tr><th></th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _changes(changes: Sequence[Mapping[str, Any]], old_header: str, new_header: str) -> str:
    if not changes:
        return '<p class="eo-muted">No change in the extracted powers.</p>'
    by_category: dict[str, list[Mapping[str, Any]]] = {}
    for change in changes:
        by_category.setdefault(str(change.get("category")), []).append(change)
    names = [c for c in CATEGORIES if c in by_category]
    names += [c for c in by_category if c not in CATEGORIES]
    parts = []
    for name in names:
        rows = []
        for change in by_category[name]:
            what = f"{_badge(str(change.get('change')))} {esc(change.get('label'))}"
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
        table = _table(["change", old_header, new_header], rows, widths=(28, 36, 36))
        is_open = " open" if len(rows) <= DIFF_OPEN_LIMIT else ""
        parts.append(
            f'<details{is_open}><summary class="eo-h3">{esc(name.capitalize())} ({len(rows)})'
            f"</summary>{table}</details>"
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
            f"<tr><td>{_badge(change)}{note}<br>{old_head}"
            f'<div class="eo-words">{old_words}</div></td>'
            f"<td>{_badge(change)}{note}<br>{new_head}"
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
        parts.append(f'<p class="eo-muted">{_badge("same")} unchanged: {esc(", ".join(same))}</p>')
    return "".join(parts)


def diff_html(diff: Any) -> str:
    """A PowerDiff (or its ``to_dict()``) as side-by-side HTML: old on the left, new on the right.

    Shows the summary, a table of counts, every changed power with its old and
    new words and the fields that changed (``<del>old</del> → <ins>new</ins>``),
    and the sections that differ with a word diff.
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
    if data.get("summary"):
        parts.append(f"<p><strong>{esc(data['summary'])}</strong></p>")
    counts = data.get("counts")
    if counts:
        parts.append(_counts_table(counts))
    parts.append(_changes(list(data.get("changes") or ()), old_header, new_header))
    parts.append(_sections(list(data.get("sections") or ()), old_header, new_header))
    return _wrap("".join(parts))


# -- corpora ----------------------------------------------------------------------


def _count_rows(counter: Mapping[Any, int]) -> list[list[str]]:
    return [[esc(key), f"{value:,}"] for key, value in counter.items()]


def _failure(entry: Any) -> str:
    if isinstance(entry, tuple) and len(entry) == 2:
        return f"<code>{esc(entry[0])}</code>: {esc(entry[1])}"
    source, reason = getattr(entry, "source", None), getattr(entry, "reason", None)
    if source is not None:
        return f"<code>{esc(source)}</code>: {esc(reason)}"
    return esc(entry)


def corpus_html(
    orders: Iterable[Order],
    *,
    failures: Mapping[Any, Any] | Sequence[Any] | int = 0,
    formats: Mapping[str, int] | None = None,
    name: str | None = None,
) -> str:
    """A summary of many orders: counts by kind, president and year, items extracted, failures.

    ``failures`` is what could not be parsed: a count, a list (of
    ``(file, reason)`` pairs or objects with ``source`` and ``reason``), or
    a mapping from file to reason; the first ten are listed.  ``formats``
    counts the files read per source format, where several versions of a
    document were loaded.
    """
    orders = list(orders)
    kinds = Counter(o.kind.value.replace("_", " ") for o in orders)
    presidents: dict[str, list[int]] = {}
    for o in orders:
        if o.president and o.signed:
            presidents.setdefault(o.president, []).append(o.signed.year)
    by_president = Counter(o.president or "(unknown)" for o in orders)
    years = Counter(o.signed.year if o.signed else "(no date)" for o in orders)
    relations = Counter(r.relation.value for o in orders for r in o.references)
    n_failed = failures if isinstance(failures, int) else len(failures)

    totals = [
        ["orders parsed", f"{len(orders):,}"],
        ["failures", f"{n_failed:,}"],
        ["sections", f"{sum(sum(1 for _ in o.walk()) for o in orders):,}"],
        ["authorities", f"{sum(len(o.authorities) for o in orders):,}"],
        ["references", f"{sum(len(o.references) for o in orders):,}"],
        ["emergency actions", f"{sum(len(o.emergencies) for o in orders):,}"],
        ["designations", f"{sum(len(o.designations) for o in orders):,}"],
        ["grants", f"{sum(len(o.grants) for o in orders):,}"],
        ["orders with warnings", f"{sum(1 for o in orders if o.warnings):,}"],
    ]
    president_rows = []
    for president, count in sorted(
        by_president.items(), key=lambda kv: min(presidents.get(kv[0], [9999]))
    ):
        span = presidents.get(president)
        range_ = f"{min(span)}–{max(span)}" if span else ""
        president_rows.append([esc(president), esc(range_), f"{count:,}"])
    year_rows = _count_rows(dict(sorted(years.items(), key=lambda kv: str(kv[0]))))
    title = f"Corpus: {name}" if name else "Corpus"
    parts = [
        f"<h2>{esc(title)} — {len(orders):,} orders</h2>",
        _table(["", "count"], totals, cls="eo-table eo-facts"),
        "<h3>By kind</h3>",
        _table(["kind", "orders"], _count_rows(kinds), cls="eo-table eo-facts"),
        "<h3>By president</h3>",
        _table(["president", "signed", "orders"], president_rows, cls="eo-table eo-facts"),
    ]
    if formats:
        parts.append("<h3>Files read, by format</h3>")
        parts.append(
            _table(["format", "files"], _count_rows(dict(formats)), cls="eo-table eo-facts")
        )
    if relations:
        parts.append("<h3>References by relation</h3>")
        parts.append(
            _table(
                ["relation", "references"],
                _count_rows(dict(relations.most_common())),
                cls="eo-table eo-facts",
            )
        )
    parts.append(
        f"<details><summary>By year ({len(years)} years)</summary>"
        f"{_table(['year', 'orders'], year_rows, cls='eo-table eo-facts')}</details>"
    )
    if n_failed and not isinstance(failures, int):
        listed = list(failures.items()) if isinstance(failures, Mapping) else list(failures)
        rows = [f"<li>{_failure(entry)}</li>" for entry in listed[:10]]
        more = f"<li>… and {n_failed - 10} more</li>" if n_failed > 10 else ""
        parts.append(
            f'<details><summary class="eo-warn">Failures ({n_failed})</summary>'
            f"<ul>{''.join(rows)}{more}</ul></details>"
        )
    return _wrap("".join(parts))


__all__ = ["corpus_html", "diff_html", "esc", "highlight", "order_html"]
