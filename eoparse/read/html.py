"""The full-text HTML of a document on federalregister.gov.

The page body carries the heading line as bare text (``<a class="eo">Executive
Order 13224</a> of September 23, 2001``), the title in ``<h1>``, one ``<p>``
per paragraph with the printed page in ``data-page``, page breaks inside a
paragraph as ``<span class="printed-page …" data-page="…">`` (their tooltip
text, ``Start Printed Page 49080``, is not part of the document), the
signature block as bare lines (the ``PSIG`` initials, ``THE WHITE HOUSE,``,
the date), images as ``<img>`` (``Trump.EPS`` names the signer), and the FR
trailer (``Filed …``, ``<div class="end-matter">`` with the FR document
number and billing code).  Bare lines are paragraphs; inside a block element
line breaks are spaces.

Parsed with the standard library's :class:`html.parser.HTMLParser`: character
references are decoded, nothing is fetched.  The FR volume is not printed; it
is inferred as for FR XML (:func:`eoparse.read.xml.infer_volume`).
"""

from __future__ import annotations

from html.parser import HTMLParser

import regex

from eoparse.diagnostics import warning
from eoparse.errors import MalformedXML
from eoparse.grammar.patterns import WHITE_HOUSE
from eoparse.model import ParseWarning
from eoparse.read.base import Hints, Text, TextBuilder, normalise_inline, page_number
from eoparse.read.patterns import FR_DOC_TRAILER, LAYOUT_LINE
from eoparse.read.patterns import SIGNATURE_IMAGE as _SIGNATURE_IMAGE
from eoparse.read.xml import IMAGE_WARNING, Piece, infer_volume, write_paragraph

_BLOCKS = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "td"}
    | {"th", "blockquote", "section", "article", "header", "footer", "pre", "dl", "dt", "dd"}
    | {"hr", "br", "figure", "figcaption"}
)
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
    | {"track", "wbr"}
)
_SKIP = frozenset({"script", "style", "template", "noscript", "head", "title"})
_INITIALS = regex.compile(r"[A-Za-z#0-9.]{1,8}")


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[tuple[list[Piece], bool]] = []  # (pieces, bare text)
        self.current: list[Piece] = []
        self.bare = True  # outside any block element
        self.depth = 0  # open block elements
        self.skip = 0  # open elements whose text is not the document's
        self.end_matter = 0  # open elements of the end matter (trailer)
        self.trailer: list[str] = []
        self.images: list[str] = []
        self.page: int | None = None

    def _end(self) -> None:
        if any(isinstance(p, str) and p.strip() for p in self.current):
            self.paragraphs.append((self.current, self.bare))
            self.current = []
        else:
            self.current = [p for p in self.current if isinstance(p, int)]

    def _mark(self, value: str | None) -> None:
        number = page_number(value or "")
        if number is not None and number != self.page:
            self.page = number
            self.current.append(number)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if self.skip:
            if tag not in _VOID:
                self.skip += 1
            return
        if self.end_matter:
            if tag not in _VOID:
                self.end_matter += 1
            if tag in _BLOCKS:
                self.trailer.append("\n")
            return
        if tag in _SKIP:
            self.skip = 1
            return
        if tag == "div" and "end-matter" in classes:
            self._end()
            self.end_matter = 1
            return
        if tag == "span" and "printed-page" in classes:
            self._mark(attributes.get("data-page"))
            if "unprinted-element" in classes:
                self.skip = 1
            return
        if tag == "img":
            self.images.append(attributes.get("src") or "")
            return
        if tag in _BLOCKS:
            self._end()
            if tag not in _VOID:
                self.depth += 1
                self.bare = False
            self._mark(attributes.get("data-page"))

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            self.skip -= 1
            return
        if self.end_matter:
            self.end_matter -= 1
            return
        if tag in _BLOCKS and tag not in _VOID:
            self._end()
            self.depth = max(self.depth - 1, 0)
            self.bare = self.depth == 0

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.end_matter:
            self.trailer.append(data)
            return
        if not self.bare:
            self.current.append(data)
            return
        lines = data.split("\n")
        for index, line in enumerate(lines):
            if index:
                self._end()
            self.current.append(line)


def read_html(source: str, *, name: str | None = None) -> Text:
    """Read federalregister.gov full-text HTML into a normalised :class:`Text`."""
    parser = _Parser()
    try:
        parser.feed(source)
        parser.close()
    except Exception as error:  # HTMLParser is lenient; anything it raises is a bad page
        raise MalformedXML(f"cannot parse the HTML: {error}", source=name) from None
    parser._end()
    warnings: list[ParseWarning] = []
    signers: list[str] = []
    for image in parser.images:
        match = _SIGNATURE_IMAGE.search(image)
        if match:
            signers.append(match["who"])
        elif ".EPS" not in image.upper():
            warnings.append(warning("image-not-carried", IMAGE_WARNING))
    docno: str | None = None
    filed: str | None = None
    for line in "".join(parser.trailer).split("\n"):
        text = normalise_inline(line)
        match = FR_DOC_TRAILER.match(text)
        if match and docno is None:
            docno = match["docno"].replace("–", "-")
        if text.startswith("Filed"):
            filed = text
    kept: list[list[Piece]] = []
    paragraphs = parser.paragraphs
    for index, (pieces, bare) in enumerate(paragraphs):
        text = normalise_inline("".join(p for p in pieces if isinstance(p, str)))
        if bare:
            match = FR_DOC_TRAILER.match(text)
            if match:
                docno = docno or match["docno"].replace("–", "-")
                continue
            if LAYOUT_LINE.fullmatch(text):
                if text.startswith("Filed"):
                    filed = text
                continue
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if following is not None and _INITIALS.fullmatch(text):
                after = normalise_inline("".join(p for p in following[0] if isinstance(p, str)))
                if WHITE_HOUSE.match(after):
                    signers.append(text)  # the PSIG initials printed above the signature
                    continue
        kept.append(pieces)
    builder = TextBuilder()
    first_page: int | None = None
    for index, pieces in enumerate(kept):
        first_page = write_paragraph(builder, pieces, index, first_page)
    hints = Hints(
        volume=infer_volume(filed, docno, first_page),
        document_number=docno,
        signers=tuple(signers),
        source=name,
    )
    return builder.build(format="html", hints=hints, warnings=tuple(dict.fromkeys(warnings)))


__all__ = ["read_html"]
