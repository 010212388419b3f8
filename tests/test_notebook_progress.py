"""Issue 18: a corpus load in a notebook without ipywidgets writes nothing to stderr.

``tqdm.auto`` in a notebook kernel without ipywidgets warns ``IProgress not
found`` and draws its text bar on stderr: red error output in the notebook,
kept by every export.  eoparse draws a text bar on stdout instead
(:mod:`eoparse.corpus.progress`).  The notebook runs in a real kernel whose
``PYTHONPATH`` starts with a shim that makes ``import ipywidgets`` fail,
whether or not ipywidgets is installed.
"""

from __future__ import annotations

import shutil
import sys
from typing import Any

import pytest

from eoparse.corpus import progress
from tests.conftest import SAMPLES
from tests.kernel import execute, streams

BLOCKER = 'raise ImportError("ipywidgets is blocked for this test")\n'

CELLS = [
    # the shim works: this kernel has no ipywidgets
    "try:\n    import ipywidgets\nexcept ImportError as error:\n    print('no ipywidgets:', error)",
    "import eoparse\n"
    "corpus = eoparse.Corpus.from_dir(FOLDER, jobs=1, progress=True)\n"
    "print(len(corpus.orders), 'orders')",
    # a second load in the same kernel: no warning the second time either
    "again = eoparse.Corpus.from_dir(FOLDER, jobs=1, progress=True)\nprint(len(again.orders))",
]


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> list[Any]:
    pytest.importorskip("tqdm", reason="the progress extra (tqdm) is not installed")
    nbformat = pytest.importorskip("nbformat", reason="notebook extras not installed")
    root = tmp_path_factory.mktemp("notebook")
    folder = root / "corpus"
    folder.mkdir()
    for path in SAMPLES.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    shim = root / "shim"
    (shim / "ipywidgets").mkdir(parents=True)
    (shim / "ipywidgets" / "__init__.py").write_text(BLOCKER, encoding="utf-8")
    notebook = nbformat.v4.new_notebook()
    setup = f"FOLDER = {str(folder)!r}"
    notebook.cells = [nbformat.v4.new_code_cell(src) for src in (setup, *CELLS)]
    path = [str(shim), *(p for p in sys.path if p)]
    execute(notebook, root / "jupyter", cwd=root, env={"PYTHONPATH": ":".join(path)})
    cells: list[Any] = notebook.cells
    return cells


def test_notebook_load_without_ipywidgets_writes_nothing_to_stderr(executed: list[Any]) -> None:
    errors = [o for c in executed for o in c.get("outputs", []) if o["output_type"] == "error"]
    assert errors == []
    out = "".join(streams(executed, "stdout"))
    assert "no ipywidgets: ipywidgets is blocked for this test" in out
    assert streams(executed, "stderr") == []
    assert "IProgress" not in out


def test_notebook_load_without_ipywidgets_still_shows_progress(executed: list[Any]) -> None:
    count = len(list(SAMPLES.glob("*.txt")))
    load = "".join(streams(executed[2:3], "stdout"))
    assert f"{count}/{count}" in load  # the text bar, on stdout
    assert "parsing" in load
    assert f"{count} orders" in load


def test_outside_a_notebook_the_bar_is_tqdm_auto(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    assert not progress.in_notebook_kernel()
    bar = progress.progress_bar(2)
    bar.update(2)
    bar.close()
    assert "2/2" in capsys.readouterr().err


def test_a_notebook_kernel_with_widgets_gets_the_widget_bar(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("tqdm")
    import tqdm.notebook

    made: list[dict[str, Any]] = []

    def widget_bar(**options: Any) -> progress.NoBar:
        made.append(options)
        return progress.NoBar()

    monkeypatch.setattr(progress, "in_notebook_kernel", lambda: True)
    monkeypatch.setattr(tqdm.notebook, "IProgress", object)
    monkeypatch.setattr(tqdm.notebook, "tqdm", widget_bar)
    progress.progress_bar(3, desc="fetching")
    assert made == [{"total": 3, "desc": "fetching", "unit": "file"}]


def test_disabled_or_without_tqdm_the_bar_is_silent(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert isinstance(progress.progress_bar(3, enabled=False), progress.NoBar)
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    monkeypatch.setitem(sys.modules, "tqdm.notebook", None)
    monkeypatch.setitem(sys.modules, "tqdm.std", None)
    for in_kernel in (False, True):
        monkeypatch.setattr(progress, "in_notebook_kernel", lambda k=in_kernel: k)
        assert isinstance(progress.progress_bar(3), progress.NoBar)
    assert capsys.readouterr() == ("", "")
