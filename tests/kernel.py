"""Execute a notebook in a kernel of the test interpreter, as CI and readers do.

The kernelspec is written to a temporary folder (no kernel installed on the
machine is picked up by mistake), and connection files and the IPython
profile stay there too, not in ``$HOME``.  Tests that use it skip, with the
reason, when nbformat, nbclient or ipykernel are not installed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

KERNEL = "eoparse-test"


def _outputs(cell: Mapping[str, Any]) -> list[dict[str, Any]]:
    return list(cell.get("outputs", []))


def streams(cells: list[Any], name: str) -> list[str]:
    """The text of every ``name`` stream output (``stdout`` or ``stderr``) of ``cells``."""
    found = []
    for cell in cells:
        for output in _outputs(cell):
            if output.get("output_type") == "stream" and output.get("name") == name:
                text = output.get("text", "")
                found.append("".join(text) if isinstance(text, list) else str(text))
    return found


def execute(
    notebook: Any,
    folder: Path,
    *,
    cwd: Path,
    env: Mapping[str, str] | None = None,
    timeout: int = 300,
) -> Any:
    """Run every cell of ``notebook`` (an nbformat node) in place, from ``cwd``; returns it.

    ``folder`` (empty, temporary) holds the kernelspec, runtime files and the IPython
    profile; ``env`` adds variables to the kernel's environment.
    """
    nbclient = pytest.importorskip("nbclient", reason="notebook extras not installed")
    kernelspec = pytest.importorskip("ipykernel.kernelspec", reason="ipykernel not installed")
    spec = kernelspec.write_kernel_spec(folder / "kernels" / KERNEL)
    argv = json.loads((folder / "kernels" / KERNEL / "kernel.json").read_text())["argv"]
    assert argv[0] == sys.executable, spec
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JUPYTER_PATH", str(folder))
        patch.setenv("JUPYTER_RUNTIME_DIR", str(folder / "runtime"))
        patch.setenv("IPYTHONDIR", str(folder / "ipython"))
        patch.setenv("MPLBACKEND", "Agg")
        for name, value in (env or {}).items():
            patch.setenv(name, value)
        client = nbclient.NotebookClient(
            notebook,
            timeout=timeout,
            kernel_name=KERNEL,
            resources={"metadata": {"path": str(cwd)}},
        )
        client.execute()
    return notebook
