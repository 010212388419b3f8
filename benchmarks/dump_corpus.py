"""Write every corpus document's JSON to one file, to compare revisions.

A change meant to make eoparse faster must not change what it extracts.  Run
this before and after (``--root`` points at another checkout, such as a git
worktree of the earlier commit) and compare the two files byte for byte:

    git worktree add /tmp/before HEAD
    python benchmarks/dump_corpus.py /tmp/after.json
    python benchmarks/dump_corpus.py --root /tmp/before /tmp/before.json
    cmp /tmp/before.json /tmp/after.json

Each document is keyed by its path under ../shared/corpus; a document that
fails is recorded with its error instead.  Not a test.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("EOPARSE_SHARED", ROOT.parent / "shared")) / "corpus"
TEXT_FOLDERS = ("text", "whitehouse_md", "pdftext")
ALL_FOLDERS = (*TEXT_FOLDERS, "xml", "html", "pdf")


def import_checkout(root: Path, corpus: Path = CORPUS) -> Any:
    """The ``eoparse`` package of the checkout at ``root``, or None (said on stderr) when
    the ``corpus`` folder is missing or another installation would be imported instead."""
    if not corpus.is_dir():
        print(f"no corpus at {corpus}", file=sys.stderr)
        return None
    root = root.resolve()
    sys.path.insert(0, str(root))
    eoparse = importlib.import_module("eoparse")
    if not Path(eoparse.__file__).resolve().is_relative_to(root):
        print(f"imported {eoparse.__file__}, not the checkout at {root}", file=sys.stderr)
        return None
    return eoparse


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, help="the JSON file to write")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to import")
    parser.add_argument(
        "--all", action="store_true", help="every format (XML, HTML, PDF too), not only the texts"
    )
    args = parser.parse_args()
    eoparse = import_checkout(args.root)
    if eoparse is None:
        return 2
    out: dict[str, object] = {}
    for folder in ALL_FOLDERS if args.all else TEXT_FOLDERS:
        for path in sorted((CORPUS / folder).glob("*")):
            key = f"{folder}/{path.name}"
            try:
                out[key] = eoparse.parse(path).to_dict()
            except Exception as error:  # recorded, so that both sides can be compared
                out[key] = {"error": repr(error)}
    args.out.write_text(json.dumps(out, sort_keys=True, ensure_ascii=False), encoding="utf-8")
    print(f"{len(out)} documents written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
