"""Score eoparse's relations between executive orders against eval-dev/dispositions.csv.

Subjects: the executive orders of the dev split (the subjects dispositions.csv
lists; the other subjects are held out for final scoring) that the corpus
holds, read from raw text, else White House Markdown, all numbered up to 14127.
Predicted: the revokes / amends / supersedes references to executive orders.
Reports relation-typed and target-only precision, recall and F1, per relation,
and (with ``--misses``) every false positive and false negative with the
sentence that stated it, so the table's errors can be told from ours.

The table is kept by hand and has errors.  benchmarks/dispositions_errata.csv
lists the rows judged wrong after reading the order (the object is never named,
the text says otherwise, the committee is continued rather than amended) and
the relations the text states that the table lacks, each with the deciding
words; figures are reported against the raw table and the corrected one.

    python benchmarks/score_relations.py [--misses] [--json]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path

import eoparse
from eoparse.model import Kind, Order, Relation

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EOPARSE_SHARED", ROOT.parent / "shared"))
SCORED = ("revokes", "amends", "supersedes")
LAST_SUBJECT = 14127

Triple = tuple[int, str, int]


def gold() -> set[Triple]:
    """(subject, relation, object) rows of dispositions.csv."""
    with (SHARED / "eval-dev" / "dispositions.csv").open(encoding="utf-8") as handle:
        return {
            (int(row["subject_eo"]), row["relation"], int(row["object_eo"]))
            for row in csv.DictReader(handle)
        }


def subject_files() -> dict[int, Path]:
    """The corpus file to parse for each executive order up to 14127 (raw text preferred)."""
    corpus = SHARED / "corpus"
    files: dict[int, Path] = {}
    with (corpus / "index.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["kind"] != "executive_order" or int(row["number"]) > LAST_SUBJECT:
                continue
            paths = row["files"].split(";")
            for prefix in ("text/", "whitehouse_md/", "pdftext/"):
                chosen = [p for p in paths if p.startswith(prefix)]
                if chosen:
                    files[int(row["number"])] = corpus / chosen[0]
                    break
    return files


def errata() -> tuple[set[Triple], set[Triple]]:
    """Rows of the table judged wrong (to drop) and missing (to add), from
    benchmarks/dispositions_errata.csv — each with the words that decide it."""
    drop, add = set(), set()
    with (ROOT / "benchmarks" / "dispositions_errata.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            triple = (int(row["subject_eo"]), row["relation"], int(row["object_eo"]))
            (add if row["verdict"] == "missing" else drop).add(triple)
    return drop, add


def predicted(number: int, order: Order) -> set[Triple]:
    """The scored relations an order states about other executive orders.

    The tables record one relation per pair: an order that amends another and
    revokes some of its sections is recorded as amending it, so a partial
    revocation of an order this order also amends is not counted apart.
    """
    refs = [
        ref
        for ref in order.references
        if ref.relation in (Relation.REVOKES, Relation.AMENDS, Relation.SUPERSEDES)
        and ref.target.kind is Kind.EXECUTIVE_ORDER
        and ref.target.number is not None
    ]
    amended = {ref.target.number for ref in refs if ref.relation is Relation.AMENDS}
    whole = {(ref.relation, ref.target.number) for ref in refs if not ref.partial}
    return {
        (number, ref.relation.value, ref.target.number)
        for ref in refs
        if not (
            ref.relation is Relation.REVOKES
            and ref.partial
            and ref.target.number in amended
            and (Relation.REVOKES, ref.target.number) not in whole
        )
    }


def prf(true: set[object], pred: set[object]) -> dict[str, float]:
    """Precision, recall and F1 of ``pred`` against ``true``."""
    hits = len(true & pred)
    precision = hits / len(pred) if pred else 1.0
    recall = hits / len(true) if true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "tp": hits,
        "fp": len(pred - true),
        "fn": len(true - pred),
    }


def score(orders: dict[int, Order] | None = None) -> dict[str, object]:
    """Parse the subjects (unless given) and score them; the figures as a dict."""
    table = gold()
    if orders is None:
        subjects = {s for s, _, _ in table}
        files = {n: p for n, p in subject_files().items() if n in subjects}
        orders = {number: eoparse.parse(path) for number, path in files.items()}
    # The dev split lists some subjects only (the rest are held out): score those.
    orders = {n: o for n, o in orders.items() if n in {s for s, _, _ in table}}
    truth = {t for t in table if t[0] in orders}
    pred: set[Triple] = set()
    for number, order in orders.items():
        pred |= predicted(number, order)
    drop, add = errata()
    corrected = (truth - drop) | {t for t in add if t[0] in orders}
    result: dict[str, object] = {
        "subjects": len(orders),
        "gold_rows": len(truth),
        "typed": prf(set(truth), set(pred)),
        "target_only": prf({(s, o) for s, _, o in truth}, {(s, o) for s, _, o in pred}),
        "corrected_rows": len(corrected),
        "typed_corrected": prf(corrected, set(pred)),
        "target_only_corrected": prf(
            {(s, o) for s, _, o in corrected}, {(s, o) for s, _, o in pred}
        ),
    }
    for relation in SCORED:
        result[relation] = prf(
            {t for t in truth if t[1] == relation}, {t for t in pred if t[1] == relation}
        )
    result["false_positives"] = sorted(pred - corrected)
    result["false_negatives"] = sorted(corrected - pred)
    return result


def _statement(order: Order, target: int) -> str:
    for ref in order.references:
        if ref.target.number == target and ref.target.kind is Kind.EXECUTIVE_ORDER:
            words = order.quote(ref.statement or ref.span)
            return f"[{ref.relation.value} @{ref.where}] {words[:220]}"
    return "(not mentioned)"


def _print_misses(title: str, rows: Iterable[Triple], orders: dict[int, Order]) -> None:
    rows = list(rows)
    print(f"\n{title} ({len(rows)}):")
    for subject, relation, obj in rows:
        order = orders.get(subject)
        said = _statement(order, obj) if order else ""
        print(f"  {subject} {relation} {obj}: {said}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not (SHARED / "eval-dev").is_dir():
        print(f"no eval-dev tables at {SHARED}", file=sys.stderr)
        return 2
    subjects = {s for s, _, _ in gold()}
    files = {n: p for n, p in subject_files().items() if n in subjects}
    orders = {number: eoparse.parse(path) for number, path in files.items()}
    result = score(orders)
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if not k.startswith("false")}, indent=2))
        return 0
    print(f"{result['subjects']} subject orders, {result['gold_rows']} gold rows")
    print(f"  (corrected with benchmarks/dispositions_errata.csv: {result['corrected_rows']} rows)")
    for key in ("typed", "target_only", "typed_corrected", "target_only_corrected", *SCORED):
        figures = result[key]
        assert isinstance(figures, dict)
        print(
            f"  {key:<22} P {figures['precision']:.3f}  R {figures['recall']:.3f}  "
            f"F1 {figures['f1']:.3f}  (tp {figures['tp']}, fp {figures['fp']}, fn {figures['fn']})"
        )
    if args.misses:
        _print_misses("false positives", result["false_positives"], orders)  # type: ignore[arg-type]
        _print_misses("false negatives", result["false_negatives"], orders)  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
