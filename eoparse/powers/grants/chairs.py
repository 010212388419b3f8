"""The chairs of a body an order sets up: ``There is established an NSCI Executive Council
to be co-chaired by the Director of OSTP and the Director of OMB`` gives each Director a
grant to ``co-chair the NSCI Executive Council``, said as the chair's own action, as the
conventions count a chair (``to be headed by``)."""

from __future__ import annotations

import regex

from eoparse.powers.grants.passive import BASE_FORMS

_V = regex.VERBOSE

ESTABLISHED_BODY = regex.compile(
    r"""\b(?:established|establish|establishes|created|create|creates)\ (?:
          within\ [^,;]{1,80}?\ (?:an?|the)         # "established within the Executive
          \ (?P<within>(?:(?!\ an?\ )[^,;()]){3,150}?)  # Office of the President an Office"
        | (?:an?|the)\ (?P<body>[^,;()]{3,150}?)    # "the Committee for a Drug-Free America"
        )
        (?:\ \([^()]{1,60}\))?,?\ $                 # its short form: "(Task Force),"
    """,
    _V,
)
"""The body an order sets up right before ``to be chaired by``: ``there is established an
NSCI Executive Council``, ``shall establish a working group`` (its short form after it,
``(Council)``, left out)."""

_BODY_REACH = 300
"""How far before ``to be chaired by`` the words that set the body up may start."""


def chaired_action(text: str, sentence_start: int, chaired: str, at: int) -> str | None:
    """What each chair of the body named right before ``at`` (where ``to be … by`` opens)
    is to do, as the chair's own (``co-chair the NSCI Executive Council``); ``None`` where
    that body cannot be told.  ``chaired`` is the participle as printed."""
    verb = BASE_FORMS.get(chaired.lower())  # the participles TO_BE_CHAIRED holds
    if verb is None:
        return None
    body = ESTABLISHED_BODY.search(text, max(sentence_start, at - _BODY_REACH), at)
    if body is None:
        return None
    return f"{verb} the {body['within'] or body['body']}"


__all__ = ["ESTABLISHED_BODY", "chaired_action"]
