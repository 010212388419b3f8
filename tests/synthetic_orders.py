"""Large synthetic orders, written for the scaling checks of the diff and the parser.

Shared by tests/test_diff_linear_time.py, benchmarks/bench_diff_scaling.py and
benchmarks/bench_memory.py.  Nothing here comes from the corpus: the words are
ours, put together from small vocabularies so that every section is distinct
(its heading, its topic, its deadlines) while reading like an order: duties
and powers of the usual officials with deadlines and statutes, designations of
officials and bodies, lettered paragraphs with items and subitems.

:func:`order_pair` gives an old order and a new one of about the same size
that amends it the way real successors do: some deadlines and actors change,
some paragraphs are reworded, a few sections are dropped and a few inserted
(so that the later sections are renumbered), the rest is repeated as it was.
:func:`nested_order` gives a deeply nested text for the memory checks.
"""

from __future__ import annotations

import random

ACTORS = (
    "Secretary of State",
    "Secretary of the Treasury",
    "Secretary of Defense",
    "Attorney General",
    "Secretary of the Interior",
    "Secretary of Agriculture",
    "Secretary of Commerce",
    "Secretary of Labor",
    "Secretary of Health and Human Services",
    "Secretary of Housing and Urban Development",
    "Secretary of Transportation",
    "Secretary of Energy",
    "Secretary of Education",
    "Secretary of Veterans Affairs",
    "Secretary of Homeland Security",
    "Director of the Office of Management and Budget",
    "Administrator of the Environmental Protection Agency",
    "Director of National Intelligence",
    "United States Trade Representative",
    "Administrator of General Services",
)

VERBS = (
    "review",
    "publish",
    "assess",
    "revise",
    "coordinate",
    "establish",
    "submit",
    "develop",
    "evaluate",
    "update",
    "identify",
    "issue",
)

OBJECTS = (
    "guidance on",
    "a plan for",
    "a report on",
    "standards for",
    "procedures governing",
    "an inventory of",
    "recommendations concerning",
    "a strategy for",
    "metrics for",
    "a framework for",
)

ADJECTIVES = (
    "regional",
    "coastal",
    "rural",
    "municipal",
    "maritime",
    "tribal",
    "interstate",
    "federal",
    "seasonal",
    "critical",
    "emerging",
    "legacy",
    "shared",
    "remote",
    "secure",
    "public",
)

NOUNS = (
    "grain storage",
    "bridge inspection",
    "broadband access",
    "water treatment",
    "wildfire response",
    "port security",
    "vaccine distribution",
    "grid resilience",
    "data retention",
    "procurement fraud",
    "flood mapping",
    "air traffic control",
    "mineral supply",
    "cyber incident reporting",
    "apprenticeship programs",
    "veterans housing",
    "pipeline safety",
    "rail freight",
    "textbook pricing",
    "satellite imagery",
    "fisheries management",
    "border infrastructure",
    "tax credit administration",
    "drought relief",
)

PURPOSES = (
    "reduce delays",
    "protect the public",
    "lower costs to taxpayers",
    "improve accountability",
    "strengthen oversight",
    "share information among agencies",
    "support State and local partners",
    "avoid duplication of effort",
)

STATUTES = (
    "section 301 of title 3, United States Code",
    "section 1702 of title 50, United States Code",
    "section 4101 of title 6, United States Code",
    "section 2061 of title 50, United States Code",
    "section 553 of title 5, United States Code",
    "section 40101 of title 49, United States Code",
    "section 1182(f) of title 8, United States Code",
    "section 7401 of title 42, United States Code",
)

ROLES = (
    "Chief Resilience Officer",
    "Senior Accountable Official",
    "lead agency",
    "Coordinator",
    "Chair of the Working Group",
    "Program Manager",
)

DAYS = (14, 30, 45, 60, 90, 120, 180, 270, 365)

NUMERALS = ("i", "ii", "iii", "iv", "v", "vi")

CAPITALS = ("A", "B", "C", "D", "E", "F")


def _topic(rng: random.Random) -> str:
    return f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"


def _duty(rng: random.Random, topic: str) -> str:
    """One paragraph: an actor's duty with a deadline, or a power it may use."""
    actor = rng.choice(ACTORS)
    verb, what = rng.choice(VERBS), rng.choice(OBJECTS)
    purpose = rng.choice(PURPOSES)
    if rng.random() < 0.7:
        days = rng.choice(DAYS)
        return (
            f"The {actor} shall, within {days} days of the date of this order, {verb} "
            f"{what} {topic} in order to {purpose}."
        )
    statute = rng.choice(STATUTES)
    return (
        f"The {actor} may, consistent with {statute}, {verb} {what} {topic} "
        f"where doing so would {purpose}."
    )


