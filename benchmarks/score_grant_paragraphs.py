"""Score eoparse's grants against hand labels of single corpus paragraphs.

Each label row names a corpus file, a paragraph's span in eoparse's normalised text and
the paragraph's SHA-1 (checked: a change to the readers that moves the text is reported,
not scored silently), with the grants a reader found in it.  Grants match on (actor,
top-level section), normalised as ``../shared/eval-dev/score_powers.py`` normalises
them; ``borderline`` and ``quoted`` rows are allowed, not required.  Not a test.

    python benchmarks/score_grant_paragraphs.py --labels benchmarks/data/grant_paragraphs2 [-v]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import sys
from collections import Counter
from pathlib import Path

import eoparse

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EOPARSE_SHARED", ROOT.parent / "shared"))


def _scorer():  # type: ignore[no-untyped-def]
    """``score_powers.py`` of eval-dev, for its normalisation of actors and sections."""
    path = SHARED / "eval-dev" / "score_powers.py"
    spec = importlib.util.spec_from_file_location("score_powers", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--labels", required=True, help="a folder holding labels.json")
    parser.add_argument("-v", action="store_true", help="print each paragraph's misses")
    args = parser.parse_args()
    if not (SHARED / "corpus").is_dir():
        print(f"no corpus at {SHARED / 'corpus'}", file=sys.stderr)
        return 2
    sp = _scorer()
    rows = json.loads((Path(args.labels) / "labels.json").read_text(encoding="utf-8"))
    tp = fp = fn = moved = 0
    orders: dict[str, eoparse.Order] = {}
    for row in rows:
        if row["file"] not in orders:
            orders[row["file"]] = eoparse.parse(SHARED / "corpus" / row["file"])
        order = orders[row["file"]]
        start, end = row["span"]
        if hashlib.sha1(order.text[start:end].encode()).hexdigest() != row["sha1"]:
            moved += 1
            continue

        def key(actor: str, where: str) -> tuple[str, str]:
            return sp.actor(actor), sp.top(where)

        pred = Counter(key(g.actor, g.where) for g in order.grants if start <= g.span[0] < end)
        gold = row["grants"]
        required = [g for g in gold if not g.get("borderline") and not g.get("quoted")]
        strict = Counter(key(g["actor"], g["where"]) for g in required)
        allowed = Counter(key(g["actor"], g["where"]) for g in gold)
        hits, extra, missed = pred & strict, pred - allowed, strict - pred
        tp, fp, fn = tp + sum(hits.values()), fp + sum(extra.values()), fn + sum(missed.values())
        if args.v and (extra or missed):
            print(f"#{row['id']} {row['file']}: missed {dict(missed)} extra {dict(extra)}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(
        f"grants in {len(rows) - moved} paragraphs: P={p:.3f} R={r:.3f} F1={f1:.3f} "
        f"(tp={tp} fp={fp} fn={fn})"
    )
    if moved:
        print(f"{moved} paragraphs moved in the normalised text: not scored", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
