"""Whether an order's top-level sections run in sequence (a check on the section tree)."""

from __future__ import annotations

from eoparse.diagnostics import warning
from eoparse.model import ParseWarning


def out_of_sequence(numbers: list[str]) -> ParseWarning | None:
    """A warning where the top-level section numbers ``numbers``, all plain numbers, do
    not run 1, 2, 3 … (from the first); ``None`` where they do, or hold any other label."""
    plain = [int(n) for n in numbers if n.isdigit()]
    if len(plain) != len(numbers) or not plain:
        return None
    if plain == list(range(plain[0], plain[0] + len(plain))):
        return None
    return warning(
        "sections-out-of-sequence",
        "section numbers do not run in sequence: " + ", ".join(str(n) for n in plain),
    )


__all__ = ["out_of_sequence"]
