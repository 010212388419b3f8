"""Many orders at once: :class:`Corpus` — load, index, lineage, what is in force.

``Corpus.from_dir(path)`` parses every document eoparse reads under ``path``
(``.txt``, ``.md``, ``.xml``, ``.html``/``.htm``, ``.pdf``; ``README`` files
are skipped) in parallel processes, with a progress bar when ``tqdm`` is
installed (``pip install 'eoparse[progress]'``; without it loading is
silent).  A file that cannot be parsed is listed in ``corpus.failures`` and
the load goes on.  ``Corpus(orders)`` wraps orders already parsed.

**One order per document.**  Orders are indexed by kind and number (an
unnumbered document — a memorandum, a notice — by kind and signing date).
When the same document was read from several files (``text/EO-13224.txt``,
``xml/EO-13224.xml``, ``pdf/EO-13224.pdf``), the version the corpus uses is
the first in :data:`FORMAT_PREFERENCE`: Federal Register raw text, then XML,
federalregister.gov HTML, the PDF, pdftotext output, plain text and last the
White House web text.  Raw text and XML are the printed text with the least
layout to undo; web text is not the Federal Register text at all.  The other
versions stay available from :meth:`Corpus.versions`.

Lineage, priors, emergencies and what is in force are read from the
preferred versions: what the corpus's own orders say they do to each other.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Protocol

from attrs import field, frozen

from eoparse.api import parse
from eoparse.diff import PowerDiff, diff, instrument_key
from eoparse.errors import EOParseError
from eoparse.model import (
    EmergencyAction,
    EmergencyActionType,
    Instrument,
    Kind,
    Order,
    Reference,
    Relation,
    Span,
)
from eoparse.read import DEFAULT_PDF_BACKEND

if TYPE_CHECKING:
    from eoparse.consolidate import Consolidated

SUFFIXES = (".txt", ".md", ".xml", ".html", ".htm", ".pdf")
"""The file name endings ``from_dir`` reads."""

FORMAT_PREFERENCE = ("fr_text", "xml", "html", "pdf", "pdftext", "plain", "whitehouse_md")
"""Which version of a document the corpus uses, best first (``Order.source_format``)."""

REFERENCE_ACTIONS = {
    Relation.AMENDS: "amends",
    Relation.SUPERSEDES: "supersedes",
    Relation.REVOKES: "revokes",
    Relation.SUSPENDS: "suspends",
    Relation.CONTINUES: "continues",
}
EMERGENCY_ACTIONS = {
    EmergencyActionType.EXPAND: "expands",
    EmergencyActionType.CONTINUE: "continues",
    EmergencyActionType.MODIFY: "modifies",
    EmergencyActionType.TERMINATE: "terminates",
    EmergencyActionType.INVOKE: "invokes",
}
LINEAGE_ACTIONS = frozenset(
    {
        "amends",
        "supersedes",
        "revokes",
        "suspends",
        "continues",
        "expands",
        "modifies",
        "terminates",
    }
)
"""What :meth:`Corpus.lineage` lists by default: every act on the order but invoking
its emergency (``invokes``, taking further steps under it) and citing it."""

Key = tuple[str, str]
"""How the corpus indexes a document: ``("executive_order", "13224")`` or
``("memorandum", "2025-05-14")`` — the same form as :func:`eoparse.diff.instrument_key`."""


def order_key(order: Order) -> Key | None:
    """The index key of ``order``: kind and number, else kind and signing date."""
    if order.number is not None:
        return (order.kind.value, str(order.number))
    if order.signed is not None:
        return (order.kind.value, order.signed.isoformat())
    return None


def _rank(order: Order) -> int:
    fmt = order.source_format
    return FORMAT_PREFERENCE.index(fmt) if fmt in FORMAT_PREFERENCE else len(FORMAT_PREFERENCE)


def _sort_key(order: Order) -> tuple[dt.date, str, int, str]:
    return (order.signed or dt.date.max, order.kind.value, order.number or 0, order.title or "")


@frozen
class Version:
    """One reading of a document: the order and the file it came from (if any)."""

    order: Order = field(repr=False)
    source: str | None = None

    @property
    def format(self) -> str:
        """The format it was read from (``fr_text``, ``xml``, ``pdf`` …)."""
        return self.order.source_format


@frozen
class LoadFailure:
    """A file the corpus could not load: its path, the error's class and the reason."""

    source: str
    error: str
    reason: str


