"""The subject of a modal verb: the actors named right before ``shall``, ``may``, ``is
authorized to`` — jointly named ones all, past a consultation or a definition between
them and the verb (``the Secretary of State, in consultation with the Attorney General,
shall``), or none where the clause describes rather than grants."""

from __future__ import annotations

from eoparse.powers.grants.actors import Actor, Reader, consultations, is_body
from eoparse.powers.grants.patterns import (
    ADVERB_BEFORE,
    AGENCIES_OF_BEFORE,
    ARTICLE_BEFORE,
    ARTICLES_AND_GLUE,
    ASIDE_AFTER_ACTOR,
    GLUE_BEFORE,
    HEAD_OF_BEFORE,
    NAMES_ONLY,
    PREPOSITION_BEFORE,
    RELATIVE_BEFORE,
    THROUGH_ASIDE,
)

AGENCIES = "executive departments and agencies"


def closes_aside(words: str) -> bool:
    """Whether a consultation phrase running up to the verb is an aside of the subject
    before it (``, in consultation with the Attorney General, shall``), not a member
    of a list that goes on (``, acting through the Administrator of FEMA, and the
    Administrator of the Small Business Administration shall``)."""
    return words.rstrip().endswith(",") or not (", and " in words or ", or " in words)


def only_actors(reader: Reader, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names actors and nothing else (glue, articles)."""
    text = reader.text
    at = start
    for actor in reader.actors_between(start, end):
        if ARTICLES_AND_GLUE.fullmatch(text, at, actor.start) is None:
            return False
        at = actor.end
    return ARTICLES_AND_GLUE.fullmatch(text, at, end) is not None


def aside_only(gap: str) -> bool:
    """Whether ``gap`` holds nothing but asides (a definition, a consultation)."""
    rest = gap
    while rest.strip():
        match = ASIDE_AFTER_ACTOR.match(rest)
        if not match or match.end() == 0:
            return False
        rest = rest[match.end() :]
    return True


def find_subject(reader: Reader, clause_start: int, modal_start: int) -> list[Actor]:
    """The actors named right before a modal verb (jointly named: all of them)."""
    text = reader.text
    adverb = ADVERB_BEFORE.search(text, max(clause_start, modal_start - 16), modal_start)
    if adverb is not None:  # "The Department of Veterans Affairs also shall expand"
        modal_start = adverb.start()
    window = max(clause_start, modal_start - 500)
    candidates = reader.actors_between(window, modal_start)
    if not candidates:
        at = modal_start
        while at > clause_start and text[at - 1] in " ,":
            at -= 1
        return reader.untabled(clause_start, at)
    # Step back over a consultation phrase that ends right before the verb:
    # "the Secretary of State, in consultation with the Attorney General, shall".
    end = modal_start
    for consult in reversed(consultations(text, window, end)):
        comma = text.rfind(",", window, consult.start())
        if (
            comma >= 0
            and consult.start() - comma <= 12
            and closes_aside(text[consult.end() : end])
            and (
                only_actors(reader, consult.end(), end)
                or NAMES_ONLY.fullmatch(text, consult.end(), end) is not None
            )
        ):
            end = comma
    # … and over the body an actor works through: "the Attorney General, through the
    # Federal Enforcement Working Group, in collaboration with …, shall".
    through = THROUGH_ASIDE.search(text, max(window, end - 160), end)
    if through is not None and through.start() > window:
        end = through.start()
    at = end
    while at > clause_start and text[at - 1] in " ,":
        at -= 1
    if at > clause_start and text[at - 1] == ")":
        # a definition between the actor and its verb: "the Secretary of X (Secretary) shall"
        opening = text.rfind("(", max(clause_start, at - 80), at)
        if opening > clause_start:
            at = opening
            while at > clause_start and text[at - 1] in " ,":
                at -= 1
    group: list[Actor] = []
    last = reader.actors_between(window, at)
    if not last or (
        text[last[-1].end : at].strip(" ,") and not aside_only(text[last[-1].end : at])
    ):
        return reader.untabled(clause_start, at)
    for actor in reversed(last):
        gap = text[actor.end : at]
        if group and PREPOSITION_BEFORE.search(
            text, max(clause_start, actor.start - 16), actor.start
        ):
            # An object, not a subject: "acting through the Administrator of FEMA";
            # "… shall report to the President, and the Secretary shall" stops at the gap.
            continue
        if not gap.strip(" ,") or aside_only(gap):
            group.append(actor)
            at = actor.start
            # Step over an article, then a joining ", and " to the actor before.
            article = ARTICLE_BEFORE.search(text, max(clause_start, at - 8), at)
            if article is not None and article.end() == at:
                at = article.start()
            glue = GLUE_BEFORE.search(text, max(clause_start, at - 8), at)
            if glue is None or glue.end() != at:
                break
            if len(group) == 1 and glue[0].strip() == ",":
                # "…, and the heads of agencies, the Secretary shall": a list ends
                # with "and" or "or" before its last member; a bare comma ends a phrase.
                break
            at = glue.start()
            continue
        break
    if group and RELATIVE_BEFORE.search(
        text, max(clause_start, group[-1].start - 12), group[-1].start
    ):
        return []  # "such information as the Secretary may require": not a grant
    if len(group) == 1 and group[0].name == "Federal Government":
        agencies = AGENCIES_OF_BEFORE.search(
            text, max(clause_start, group[0].start - 60), group[0].start
        )
        if agencies is not None:  # "All agencies of the United States Government shall"
            return [Actor(agencies.start(), group[0].end, AGENCIES, True)]
    if len(group) == 1:
        head = HEAD_OF_BEFORE.search(text, max(clause_start, group[0].start - 40), group[0].start)
        if head is not None and is_body(group[0].name):
            # "The Chair of the Partnership shall": the Chair, not the Partnership
            title = head["title"][:1].upper() + head["title"][1:]
            actor = group[0]
            return [Actor(head.start(), actor.end, f"{title} of the {actor.name}", True)]
    return list(reversed(group))
