"""Many orders at once: :class:`Corpus` — load, index, lineage, what is in force.

- :mod:`~eoparse.corpus.load`: finding documents under a folder and parsing
  them in parallel (:class:`Version`, :class:`LoadFailure`);
- :mod:`~eoparse.corpus.index`: the :class:`Corpus`, indexed by document
  identity, one preferred version per document;
- :mod:`~eoparse.corpus.lineage`: what the orders do to each other
  (:class:`LineageEvent`);
- :mod:`~eoparse.corpus.emergencies`: the national emergencies they declare
  and act on (:class:`Emergency`).
"""

from __future__ import annotations

from eoparse.corpus.emergencies import Emergency
from eoparse.corpus.index import FORMAT_PREFERENCE, Corpus
from eoparse.corpus.lineage import LINEAGE_ACTIONS, LineageEvent
from eoparse.corpus.load import SUFFIXES, LoadFailure, Version, find_files, load_files, progress_bar
from eoparse.identity import Target, target_key
from eoparse.model import DocumentKey as Key

__all__ = [
    "FORMAT_PREFERENCE",
    "LINEAGE_ACTIONS",
    "SUFFIXES",
    "Corpus",
    "Emergency",
    "Key",
    "LineageEvent",
    "LoadFailure",
    "Target",
    "Version",
    "find_files",
    "load_files",
    "progress_bar",
    "target_key",
]
