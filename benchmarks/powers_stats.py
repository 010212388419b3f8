"""Report grant, designation, emergency and body figures over the whole corpus.

Orders with at least one grant, grants per order (median, p95), the 20 most
frequent actors, orders where an actor did not resolve to the officials
table, designation / emergency-action / body counts, with the rate of orders in
each title family (:data:`TITLE_FAMILIES`: the kinds of order whose title says
they designate) that yield at least one designation.  Figures are computed in one
run; nothing is asserted here (tests/test_corpus_powers.py asserts thresholds).

    python benchmarks/powers_stats.py [--json]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import statistics
import sys
from pathlib import Path

import regex

import eoparse
from eoparse.model import Order

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("EOPARSE_SHARED", ROOT.parent / "shared")) / "corpus"
FOLDERS = ("text", "pdftext", "whitehouse_md")


TITLE_FAMILIES: dict[str, regex.Pattern[str]] = {
    "blocking property (sanctions)": regex.compile(r"\bBlocking\s+(?:the\s+)?Property\b", regex.I),
    "order of succession": regex.compile(r"\bSuccession\b", regex.I),
    "terrorists": regex.compile(r"\bTerroris[tm]", regex.I),
    "combat zone / area": regex.compile(r"\bCombat\s+Zone|\bHazardous\s+Duty", regex.I),
    "international organization": regex.compile(r"\bInternational\s+Organi[sz]ation", regex.I),
    "designating (other)": regex.compile(r"\bDesignat", regex.I),
}
"""Kinds of order whose title says they designate, by the words of the title; an order
belongs to the first family whose pattern its title matches."""


def title_family(order: Order) -> str | None:
    """The title family of ``order`` (:data:`TITLE_FAMILIES`), or None."""
    title = order.title or ""
    return next((name for name, pattern in TITLE_FAMILIES.items() if pattern.search(title)), None)


def corpus_orders() -> list[Order]:
    """Every text-format document of the corpus, parsed."""
    return [
        eoparse.parse(path)
        for folder in FOLDERS
        for path in sorted((CORPUS / folder).iterdir())
        if path.suffix in (".txt", ".md")
    ]


def figures(orders: list[Order]) -> dict[str, object]:
    """The grant, designation and emergency figures of ``orders``."""
    counts = sorted(len(order.grants) for order in orders)
    actors = collections.Counter(grant.actor for order in orders for grant in order.grants)
    unresolved = [order for order in orders if any(not g.resolved for g in order.grants)]
    unresolved_actors = collections.Counter(
        g.actor for order in orders for g in order.grants if not g.resolved
    )
    actions = collections.Counter(e.action.value for order in orders for e in order.emergencies)
    categories = collections.Counter(
        d.category.value for order in orders for d in order.designations
    )
    modalities = collections.Counter(g.modality.value for order in orders for g in order.grants)
    return {
        "orders": len(orders),
        "orders_with_grants": sum(1 for n in counts if n),
        "grants": sum(counts),
        "grants_per_order_median": statistics.median(counts) if counts else 0,
        "grants_per_order_p95": counts[int(len(counts) * 0.95)] if counts else 0,
        "grants_with_deadline": sum(
            1 for order in orders for g in order.grants if g.deadline is not None
        ),
        "modalities": dict(modalities.most_common()),
        "top_actors": actors.most_common(20),
        "orders_with_unresolved_actor": len(unresolved),
        "unresolved_rate": len(unresolved) / len(orders) if orders else 0.0,
        "unresolved_actors": unresolved_actors.most_common(20),
        "designations": sum(len(order.designations) for order in orders),
        "orders_with_designations": sum(1 for order in orders if order.designations),
        "designation_categories": dict(categories.most_common()),
        "orders_per_category": {
            category: sum(
                1
                for order in orders
                if any(d.category.value == category for d in order.designations)
            )
            for category in categories
        },
        "title_families": _families(orders),
        "emergency_actions": dict(actions.most_common()),
        "body_actions": dict(
            collections.Counter(b.action.value for o in orders for b in o.bodies).most_common()
        ),
        "orders_with_bodies": sum(1 for order in orders if order.bodies),
        "bodies_with_members": sum(1 for o in orders for b in o.bodies if b.members),
        "bodies_with_chair": sum(1 for o in orders for b in o.bodies if b.chair),
    }


def _families(orders: list[Order]) -> dict[str, dict[str, object]]:
    """Per title family: its orders, how many yield a designation, and the rate."""
    out: dict[str, dict[str, object]] = {}
    for name in (*TITLE_FAMILIES, "other titles"):
        members = [o for o in orders if (title_family(o) or "other titles") == name]
        yielding = sum(1 for o in members if o.designations)
        out[name] = {
            "orders": len(members),
            "with_designations": yielding,
            "rate": round(yielding / len(members), 3) if members else 0.0,
        }
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 2
    result = figures(corpus_orders())
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    for key, value in result.items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
