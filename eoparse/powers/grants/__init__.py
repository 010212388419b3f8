"""Grants: every duty, permission, authorisation or delegation an order gives an actor.

``Within 14 days of the date of this order, the Secretary of State shall …,
in consultation with the Secretary of the Treasury, …`` is one
:class:`~eoparse.model.Grant`: actor ``Secretary of State``, modality
``shall``, the action in the order's words, deadline ``within 14 days of the
date of this order`` (14 days), co-actor ``Secretary of the Treasury``.

The actor is the official, agency or body named right before the modal verb
(``shall``, ``may``, ``is authorized to``, ``is directed to``), by its printed
title with abbreviations written out, found in the officials table
(``eoparse/data/officials.toml``) or through the order's own definitions (``the
Secretary of Commerce (the Secretary)``, ``"the Secretary" shall refer to …``);
else the nearest full title in the same section; else it is kept unresolved.
Officials only consulted are never actors; jointly named or alternative actors
get one grant each.  Delegations and authorizations read the other way round
(``… are hereby delegated to the Secretary of Defense``; ``I hereby delegate to
…``; ``… is invoked and made available to …``).  A lead-in ending in a colon
and a series joined by ``;`` give one grant per item.  A clause whose subject
is no actor — ``Nothing in this order shall be construed …``, ``This order shall
be implemented …``, ``The report shall be submitted`` — gives no grant; nor do
the President's own acts.  Duties written into another order by quoted
amendatory text are grants marked ``quoted``.

One module a job:

- :mod:`~eoparse.powers.grants.patterns`: the patterns, apart from the logic;
- :mod:`~eoparse.powers.grants.definitions`: the names an order gives its actors (its
  patterns in :mod:`~eoparse.powers.grants.definition_patterns`);
- :mod:`~eoparse.powers.grants.actors`: finding and resolving actors in the text (the
  offices a name stands for in :mod:`~eoparse.powers.grants.offices`, titles resolved
  from the order around them in :mod:`~eoparse.powers.grants.titles`);
- :mod:`~eoparse.powers.grants.subject`: the actors a modal verb's clause names
  as its subject;
- :mod:`~eoparse.powers.grants.deadlines`: the deadline a clause sets, and its timing;
- :mod:`~eoparse.powers.grants.clauses`: where a clause's words begin, the list items
  a lead-in hands its modal to, the further duties of a ``;`` series;
- :mod:`~eoparse.powers.grants.build`: the Grant items of each modal verb;
- :mod:`~eoparse.powers.grants.emit`: one Grant per actor of a clause.
"""

from __future__ import annotations

from eoparse.powers.grants.build import extract_grants

__all__ = ["extract_grants"]
