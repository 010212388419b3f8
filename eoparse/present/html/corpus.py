"""A corpus summary as HTML: counts by kind, president and year, items extracted, failures."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from eoparse.kinds import KINDS
from eoparse.model import Order
from eoparse.present.html.base import esc, table, wrap


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
        *([kind.title.lower(), f"{sum(len(kind.items(o)) for o in orders):,}"] for kind in KINDS),
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
        table(["", "count"], totals, cls="eo-table eo-facts"),
        "<h3>By kind</h3>",
        table(["kind", "orders"], _count_rows(kinds), cls="eo-table eo-facts"),
        "<h3>By president</h3>",
        table(["president", "signed", "orders"], president_rows, cls="eo-table eo-facts"),
    ]
    if formats:
        parts.append("<h3>Files read, by format</h3>")
        parts.append(
            table(["format", "files"], _count_rows(dict(formats)), cls="eo-table eo-facts")
        )
    if relations:
        parts.append("<h3>References by relation</h3>")
        parts.append(
            table(
                ["relation", "references"],
                _count_rows(dict(relations.most_common())),
                cls="eo-table eo-facts",
            )
        )
    parts.append(
        f"<details><summary>By year ({len(years)} years)</summary>"
        f"{table(['year', 'orders'], year_rows, cls='eo-table eo-facts')}</details>"
    )
    if n_failed and not isinstance(failures, int):
        listed = list(failures.items()) if isinstance(failures, Mapping) else list(failures)
        rows = [f"<li>{_failure(entry)}</li>" for entry in listed[:10]]
        more = f"<li>… and {n_failed - 10} more</li>" if n_failed > 10 else ""
        parts.append(
            f'<details><summary class="eo-warn">Failures ({n_failed})</summary>'
            f"<ul>{''.join(rows)}{more}</ul></details>"
        )
    return wrap("".join(parts))


__all__ = ["corpus_html"]