def _designation(rng: random.Random, topic: str) -> str:
    actor, role = rng.choice(ACTORS), rng.choice(ROLES)
    return f"The {actor} is hereby designated as the {role} for {topic}."


def _revocation(rng: random.Random) -> str:
    number = rng.randrange(11000, 14000)
    month = rng.choice(("January", "March", "May", "August", "October"))
    return (
        f"Section {rng.randint(2, 9)} of Executive Order {number} of {month} "
        f"{rng.randint(1, 28)}, {1990 + number % 30}, is hereby revoked."
    )


def _section(rng: random.Random) -> str:
    """One section without its number: a heading, two to four lettered paragraphs (one a
    line), sometimes a designation."""
    topic = _topic(rng)
    heading = f"{topic.title()} {rng.choice(('Review', 'Reform', 'Coordination', 'Standards'))}"
    paragraphs = [_duty(rng, topic) for _ in range(rng.randint(2, 4))]
    if rng.random() < 0.3:
        paragraphs.append(_designation(rng, topic))
    if rng.random() < 0.1:
        paragraphs.append(_revocation(rng))
    lettered = "".join(f"({chr(97 + i)}) {p}\n" for i, p in enumerate(paragraphs))
    return f"{heading}.\n{lettered}"


HEAD = (
    "Executive Order {number} of July 4, 2026\n\n"
    "Improving the Administration of Federal Programs\n\n"
    "By the authority vested in me as President by the Constitution and the laws of the "
    "United States of America, including section 301 of title 3, United States Code, it is "
    "hereby ordered as follows:\n\n"
)

TAIL = "\n(Presidential Sig.)\n\nTHE WHITE HOUSE,\nJuly 4, 2026.\n"


def _amended(section: str, rng: random.Random) -> str:
    """A section as a successor order restates it: most unchanged, some amended."""
    roll = rng.random()
    if roll < 0.55:
        return section
    if roll < 0.75:  # a deadline moved
        for days in DAYS:
            marker = f"within {days} days"
            if marker in section:
                return section.replace(marker, f"within {DAYS[(DAYS.index(days) + 2) % 9]} days")
        return section
    if roll < 0.85:  # another official made responsible
        for actor in ACTORS:
            if f"The {actor} " in section:
                other = ACTORS[(ACTORS.index(actor) + 5) % len(ACTORS)]
                return section.replace(f"The {actor} ", f"The {other} ", 1)
        return section
    # reworded
    return section.replace(" in order to ", " so as to ", 1).replace(" shall,", " shall, ", 1)


def order_pair(size: int, seed: int = 18) -> tuple[str, str]:
    """An old order of about ``size`` characters and a new one amending it."""
    rng = random.Random(seed)
    sections: list[str] = []
    total = 0
    while total < size:
        body = _section(rng)  # numbered when the order is written
        sections.append(body)
        total += len(body) + 10
    amend = random.Random(seed + 1)
    new_sections: list[str] = []
    for body in sections:
        roll = amend.random()
        if roll < 0.03:
            continue  # dropped
        new_sections.append(_amended(body, amend))
        if roll > 0.97:
            new_sections.append(_section(amend))
    return _written(sections, 14990), _written(new_sections, 14991)


PART = 100
"""Sections of one part: they are numbered as in the orders of the 1970s, ``Sec. 1-101.``,
``Sec. 1-102.`` … ``Sec. 2-101.``, since the parser reads a plain ``Sec. N.`` only up
to 999 (a 1 MB order has about 1,600 sections)."""


def _written(bodies: list[str], number: int) -> str:
    numbered = "".join(
        f"Sec. {i // PART + 1}-{i % PART + 101}. {body}" for i, body in enumerate(bodies)
    )
    return HEAD.format(number=number) + numbered + TAIL


def nested_order(size: int, seed: int = 18) -> str:
    """An order of about ``size`` characters nested four deep: every section holds
    lettered paragraphs, each with items (i), (ii) …, each with subitems (A), (B) …."""
    rng = random.Random(seed)
    out: list[str] = []
    total, number = 0, 0
    while total < size:
        number += 1
        topic = _topic(rng)
        lines = [f"Sec. {number}. {topic.title()}.\n"]
        for letter in range(3):
            lines.append(f"({chr(97 + letter)}) {_duty(rng, topic)[:-1]}, including:\n")
            for numeral in NUMERALS[:3]:
                lines.append(f"({numeral}) {_duty(rng, _topic(rng))[:-1]}, covering:\n")
                for capital in CAPITALS[:3]:
                    lines.append(f"({capital}) {rng.choice(VERBS)} steps for {_topic(rng)};\n")
        section = "".join(lines)
        out.append(section)
        total += len(section)
    return HEAD.format(number=14992) + "".join(out) + TAIL


__all__ = ["nested_order", "order_pair"]
