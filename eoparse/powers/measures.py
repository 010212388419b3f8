"""What an order does by its own force: :class:`~eoparse.model.Measure` items.

- ``suspend_entry`` / ``limit_entry``: suspensions and limits on entry, with
  the countries named and the duration (:mod:`eoparse.powers.entry`);
- ``block``: ``All property and interests in property … are blocked``;
- ``prohibit``: ``… is prohibited``, ``the following are prohibited: …``,
  ``I hereby prohibit …`` (what, and for whom, in ``subject``);
- ``effective``: ``This order is effective …`` / ``shall take effect …``, and
  the effective date of a revocation or termination, with its ``target``
  (``Effective July 1, 2025, I hereby terminate … and revoke …``, ``… is
  hereby revoked effective as of March 31, 2003``);
- ``expire``: ``This order shall expire 2 years from …``, ``The Board shall
  terminate 2 years after …`` (a time must follow: ``shall terminate the
  Council`` is a duty);
- ``exception``: ``… shall not apply to …``;
- ``waiver``: case-by-case waivers and officials who ``may waive``, with who
  may grant them in ``official``;
- ``waive_requirement``: ``I hereby waive the requirements of …``, ``the
  requirements of … are waived``.

Text the order inserts into another (quoted amendments) is that order's: its
measures are read with their paths nested under the amending section and
marked ``quoted``.  Sentences that only construe (``Nothing in this order …``)
are skipped.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Any

import attrs
import regex

from eoparse.grammar.dates import parse_date
from eoparse.model import Authority, Grant, Instrument, Measure, MeasureAction, Modality, Span
from eoparse.powers.anchored import ending_at
from eoparse.powers.context import CLAUSE_REACH, Context, larger, smaller
from eoparse.powers.entry import Sentences, entry_measures
from eoparse.powers.measure_patterns import (
    BLOCKED,
    CASE_BY_CASE,
    DURATION,
    EFFECTIVE,
    EFFECTIVE_ACT,
    EFFECTIVE_ACT_REACH,
    EFFECTIVE_REACH,
    EXPIRE,
    EXPIRE_REACH,
    NOT_ACTED,
    NOT_APPLY,
    NOT_APPLY_REACH,
    OFFICIAL_BEFORE,
    OPENER,
    PROHIBIT_ACTIVE,
    PROHIBITED,
    REVOKED_EFFECTIVE,
    REVOKED_EFFECTIVE_REACH,
    SUBJECT_START,
    TAKE_EFFECT,
    WAIVED,
)
from eoparse.powers.quoted import quoted_context
from eoparse.powers.wordlist import contains_any

_SUBJECT_WIDTH = 300
"""Characters of a measure's subject kept (the span holds all its words)."""

_CONSTRUES = ("Nothing in this", "construed", "shall not be construed")
"""Words of a sentence that only construes the order: no measure there."""

_LEADS = ("Except", "Notwithstanding", "To the extent", "Pursuant to", "Consistent with")
"""Clauses a prohibition may open with before its subject."""

_WAIVER_WORDS = ("waive", "xception", "xempt", "otwithstanding", "otherwise")
"""A case-by-case decision is a waiver when its sentence holds one of these."""

_EXPIRE_WORDS = ("expire", "sunset", "terminate", "cease to", "remain in effect")
"""Strings every :data:`EXPIRE` match holds."""

_WHEN_ENDS = regex.compile(r",?\ and\ (?:shall|is|will|may)\ ", regex.VERBOSE)
"""Where the time of an effective date ends: ``… immediately and shall be transmitted …``."""

_Type = MeasureAction

_READ = 4 * _SUBJECT_WIDTH
"""How much of the words after a verb a subject is read from (it is clipped to
:data:`_SUBJECT_WIDTH` anyway): never the rest of an endless sentence."""


def _flat(words: str, width: int = _SUBJECT_WIDTH) -> str:
    words = " ".join(words[: 4 * width].split()).strip(" ,;:")  # clipped below anyway
    return words if len(words) <= width else words[: width - 1].rstrip() + "…"


def _sentence(context: Context, offset: int) -> Span:
    paragraph = context.paragraph_of(offset)
    found = context.sentence_at(paragraph[0], paragraph[1], offset)
    return found or paragraph