@frozen
class LineageEvent:
    """Something another order did to an order: amended, revoked, expanded its emergency …

    ``action`` is ``amends``, ``supersedes``, ``revokes``, ``suspends`` or
    ``continues`` (a reference), or ``expands``, ``continues``, ``modifies``,
    ``terminates`` or ``invokes`` (an action on the emergency it declared);
    ``quote`` is the statement that says so.
    """

    order: Order = field(repr=False, eq=False)
    label: str
    signed: dt.date | None
    action: str
    partial: bool
    target_sections: tuple[str, ...]
    where: str
    span: Span
    quote: str
    item: Reference | EmergencyAction = field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON: who, when, what, where and the words."""
        return {
            "order": self.label,
            "kind": self.order.kind.value,
            "number": self.order.number,
            "signed": self.signed.isoformat() if self.signed else None,
            "action": self.action,
            "partial": self.partial,
            "target_sections": list(self.target_sections),
            "where": self.where,
            "span": [self.span[0], self.span[1]],
            "quote": self.quote,
        }


@frozen
class Emergency:
    """A national emergency: the instrument that declared it and what later orders did to it.

    ``order`` is the declaring order when it is in the corpus (``None`` when
    only later orders that act on it are); ``declaration`` its ``declare``
    action.
    """

    declared_by: Instrument
    order: Order | None = field(repr=False, eq=False)
    declaration: EmergencyAction | None = field(repr=False)
    statutes: tuple[str, ...]
    threat: str | None
    expansions: tuple[LineageEvent, ...] = ()
    continuations: tuple[LineageEvent, ...] = ()
    modifications: tuple[LineageEvent, ...] = ()
    invocations: tuple[LineageEvent, ...] = ()
    termination: LineageEvent | None = None
    revocation: LineageEvent | None = None
    """The whole revocation or supersession of the declaring instrument, if any (orders
    that end an emergency often revoke the order that declared it instead)."""

    @property
    def declared(self) -> dt.date | None:
        """The date of the declaring instrument."""
        if self.order is not None and self.order.signed is not None:
            return self.order.signed
        return self.declared_by.date

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON: the declaring instrument, statutes, threat and the later acts."""
        return {
            "declared_by": self.declared_by.label(),
            "declared": self.declared.isoformat() if self.declared else None,
            "in_corpus": self.order is not None,
            "statutes": list(self.statutes),
            "threat": self.threat,
            "expansions": [e.to_dict() for e in self.expansions],
            "continuations": [e.to_dict() for e in self.continuations],
            "modifications": [e.to_dict() for e in self.modifications],
            "invocations": [e.to_dict() for e in self.invocations],
            "termination": self.termination.to_dict() if self.termination else None,
            "revocation": self.revocation.to_dict() if self.revocation else None,
        }


Target = int | str | Order | Instrument | tuple[str | Kind, int | str | dt.date]
"""What names a document: an executive order number (``13224`` or ``"13224"``), an
order, an instrument, or ``(kind, number)`` / ``(kind, date)``."""


def target_key(target: Target) -> Key:
    """The index key of whatever names a document (see :data:`Target`)."""
    if isinstance(target, bool):
        raise TypeError("a document is named by a number, an order, an instrument or (kind, id)")
    if isinstance(target, int):
        return (Kind.EXECUTIVE_ORDER.value, str(target))
    if isinstance(target, Order):
        key = order_key(target)
        if key is None:
            raise KeyError(f"{target.label()} has no number or date to be found by")
        return key
    if isinstance(target, Instrument):
        return instrument_key(target)
    if isinstance(target, str) and target.isdigit():
        return (Kind.EXECUTIVE_ORDER.value, str(int(target)))
    if not isinstance(target, tuple) or len(target) != 2:
        raise TypeError(f"cannot name a document by {target!r}; see eoparse.corpus.Target")
    kind, ident = target
    value = ident.isoformat() if isinstance(ident, dt.date) else str(ident)
    return (Kind(kind).value, value)


