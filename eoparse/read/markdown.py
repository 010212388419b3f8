"""White House releases converted to Markdown (YAML front matter + pandoc Markdown).

The front matter gives the title and release date; the body has backslash
escapes (``\\(b\\)``), emphasis (``*et seq*.``), inline HTML left by the
converter (underline spans, ``<u>``, ``<sup>``), hard wraps at 72 columns and
trailing-space line breaks.  There is no order number, FR header or trailer.
"""

from __future__ import annotations

import datetime as dt

import regex

from eoparse.grammar.patterns import TITLE_PREFIX
from eoparse.read.base import Hints, Text
from eoparse.read.patterns import FRONT_MATTER_FIELD
from eoparse.read.plain import Line, build

_NOT_NEWLINE = regex.compile(r"[^\n]")
_TAG = regex.compile(r"</?(?:span|u|sup|sub|em|strong|b|i|figure|br|div|p)\b[^<>]{0,300}>")
_INLINE = regex.compile(
    r"""
    </?(?:span|u|sup|sub|em|strong|b|i|figure|br|div|p)\b[^<>\n]{0,300}>   # inline HTML
    | \\(?P<escape>[^\n\w]|_)     # a backslash escape: \( \_ \*
    | (?P<emphasis>\*{1,3})     # emphasis markers
    | ^\#{1,6}\                 # an ATX heading mark
    | ^>\ ?                     # a block quote mark
    """,
    regex.VERBOSE,
)
_YAML_ESCAPES = {
    "n": "\n",
    "t": " ",
    "_": "\u00a0",
    " ": " ",
    '"': '"',
    "\\": "\\",
    "/": "/",
    "0": "",
}
_YAML_ESCAPE = regex.compile(r"\\(?:u(?P<u>[0-9a-fA-F]{4})|U(?P<U>[0-9a-fA-F]{8})|(?P<c>.))")


def looks_like_markdown(source: str) -> bool:
    """Whether ``source`` looks like the White House Markdown (front matter or escapes)."""
    head = source[:3000]
    return head.startswith("---\n") or head.startswith("---\r\n") or "\\(" in head


def _yaml_scalar(lines: list[str]) -> str:
    """Decode a (possibly multi-line) YAML scalar: plain, single- or double-quoted."""
    first = lines[0].strip()
    if first.startswith('"'):
        joined = ""
        for i, line in enumerate(lines):
            part = line if i == 0 else line.lstrip()
            if joined.endswith("\\"):
                joined = joined[:-1] + part  # escaped line break: no space
            elif joined:
                joined += " " + part
            else:
                joined = part
        body = joined.strip()[1:]
        if body.endswith('"'):
            body = body[:-1]

        def unescape(match: regex.Match[str]) -> str:
            if match["u"] or match["U"]:
                return chr(int(match["u"] or match["U"], 16))
            char = str(match["c"])
            return _YAML_ESCAPES.get(char, char)

        return str(_YAML_ESCAPE.sub(unescape, body))
    if first.startswith("'"):
        body = " ".join(line.strip() for line in lines).strip()[1:]
        if body.endswith("'"):
            body = body[:-1]
        return body.replace("''", "'")
    return " ".join(line.strip() for line in lines)


def front_matter(source: str) -> tuple[dict[str, str], int]:
    """The front-matter fields and the offset where the body starts."""
    if not source.startswith("---"):
        return {}, 0
    first_end = source.find("\n")
    close = source.find("\n---", first_end)
    if first_end < 0 or close < 0:
        return {}, 0
    block = source[first_end + 1 : close]
    body_start = source.find("\n", close + 1)
    body_start = len(source) if body_start < 0 else body_start + 1
    fields: dict[str, list[str]] = {}
    key: str | None = None
    for line in block.split("\n"):
        match = FRONT_MATTER_FIELD.fullmatch(line.rstrip("\r"))
        if match and not line[:1].isspace():
            key = match["key"]
            fields[key] = [match["value"]]
        elif key is not None and line.strip():
            fields[key].append(line)
    return {k: _yaml_scalar(v) for k, v in fields.items() if v and v[0].strip()}, body_start


def _clean(line: str) -> str:
    def replace(match: regex.Match[str]) -> str:
        escape = match["escape"]
        if escape is not None:
            return " " if escape == " " else str(escape)
        return ""

    return str(_INLINE.sub(replace, line))


_MINOR_WORDS = frozenset(
    ["a", "an", "the", "and", "or", "nor", "but", "as", "at", "by", "for", "in", "of", "on", "to"]
)
"""The words the Federal Register prints in lower case inside a title."""
_WORD = regex.compile(r"[^\s]+")


def printed_case(title: str) -> str:
    """``title`` in the Federal Register's casing when the web page re-cased it.

    White House pages capitalise every word ("Declaring A National Emergency At The
    Southern Border"); the printed title keeps articles, conjunctions and short
    prepositions in lower case ("Declaring a National Emergency at the Southern
    Border").  Only a title that capitalises at least two such words and leaves none
    in lower case is re-cased; the first word, and a word after a colon or dash,
    keep their capital.
    """
    prefix = TITLE_PREFIX.match(title)
    start = prefix.end() if prefix else 0
    words = list(_WORD.finditer(title, start))
    minor = [m for m in words[1:] if m[0].casefold() in _MINOR_WORDS]
    if sum(1 for m in minor if m[0][:1].isupper()) < 2 or any(m[0].islower() for m in minor):
        return title
    out = list(title)
    for match in minor:
        before = title[: match.start()].rstrip()
        if before.endswith((":", "—", "-")):
            continue
        out[match.start()] = match[0][0].lower()
    return "".join(out)


def read_markdown(source: str, *, name: str | None = None) -> Text:
    """Read White House Markdown into a normalised :class:`Text`."""
    fields, body_start = front_matter(source)
    # Blank out inline HTML that spans lines; tags inside a line are removed by _clean.
    body = _TAG.sub(lambda m: _NOT_NEWLINE.sub(" ", m[0]) if "\n" in m[0] else m[0], source)
    lines = []
    offset = body_start
    originals = source[body_start:].split("\n")
    for original, blanked in zip(originals, body[body_start:].split("\n"), strict=True):
        raw = blanked.rstrip("\r")
        unblanked = original.rstrip("\r")
        hard = unblanked.endswith(("  ", "\\")) and bool(raw.strip())
        stripped = raw.strip()
        if stripped.endswith("\\"):
            stripped = stripped[:-1]
        indent = len(raw) - len(raw.lstrip())
        lines.append(Line(_clean(stripped), offset + indent, hard))
        offset += len(original) + 1
    released: dt.date | None = None
    if "date" in fields:
        try:
            released = dt.date.fromisoformat(fields["date"].strip("'\" ")[:10])
        except ValueError:
            released = None
    title = fields.get("title")
    hints = Hints(title=printed_case(title) if title else None, date=released, source=name)
    return build(lines, format="whitehouse_md", hints=hints, guess=False)
