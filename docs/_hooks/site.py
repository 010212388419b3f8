"""MkDocs hooks for the eoparse site (see mkdocs.yml).

- ``tutorial.md`` is generated from ``docs/tutorial.ipynb``: its Markdown
  cells as they are, its code cells as Python blocks (the notebook is kept
  without outputs; CI executes it, see tests/test_tutorial.py).
- ``<!-- embed: NAME -->`` in a page is replaced by the file ``docs/NAME`` in
  a code block (the schema page embeds ``schema.json`` this way).

Both read only files under ``docs/``: the build needs no network and no
Jupyter.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

NOTEBOOK = "tutorial.ipynb"
PAGE = "tutorial.md"
EMBED = re.compile(r"<!--\s*embed:\s*(?P<name>[\w./-]+)\s*-->")
LANGUAGES = {".json": "json", ".py": "python", ".toml": "toml", ".yml": "yaml"}


def _source(cell: dict[str, Any]) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def notebook_markdown(path: Path) -> str:
    """The notebook at ``path`` as one Markdown page."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    parts = [
        "!!! note\n"
        f"    This page is [`docs/{NOTEBOOK}`]({NOTEBOOK}) (download it to run it), shown\n"
        "    without its outputs. Run it from a clone of the repository: the last part\n"
        "    reads the corpus in `../shared/corpus` and is skipped when that is absent."
    ]
    for cell in notebook.get("cells", []):
        text = _source(cell).rstrip()
        if not text:
            continue
        if cell.get("cell_type") == "markdown":
            parts.append(text)
        elif cell.get("cell_type") == "code":
            parts.append(f"```python\n{text}\n```")
    return "\n\n".join(parts) + "\n"


def on_files(files: Files, config: Any) -> Files:
    """Add the generated tutorial page."""
    path = Path(config["docs_dir"]) / NOTEBOOK
    files.append(File.generated(config, PAGE, content=notebook_markdown(path)))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Files) -> str:
    """Replace ``<!-- embed: NAME -->`` with the file's text in a code block."""
    docs = Path(config["docs_dir"])

    def embed(match: re.Match[str]) -> str:
        target = docs / match["name"]
        language = LANGUAGES.get(target.suffix, "")
        return f"```{language}\n{target.read_text(encoding='utf-8').rstrip()}\n```"

    return EMBED.sub(embed, markdown)