@frozen(init=False, repr=False, eq=False)
class Corpus:
    """Many parsed orders, indexed by kind and number, with their lineage.

    ``Corpus(orders)`` takes orders (or :class:`Version` objects); see
    :meth:`from_dir` to parse a folder.  Iterating gives the preferred
    version of each document in signing-date order.
    """

    all_versions: tuple[Version, ...]
    """Every version loaded, preferred or not."""
    failures: tuple[LoadFailure, ...]
    """The files that could not be loaded (``from_dir``)."""
    _index: MappingProxyType[Key, tuple[Version, ...]]
    _orders: tuple[Order, ...]
    _acts: MappingProxyType[Key, tuple[LineageEvent, ...]]

    def __init__(
        self, orders: Iterable[Order | Version] = (), *, failures: Iterable[LoadFailure] = ()
    ) -> None:
        versions = tuple(v if isinstance(v, Version) else Version(v) for v in orders)
        groups: dict[Key, list[Version]] = {}
        for number, version in enumerate(versions):
            key = order_key(version.order)
            if key is None:  # neither number nor date: one entry of its own
                key = (version.order.kind.value, f"#{number}:{version.order.title or ''}")
            groups.setdefault(key, []).append(version)
        index = {
            key: tuple(sorted(group, key=lambda v: (_rank(v.order), v.source or "")))
            for key, group in groups.items()
        }
        preferred = tuple(sorted((g[0].order for g in index.values()), key=_sort_key))
        self.__attrs_init__(
            versions,
            tuple(failures),
            MappingProxyType(index),
            preferred,
            MappingProxyType(_acts_on(preferred)),
        )

    # -- loading --------------------------------------------------------------

    @classmethod
    def from_dir(
        cls,
        path: str | os.PathLike[str],
        *,
        glob: str | Sequence[str] | None = None,
        jobs: int | None = None,
        progress: bool = True,
        pdf_backend: str = DEFAULT_PDF_BACKEND,
    ) -> Corpus:
        """Parse every document under ``path`` (recursively).

        ``glob`` restricts the files (``"text/*.txt"``, or several patterns,
        relative to ``path``); ``jobs`` is the number of worker processes
        (default: the CPUs; 1 parses in this process); ``progress`` shows a
        bar (tqdm, in a terminal or a notebook) when tqdm is installed.
        Raises ``FileNotFoundError`` when ``path`` does not exist and
        ``NotADirectoryError`` when it is not a folder.
        """
        root = Path(path)
        if not root.is_dir():
            missing = not root.exists()
            raise (FileNotFoundError if missing else NotADirectoryError)(
                errno.ENOENT if missing else errno.ENOTDIR,
                "no such folder" if missing else "not a folder of documents",
                str(root),
            )
        patterns = (glob,) if isinstance(glob, str) else tuple(glob or ("**/*",))
        files = sorted(
            {
                file
                for pattern in patterns
                for file in root.glob(pattern)
                if file.suffix.lower() in SUFFIXES
                and not file.name.lower().startswith("readme")
                and file.is_file()
            }
        )
        return cls.from_paths(files, jobs=jobs, progress=progress, pdf_backend=pdf_backend)

    @classmethod
    def from_paths(
        cls,
        paths: Iterable[str | os.PathLike[str]],
        *,
        jobs: int | None = None,
        progress: bool = True,
        pdf_backend: str = DEFAULT_PDF_BACKEND,
    ) -> Corpus:
        """Parse the files at ``paths`` (see :meth:`from_dir` for the options)."""
        versions, failures = load_files(
            [str(p) for p in paths], jobs=jobs, progress=progress, pdf_backend=pdf_backend
        )
        return cls(versions, failures=failures)

    @classmethod
    def fetch(cls, refs: Iterable[Any] | None = None, **options: Any) -> Corpus:
        """Fetch documents from the Federal Register: those a search finds, or ``refs``.

        Takes the arguments of :func:`eoparse.fedreg.fetch_corpus` (``kind=``,
        ``president=``, ``signed_after=`` … ``offline=``, ``cache_dir=``; see
        :class:`eoparse.fedreg.CorpusOptions`).
        """
        from eoparse.fedreg import fetch_corpus

        return fetch_corpus(refs, **options)

    # -- looking orders up ---------------------------------------------------------

    @property
    def orders(self) -> tuple[Order, ...]:
        """The preferred version of each document, in signing-date order."""
        return self._orders

    def __len__(self) -> int:
        return len(self._orders)

    def __iter__(self) -> Iterator[Order]:
        return iter(self._orders)

    def __contains__(self, target: object) -> bool:
        try:
            return target_key(target) in self._index  # type: ignore[arg-type]
        except (KeyError, TypeError, ValueError):
            return False

    def __getitem__(self, target: Target) -> Order:
        found = self.get(target)
        if found is None:
            raise KeyError(f"{target_key(target)} is not in the corpus")
        return found

    def __repr__(self) -> str:
        return (
            f"Corpus({len(self._orders)} documents, {len(self.all_versions)} versions, "
            f"{len(self.failures)} failures)"
        )

    def get(self, target: Target) -> Order | None:
        """The preferred version of the document ``target`` names, or ``None``."""
        versions = self._index.get(target_key(target))
        return versions[0].order if versions else None

    def versions(self, kind: str | Kind, number: int | str | dt.date) -> tuple[Version, ...]:
        """Every version of a document, the preferred one first (empty if there is none)."""
        return self._index.get(target_key((kind, number)), ())

    def source(self, order: Order) -> str | None:
        """The file the corpus read ``order`` from."""
        key = order_key(order)
        for version in self._index.get(key, ()) if key else ():
            if version.order is order:
                return version.source
        return None

    def by_kind(self, kind: str | Kind) -> tuple[Order, ...]:
        """The documents of one kind, in signing-date order."""
        wanted = Kind(kind)
        return tuple(o for o in self._orders if o.kind is wanted)

    def counts(self) -> dict[str, dict[str, int]]:
        """Documents per kind and versions per format."""
        kinds: dict[str, int] = {}
        formats: dict[str, int] = {}
        for order in self._orders:
            kinds[order.kind.value] = kinds.get(order.kind.value, 0) + 1
        for version in self.all_versions:
            formats[version.format] = formats.get(version.format, 0) + 1
        return {"kinds": kinds, "formats": formats}

    # -- how orders act on each other --------------------------------------------------

    def lineage(
        self, target: Target, *, actions: Iterable[str] = LINEAGE_ACTIONS
    ) -> tuple[LineageEvent, ...]:
        """What the corpus's orders did to ``target``, in date order, with their words.

        By default: amended, superseded, revoked, suspended or continued it, and
        expanded, continued, modified or terminated the emergency it declared
        (see :data:`LINEAGE_ACTIONS`; pass ``actions=`` to choose, e.g. add
        ``"invokes"``).
        """
        wanted = set(actions)
        return tuple(e for e in self._acts.get(target_key(target), ()) if e.action in wanted)

    def prior(self, order: Order) -> tuple[Order, ...]:
        """The corpus orders ``order`` refers to (any relation, emergencies too), first
        mention first."""
        own = order_key(order)
        seen: dict[Key, None] = {}
        mentions = sorted(
            [(r.span, r.target) for r in order.references]
            + [(e.span, e.target) for e in order.emergencies if e.target is not None],
            key=lambda mention: mention[0],
        )
        for _, target in mentions:
            key = instrument_key(target)
            if key != own and key in self._index:
                seen.setdefault(key, None)
        return tuple(self._index[key][0].order for key in seen)

    def diff_with_prior(self, order: Order) -> PowerDiff:
        """The powers diff of ``order`` against the orders it refers to (:meth:`prior`).

        With no prior order in the corpus, everything ``order`` holds is added.
        """
        return diff(order, self.prior(order))

    def revoked(self, target: Target, *, on: dt.date | None = None) -> LineageEvent | None:
        """The first whole revocation or supersession of ``target`` (signed by ``on``)."""
        for event in self._acts.get(target_key(target), ()):
            if event.action not in ("revokes", "supersedes") or event.partial:
                continue
            if on is None or (event.signed is not None and event.signed <= on):
                return event
        return None

    def in_force(self, on: dt.date | None = None) -> tuple[Order, ...]:
        """The orders signed by ``on`` (default today) that no corpus order signed by
        then revoked or superseded in whole."""
        day = on or dt.date.today()
        out = []
        for order in self._orders:
            if order.signed is None or order.signed > day:
                continue
            if self.revoked(order, on=day) is None:
                out.append(order)
        return tuple(out)

    def emergencies(self) -> tuple[Emergency, ...]:
        """Every national emergency the corpus declares or acts on, by declaration date."""
        return _emergencies(self)

    def consolidated(self, target: Target, *, as_of: dt.date | None = None) -> Consolidated:
        """``target`` as amended by the corpus's orders signed by ``as_of`` (default: all).

        See :func:`eoparse.consolidate.consolidate`.
        """
        from eoparse.consolidate import consolidate

        order = self[target]
        amending = [e.order for e in self.lineage(order)]
        return consolidate(order, amending, as_of=as_of)

    # -- tables ------------------------------------------------------------------

    def records(self, kind: str) -> list[dict[str, Any]]:
        """One plain row per item of ``kind`` over all documents (see :mod:`eoparse.frames`)."""
        from eoparse.frames import records

        return records(self._orders, kind)

    def to_frame(self, kind: str) -> Any:
        """A pandas DataFrame of :meth:`records` (needs ``pip install 'eoparse[pandas]'``)."""
        from eoparse.frames import to_frame

        return to_frame(self._orders, kind)

    # -- display ---------------------------------------------------------------------

    def _repr_html_(self) -> str:
        """Notebook display: a summary table (:func:`eoparse.render.html.corpus_html`)."""
        from eoparse.render.html import corpus_html

        return corpus_html(self._orders, failures=self.failures, formats=self.counts()["formats"])

    def plot_lineage(self, target: Target, **options: Any) -> Any:
        """A timeline of :meth:`lineage` as a matplotlib Figure (``pip install 'eoparse[plot]'``).

        ``options`` go to :func:`eoparse.render.plot.plot_lineage` (``ax``, ``title``).
        """
        from eoparse.render.plot import plot_lineage

        return plot_lineage(self.lineage(target), root=self[target], **options)


