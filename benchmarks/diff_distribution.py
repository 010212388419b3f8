"""Report: corpus.diff_with_prior(order) for every order of ../shared/corpus.

Loads the corpus (Federal Register raw text, pdftotext and White House text
by default), diffs each order against the corpus orders it refers to, and
reports how many orders have priors, how many priors, and the distribution of
changes: per category and kind of change, the total, the number of orders
with at least one, and the most frequent changed fields.  Not a test: run it
on demand.

    python benchmarks/diff_distribution.py [--glob PATTERN ...] [--jobs N] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from eoparse.compare import CATEGORIES, PowerDiff
from eoparse.corpus import Corpus

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("EOPARSE_SHARED", ROOT.parent / "shared")) / "corpus"
DEFAULT_GLOB = ("text/*.txt", "pdftext/*.txt", "whitehouse_md/*.md")


def distribution(corpus: Corpus) -> dict[str, Any]:
    """Run diff_with_prior over ``corpus``; the figures (errors listed, never raised)."""
    totals: Counter[tuple[str, str]] = Counter()
    orders_with: Counter[tuple[str, str]] = Counter()
    fields: Counter[str] = Counter()
    sections: Counter[str] = Counter()
    priors: list[int] = []
    errors: list[str] = []
    times: list[float] = []
    for order in corpus:
        prior = corpus.prior(order)
        if not prior:
            continue
        started = time.perf_counter()
        try:
            result: PowerDiff = corpus.diff_with_prior(order)
            result.to_dict()
        except Exception as error:  # a report: name the order and go on
            errors.append(f"{order.label()}: {type(error).__name__}: {error}")
            continue
        times.append(time.perf_counter() - started)
        priors.append(len(prior))
        seen = set()
        for change in result.changes:
            key = (change.category, change.change.value)
            totals[key] += 1
            seen.add(key)
            for field in change.fields:
                fields[f"{change.category}.{field.field}"] += 1
        for key in seen:
            orders_with[key] += 1
        for section in result.sections:
            sections[section.change.value] += 1
    table = {
        category: {
            change: {"items": totals[(category, change)], "orders": orders_with[(category, change)]}
            for change in ("added", "removed", "changed")
        }
        for category in CATEGORIES
    }
    return {
        "orders": len(corpus),
        "with_prior": len(priors),
        "priors_per_order": {
            "mean": round(statistics.mean(priors), 2) if priors else 0,
            "max": max(priors, default=0),
            "histogram": dict(sorted(Counter(min(p, 5) for p in priors).items())),
        },
        "changes": table,
        "changed_fields": dict(fields.most_common(15)),
        "sections": dict(sections),
        "seconds": {
            "total": round(sum(times), 2),
            "mean_ms": round(1000 * statistics.mean(times), 1) if times else 0,
            "max_ms": round(1000 * max(times, default=0), 1),
        },
        "errors": errors,
    }


def _print(figures: dict[str, Any]) -> None:
    print(f"orders: {figures['orders']}, with a prior order in the corpus: {figures['with_prior']}")
    p = figures["priors_per_order"]
    print(
        f"priors per order: mean {p['mean']}, max {p['max']}, histogram (5 = 5+) {p['histogram']}"
    )
    print(f"{'category':<13} {'added':>16} {'removed':>16} {'changed':>16}   (items / orders)")
    for category, row in figures["changes"].items():
        cells = [
            f"{row[c]['items']:>7} / {row[c]['orders']:<6}" for c in ("added", "removed", "changed")
        ]
        print(f"{category:<13} " + " ".join(f"{cell:>16}" for cell in cells))
    print("most changed fields:", figures["changed_fields"])
    print("sections:", figures["sections"])
    s = figures["seconds"]
    print(f"diff time: {s['total']} s in all, mean {s['mean_ms']} ms, max {s['max_ms']} ms")
    print(f"errors: {len(figures['errors'])}")
    for error in figures["errors"]:
        print("  ", error)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--glob", action="append", help="files to load (default: text, pdftext, web)"
    )
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 2
    corpus = Corpus.from_dir(CORPUS, glob=args.glob or DEFAULT_GLOB, jobs=args.jobs)
    figures = distribution(corpus)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        _print(figures)
    return 1 if figures["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
