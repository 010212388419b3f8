"""Grants: every duty, permission, authorisation or delegation an order gives an actor.

``Within 14 days of the date of this order, the Secretary of State shall …,
in consultation with the Secretary of the Treasury, …`` is one
:class:`~eoparse.model.Grant`: actor ``Secretary of State``, modality
``shall``, the action in the order's words, deadline ``within 14 days of the
date of this order`` (14 days), co-actor ``Secretary of the Treasury``.

The actor is the official, agency or body named right before the modal verb
(``shall``, ``may``, ``is authorized to``, ``is directed to``), resolved to the
officials table (``eoparse/data/officials.toml``) or through the order's own
definitions (``the Secretary of Commerce (the Secretary)``); jointly named
actors get one grant each.  Delegations read the other way round (``… are
hereby delegated to the Secretary of Defense``; ``I hereby delegate to …``).
A clause whose subject is no actor — ``Nothing in this order shall be
construed …``, ``This order shall be implemented …`` — gives no grant.

One module a job:

- :mod:`~eoparse.powers.grants.patterns`: the patterns, apart from the logic;
- :mod:`~eoparse.powers.grants.definitions`: the names an order gives its actors;
- :mod:`~eoparse.powers.grants.actors`: finding and resolving actors in the text;
- :mod:`~eoparse.powers.grants.subject`: the actors a modal verb's clause names
  as its subject;
- :mod:`~eoparse.powers.grants.deadlines`: the deadline a clause sets;
- :mod:`~eoparse.powers.grants.clauses`: where a clause begins, and the list items a
  lead-in hands its modal to;
- :mod:`~eoparse.powers.grants.build`: the Grant items of each modal verb.
"""

from __future__ import annotations

from eoparse.powers.grants.build import extract_grants

__all__ = ["extract_grants"]
