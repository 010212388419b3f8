"""An order as self-contained HTML: header facts, outline, extraction tables, highlighted text.

Every kind of extracted item in the registry (:mod:`eoparse.kinds`) gets a
table of its cells and highlights in the text; colour is never the only
signal (each highlight carries a letter tag such as ``G3``).
"""

from __future__ import annotations

import hashlib
import itertools
from collections import Counter
from collections.abc import Mapping
from typing import Any, NamedTuple

from eoparse.kinds import DESIGNATIONS, EMERGENCIES, KINDS, MEASURES, REFERENCES, ItemKind
from eoparse.model import Order, Relation, Section
from eoparse.present.html.base import MAX_QUOTE, cites, esc, shorten, table, wrap
from eoparse.present.text import _after_marker, _label, _snippet

MAX_TEXT = 60_000
"""Characters of ``order.text`` shown open; a longer text goes on, highlighted too, in a
collapsed ``<details>`` block (from the paragraph the bound falls in) that says how many
characters it holds, so the notebook stays short and nothing is lost."""

CUT_BACK = 2_000
"""How far before :data:`MAX_TEXT` the open part may end, at a paragraph break."""

MAX_ROWS = 200
"""Rows per extraction table; the rest are counted, not shown."""

OPEN_LIMIT = 30
"""Tables and outlines with more rows than this start collapsed."""

KIND_ORDER = {kind.noun: n for n, kind in enumerate(KINDS)}
"""Which kind's colour wins where highlights of the same length overlap."""


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


def _items(order: Order) -> list[_Item]:
    items = []
    size = len(order.text)
    for item_kind in KINDS:
        for number, item in enumerate(item_kind.items(order), start=1):
            start, end = max(0, item.span[0]), min(size, item.span[1])
            items.append(
                _Item(item_kind.noun, item_kind.letter, number, start, end, item_kind.label(item))
            )
    return items


def _item_title(item: _Item) -> str:
    return f"{item.letter}{item.number} {item.kind}: {item.summary}"


def highlight(
    order: Order, *, limit: int | None = None, uid: str | None = None, start: int = 0
) -> str:
    """``order.text[start:limit]`` (all of it by default) as HTML with every extracted item
    in a ``<mark>``.

    The text is cut at every item boundary, so items that overlap or nest
    never produce crossed tags: each piece is one ``<mark>`` coloured by the
    innermost item covering it, titled with all of them (``mark.eo-multi``
    when more than one), and each item starts with a tag (``G3``) linking to
    its table row.  An item that runs over ``start`` or ``limit`` is marked up to
    there, its tag where it starts, so two adjoining ranges render the whole text.
    """
    uid = uid or _uid(order)
    size = len(order.text) if limit is None else max(0, min(limit, len(order.text)))
    start = max(0, min(start, size))
    text = order.text
    items = [i for i in _items(order) if i.start < size and i.end > max(i.start, start)]
    cuts = sorted(
        {start, size}
        | {i.start for i in items if i.start >= start}
        | {min(i.end, size) for i in items}
    )
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


def open_part(text: str, bound: int = MAX_TEXT) -> int:
    """Where the part of ``text`` shown open ends: all of it when it is at most ``bound``
    characters, else after the last line break in the :data:`CUT_BACK` characters
    before ``bound`` (at ``bound`` itself when there is none)."""
    bound = max(0, bound)
    if len(text) <= bound:
        return len(text)
    brk = text.rfind("\n", max(0, bound - CUT_BACK), bound)
    return brk + 1 if brk >= 0 else bound


HEADLINE_KINDS: tuple[tuple[str, ItemKind], ...] = (
    ("emergencies", EMERGENCIES),
    ("designations", DESIGNATIONS),
    ("measures", MEASURES),
    ("relations", REFERENCES),
)
"""The headline rows after the header facts: (row name, item kind)."""

MAX_HEADLINE = 6
"""Items listed in one headline row; the rest are counted."""


