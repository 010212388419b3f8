"""The ``fetch`` and ``cache`` commands of the command line (added by :mod:`eoparse.cli`).

``eoparse fetch REF... [-o DIR] [--offline] [--source auto|xml|text|pdf]
[--format json|outline|metadata]`` fetches each reference: without ``-o`` it
prints the parsed order (as ``eoparse parse`` does), with ``-o DIR`` it
saves the source as downloaded and its provenance (``EO-14157.xml``,
``EO-14157.fr.json``).  A reference that fails prints one line on stderr —
``eoparse: EO 14157: reason`` — and the exit status is 2; a disagreement
between the text and the API's metadata prints a warning line and does not
change the status.

``eoparse cache info`` shows where the cache is and what it holds;
``eoparse cache clear`` empties it.
"""

from __future__ import annotations

import argparse
import json
import warnings
from typing import Any, TextIO

from eoparse.cache import NAMESPACES, DiskCache, cache_root
from eoparse.errors import EOParseError
from eoparse.fedreg.client import Client
from eoparse.fedreg.documents import (
    SOURCES,
    FetchedDocument,
    MetadataDisagreement,
    fetch_document,
)

EXIT_OK = 0
EXIT_FAILED = 2


def _show(fetched: FetchedDocument, fmt: str, *, many: bool) -> str:
    if fmt == "json":
        return fetched.order.to_json(indent=None if many else 2)
    if fmt == "metadata":
        return json.dumps(fetched.provenance(), indent=None if many else 2, ensure_ascii=False)
    return fetched.order.outline()


def _fetch_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        client = Client(
            base_url=args.base_url, cache_dir=args.cache_dir, offline=True if args.offline else None
        )
    except ValueError as error:
        err.write(f"eoparse fetch: {error}\n")
        return EXIT_FAILED
    status = EXIT_OK
    many = len(args.refs) > 1
    for ref in args.refs:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", MetadataDisagreement)
            try:
                fetched = fetch_document(ref, client=client, source=args.source)
            except (EOParseError, OSError) as error:
                reason = getattr(error, "reason", None) or str(error)
                err.write(f"eoparse: {ref}: {' '.join(str(reason).split())}\n")
                status = EXIT_FAILED
                continue
        for warning in caught:
            if issubclass(warning.category, MetadataDisagreement):
                err.write(f"eoparse: {ref}: warning: {warning.message}\n")
        if args.output:
            try:
                source, provenance = fetched.save(args.output)
            except OSError as error:
                err.write(f"eoparse: {args.output}: {error.strerror or error}\n")
                return EXIT_FAILED
            out.write(f"{ref}: {fetched.metadata.label()} → {source} (+ {provenance.name})\n")
        else:
            out.write(_show(fetched, args.format, many=many) + "\n")
    return status


def _cache_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    root = cache_root(args.cache_dir)
    caches = [DiskCache(name, root=root) for name in NAMESPACES]
    if args.action == "info":
        out.write(f"cache: {root}\n")
        for cache in caches:
            out.write(f"  {cache.info().summary()}\n")
        return EXIT_OK
    for cache in caches:
        removed = cache.clear()
        out.write(f"removed {removed.summary()}\n")
    return EXIT_OK


_FETCH_OPTIONS: tuple[tuple[tuple[str, ...], dict[str, Any]], ...] = (
    (
        ("refs",),
        {
            "nargs": "+",
            "metavar": "REF",
            "help": "'EO 14157', 'Proclamation 10886', 'Memorandum of 2025-01-20', "
            "an FR document number (2025-02004) or a citation ('90 FR 8439')",
        },
    ),
    (
        ("-o", "--output"),
        {
            "metavar": "DIR",
            "help": "save each source as downloaded (EO-14157.xml) and its provenance "
            "(EO-14157.fr.json) in DIR instead of printing",
        },
    ),
    (("--offline",), {"action": "store_true", "help": "read the cache only (EOPARSE_OFFLINE=1)"}),
    (
        ("--source",),
        {
            "choices": SOURCES,
            "default": "auto",
            "help": "auto: the FR XML full text, else the raw text; or one format only",
        },
    ),
    (
        ("--format",),
        {
            "choices": ("json", "outline", "metadata"),
            "default": "json",
            "help": "json: the order as `eoparse parse` prints it; outline: header and "
            "sections; metadata: the API's metadata, the source and the disagreements",
        },
    ),
    (("--cache-dir",), {"metavar": "DIR", "help": "the cache folder (EOPARSE_CACHE)"}),
    (("--base-url",), {"metavar": "URL", "help": "the API's base URL (EOPARSE_FR_API)"}),
)
"""The arguments of ``eoparse fetch``: flags and ``add_argument`` options."""


def add_commands(commands: Any) -> None:
    """Add ``fetch`` and ``cache`` to the sub-commands of ``eoparse``."""
    fetch_cmd = commands.add_parser(
        "fetch", help="fetch documents from the Federal Register API (cached) and parse them"
    )
    for flags, options in _FETCH_OPTIONS:
        fetch_cmd.add_argument(*flags, **options)
    fetch_cmd.set_defaults(run=_fetch_command)

    cache_cmd = commands.add_parser("cache", help="where the cache is and what it holds; clear it")
    cache_cmd.add_argument("action", choices=("info", "clear"))
    cache_cmd.add_argument("--cache-dir", metavar="DIR", help="the cache folder (EOPARSE_CACHE)")
    cache_cmd.set_defaults(run=_cache_command)