# -- the index of acts ---------------------------------------------------------------


def _event(order: Order, item: Reference | EmergencyAction, action: str) -> LineageEvent:
    if isinstance(item, Reference):
        span = item.statement or item.span
        partial, sections = item.partial, item.target_sections
    else:
        span, partial, sections = item.span, False, ()
    return LineageEvent(
        order=order,
        label=order.label(),
        signed=order.signed,
        action=action,
        partial=partial,
        target_sections=sections,
        where=item.where,
        span=span,
        quote=order.quote(span),
        item=item,
    )


def _acts_on(orders: Sequence[Order]) -> dict[Key, tuple[LineageEvent, ...]]:
    """For each document acted on, every act of the other orders, in date order."""
    acts: dict[Key, dict[tuple[int, str, Span], LineageEvent]] = {}
    for position, order in enumerate(orders):
        own = order_key(order)
        items: list[tuple[Reference | EmergencyAction, Instrument, str]] = [
            (r, r.target, REFERENCE_ACTIONS[r.relation])
            for r in order.references
            if r.relation in REFERENCE_ACTIONS
        ]
        items += [
            (e, e.target, EMERGENCY_ACTIONS[e.action])
            for e in order.emergencies
            if e.target is not None and e.action in EMERGENCY_ACTIONS
        ]
        continued = {
            instrument_key(target)
            for item, target, action in items
            if isinstance(item, EmergencyAction) and action == "continues"
        }
        for item, target, action in items:
            key = instrument_key(target)
            if key == own:
                continue
            if isinstance(item, Reference) and action == "continues" and key in continued:
                continue  # said better by the emergency action on the same target
            event = _event(order, item, action)
            acts.setdefault(key, {}).setdefault((position, action, event.span), event)
    return {
        key: tuple(
            event
            for (_, _, span), event in sorted(
                found.items(), key=lambda kv: (kv[0][0], kv[0][2], kv[0][1])
            )
        )
        for key, found in acts.items()
    }


