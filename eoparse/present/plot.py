"""A timeline of an order's lineage, drawn with matplotlib (the optional ``plot`` extra).

``plot_lineage(links)`` draws one row per document, at its signing date, and
an arrow from each later document to the one it acts on, labelled with the
relation (``revokes``, ``amends``, ``supersedes``, ``continues``, …).  The
relation is written beside every arrow and drawn with its own line style, so
the figure reads in black and white too.  ``Corpus.plot_lineage(number)``
delegates here.

matplotlib is imported only when a figure is drawn; without it the call
raises an ``ImportError`` that says ``pip install eoparse[plot]``.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

INSTALL_HINT = "plot_lineage needs matplotlib: pip install eoparse[plot]"

_SHORT = {
    "executive_order": "EO",
    "proclamation": "Proc.",
    "memorandum": "Memo.",
    "notice": "Notice",
    "determination": "Det.",
}

# relation: (colour, line style); the style alone tells relations apart in grey.
_STYLES: dict[str, tuple[str, str]] = {
    "revokes": ("#b3361b", "solid"),
    "supersedes": ("#6a3fb5", "dashdot"),
    "amends": ("#1f5fbf", "dashed"),
    "expands": ("#23703a", (0, (5, 1, 1, 1, 1, 1))),  # type: ignore[dict-item]
    "continues": ("#8a6d00", "dotted"),
    "suspends": ("#555555", (0, (8, 2))),  # type: ignore[dict-item]
    "modifies": ("#0f7c8c", (0, (3, 1, 1, 1))),  # type: ignore[dict-item]
    "terminates": ("#7a1015", (0, (1, 2))),  # type: ignore[dict-item]
}
_OTHER_STYLE = ("#333333", "solid")


class Doc(NamedTuple):
    """A document on the timeline."""

    key: str
    label: str
    date: dt.date | None
    title: str | None


class Link(NamedTuple):
    """``source`` acts on ``target`` (``relation``: revokes, amends …), maybe on some sections."""

    source: Doc
    relation: str
    target: Doc
    sections: tuple[str, ...] = ()

    def text(self) -> str:
        """``amends``, or ``amends §1, §5`` when it acts on named sections."""
        if not self.sections:
            return self.relation
        return f"{self.relation} " + ", ".join(f"§{s}" for s in self.sections)


def _get(obj: Any, *names: str) -> Any:
    for name in names:
        if isinstance(obj, Mapping):
            if name in obj:
                return obj[name]
        elif hasattr(obj, name):
            return getattr(obj, name)
    return None


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def as_doc(value: Any) -> Doc:
    """A document from an ``Order``, an ``Instrument``, a mapping or a bare order number.

    Mappings and objects are read by name: ``kind``, ``number``, ``signed`` or
    ``date``, ``title``, ``label`` (a string, or a method such as
    ``Order.label``).
    """
    if isinstance(value, Doc):
        return value
    if isinstance(value, int):
        return Doc(f"executive_order:{value}", f"EO {value}", None, None)
    if isinstance(value, str):
        return Doc(value, value, None, None)
    kind = _get(value, "kind")
    kind = str(getattr(kind, "value", kind)) if kind is not None else "executive_order"
    number = _get(value, "number")
    date = _as_date(_get(value, "signed", "date"))
    title = _get(value, "title")
    if number is not None:
        label = f"{_SHORT.get(kind, kind.replace('_', ' ').title())} {number}"
        key = f"{kind}:{number}"
    else:
        given = _get(value, "label")
        label = str(given() if callable(given) else given or kind.replace("_", " ").title())
        if date is not None and not label[-4:].isdigit():
            label = f"{label} of {date.isoformat()}"
        key = f"{kind}:{date.isoformat() if date else label}"
    return Doc(key, label, date, str(title) if title else None)


def as_links(lineage: Any, root: Any = None) -> list[Link]:
    """The links of a lineage, in any of the shapes :func:`plot_lineage` takes.

    A link without a target acts on ``root``.  Links between the same two
    documents with the same relation are merged (their sections joined).
    """
    if hasattr(lineage, "to_dict") and not isinstance(lineage, Mapping):
        lineage = lineage.to_dict()
    if isinstance(lineage, Mapping):
        lineage = _get(lineage, "links", "edges", "events") or ()
    merged: dict[tuple[str, str, str], Link] = {}
    for entry in lineage:
        sections: tuple[str, ...] = ()
        if isinstance(entry, tuple) and len(entry) == 3:
            source, relation, target = entry
        else:
            source = _get(entry, "source", "by", "order")
            if (source is None or isinstance(source, str)) and _get(entry, "number") is not None:
                source = entry  # a flat record: the acting order's kind, number, signed
            relation = _get(entry, "relation", "action")
            target = _get(entry, "target")
            sections = tuple(str(s) for s in _get(entry, "target_sections") or ())
        if target is None:
            if root is None:
                raise ValueError("a lineage link names no target: pass root=")
            target = root
        link = Link(as_doc(source), str(getattr(relation, "value", relation)), as_doc(target))
        key = (link.source.key, link.relation, link.target.key)
        known = merged.get(key)
        if known is None:
            merged[key] = link._replace(sections=sections)
        elif known.sections and sections:
            joined = known.sections + tuple(s for s in sections if s not in known.sections)
            merged[key] = known._replace(sections=joined)
        else:  # one of them acts on the whole document
            merged[key] = known._replace(sections=())
    return list(merged.values())


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_ENDING = frozenset({"revokes", "supersedes", "terminates"})


def _lifeline_ends(links: list[Link], xs: Mapping[str, float]) -> dict[str, float]:
    """Where each document's lifeline stops: the first revocation or supersession of it."""
    ends: dict[str, float] = {}
    for link in links:
        if link.relation in _ENDING and link.source.key in xs and link.target.key in xs:
            x = xs[link.source.key]
            ends[link.target.key] = min(ends.get(link.target.key, x), x)
    return ends