class _Reader:
    """Reads the measures of one order, once; ``found`` collects them."""

    def __init__(
        self, context: Context, authorities: tuple[Authority, ...], grants: tuple[Grant, ...]
    ) -> None:
        self.context = context
        self.text = context.text
        self.authorities = authorities
        self.grants = grants
        self.found: list[Measure] = []
        self._seen: set[tuple[str, Span, str]] = set()
        self.sentences = Sentences(self.text)
        self._holding: dict[tuple[str, ...], list[tuple[int, int, int]]] = {}  # see matches
        self._firsts: dict[str, dict[Span, int]] = {}  # see _paragraphs_holding
        self._granted = sorted(
            (g for g in grants if g.modality in (Modality.MAY, Modality.AUTHORIZED)),
            key=lambda g: g.span,
        )

    def add(self, measure: Measure) -> None:
        key = (measure.action.value, measure.span, measure.subject)
        if key in self._seen or self.context.quoted(measure.span[0]):
            return
        if measure.span[0] < self.context.body_start:
            return
        self._seen.add(key)
        self.found.append(measure)

    def put(self, action: MeasureAction, subject: str, at: int, span: Span, **fields: Any) -> None:
        """Add a measure of ``action`` about ``subject`` (flattened, clipped), placed at the
        section holding offset ``at``, quoting ``span``."""
        self.add(Measure(action, _flat(subject), self.context.path_at(at), span, **fields))

    def basis(self, span: Span) -> tuple[str, ...]:
        """The citations of the statutes the order invokes inside ``span``."""
        return tuple(
            dict.fromkeys(
                c
                for a in self.authorities
                if a.invoked and span[0] <= a.span[0] < span[1]
                for c in a.citations
            )
        )

    def _acts(self, at: int, sentence: Span) -> bool:
        """Whether the verb at ``at`` is the order acting (not negated, not a relative
        clause, not quoted from a statute, not in a sentence that only construes the
        order)."""
        if ending_at(NOT_ACTED, self.text, larger(sentence[0], at - 50), at) is not None:
            return False
        marks = self.sentences
        return not marks.inside_quote(sentence, at) and not any(
            marks.holds(sentence, word, at) for word in _CONSTRUES
        )

    def matches(
        self, pattern: regex.Pattern[str], *needles: str, reach: int | None = None
    ) -> list[regex.Match[str]]:
        """Every match of ``pattern`` after the title.  Each match holds one of ``needles``,
        so only the paragraphs that hold one are scanned: ``str.find`` passes over most
        of an order, and most orders.  Where each match holds one at most ``reach``
        characters from its start, a paragraph is scanned from ``reach`` characters
        before its first needle: no match starts further back, and the pattern is not
        tried at every word before (``NOT_APPLY`` at each ``the`` of a long paragraph)."""
        text = self.text
        paragraphs = self._holding.get(needles)
        if paragraphs is None:  # found once for the patterns that share their needles
            paragraphs = self._holding[needles] = self._paragraphs_holding(needles)
        found: list[regex.Match[str]] = []
        body_start = self.context.body_start
        for start, end, first in paragraphs:
            start = larger(start, body_start)
            if reach is not None:
                start = larger(start, first - reach)
            found.extend(pattern.finditer(text, start, end))
        return found

    def _paragraphs_holding(self, needles: tuple[str, ...]) -> list[tuple[int, int, int]]:
        """The paragraphs after the title that hold one of ``needles``, in text order:
        ``(start, end, first)``, ``first`` where the first needle in it stands."""
        firsts: dict[Span, int] = {}
        for needle in needles:
            found = self._firsts.get(needle)
            if found is None:  # each needle is looked for once, whichever patterns share it
                found = self._firsts[needle] = self._holding_needle(needle)
            for paragraph, at in found.items():
                if at < firsts.get(paragraph, at + 1):
                    firsts[paragraph] = at
        return sorted((start, end, first) for (start, end), first in firsts.items())

    def _holding_needle(self, needle: str) -> dict[Span, int]:
        """The paragraphs after the title that hold ``needle``, with where it first stands
        in each."""
        text = self.text
        # A quotation's context shares the whole text: look no further than its last
        # paragraph (a match there would hold its needle before the paragraph ends).
        last = self.context.paragraphs[-1][1] if self.context.paragraphs else len(text)
        firsts: dict[Span, int] = {}
        at = text.find(needle, self.context.body_start, last)
        while at >= 0:
            paragraph = self.context.paragraph_of(at)
            if paragraph not in firsts:
                firsts[paragraph] = at
            at = text.find(needle, larger(at + 1, paragraph[1]), last)
        return firsts

    def acting(
        self, pattern: regex.Pattern[str], *needles: str, reach: int | None = None
    ) -> Iterator[tuple[regex.Match[str], Span]]:
        """The matches of ``pattern`` (see :meth:`matches`) where the order acts, each with
        its sentence."""
        for match in self.matches(pattern, *needles, reach=reach):
            sentence = _sentence(self.context, match.start())
            if self._acts(match.start(), sentence):
                yield match, sentence

    # -- property and conduct -------------------------------------------------------------

    def blocking(self) -> None:
        for match in self.matches(BLOCKED, "blocked"):
            span = _sentence(self.context, match.start())
            subject = match["subject"] or match["ordered"]
            self.put(_Type.BLOCK, subject, match.start(), match.span(), basis=self.basis(span))

    def prohibitions(self) -> None:
        text = self.text
        for match, (s_start, s_end) in self.acting(PROHIBITED, "prohibited"):
            opener = OPENER.match(text, s_start, match.start())
            begin = opener.end() if opener else s_start
            if text.startswith(_LEADS, begin):  # "Except to the extent …, the following"
                for begin_match in SUBJECT_START.finditer(text, begin, match.start()):
                    begin = begin_match.end()
            subject = text[larger(begin, match.start() - CLAUSE_REACH) : match.start()]
            if text.startswith(":", match.end()):  # "the following are prohibited: (a) …"
                listed = text[match.end() + 1 : match.end() + 1 + _SUBJECT_WIDTH]
                subject = f"{subject}: {listed}"
            elif text.startswith(" from ", match.end()):  # "… are prohibited from X"
                what = text[match.end() + 6 : smaller(s_end, match.end() + 6 + _READ)].rstrip(".")
                subject = f"{subject} from {what}"
            if not subject.strip():
                continue
            span = (s_start, s_end)
            self.put(_Type.PROHIBIT, subject, match.start(), span, basis=self.basis(span))
        for match, span in self.acting(PROHIBIT_ACTIVE, "hereby prohibit"):
            basis = self.basis(span)
            self.put(_Type.PROHIBIT, match["subject"], match.start(), span, basis=basis)

    # -- time -------------------------------------------------------------------------------

    def effective(self) -> None:
        for pattern in (EFFECTIVE, TAKE_EFFECT):
            for match in self.matches(pattern, "effect", reach=EFFECTIVE_REACH):
                when = _WHEN_ENDS.split(match["when"], maxsplit=1)[0]
                date, _ = parse_date(when)
                span = _sentence(self.context, match.start())
                subject = f"{match['subject']} takes effect{when.rstrip()}"
                self.put(_Type.EFFECTIVE, subject, span[0], span, date=date)
        for match in self.matches(EFFECTIVE_ACT, "ffective", reach=EFFECTIVE_ACT_REACH):
            span = _sentence(self.context, match.start())
            self._effective_targets(match["when"], match.end(), span)
        # "effective" holds "effect", which the patterns above found already
        revoked = self.matches(REVOKED_EFFECTIVE, "effect", "as of", reach=REVOKED_EFFECTIVE_REACH)
        for match in revoked:
            span = _sentence(self.context, match.start())
            self._effective_targets(match["when"], span[0], (span[0], match.start()), span)

    def _effective_targets(
        self, when: str, start: int, within: Span, span: Span | None = None
    ) -> None:
        """One ``effective`` measure per document whose revocation or termination takes
        effect ``when``: those named in ``[start, within[1])``."""
        span = span or within
        when = _flat(when).removeprefix("effective ")
        date, _ = parse_date(when)
        seen: set[tuple[str, str]] = set()
        targets: list[Instrument] = []
        for mention in self.context.mentions_between(start, within[1]):
            if mention.target.key not in seen:
                seen.add(mention.target.key)
                targets.append(mention.target)
        for target in targets:
            subject = f"revocation of {target.label()} takes effect {when}"
            self.put(_Type.EFFECTIVE, subject, span[0], span, date=date, target=target)

    def expiry(self) -> None:
        for match, span in self.acting(EXPIRE, *_EXPIRE_WORDS, reach=EXPIRE_REACH):
            when = _flat(match["when"].split(", unless")[0].split(" unless ")[0])
            date, _ = parse_date(when)
            lasting = when if date is None else None
            at = match.start()
            self.put(_Type.EXPIRE, match["subject"], at, span, duration=lasting, date=date)

    # -- exceptions and waivers ------------------------------------------------------------

    def exceptions(self) -> None:
        text = self.text
        for match in self.matches(NOT_APPLY, "not apply", "apply only", reach=NOT_APPLY_REACH):
            span = _sentence(self.context, match.start())
            whom = match["whom"].strip()
            if whom == ":":  # a list follows: its first items say to whom
                whom = text[match.end() : match.end() + _SUBJECT_WIDTH]
            elif text.startswith(":", match.end()):  # "… who: (i) …; (ii) …"
                whom += ": " + text[match.end() + 1 : match.end() + 1 + _SUBJECT_WIDTH]
            verb = "applies only to" if match["only"] else "does not apply to"
            subject = f"{_flat(match['what'], 120)} {verb} {_flat(whom)}"
            self.put(_Type.EXCEPTION, subject, match.start(), span)

    def waivers(self) -> None:
        text = self.text
        for match in self.matches(CASE_BY_CASE, "waive", "case"):  # waive, waiver
            s_start, s_end = _sentence(self.context, match.start())
            # the clause around the match, in an endless sentence of waivers
            near = (
                larger(s_start, match.start() - CLAUSE_REACH),
                smaller(s_end, match.end() + CLAUSE_REACH),
            )
            if not contains_any(text, _WAIVER_WORDS, *near):
                continue  # "determines on a case-by-case basis that …": no waiver
            begin = s_start
            opener = OPENER.match(text, s_start, match.start())
            if opener is not None:
                begin = opener.end()
            who = OFFICIAL_BEFORE.match(text, begin, match.end())
            if who is None or not self._acts(who.start(), (s_start, s_end)):
                continue
            official = self._granted_to(*near) or _official(who["who"])
            subject = text[who.end() : smaller(s_end, who.end() + _READ)]
            self.put(_Type.WAIVER, subject, match.start(), (s_start, s_end), official=official)

    def _granted_to(self, start: int, end: int) -> str | None:
        """The officials the order lets act (``may``, ``is authorized``) in ``[start, end)``,
        as the grants name them (not the officials they consult)."""
        granted = self._granted
        first = bisect.bisect_left(granted, start, key=lambda g: g.span[0])
        last = bisect.bisect_left(granted, end, lo=first, key=lambda g: g.span[0])
        actors = [g.actor for g in granted[first:last]]  # those consulted do not grant
        return "; ".join(dict.fromkeys(actors)) or None

    def waived_requirements(self) -> None:
        text = self.text
        for match, (s_start, s_end) in self.acting(WAIVED, "waive"):
            subject = match["subject"] or match["passive"]
            begin = match.start("subject") if match["subject"] else match.start("passive")
            lasting = DURATION.search(text, match.end(), s_end)
            self.put(
                _Type.WAIVE_REQUIREMENT,
                subject,
                match.start(),
                (s_start, s_end),
                duration=_flat(lasting[0]) if lasting else None,
                basis=_cited(self.context, begin, begin + len(subject)),
            )