def _headlines(order: Order) -> list[tuple[str, str]]:
    """The emergencies, designations, measures and relations (references other than
    plain citations) as short labels, so the page opens with what the order does."""
    rows = []
    for row, kind in HEADLINE_KINDS:
        items = kind.items(order)
        if kind is REFERENCES:
            items = tuple(i for i in items if i.relation is not Relation.CITES)
        if not items:
            continue
        labels = [esc(kind.label(item)) for item in items[:MAX_HEADLINE]]
        if len(items) > MAX_HEADLINE:
            labels.append(f"… and {len(items) - MAX_HEADLINE} more")
        rows.append((row, "<br>".join(labels)))
    return rows


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
        *_headlines(order),
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
    for item_kind in KINDS:
        counts.update(item.where for item in item_kind.items(order))
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


def _cells(item_kind: ItemKind, item: Any) -> list[str]:
    """The registry's cells of one item, as escaped HTML (citations kept whole)."""
    out = []
    for cell in item_kind.cells:
        value = cell.value(item)
        out.append(cites(value) if isinstance(value, tuple) else esc(value))
    return out


def _extraction_tables(order: Order, uid: str) -> str:
    parts = []
    for item_kind in KINDS:
        kind, letter = item_kind.noun, item_kind.letter
        items = item_kind.items(order)
        if not items:
            continue
        rows = []
        for number, item in enumerate(items[:MAX_ROWS], start=1):
            anchor = f"{uid}-{kind}-{number}"
            if max(0, item.span[0]) < min(item.span[1], len(order.text)):
                ref = f'<a href="#{uid}-at-{kind}-{number}" title="show in the text">'
                tag = f"{ref}{letter}{number}</a>"
            else:
                tag = f"{letter}{number}"
            key = f'<span class="eo-key eo-{kind}" id="{anchor}">{tag}</span>'
            quote = f'<span class="eo-quote">{esc(shorten(order.quote(item)))}</span>'
            rows.append([key, f"<code>{esc(item.where)}</code>", *_cells(item_kind, item), quote])
        more = ""
        if len(items) > MAX_ROWS:
            more = f'<p class="eo-muted">… and {len(items) - MAX_ROWS} more (see the order).</p>'
        name = item_kind.title
        is_open = " open" if len(items) <= OPEN_LIMIT else ""
        table_html = table(["#", "where", *(c.header for c in item_kind.cells), "words"], rows)
        summary = f"<summary>{esc(name)} ({len(items)})</summary>"
        parts.append(f"<details{is_open}>{summary}{table_html}{more}</details>")
    if not parts:
        return '<p class="eo-muted">No items extracted.</p>'
    return "".join(parts)


def _legend() -> str:
    keys = " ".join(
        f'<span class="eo-key eo-{k.noun}">{k.letter}</span>&nbsp;{k.noun}' for k in KINDS
    )
    return (
        f'<p class="eo-muted">Highlighted items: {keys}. A tag such as '
        '<span class="eo-key eo-grant">G3</span> marks where the third grant starts and '
        "links to its row; an underlined highlight is covered by more than one item "
        "(hover for all of them).</p>"
    )


def order_html(order: Order, *, max_text: int = MAX_TEXT) -> str:
    """The order as self-contained HTML: header facts, outline, extraction tables, text.

    The text shows every extracted item highlighted (see :func:`highlight`), all of
    it: a text longer than ``max_text`` characters shows its first paragraphs up to
    there, and the rest in a collapsed ``<details>`` block that says how many
    characters it holds (see :data:`MAX_TEXT`).
    """
    uid = _uid(order)
    title = f"{order.label()} — {order.title}" if order.title else order.label()
    sizes = [(len(k.items(order)), k.noun, k.name) for k in KINDS]
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
    parts.append(_extraction_tables(order, uid))
    parts.append("<h3>Text</h3>")
    parts.append(_legend())
    total = len(order.text)
    shown = open_part(order.text, max_text)
    parts.append(f'<div class="eo-text">{highlight(order, limit=shown, uid=uid)}</div>')
    if shown < total:
        rest = total - shown
        parts.append(
            f'<details class="eo-rest"><summary>The rest of the text: {rest:,} more '
            f"characters (the {shown:,} above are the first of {total:,}; open to read "
            f'on)</summary><div class="eo-text">{highlight(order, start=shown, uid=uid)}</div>'
            "</details>"
        )
    return wrap("".join(parts))


__all__ = [
    "CUT_BACK",
    "MAX_QUOTE",
    "MAX_ROWS",
    "MAX_TEXT",
    "OPEN_LIMIT",
    "highlight",
    "open_part",
    "order_html",
]