def _emergencies(corpus: Corpus) -> tuple[Emergency, ...]:
    declared: dict[Key, tuple[Instrument, Order | None, EmergencyAction | None]] = {}
    for order in corpus.orders:
        key = order_key(order)
        if key is None:
            continue
        for action in order.emergencies:
            if action.action is EmergencyActionType.DECLARE and key not in declared:
                instrument = Instrument(order.kind, order.number, order.signed)
                declared[key] = (instrument, order, action)
    for order in corpus.orders:
        for action in order.emergencies:
            if action.target is None or action.action not in EMERGENCY_ACTIONS:
                continue
            key = instrument_key(action.target)
            if key not in declared:
                declared[key] = (action.target, corpus.get(action.target), None)
    out = []
    for instrument, declaring, declaration in declared.values():
        events = corpus.lineage(instrument, actions=EMERGENCY_ACTIONS.values())
        emergency_events = [e for e in events if isinstance(e.item, EmergencyAction)]

        def of(
            kind: str, events: list[LineageEvent] = emergency_events
        ) -> tuple[LineageEvent, ...]:
            return tuple(e for e in events if e.action == kind)

        terminations = of("terminates")
        out.append(
            Emergency(
                declared_by=instrument,
                order=declaring,
                declaration=declaration,
                statutes=declaration.statutes if declaration else (),
                threat=declaration.threat if declaration else None,
                expansions=of("expands"),
                continuations=of("continues"),
                modifications=of("modifies"),
                invocations=of("invokes"),
                termination=terminations[0] if terminations else None,
                revocation=corpus.revoked(instrument),
            )
        )
    return tuple(sorted(out, key=lambda e: (e.declared or dt.date.max, e.declared_by.label())))


