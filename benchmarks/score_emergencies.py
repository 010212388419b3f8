"""Score eoparse's national-emergency actions against eval-dev/emergencies.csv.

The development split holds a subset of documents; the others are held out for
final scoring, across all the tables.  So the documents scored here are the
dev documents: the declaring instruments of emergencies.csv, the orders its
``expanded_by`` column names, and the subjects of dispositions.csv — those the
corpus holds.  (A corpus order that declares an emergency but appears in no dev
table is held out, not a false positive; ``--misses`` lists them apart.)

- declare: documents with a ``declare`` action vs rows of type ``new`` or
  ``expansion+declaration``;
- expand: (expanding order, expanded order) pairs vs the ``expanded_by``
  column, for expanded orders the table lists (it records expansions of its
  own rows only);
- the corpus emergencies table (``Corpus.emergencies()``) against the rows of
  emergencies.csv: ``status`` (its first word: active, terminated, revoked)
  and ``expanded_by`` (the expanding orders of the dev split the corpus
  holds), for the rows the table has; the rows it has not (instruments older
  than the corpus that no corpus order acts on) are counted apart.

    python benchmarks/score_emergencies.py [--misses] [--json]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
from pathlib import Path

import eoparse
from eoparse.corpus import Corpus
from eoparse.model import EmergencyActionType, Kind, Order

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EOPARSE_SHARED", ROOT.parent / "shared"))

Doc = tuple[str, int]  # (kind, number)


def _rows() -> list[dict[str, str]]:
    with (SHARED / "eval-dev" / "emergencies.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def gold() -> tuple[set[Doc], set[tuple[Doc, Doc]], set[Doc]]:
    """Declaring documents, (expander, expanded) pairs, and every document the table names."""
    declares: set[Doc] = set()
    expands: set[tuple[Doc, Doc]] = set()
    named: set[Doc] = set()
    for row in _rows():
        doc = (row["instrument_kind"], int(row["instrument_number"]))
        named.add(doc)
        kind = row["declaration_type"]
        if kind in ("new", "expansion+declaration"):
            declares.add(doc)
        for number in re.findall(r"EO (\d{4,5})", row["expanded_by"]):
            expander = ("executive_order", int(number))
            expands.add((expander, doc))
            named.add(expander)
    return declares, expands, named


def declares_gold_rows() -> set[tuple[Doc, str]]:
    """Every instrument of the table, with its declaration type."""
    return {
        ((row["instrument_kind"], int(row["instrument_number"])), row["declaration_type"])
        for row in _rows()
    }


def dev_documents() -> set[Doc]:
    """Documents of the development split (named by any dev table)."""
    _, _, named = gold()
    with (SHARED / "eval-dev" / "dispositions.csv").open(encoding="utf-8") as handle:
        subjects = {("executive_order", int(r["subject_eo"])) for r in csv.DictReader(handle)}
    return named | subjects


def corpus_files() -> dict[Doc, Path]:
    """One text file per corpus document (raw text, else pdftotext, else web text)."""
    corpus = SHARED / "corpus"
    out: dict[Doc, Path] = {}
    with (corpus / "index.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            paths = row["files"].split(";")
            for prefix in ("text/", "pdftext/", "whitehouse_md/"):
                chosen = [p for p in paths if p.startswith(prefix)]
                if chosen:
                    out[(row["kind"], int(row["number"]))] = corpus / chosen[0]
                    break
    return out


def predicted(doc: Doc, order: Order) -> tuple[bool, set[tuple[Doc, Doc]]]:
    """Whether the order declares, and which emergencies it expands."""
    declares = any(e.action is EmergencyActionType.DECLARE for e in order.emergencies)
    expands = set()
    for action in order.emergencies:
        if action.action is EmergencyActionType.EXPAND and action.target is not None:
            target = action.target
            if target.number is not None and target.kind in (
                Kind.EXECUTIVE_ORDER,
                Kind.PROCLAMATION,
            ):
                expands.add((doc, (target.kind.value, target.number)))
    return declares, expands


def prf(true: set[object], pred: set[object]) -> dict[str, float]:
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


def table(orders: dict[Doc, Order], dev: set[Doc]) -> dict[str, object]:
    """The corpus emergencies table against emergencies.csv: status and expanded_by."""
    found = {}
    for emergency in Corpus(list(orders.values())).emergencies():
        number = emergency.declared_by.number
        if number is not None:
            found[(emergency.declared_by.kind.value, number)] = emergency
    status_agree, expanded_agree = 0, 0
    status_misses: list[str] = []
    expanded_misses: list[str] = []
    rows = _rows()
    held = 0
    for row in rows:
        doc = (row["instrument_kind"], int(row["instrument_number"]))
        emergency = found.get(doc)
        if emergency is None:
            continue
        held += 1
        want = row["status"].split(" ")[0]
        if emergency.status == want:
            status_agree += 1
        else:
            status_misses.append(f"{row['declaring_instrument']}: {want} / {emergency.status}")
        expected = {int(n) for n in re.findall(r"EO (\d{4,5})", row["expanded_by"])} & {
            n for kind, n in orders if kind == "executive_order"
        }
        got = {
            e.order.number
            for e in emergency.expansions
            if e.order.number is not None and (e.order.kind.value, e.order.number) in dev
        }
        if expected == got:
            expanded_agree += 1
        else:
            name = row["declaring_instrument"]
            expanded_misses.append(f"{name}: {sorted(expected)} / {sorted(got)}")
    return {
        "rows": len(rows),
        "rows_in_table": held,
        "status_agreement": status_agree / held if held else 1.0,
        "status_agreement_all_rows": status_agree / len(rows) if rows else 1.0,
        "expanded_by_agreement": expanded_agree / held if held else 1.0,
        "status_misses": status_misses,
        "expanded_by_misses": expanded_misses,
    }


def score(orders: dict[Doc, Order] | None = None) -> dict[str, object]:
    """Parse every corpus document (unless given) and score the dev ones."""
    files = corpus_files()
    if orders is None:
        orders = {doc: eoparse.parse(path) for doc, path in files.items()}
    declares_gold, expands_gold, _ = gold()
    dev = dev_documents()
    in_corpus = set(orders)
    declares_pred: set[Doc] = set()
    expands_pred: set[tuple[Doc, Doc]] = set()
    held_out: list[Doc] = []
    for doc, order in orders.items():
        declares, expands = predicted(doc, order)
        if doc not in dev:
            if declares or expands:
                held_out.append(doc)
            continue
        if declares:
            declares_pred.add(doc)
        expands_pred |= expands
    declares_true = declares_gold & in_corpus
    expands_true = {pair for pair in expands_gold if pair[0] in in_corpus}
    # The table records expansions of its own rows only; an expansion of an
    # emergency declared by a held-out instrument cannot be in it.
    rows = {doc for doc, _ in declares_gold_rows()}
    expands_pred = {pair for pair in expands_pred if pair[1] in rows}
    return {
        "documents": len(orders),
        "dev_documents": len(dev & in_corpus),
        "declare": prf(set(declares_true), set(declares_pred)),
        "expand": prf(set(expands_true), set(expands_pred)),
        "declare_misses": sorted(declares_true ^ declares_pred),
        "expand_misses": sorted(expands_true ^ expands_pred),
        "held_out_with_actions": sorted(held_out),
        "table": table(orders, dev),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not (SHARED / "eval-dev").is_dir():
        print(f"no eval-dev tables at {SHARED}", file=sys.stderr)
        return 2
    result = score()
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if "misses" not in k}, indent=2))
        return 0
    found = result["table"]
    assert isinstance(found, dict)
    print(f"{result['documents']} corpus documents, {result['dev_documents']} in the dev split")
    for key in ("declare", "expand"):
        f = result[key]
        assert isinstance(f, dict)
        print(
            f"  {key:<8} P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}  "
            f"(tp {f['tp']}, fp {f['fp']}, fn {f['fn']})"
        )
    print(
        f"  table    status {found['status_agreement']:.3f} of the {found['rows_in_table']} "
        f"rows it holds ({found['status_agreement_all_rows']:.3f} of all {found['rows']}), "
        f"expanded_by {found['expanded_by_agreement']:.3f}"
    )
    if args.misses:
        for key in ("declare_misses", "expand_misses", "held_out_with_actions"):
            print(f"{key}: {result[key]}")
        for key in ("status_misses", "expanded_by_misses"):
            print(f"table {key}: {found[key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
