"""The progress bar of a corpus load or fetch: a widget, a line of text, or nothing.

tqdm draws the bar when it is installed (the ``progress`` extra):

- in a terminal (or IPython in a terminal, a Qt console, Spyder), the text
  bar of ``tqdm.auto``, on stderr;
- in a notebook kernel with ipywidgets, tqdm's widget bar;
- in a notebook kernel without ipywidgets, a text bar on **stdout**.  tqdm's
  own choice there (``tqdm.auto``) warns ``IProgress not found`` and draws
  its text bar on stderr, which the notebook shows as a red error output and
  an exported notebook keeps, once per update; stdout reads as ordinary
  output and the notebook redraws the line in place.

Without tqdm, or with ``enabled=False``, a silent stand-in takes its place.
"""

from __future__ import annotations

import os
import sys
from typing import Any, Protocol


class Bar(Protocol):
    """What a load needs of a progress bar."""

    def update(self, n: int = 1) -> Any:
        """``n`` more done."""

    def close(self) -> None:
        """The work is over."""


class NoBar:
    """What stands in for a progress bar when there is none."""

    def update(self, n: int = 1) -> None:
        """Nothing to show."""

    def close(self) -> None:
        """Nothing to close."""


def in_notebook_kernel() -> bool:
    """Whether this process is a Jupyter kernel drawing into a notebook (or JupyterLab,
    VS Code, Colab): the kernel's shell is loaded and no Qt console or Spyder hosts it.
    The same test as ``tqdm.autonotebook``."""
    if "ipykernel.zmqshell" not in sys.modules:
        return False
    if any(name == "QT_API" or name.startswith("SPYDER") for name in os.environ):
        return False
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is None:
        return False
    name = type(shell).__name__.lower()
    return "qt" not in name and "spyder" not in name


def _widgets_available() -> bool:
    """Whether tqdm can draw its notebook widget (it imports ``ipywidgets`` itself)."""
    try:
        from tqdm.notebook import IProgress
    except ImportError:
        return False
    return IProgress is not None


def progress_bar(total: int, *, enabled: bool = True, desc: str = "parsing") -> Bar:
    """A bar for ``total`` files (see the module docstring for which), or a silent
    stand-in when ``enabled`` is false or tqdm is not installed."""
    if not enabled:
        return NoBar()
    options: dict[str, Any] = {"total": total, "desc": desc, "unit": "file"}
    try:
        if in_notebook_kernel():
            if _widgets_available():
                from tqdm.notebook import tqdm as notebook_tqdm

                bar: Bar = notebook_tqdm(**options)
                return bar
            from tqdm.std import tqdm as text_tqdm

            # no width to fit in a notebook; redrawn at most twice a second
            bar = text_tqdm(**options, file=sys.stdout, ncols=80, mininterval=0.5)
            return bar
        from tqdm.auto import tqdm
    except ImportError:
        return NoBar()
    bar = tqdm(**options, dynamic_ncols=True)
    return bar


__all__ = ["Bar", "NoBar", "in_notebook_kernel", "progress_bar"]
