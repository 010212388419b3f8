"""Shared fixtures: where the corpus lives, and helpers to build test documents.

The corpus (``../shared/corpus``, beside the repository) is input data: tests
read it, never copy it.  Corpus tests skip, with a reason, when it is absent
(a user's clone); CI sets ``EOPARSE_REQUIRE_CORPUS=1`` so that there they fail
instead of skipping.
"""

from __future__ import annotations

import csv
import functools
import os
from pathlib import Path

import pytest

import eoparse
from eoparse.model import Order

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EOPARSE_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
EVAL_DEV = SHARED / "eval-dev"
SAMPLES = ROOT / "samples"

HAVE_CORPUS = CORPUS.is_dir()
if not HAVE_CORPUS and os.environ.get("EOPARSE_REQUIRE_CORPUS") == "1":
    raise RuntimeError(f"EOPARSE_REQUIRE_CORPUS=1 but there is no corpus at {CORPUS}")

requires_corpus = pytest.mark.skipif(
    not HAVE_CORPUS,
    reason=f"no corpus at {CORPUS} (it sits beside the repository in CI; clones have none)",
)


def corpus_index() -> list[dict[str, str]]:
    """The rows of ``corpus/index.csv``."""
    with (CORPUS / "index.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


TEXT_FORMATS = ("text", "whitehouse_md", "pdftext")
"""The corpus folders of text formats (every document has one version in one of them)."""


@functools.cache
def parsed_corpus() -> dict[str, Order]:
    """Every text-format file of the corpus (``text/EO-13224.txt`` → its order), parsed
    once per test session and shared by the corpus tests."""
    out = {}
    for row in corpus_index():
        for file in row["files"].split(";"):
            if file.split("/")[0] in TEXT_FORMATS:
                out[file] = eoparse.parse(CORPUS / file)
    return out


@functools.cache
def parsed_xml() -> dict[str, Order]:
    """Every XML file of the corpus (``xml/EO-13224.xml`` → its order), parsed once per
    test session and shared by the corpus tests."""
    out = {}
    for row in corpus_index():
        for file in row["files"].split(";"):
            if file.startswith("xml/"):
                out[file] = eoparse.parse(CORPUS / file)
    return out


def fr_lines(*lines: str) -> str:
    """Federal Register raw-text body lines: 16-space indent, soft wraps end in a space."""
    return "\n".join(("                " + line) if line else "" for line in lines) + "\n"


@pytest.fixture(autouse=True)
def _private_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CLI's corpus commands cache parsed documents by default: never in the user's
    own cache during the tests (a test that wants another sets EOPARSE_CACHE itself)."""
    if not os.environ.get("EOPARSE_CACHE"):
        monkeypatch.setenv("EOPARSE_CACHE", str(tmp_path_factory.mktemp("eoparse-cache")))
