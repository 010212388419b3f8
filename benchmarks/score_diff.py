"""Score the powers diff against hand-labelled expected changes of real order pairs.

``benchmarks/data/diff_pairs.json`` holds pairs of corpus documents (OLD, or a
chain of old ones, and NEW) with the power changes a careful reader expects,
labelled blind to eoparse (see its README).  For each pair this parses the
files, runs ``eoparse.diff(old, new)`` and reports:

- **headlines found**: labelled headline changes matched by an entry of
  ``PowerDiff.headlines``; **headlines anywhere**: matched by any reported
  change;
- **changes found**: labelled changes matched by any reported change;
- **reported per labelled**: power changes reported (wording-only changes
  folded away, as the displays do) per labelled change — the noise figure;
- **unrelated warned**: for a pair labelled unrelated, whether the diff warns;
- the same figures without the labels marked ``outside_conventions`` (real changes
  that no item kind holds under ../shared/eval-dev/powers/README.md, such as a task
  force's membership).

A labelled change is matched by a reported change of the same category (the
registry's kind name) whose change type agrees and whose label, changed fields
and items contain every one of the label's ``terms`` (case-insensitive); a
reported ``changed`` also matches a label ``added``/``removed`` when the terms
are among what the change adds or removes (list members, or the words a text
field's word diff inserts or deletes).  Quotes are not searched: the
words around an item would match almost anything.

    python benchmarks/score_diff.py [--pairs FILE] [--verbose] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

import eoparse

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EOPARSE_SHARED", ROOT.parent / "shared"))
PAIRS = ROOT / "benchmarks" / "data" / "diff_pairs.json"


def _haystack(change: dict[str, Any], *, members: str | None = None) -> str:
    """The words a reported change offers for matching (lower case); with ``members``
    (``added`` or ``removed``), only what the change adds or removes: list members, and
    the words a text field's word diff inserts or deletes."""
    if members is not None:
        op = "insert" if members == "added" else "delete"
        fields = change.get("fields", ())
        words = [m for f in fields for m in f.get(members, ())]
        words += [w for f in fields for o, w in f.get("words", ()) if o == op]
        return json.dumps(words, ensure_ascii=False).casefold()
    parts: list[Any] = [change.get("label"), change.get("fields")]
    for side in ("old", "new"):
        if change.get(side):
            parts.append(change[side].get("item"))
    return json.dumps(parts, ensure_ascii=False).casefold()


def matches(label: dict[str, Any], change: dict[str, Any]) -> bool:
    """Whether a reported change (its JSON) reports the labelled change."""
    if change.get("category") != label["category"]:
        return False
    terms = [t.casefold() for t in label.get("terms", ())]
    reported = change.get("change")
    if reported == label["change"]:
        text = _haystack(change)
        return all(t in text for t in terms)
    if reported == "changed" and label["change"] in ("added", "removed"):
        text = _haystack(change, members=label["change"])
        return bool(terms) and all(t in text for t in terms)
    return False


def _parse(relative: str) -> eoparse.Order:
    return eoparse.parse(SHARED / "corpus" / relative)


def _run_diff(old: list[eoparse.Order], new: eoparse.Order) -> Any:
    """``eoparse.diff`` with the old orders first (the argument order of the CLI)."""
    return eoparse.diff(old, new)


def score_pair(pair: dict[str, Any]) -> dict[str, Any]:
    """The figures of one pair."""
    olds = [_parse(p) for p in pair["old"]]
    new = _parse(pair["new"])
    result = _run_diff(olds, new)
    data = result.to_dict()
    reported = [c for c in data["changes"] if c.get("change") != "wording"]
    headlines = [h for h in data.get("headlines", ()) if isinstance(h, dict)]
    labels = pair["changes"]
    inside = [i for i, label in enumerate(labels) if not label.get("outside_conventions")]
    found = [any(matches(label, c) for c in reported) for label in labels]
    in_headlines = [
        any(matches(label, c) for h in headlines for c in h.get("changes", ())) for label in labels
    ]
    heads = [i for i, label in enumerate(labels) if label.get("headline")]
    warned = bool(data.get("related", {}).get("warning"))
    return {
        "id": pair["id"],
        "related": pair.get("related", True),
        "warned": warned,
        "labelled": len(labels),
        "found": sum(found),
        "headlines": len(heads),
        "headlines_found": sum(in_headlines[i] for i in heads),
        "headlines_anywhere": sum(found[i] for i in heads),
        "reported": len(reported),
        "inside": len(inside),
        "inside_found": sum(found[i] for i in inside),
        "inside_headlines": sum(1 for i in heads if i in inside),
        "inside_headlines_found": sum(in_headlines[i] for i in heads if i in inside),
        "missed": [labels[i]["what"] for i, ok in enumerate(found) if not ok],
        "headlines_missed": [labels[i]["what"] for i in heads if not in_headlines[i]],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=Path, default=PAIRS)
    parser.add_argument("--verbose", "-v", action="store_true", help="list what was missed")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if not (SHARED / "corpus").is_dir():
        print(f"no corpus at {SHARED / 'corpus'}", file=sys.stderr)
        return 2
    pairs = json.loads(args.pairs.read_text(encoding="utf-8"))["pairs"]
    rows = [score_pair(pair) for pair in pairs]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    print(f"{'pair':<22} {'headl.':>8} {'anywhere':>8} {'found':>8} {'reported/label':>15}")
    for row in rows:
        ratio = row["reported"] / row["labelled"] if row["labelled"] else 0.0
        flag = (
            ""
            if row["related"]
            else ("  unrelated: warned" if row["warned"] else "  unrelated: NOT warned")
        )
        print(
            f"{row['id']:<22} {row['headlines_found']:>3}/{row['headlines']:<4} "
            f"{row['headlines_anywhere']:>3}/{row['headlines']:<4} "
            f"{row['found']:>3}/{row['labelled']:<4} {ratio:>15.2f}{flag}"
        )
        if args.verbose:
            for what in row["headlines_missed"]:
                print(f"    headline missed: {what[:150]}")
            for what in row["missed"]:
                print(f"    missed: {what[:150]}")
    keys = (
        "labelled", "found", "headlines", "headlines_found", "headlines_anywhere", "reported",
        "inside", "inside_found", "inside_headlines", "inside_headlines_found",
    )  # fmt: skip
    total = {k: sum(r[k] for r in rows) for k in keys}
    related = [r for r in rows if r["related"]]
    unrelated = [r for r in rows if not r["related"]]

    def share(part: int, whole: int) -> str:
        return f"{part}/{whole} = {part / whole if whole else 0.0:.2f}"

    print()
    print(
        "headline changes found in the headlines:",
        share(total["headlines_found"], total["headlines"]),
    )
    print(
        "headline changes found anywhere:        ",
        share(total["headlines_anywhere"], total["headlines"]),
    )
    print("all labelled changes found:             ", share(total["found"], total["labelled"]))
    print(
        "within the item conventions (labels not marked outside_conventions):",
        "headlines",
        share(total["inside_headlines_found"], total["inside_headlines"]),
        "· changes",
        share(total["inside_found"], total["inside"]),
    )
    reported = sum(r["reported"] for r in related)
    labelled = sum(r["labelled"] for r in related)
    print(f"reported power changes per labelled change (related pairs): {reported / labelled:.2f}")
    print(f"unrelated pairs warned: {sum(r['warned'] for r in unrelated)}/{len(unrelated)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
