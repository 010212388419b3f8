"""An order as amended on a date: apply the textual amendments later orders state.

:func:`consolidate` takes an order and the orders that act on it, and applies,
in signing-date order, what their references to it say (``Reference.amendments``
and the relation):

- ``striking "X" and inserting "Y"`` — within the named section (the whole
  text when none is named), when ``X`` is found exactly once (whitespace and
  quote marks compared loosely), or at the place the amendment names: ``each
  place it appears`` / ``wherever it appears`` (every one), ``the second time
  it appears`` (the second); ``striking "X"`` alone deletes it;
- ``inserting "Y"`` ``at the end`` (of the named section, or of the body),
  ``after``/``before`` a quoted phrase (``the first time it appears`` too) or a
  named (sub)section;
- ``amended to read as follows`` (``position == "replace"``) replaces the
  named section;
- revoking named sections replaces their text with a bracketed note;
  revoking or superseding the whole order is recorded in ``revoked_by``.

Every change keeps its source (the amending order), the statement that made
it and where its words now are in the consolidated text.  What cannot be
applied mechanically — a phrase not found or found twice, an insertion with
no place, an amendment stated in words only (``replacing the reference to
subsection 1(d) with …``), a supersession "to the extent inconsistent" — is
said in ``warnings``, and the rest still applies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import regex
from attrs import evolve, field, frozen

from eoparse.api import parse_text
from eoparse.errors import EOParseError
from eoparse.model import Amendment, Order, Reference, Relation, Span

_V = regex.VERBOSE

SECTION_NAMED = regex.compile(
    r"""
    \b(?:sub)?(?:section|paragraph|clause)s?   # "subsection", "paragraph" …
    \ (?P<path>
        \d{1,3}(?:[.-]\d{1,4})?(?:\(\w{1,5}\)){0,4}   # 2, 1-101, 2(a)(i)
      | (?:\(\w{1,5}\)){1,4}                          # (b), relative to the section
    )
    """,
    _V | regex.IGNORECASE,
)
"""A (sub)section a position names: ``at the end of subsection (b)``, ``after section 3``."""

SECTION_WORD = regex.compile(
    r"""^(?:sub)?(?:sec(?:tion)?\.?|paragraph)\s{0,3}   # "section", "Sec.", "subsection" …""",
    _V | regex.IGNORECASE,
)
"""The word before a section path: ``section 2(a)`` → ``2(a)``."""

ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5, "last": -1}
"""Which appearance an amendment's ``occurrence`` means, as an index."""

QUOTED = regex.compile(r"""["“](?P<words>[^"“”\n]{1,600})["”]""")
"""A quoted phrase in a position: ``after "the Secretary of State"``."""

MARKER = regex.compile(
    r"""
    (?:Sec(?:tion)?\.?\ {1,3}\d{1,3}(?:[.-]\d{1,4})?\.   # Sec. 3.  Section 1-101.
      | \(\w{1,5}\)                                    # (b)
    )
    """,
    _V,
)
"""The marker at the start of a section's text, kept when the section is revoked."""


