"""The clause of one modal verb: where its words begin (past list markers and asides), where
its first duty ends (a ``;``, a second lead-in, a second modal, the next delegate or a
``who`` clause of another official), and how far its lists and series may reach; ``None``
where the modal grants nothing (``is authorized by law``, ``as the Chair may request``).
Kept apart from :mod:`eoparse.powers.grants.build`, which reads the subject and duties of
each clause."""

from __future__ import annotations

import regex
from attrs import frozen

from eoparse.model import Modality, Span
from eoparse.powers.anchored import ending_at
from eoparse.powers.context import CLAUSE_REACH, Context, larger, smaller
from eoparse.powers.grants.clauses import clause_words
from eoparse.powers.grants.deadlines import read_deadline, read_timing
from eoparse.powers.grants.duty_patterns import STANDING
from eoparse.powers.grants.list_patterns import (
    AS_MAY_AFTER,
    AS_TITLE_BEFORE,
    SECOND_LEAD_IN,
    WHICH_BODY_BEFORE,
    WHICH_LEADS_LIST,
)
from eoparse.powers.grants.patterns import MODAL_VERB, NEXT_DELEGATE, WHO_MODAL
from eoparse.powers.grants.second_modal import joined_second, pronoun_modal_at, second_modal_at
from eoparse.powers.grants.series import cited_only
from eoparse.powers.grants.verbs import modality_of, provided_for
from eoparse.powers.wordlist import contains_any


@frozen
class ModalClause:
    """The words of one modal verb: where they begin (past markers), where its first duty
    ends (a ``;`` or a second lead-in), and how far its lists and series may reach."""

    match: regex.Match[str]
    modality: Modality
    start: int
    end: int
    limit: int
    semi: int
    """The ``;`` that ends the first duty of a series, or -1."""


def modal_clause(context: Context, match: regex.Match[str], sentence: Span) -> ModalClause | None:
    """The clause of the modal ``match``; ``None`` where the modal grants nothing (``is
    authorized by law``, ``as the Chair may request``)."""
    text = context.text
    modal = match[MODAL_VERB]
    if provided_for(text, sentence[0], match.start()):
        return None  # "Such proposed rule shall provide that …, the Director shall grant"
    start = clause_words(context, sentence[0], match.start())
    if joined_second(text, sentence[0], match) and (
        read_deadline(text, start, match.start())[0] or read_timing(text, start, match.start())
    ):
        start = match.start() - 4  # "… within 30 days and may remove": not its deadline
    modality = modality_of(modal, text, match.end())
    if modality is Modality.AUTHORIZED and text.startswith((" by law", " by statute"), match.end()):
        return None  # "as the Secretary is authorized by law to …" describes, grants nothing
    if (
        modality is Modality.MAY
        and AS_MAY_AFTER.match(text, match.end(), match.end() + 40) is not None
        and ending_at(AS_TITLE_BEFORE, text, larger(start, match.start() - 300), match.start())
    ):
        return None  # "… such information as the Chair of the Council may request": how much
    limit = smaller(sentence[1], match.end() + CLAUSE_REACH)
    end = limit
    semi = text.find(";", match.end(), end)
    while semi >= 0 and cited_only(text, semi, end):  # "14193, as amended; Executive Order …"
        semi = text.find(";", semi + 1, end)
    if semi >= 0:
        end = semi
    second = (
        SECOND_LEAD_IN.search(text, match.end(), end)
        if text.find(" and shall", match.end(), end) >= 0 and text.find(":", match.end(), end) >= 0
        else None
    )
    if second is not None:  # "… shall provide leadership, and shall: (a) …" leads a list
        end = second.start()
    other = second_modal_at(text, match, end)
    if other >= 0:  # "… shall finalize the list and may remove products": a power apart
        end = other
    other = pronoun_modal_at(text, match.end(), end)
    if other >= 0:  # "… shall not permit …, except that he may … permit": the same official's
        end = other
    if modality is not Modality.DELEGATED and text.find(", and to ", match.end(), end) >= 0:
        next_to = NEXT_DELEGATE.search(text, match.end(), end)
        if next_to is not None:  # "… who shall conduct the reviews, and to the Trade
            end = next_to.start()  # Representative, who shall …": the next delegate's
    if modality is not Modality.DELEGATED and contains_any(
        text, (", who", ", which"), match.end(), end
    ):
        # "… make recommendations to the Attorney General, who shall submit …": the
        # Attorney General's duty, read on its own; "… Chair of the Task Force, which shall
        # also include:" the Task Force's members
        for who in WHO_MODAL.finditer(text, match.end(), end):
            if _ends_duty(text, start, who):
                end = who.start()
                break
    return ModalClause(match, modality, start, end, limit, semi)


def _ends_duty(text: str, start: int, who: regex.Match[str]) -> bool:
    """Whether the :data:`WHO_MODAL` clause ``who`` is not part of the duty before it: an
    official's ``who`` clause, and a ``which`` clause on a body or leading a list (not one
    on the duty's object: ``a report, which shall include …``)."""
    if who[0].startswith(", who"):
        return True
    if WHICH_LEADS_LIST.match(text, who.end()) is not None:
        return True
    body = ending_at(WHICH_BODY_BEFORE, text, larger(start, who.start() - 200), who.start())
    if body is None:
        return False
    words = text[who.end() : who.end() + 200].lstrip()
    # "…, which shall include members of …" is who the body is; "… a report to the Task
    # Force, which may include recommendations" what the report holds
    return not words.startswith("include") or STANDING.match(words) is not None


__all__ = ["ModalClause", "modal_clause"]
