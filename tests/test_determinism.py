"""Determinism (issue #7): the same input gives byte-identical JSON, every time, everywhere.

Across runs in one process, across processes (with different hash seeds, so
nothing may depend on the order of a set or a dict of strings), and from
eight threads at once (which also proves the readers share no state: PDFium,
which is not thread-safe, is serialised).
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import eoparse

from .conftest import CORPUS, HAVE_CORPUS, ROOT, SAMPLES

_CORPUS_SAMPLE = {
    "text": ("EO-13224.txt", "EO-12944.txt", "EO-13526.txt", "EO-13470.txt"),
    "xml": ("EO-13224.xml", "EO-13470.xml"),
    "html": ("EO-13224.html",),
    "pdf": ("EO-13224.pdf", "EO-12944.pdf"),
}


def sample_files() -> list[Path]:
    """The bundled samples, and a few corpus files of every format when the corpus is there."""
    files = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md", ".xml"))
    if HAVE_CORPUS:
        for folder, names in _CORPUS_SAMPLE.items():
            files += [CORPUS / folder / name for name in names if (CORPUS / folder / name).exists()]
        for folder in ("whitehouse_md", "pdftext"):
            files += sorted((CORPUS / folder).iterdir())[:2]
    return files


def _json(path: Path) -> str:
    return eoparse.parse(path).to_json()


def _digests(paths: list[Path]) -> dict[str, str]:
    return {str(p): hashlib.sha256(_json(p).encode("utf-8")).hexdigest() for p in paths}


FILES = sample_files()


def test_same_input_same_bytes_in_one_process() -> None:
    for path in FILES:
        first = _json(path)
        assert _json(path) == first, path
        assert eoparse.parse_bytes(path.read_bytes(), path.name).to_json() == first, path
    text = (SAMPLES / "border_emergency_2025.txt").read_text(encoding="utf-8")
    assert eoparse.parse_text(text).to_json() == eoparse.parse_text(text).to_json()


_CHILD = """
import hashlib, json, sys
import eoparse
paths = json.loads(sys.stdin.read())
print(json.dumps({p: hashlib.sha256(eoparse.parse(p).to_json().encode("utf-8")).hexdigest()
                  for p in paths}))
"""


@pytest.mark.parametrize("seed", ["0", "4242"])
def test_same_bytes_across_processes(seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    result = subprocess.run(
        [sys.executable, "-c", _CHILD],
        input=json.dumps([str(p) for p in FILES]),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
        check=True,
    )
    assert json.loads(result.stdout) == _digests(FILES)


def test_eight_threads_give_what_one_gives() -> None:
    alone = {path: _json(path) for path in FILES}
    work = FILES * 3
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        together = list(pool.map(_json, work))
    mismatched = [str(p) for p, out in zip(work, together, strict=True) if out != alone[p]]
    assert not mismatched


def test_eight_threads_on_pdfs_with_both_backends() -> None:
    if not HAVE_CORPUS:
        pytest.skip(f"no corpus at {CORPUS}")
    pdfs = sorted((CORPUS / "pdf").iterdir())[:8]
    for backend in eoparse.read.PDF_BACKENDS:

        def run(path: Path, backend: str = backend) -> str:
            return eoparse.parse(path, pdf_backend=backend).to_json()

        alone = {path: run(path) for path in pdfs}
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            together = list(pool.map(run, pdfs * 2))
        assert together == [alone[p] for p in pdfs * 2], backend