@frozen
class AppliedChange:
    """One change made to the text, and where it came from.

    ``action`` is ``strike-insert``, ``strike``, ``insert``, ``replace``
    (a whole section), ``revoke-section`` or ``revoke`` (the whole order);
    ``span`` is where the new words are in :attr:`Consolidated.text` (empty
    for a deletion), ``None`` once a later change replaced them or when
    nothing in the text changed.
    """

    source: str
    signed: dt.date | None
    action: str
    section: str | None
    old: str | None
    new: str | None
    quote: str
    span: Span | None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON."""
        return {
            "source": self.source,
            "signed": self.signed.isoformat() if self.signed else None,
            "action": self.action,
            "section": self.section,
            "old": self.old,
            "new": self.new,
            "quote": self.quote,
            "span": [self.span[0], self.span[1]] if self.span else None,
        }


@frozen
class Consolidated:
    """An order's text as amended by the given orders up to ``as_of``."""

    order: Order = field(repr=False)
    as_of: dt.date | None
    text: str = field(repr=False)
    changes: tuple[AppliedChange, ...]
    warnings: tuple[str, ...]
    revoked_by: str | None = None

    @property
    def label(self) -> str:
        """The consolidated order's label."""
        return self.order.label()

    def annotated(self) -> str:
        """The text with each change's words in ``⟦…⟧`` followed by ``[n]``, and the
        sources listed as notes ``[n] source: action section`` at the end."""
        marks = sorted(
            ((c.span, n) for n, c in enumerate(self.changes, 1) if c.span is not None),
            key=lambda m: (m[0][0], m[0][1]),
            reverse=True,
        )
        text = self.text
        for (start, end), number in marks:
            words = f"⟦{text[start:end]}⟧" if end > start else ""
            text = f"{text[:start]}{words}[{number}]{text[end:]}"
        notes = [
            f"[{n}] {c.source}: {c.action}" + (f" {c.section}" if c.section else "")
            for n, c in enumerate(self.changes, 1)
        ]
        return text + ("\n\n" + "\n".join(notes) if notes else "")

    def _repr_html_(self) -> str:
        """Notebook display: the amended text with each change marked
        (:func:`eoparse.present.html.consolidated_html`)."""
        from eoparse.present.html import consolidated_html

        return consolidated_html(self)

    def to_order(self) -> Order:
        """The consolidated text parsed as an order (plain text)."""
        return parse_text(self.text, format="plain", name=self.label)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON: the order, the date, the text, the changes and the warnings."""
        return {
            "order": self.label,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "revoked_by": self.revoked_by,
            "text": self.text,
            "changes": [c.to_dict() for c in self.changes],
            "warnings": list(self.warnings),
        }


class _Mark:
    """A change being built, with a span that moves as later edits are made."""

    def __init__(self, change: AppliedChange) -> None:
        self.change = change
        self.span = change.span

    def frozen(self) -> AppliedChange:
        return evolve(self.change, span=self.span)


class _Editor:
    """The text being amended, its section spans and the marks, kept in step."""

    def __init__(self, order: Order) -> None:
        self.order = order
        self.text = order.text
        self.sections: dict[str, list[int]] = {s.path: [s.span[0], s.span[1]] for s in order.walk()}
        self.body_end = order.signature[0] if order.signature else len(order.text)
        self.marks: list[_Mark] = []
        self.warnings: list[str] = []

    # -- editing -------------------------------------------------------------------

    def replace(self, start: int, end: int, new: str) -> Span:
        """Put ``new`` in place of ``text[start:end]``; every span follows."""
        self.text = self.text[:start] + new + self.text[end:]
        delta = len(new) - (end - start)

        def moved(point: int, *, is_end: bool) -> int:
            if point >= end and (point > start or is_end):
                return point + delta
            if point > start:
                return start + len(new) if is_end else start
            return point

        for span in self.sections.values():
            span[0] = moved(span[0], is_end=False)
            span[1] = moved(span[1], is_end=True)
        self.body_end = moved(self.body_end, is_end=True)
        for mark in self.marks:
            if mark.span is None:
                continue
            m_start, m_end = mark.span
            if end > start and start <= m_start and m_end <= end:
                mark.span = None  # replaced by this edit
            elif m_end <= start:
                continue
            elif m_start >= end:
                mark.span = (m_start + delta, m_end + delta)
            else:
                mark.span = None  # partly overwritten
        return (start, start + len(new))

    def reindex(self) -> None:
        """Read the section tree again from the amended text (new or replaced sections)."""
        try:
            again = parse_text(self.text, format="plain")
        except EOParseError:
            return
        for section in again.walk():
            self.sections[section.path] = [section.span[0], section.span[1]]
        if again.signature:
            self.body_end = again.signature[0]

    # -- finding places -------------------------------------------------------------

    def scope(self, section: str | None) -> Span | None:
        """The span of ``section`` (the body when ``None``), or ``None`` if unknown."""
        if section is None:
            return (0, self.body_end)
        span = self.sections.get(_path(section))
        return (span[0], span[1]) if span else None

    def find(self, words: str, scope: Span) -> list[Span]:
        """Where ``words`` occur in ``scope``: exactly, else loosely (spaces, quote marks)."""
        start, end = scope
        found = []
        at = self.text.find(words, start, end)
        while at != -1:
            found.append((at, at + len(words)))
            at = self.text.find(words, at + 1, end)
        if found:
            return found
        pattern = _loose(words)
        if pattern is None:
            return []
        return [m.span() for m in pattern.finditer(self.text, start, end, overlapped=False)]


def _path(section: str) -> str:
    """``section 2(a)`` / ``Sec. 2(a)`` / ``2(a).`` → ``2(a)``."""
    cleaned: str = SECTION_WORD.sub("", section.strip())
    return cleaned.strip(" .,;")


_QUOTE_CHARS = "\"'“”‘’`"


def _loose(words: str) -> regex.Pattern[str] | None:
    """A pattern matching ``words`` with any run of spaces and any quote marks."""
    tokens = words.split()
    if not tokens:
        return None
    quote = "[" + regex.escape(_QUOTE_CHARS) + "]"
    parts = []
    for token in tokens:
        parts.append("".join(quote if ch in _QUOTE_CHARS else regex.escape(ch) for ch in token))
    return regex.compile(r"\s{1,5}".join(parts))


def _clip(text: str, width: int = 160) -> str:
    words = " ".join(text.split())
    return words if len(words) <= width else words[: width - 1].rstrip() + "…"


# -- applying one amending order ---------------------------------------------------------


class _Applier:
    """Applies the references of one amending order to the editor."""

    def __init__(self, editor: _Editor, source: Order) -> None:
        self.editor = editor
        self.source = source
        self.label = source.label()
        self.revoked_by: str | None = None

    def warn(self, reference: Reference, reason: str) -> None:
        quote = _clip(self.source.quote(reference.statement or reference.span))
        self.editor.warnings.append(f"{self.label} ({reference.where}): {reason}: “{quote}”")

    def record(
        self,
        reference: Reference,
        action: str,
        section: str | None,
        old: str | None,
        new: str | None,
        span: Span | None,
    ) -> None:
        quote = self.source.quote(reference.statement or reference.span)
        change = AppliedChange(
            self.label, self.source.signed, action, section, old, new, quote, span
        )
        self.editor.marks.append(_Mark(change))

    def apply(self, reference: Reference) -> bool:
        """Apply one reference; whether the structure changed (sections to read again)."""
        if reference.relation in (Relation.REVOKES, Relation.SUPERSEDES):
            return self.revoke(reference)
        if reference.relation is not Relation.AMENDS:
            return False
        if not reference.amendments:
            self.warn(reference, "amendment stated in words, not applied")
            return False
        structural = False
        for amendment in reference.amendments:
            structural |= self.amend(reference, amendment)
        return structural

    def revoke(self, reference: Reference) -> bool:
        verb = "revoked" if reference.relation is Relation.REVOKES else "superseded"
        if not reference.partial:
            self.revoked_by = self.label
            self.record(reference, "revoke", None, None, None, None)
            return False
        if reference.relation is Relation.SUPERSEDES or not reference.target_sections:
            self.warn(reference, f"{verb} in part; the words affected are not named, text kept")
            return False
        for section in reference.target_sections:
            span = self.editor.scope(section)
            if span is None:
                self.warn(reference, f"section {section} to revoke is not in the order")
                continue
            old = self.editor.text[span[0] : span[1]]
            marker = MARKER.match(old)
            prefix = marker.group(0) + " " if marker else ""
            note = f"{prefix}[Revoked by {self.label}.]"
            new_span = self.editor.replace(span[0], span[1], note)
            self.record(reference, "revoke-section", section, old, note, new_span)
        return True

    def amend(self, reference: Reference, amendment: Amendment) -> bool:
        section = amendment.section
        if section is None and len(reference.target_sections) == 1:
            section = reference.target_sections[0]
        scope = self.editor.scope(section)
        if scope is None:
            self.warn(reference, f"section {section} is not in the order")
            return False
        if amendment.strike is not None:
            return self.strike(reference, amendment, section, scope)
        if amendment.insert is None:
            return False
        position = (amendment.position or "").strip()
        if position == "replace":
            if section is None:
                self.warn(reference, "new text for a section that is not named")
                return False
            new = amendment.insert.strip()
            old = self.editor.text[scope[0] : scope[1]]
            span = self.editor.replace(scope[0], scope[1], new)
            self.record(reference, "replace", section, old, new, span)
            return True
        return self.insert(
            reference, amendment.insert, position, section, scope, amendment.occurrence
        )

    def strike(
        self, reference: Reference, amendment: Amendment, section: str | None, scope: Span
    ) -> bool:
        assert amendment.strike is not None
        where = f"section {section}" if section else "the order"
        chosen = self.appearances(reference, amendment.strike, amendment.occurrence, scope, where)
        # from the last to the first, so that the earlier places do not move
        for start, end in reversed(chosen):
            old = self.editor.text[start:end]
            new = amendment.insert
            if new is None:
                text = self.editor.text
                if start > 0 and text[start - 1] == " " and end < len(text) and text[end] in " ,.;":
                    start -= 1
                span = self.editor.replace(start, end, "")
                self.record(reference, "strike", section, old, None, span)
            else:
                span = self.editor.replace(start, end, new)
                self.record(reference, "strike-insert", section, old, new, span)
        return False

    def appearances(
        self, reference: Reference, words: str, occurrence: str | None, scope: Span, where: str
    ) -> list[Span]:
        """The places of ``words`` in ``scope`` the amendment means: the only one, each one
        (``each place it appears``), or the n-th (``the second time it appears``); none,
        with a warning, when that place is not there or the text leaves it open."""
        found = self.editor.find(words, scope)
        if occurrence == "each" and found:
            return found
        if occurrence in ORDINALS and found:
            index = ORDINALS[occurrence]
            if -len(found) <= index < len(found):
                return [found[index]]
            self.warn(
                reference,
                f"“{_clip(words, 60)}” appears {len(found)} times in {where}: no {occurrence} time",
            )
            return []
        if len(found) != 1:
            how = "not found" if not found else f"found {len(found)} times"
            self.warn(reference, f"“{_clip(words, 60)}” {how} in {where}")
            return []
        return found

    def insert(
        self,
        reference: Reference,
        words: str,
        position: str,
        section: str | None,
        scope: Span,
        occurrence: str | None = None,
    ) -> bool:
        lowered = position.lower()
        named = SECTION_NAMED.search(position)
        target = section
        if named:
            path = named["path"]
            target = (section or "") + path if path.startswith("(") and section else path
        if lowered.startswith(("after", "immediately after", "before")):
            before = lowered.startswith("before")
            phrase = QUOTED.search(position)
            if phrase:
                where = f"section {section}" if section else "the order"
                found = self.appearances(reference, phrase["words"], occurrence, scope, where)
                if not found:
                    return False
                at = found[0][0] if before else found[0][1]
                span = self.editor.replace(at, at, words)
                self.record(reference, "insert", section, None, words, span)
                return False
            anchor = self.editor.scope(target) if named else None
            if anchor is None:
                self.warn(reference, f"cannot place the insertion ({position})")
                return False
            at = anchor[0] if before else anchor[1]
            text = words.strip() + "\n" if before else "\n" + words.strip()
            span = self.editor.replace(at, at, text)
            self.record(reference, "insert", target, None, words, _trimmed(span, text))
            return True
        if lowered.startswith(("at the end", "a new")) or (not lowered and named):
            end = self.editor.scope(target) if target else None
            if end is None and target is not None:
                self.warn(reference, f"section {target} is not in the order")
                return False
            if end is None:
                if lowered.startswith("a new"):
                    self.warn(reference, f"cannot place the insertion ({position})")
                    return False
                end = (0, self._body_end())
            text = "\n" + words.strip()
            span = self.editor.replace(end[1], end[1], text)
            self.record(reference, "insert", target, None, words, _trimmed(span, text))
            return True
        self.warn(reference, f"“{_clip(words, 60)}” to be inserted, but no place is given")
        return False

    def _body_end(self) -> int:
        """The end of the last section (or of the text before the signature)."""
        ends = [span[1] for span in self.editor.sections.values()]
        return max(ends) if ends else self.editor.body_end


def _trimmed(span: Span, text: str) -> Span:
    """The span of the words of an inserted paragraph (without its line break)."""
    start, end = span
    lead = len(text) - len(text.lstrip("\n"))
    tail = len(text) - len(text.rstrip("\n"))
    return (start + lead, end - tail)


def _sort_key(order: Order) -> tuple[dt.date, int, str]:
    return (order.signed or dt.date.max, order.number or 0, order.title or "")


def consolidate(
    order: Order, amending: Iterable[Order], *, as_of: dt.date | None = None
) -> Consolidated:
    """``order`` as amended by ``amending`` (the orders signed by ``as_of``, if given).

    Only the references of ``amending`` that target ``order`` are read; an
    amending order without a signing date is left out (with a warning) when
    ``as_of`` is given.
    """
    editor = _Editor(order)
    own = order.key
    unique = {id(o): o for o in amending if o is not order}
    revoked_by: str | None = None
    for source in sorted(unique.values(), key=_sort_key):
        if as_of is not None:
            if source.signed is None:
                editor.warnings.append(f"{source.label()}: no signing date; not applied")
                continue
            if source.signed > as_of:
                continue
        applier = _Applier(editor, source)
        structural = False
        for reference in source.references:
            if own is None or reference.target.key != own:
                continue
            structural |= applier.apply(reference)
        if structural:
            editor.reindex()
        revoked_by = applier.revoked_by or revoked_by
    return Consolidated(
        order=order,
        as_of=as_of,
        text=editor.text,
        changes=tuple(mark.frozen() for mark in editor.marks),
        warnings=tuple(editor.warnings),
        revoked_by=revoked_by,
    )


__all__ = ["AppliedChange", "Consolidated", "consolidate"]
