"""Score eoparse's powers on benchmarks/data/powers_blind with the dev scorer.

The files there were labelled blind to eoparse, to the conventions of
../shared/eval-dev/powers/README.md.  This runs ../shared/eval-dev/score_powers.py
unchanged on them: a temporary folder holds a copy of the scorer, the labels as its
``powers/`` and the corpus beside it, as the scorer expects.

    python benchmarks/score_powers_blind.py [-v] [--labels DIR]

``--labels`` scores another folder labelled the same way (default: powers_blind).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EOPARSE_SHARED", ROOT.parent / "shared"))
LABELS = ROOT / "benchmarks" / "data" / "powers_blind"


def main() -> int:
    args = sys.argv[1:]
    labels = LABELS
    if "--labels" in args:
        at = args.index("--labels")
        if at + 1 >= len(args):
            print("--labels needs a folder", file=sys.stderr)
            return 2
        labels = Path(args[at + 1])
        del args[at : at + 2]
    if not labels.is_dir():
        print(f"no labels folder at {labels}", file=sys.stderr)
        return 2
    scorer = SHARED / "eval-dev" / "score_powers.py"
    if not scorer.is_file() or not (SHARED / "corpus").is_dir():
        print(f"no eval-dev scorer or corpus under {SHARED}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="eoparse-blind-") as folder:
        top = Path(folder)
        (top / "eval").mkdir()
        shutil.copy(scorer, top / "eval" / "score_powers.py")
        shutil.copytree(labels, top / "eval" / "powers")
        (top / "corpus").symlink_to(SHARED / "corpus")
        command = [sys.executable, str(top / "eval" / "score_powers.py"), *args]
        return subprocess.call(command, cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