# -- loading files in parallel ---------------------------------------------------------


class _Bar(Protocol):
    def update(self, n: int = 1) -> Any: ...

    def close(self) -> None: ...


class _NoBar:
    """What stands in for a progress bar when there is none."""

    def update(self, n: int = 1) -> None:
        """Nothing to show."""

    def close(self) -> None:
        """Nothing to close."""


def progress_bar(total: int, *, enabled: bool = True, desc: str = "parsing") -> _Bar:
    """A tqdm.auto bar (terminal or notebook), or a silent stand-in without tqdm."""
    if not enabled:
        return _NoBar()
    try:
        from tqdm.auto import tqdm
    except ImportError:
        return _NoBar()
    bar: _Bar = tqdm(total=total, desc=desc, unit="file", dynamic_ncols=True)
    return bar


_Result = tuple[str, Order | None, str, str]
"""``(path, order, error class, reason)`` of one file: order None when it failed."""


def _parse_file(path: str, pdf_backend: str) -> _Result:
    try:
        order = parse(path, pdf_backend=pdf_backend)
    except EOParseError as error:
        return (path, None, type(error).__name__, error.reason)
    except Exception as error:  # one bad file never stops a load
        return (path, None, type(error).__name__, str(error) or repr(error))
    if order_key(order) is None and order.kind is Kind.OTHER:
        reason = "no kind, number or signing date: not a presidential document"
        return (path, None, "NotAPresidentialDocument", reason)
    return (path, order, "", "")


def _parse_chunk(paths: Sequence[str], pdf_backend: str) -> list[_Result]:
    """Parse a batch of files in a worker process (Orders travel back pickled)."""
    return [_parse_file(path, pdf_backend) for path in paths]


def _chunks(paths: Sequence[str], jobs: int) -> list[list[str]]:
    size = max(1, min(24, len(paths) // (jobs * 8) or 1))
    return [list(paths[i : i + size]) for i in range(0, len(paths), size)]


def load_files(
    paths: Sequence[str],
    *,
    jobs: int | None = None,
    progress: bool = True,
    pdf_backend: str = DEFAULT_PDF_BACKEND,
) -> tuple[list[Version], list[LoadFailure]]:
    """Parse ``paths`` with ``jobs`` processes; the versions and failures, in path order."""
    workers = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
    workers = min(workers, max(1, len(paths)))
    bar = progress_bar(len(paths), enabled=progress)
    results: list[_Result] = []
    try:
        if workers == 1:
            for path in paths:
                results.append(_parse_file(path, pdf_backend))
                bar.update(1)
        else:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                futures = {
                    pool.submit(_parse_chunk, chunk, pdf_backend): chunk
                    for chunk in _chunks(paths, workers)
                }
                for future in as_completed(futures):
                    chunk = futures[future]
                    try:
                        results.extend(future.result())
                    except Exception as error:  # a dead worker loses its chunk
                        reason = f"the worker process failed: {error!r}"
                        results.extend((p, None, type(error).__name__, reason) for p in chunk)
                    bar.update(len(chunk))
    finally:
        bar.close()
    results.sort(key=lambda r: r[0])
    versions = [Version(order, path) for path, order, _, _ in results if order is not None]
    failures = [
        LoadFailure(p, error, reason) for p, order, error, reason in results if order is None
    ]
    return versions, failures


__all__ = [
    "FORMAT_PREFERENCE",
    "LINEAGE_ACTIONS",
    "SUFFIXES",
    "Corpus",
    "Emergency",
    "Key",
    "LineageEvent",
    "LoadFailure",
    "Target",
    "Version",
    "load_files",
    "order_key",
    "progress_bar",
    "target_key",
]
