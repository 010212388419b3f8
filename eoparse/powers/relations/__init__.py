"""What an order does to the presidential documents it mentions.

Each mention gets a relation — revokes, amends, supersedes, continues,
suspends, or cites — from the verb that governs it in its sentence:

- passive, after the mention: ``Executive Orders 13769 and 13780 are revoked``;
- active, before it, with this order as subject: ``I hereby revoke``,
  ``This order supersedes``;
- nominal, just before it: ``the revocation of Executive Order 12512``;
- a list introduced by ``The following are revoked:`` gives its relation to
  the mentions at the head of each item.

A mention the verb does not govern stays ``cites``: after ``as amended by``,
``which amended``, ``issued under``; in quoted text; where the verb is negated
(``shall not be construed to supersede``).  ``as amended`` after a mention
does not make this order an amender, and ``this order`` is no reference.
Amendments keep what they strike and insert.

One module a job: :mod:`~eoparse.powers.relations.patterns` (the patterns),
:mod:`~eoparse.powers.relations.governing` (which verb governs a mention),
:mod:`~eoparse.powers.relations.amendments` (what is struck and inserted),
:mod:`~eoparse.powers.relations.collect` (references merged one a target and
place) and :mod:`~eoparse.powers.relations.extract` (the pass over the order).
"""

from __future__ import annotations

from eoparse.powers.relations.collect import continued_references, target_key
from eoparse.powers.relations.extract import extract_references
from eoparse.powers.relations.governing import relation_of, shielded

__all__ = ["continued_references", "extract_references", "relation_of", "shielded", "target_key"]