def _figure_png(figure: Any) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    return buffer.getvalue()


def _show_in_notebook(figure_class: type) -> None:
    """Let IPython display a Figure made without pyplot (as a PNG), once per session.

    matplotlib registers this itself only once pyplot is imported with the
    inline backend; plot_lineage makes its figure without pyplot (no global
    state, no second copy displayed at the end of the cell).
    """
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    formatters = getattr(getattr(shell, "display_formatter", None), "formatters", None)
    png = formatters.get("image/png") if isinstance(formatters, Mapping) else None
    if png is None:
        return
    try:
        png.lookup_by_type(figure_class)
    except KeyError:
        png.for_type(figure_class, _figure_png)


def _matplotlib() -> tuple[Any, Any]:
    """``matplotlib.figure`` and ``matplotlib.dates``, or an ImportError naming the extra."""
    try:
        import matplotlib.dates
        import matplotlib.figure
    except ImportError as error:
        raise ImportError(INSTALL_HINT) from error
    return matplotlib.figure, matplotlib.dates


def plot_lineage(
    lineage: Any,
    *,
    root: Any = None,
    ax: Axes | None = None,
    title: str | None = None,
) -> Figure:
    """A timeline of documents and what each does to another; returns the matplotlib Figure.

    ``lineage`` is an iterable of links — ``(source, relation, target)``
    tuples, or mappings/objects with ``source`` (or ``order``), ``relation``
    (or ``action``), ``target`` and optionally ``target_sections``, such as
    the :class:`~eoparse.corpus.LineageEvent` items of ``corpus.lineage(n)``
    — or a mapping holding them under ``links``.  A link without a target
    acts on ``root``.  Documents may be ``Order``, ``Instrument``, mappings
    with ``kind``/``number``/``signed``/``title``, or order numbers.
    ``root`` (optional) is drawn first and in bold.

    Documents without a date are listed in the title area, not placed.
    Draws on ``ax`` when given, else on a new figure (no pyplot state, so
    it displays once in a notebook).
    """
    figure_module, dates = _matplotlib()
    links = as_links(lineage, root)
    root_doc = as_doc(root) if root is not None else None

    docs: dict[str, Doc] = {}
    for link in links:
        for doc in (link.target, link.source):
            known = docs.get(doc.key)
            if known is None or (known.date is None and doc.date is not None):
                docs[doc.key] = doc
            elif known.title is None and doc.title is not None:
                docs[doc.key] = known._replace(title=doc.title)
    if root_doc is not None:
        known = docs.get(root_doc.key)
        if known is None or (known.date is None and root_doc.date is not None):
            docs[root_doc.key] = root_doc
        root_doc = docs[root_doc.key]

    dated = sorted((d for d in docs.values() if d.date is not None), key=lambda d: (d.date, d.key))
    undated = [d for d in docs.values() if d.date is None]
    if root_doc is not None and root_doc.date is not None:
        dated.remove(root_doc)
        dated.insert(0, root_doc)
    rows = {doc.key: n for n, doc in enumerate(dated)}
    xs: dict[str, float] = {doc.key: float(dates.date2num(doc.date)) for doc in dated}

    if ax is None:
        height = 1.3 + 0.55 * max(len(dated), 2)
        figure = figure_module.Figure(figsize=(10, height), layout="constrained")
        _show_in_notebook(figure_module.Figure)
        ax = figure.add_subplot()
    else:
        figure = ax.figure

    ends = _lifeline_ends(links, xs)
    left, right = min(xs.values(), default=0.0), max(xs.values(), default=0.0)
    pad = max(120.0, (right - left) / 12)
    for doc in dated:
        y = rows[doc.key]
        bold = root_doc is not None and doc.key == root_doc.key
        # the lifeline: from signing to revocation or supersession (or the end of the chart)
        stop = ends.get(doc.key, right + pad)
        ax.plot([xs[doc.key], stop], [y, y], color="#b8b8b8", linewidth=3, zorder=1)
        size = 8 if bold else 6
        ax.plot([xs[doc.key]], [y], marker="o", color="black", markersize=size, zorder=4)

    seen: set[str] = set()
    for link in links:
        if link.source.key not in rows or link.target.key not in rows:
            continue
        colour, style = _STYLES.get(link.relation, _OTHER_STYLE)
        x = xs[link.source.key]
        start, end = (x, rows[link.source.key]), (x, rows[link.target.key])
        ax.annotate(
            "",
            xy=end,
            xytext=start,
            arrowprops={
                "arrowstyle": "-|>",
                "color": colour,
                "linestyle": style,
                "linewidth": 1.5,
                "shrinkA": 4,
                "shrinkB": 1,
            },
            zorder=3,
        )
        ax.plot([x], [rows[link.target.key]], marker="x", color=colour, markersize=6, zorder=4)
        # beside the arrow, on the side with room: a late link's label stays inside the axis
        late = x > (left + right) / 2
        ax.annotate(
            link.text(),
            start,
            xytext=(-7 if late else 7, 0),
            textcoords="offset points",
            ha="right" if late else "left",
            va="center",
            fontsize=8,
            color=colour,
            style="italic",
            bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none"},
            zorder=5,
        )
        if link.relation not in seen:
            seen.add(link.relation)
            ax.plot([], [], color=colour, linestyle=style, label=link.relation)

    names = []
    for doc in dated:
        name = doc.label
        if doc.date is not None and str(doc.date.year) not in doc.label:
            name += f" ({doc.date.isoformat()})"
        if doc.title:
            name += f"\n{_shorten(doc.title, 48)}"
        names.append(name)
    ax.set_yticks(range(len(dated)))
    ax.set_yticklabels(names, fontsize=8)
    if root_doc is not None and dated and dated[0].key == root_doc.key:
        ax.get_yticklabels()[0].set_fontweight("bold")
    ax.set_ylim(len(dated) - 0.4, -0.6)
    ax.grid(axis="x", color="#e4e4e4", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    locator = dates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(dates.ConciseDateFormatter(locator))
    if xs:  # every date inside the axis, set last so nothing drawn later rescales it
        low, high = left - pad, right + pad
        # widen to the ticks around the dates, so a labelled year closes each end
        ticks = [float(t) for t in locator.tick_values(dates.num2date(low), dates.num2date(high))]
        low = min(low, max((t for t in ticks if t <= left), default=low) - 1)
        high = max(high, min((t for t in ticks if t >= right), default=high) + 1)
        ax.set_xlim(low, high)
        ax.set_autoscalex_on(False)
    if seen:
        ax.legend(
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
            fontsize=8,
            title="relation",
            title_fontsize=8,
            frameon=False,
        )
    if title is None:
        title = f"Lineage of {root_doc.label}" if root_doc is not None else "Lineage"
    if undated:
        missing = ", ".join(d.label for d in undated[:6]) + (" …" if len(undated) > 6 else "")
        title += f"\n(no date, not shown: {missing})"
    ax.set_title(title, fontsize=11, loc="left")
    return figure  # type: ignore[no-any-return]


__all__ = ["INSTALL_HINT", "Doc", "Link", "as_doc", "as_links", "plot_lineage"]