def _official(words: str) -> str:
    """Who may grant a waiver, as the text names them (``a consular officer, or … the
    Commissioner …``), without a leading article."""
    words = _flat(words, 200)
    for article in ("the ", "The ", "a ", "A ", "an ", "An ", "any ", "Any "):
        words = words.removeprefix(article)
    for aside in (", in consultation with ", ", in coordination with ", ", after consultation "):
        words = words.split(aside)[0]  # those consulted do not grant
    return words


def _cited(context: Context, start: int, end: int) -> tuple[str, ...]:
    """The statutory citations printed in ``[start, end)``."""
    return tuple(
        dict.fromkeys(c.canonical for c in context.citations_between(start, end) if c.kind != "fr")
    )


def extract_measures(
    context: Context, authorities: tuple[Authority, ...], grants: tuple[Grant, ...] = ()
) -> tuple[Measure, ...]:
    """Every measure the order takes by its own force, in text order.  ``grants`` name who
    may grant a waiver (the ``may`` of its sentence)."""
    found = _read(context, authorities, grants)
    for span in context.quotations:
        inside = _read(quoted_context(context, span), authorities, grants)
        found += [attrs.evolve(m, quoted=True) for m in inside]
    return tuple(sorted(found, key=lambda m: (m.span, m.action.value)))


def _read(
    context: Context, authorities: tuple[Authority, ...], grants: tuple[Grant, ...]
) -> list[Measure]:
    reader = _Reader(context, authorities, grants)
    for measure in entry_measures(context, reader.basis):
        reader.add(measure)
    reader.blocking()
    reader.prohibitions()
    reader.effective()
    reader.expiry()
    reader.exceptions()
    reader.waivers()
    reader.waived_requirements()
    return reader.found


__all__ = ["extract_measures"]
