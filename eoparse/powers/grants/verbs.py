"""What a grant's verb says by itself: the kind of grant its modal makes, and whether it
stands in a section that states policy rather than directs."""

from __future__ import annotations

from eoparse.model import Modality
from eoparse.powers.context import Context
from eoparse.powers.grants.patterns import AUTHORITY_TO, POLICY_HEADING


def states_policy(context: Context, at: int) -> bool:
    """Whether ``at`` lies in a top-level section headed as a statement of policy (not in
    quoted amendatory text, whose top-level paths nest under the amending section)."""
    section = context.top_section(at)
    return (
        section is not None
        and "(" not in section.path
        and POLICY_HEADING.fullmatch(section.heading or "") is not None
    )


def modality_of(modal: str, text: str = "", at: int = 0) -> Modality:
    """The kind of grant a :data:`MODAL` match makes (``is hereby delegated`` → delegated),
    ``at`` its end in ``text``: ``shall have the authority to`` authorizes."""
    if modal == "shall" and AUTHORITY_TO.match(text, at) is not None:
        return Modality.AUTHORIZED
    if modal == "may":
        return Modality.MAY
    if "delegated" in modal or "assigned" in modal:
        return Modality.DELEGATED
    if "authorized" in modal or "empowered" in modal:
        return Modality.AUTHORIZED
    return Modality.SHALL


__all__ = ["modality_of", "states_policy"]
