"""Where one paragraph ends and the next begins, when the layout does not say.

GPO raw text marks wrapped lines with a trailing space, White House Markdown
separates paragraphs with blank lines; but across a page break, and in
pdftotext output, nothing marks a paragraph's end.  These rules decide from
the words: a line that starts like a new unit (``Sec. 3.``, ``(b)``,
``By the authority``) after a line that ends like a finished one (``.``,
``;``, ``:``, ``; and``) starts a paragraph.
"""

from __future__ import annotations

import regex

from eoparse.grammar.labels import LABEL, SECTION_WORD
from eoparse.grammar.patterns import CITING_END, HEADING_LINE, HEADING_START

STARTS_UNIT = regex.compile(
    rf"""
    (?:
        {SECTION_WORD}\.?\s?\d                  # Sec. 3. / Section 1. / SEC. 2
      | (?:PART|Part)\s[\dIVX]{{1,5}}\b             # PART 1 / Part II
      | (?:\(\s?{LABEL}\s?\)){{1,3}}\s            # (a) (iv) (A) (1) (aa), (b)(i) (a)(1)(A)
      | \d{{1,2}}-\d{{3}}\.?\s                        # 1-101.
      | (?!v\.\ [^,\n]{{1,60}},\ \d{{1,4}}\ [A-Z])       # i. R.C.M. 909 is amended, v. R.C.M.
        (?:[a-z]{{1,2}}|[ivx]{{3,4}})\.\ (?=[A-Z])     # (not "v. Sawyer, 343 U.S. 579", a case)
      | By\ the\ authority | By\ virtue\ of
      | NOW,?\ THEREFORE
      | IN\ WITNESS\ WHEREOF
      | THE\ WHITE\ HOUSE
      | MEMORANDUM\ FOR
      | ANNEX\b | Annex\ [IVX\dA-Z]{{1,4}}\b
      | I\ hereby\ order\b
    )
    """,
    regex.VERBOSE,
)
"""The start of a line that begins a new structural unit."""

ENDS_UNIT = regex.compile(r"""(?:[.:;!?]["')\]]{0,2}|—|;\s(?:and|or)|:\s?—)$""")
"""The end of a line that can finish a paragraph."""

STARTS_SECTION = regex.compile(
    r"(?:Section|Sec\.|SECTION|SEC\.)\ ?\d{1,3}(?:\.\d{1,3})?\.\ ", regex.VERBOSE
)
"""A capitalised section marker: a line starting so always starts a paragraph."""

STARTS_SECTION_HEADING = regex.compile(
    r"(?:Section|Sec\.|SECTION|SEC\.)\ ?\d{1,3}(?:\.\d{1,3})?\.\ [A-Z(\"\u201c]"
)
"""A capitalised section marker followed by a capital (``Sec. 8. Prior Order``): after a
page break it starts a paragraph even when the page before ends mid-sentence (GPO text
cut short at the foot of a page: "pay period beginning on or" / ``[[Page]]`` / "Sec. 8.")."""

STARTS_BODY = regex.compile(
    r"By the authority|By virtue of|NOW,? THEREFORE|MEMORANDUM FOR|I hereby (?:order|proclaim)"
)
"""The first words of an order's body: whatever precedes them is the title."""


_HEADING_INITIALS = frozenset("EPMN")
"""The first letters of :data:`HEADING_LINE` and :data:`HEADING_START` (Executive Order,
Proclamation, Presidential Determination, Memorandum, Notice)."""


def starts_unit(line: str) -> bool:
    """Whether ``line`` begins like a section, a lettered paragraph or a body formula."""
    return STARTS_UNIT.match(line) is not None


def ends_unit(line: str) -> bool:
    """Whether ``line`` ends like a finished paragraph."""
    return ENDS_UNIT.search(line) is not None


def breaks_across_page(previous: str, following: str) -> bool:
    """Whether a page break between two lines is also a paragraph break."""
    # each pattern is tried only on a line with its first letter (most lines have not)
    if previous[:1] in _HEADING_INITIALS and HEADING_LINE.fullmatch(previous):
        return True
    if following[:1] in _HEADING_INITIALS and HEADING_START.match(following):
        return True
    if following.startswith("S") and STARTS_SECTION_HEADING.match(following):
        return True
    if not previous or not ends_unit(previous):
        return False
    return starts_unit(following) or following[:1].isupper() or following[:1] == '"'


def breaks_between_lines(previous: str, following: str, *, full_width: int) -> bool:
    """Whether two consecutive lines of unmarked text belong to different paragraphs.

    ``full_width`` is the length of a full line of the page; a line well short
    of it that ends a sentence ends its paragraph.
    """
    if not previous:
        return True
    if STARTS_BODY.match(following) or STARTS_SECTION.match(following):
        return True
    finished = ends_unit(previous)
    if starts_unit(following):
        return finished or (
            len(previous) < 0.6 * full_width and CITING_END.search(previous) is None
        )
    if finished and len(previous) < 0.82 * full_width:
        return following[:1].isupper() or following[:1] in '"('
    return False


def title_case(line: str) -> bool:
    """Whether most significant words of ``line`` are capitalised, as in a title."""
    words = [w.strip(",.;:()\"'") for w in line.split()]
    significant = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    if not significant:
        return True
    return sum(1 for w in significant if w[:1].isupper()) >= 0.75 * len(significant)
