"""Self-contained HTML for notebooks: orders, diffs between orders, corpora.

``order_html(order)``, ``diff_html(diff)`` and ``corpus_html(orders)`` return
one ``<div class="eoparse">`` holding its own ``<style>``: no script, no
external resource, so the output reads the same in Jupyter, in a static HTML
export, or saved to a file and opened in a browser.  Every piece of document
text goes through :func:`html.escape`.  Colour is never the only signal:
highlighted items carry a letter tag (``G3`` is the third grant), changes
carry a text badge (``+ added``, ``− removed``, ``~ changed``) and changed
words sit in ``<del>``/``<ins>``.

The model's ``_repr_html_`` methods delegate here.
"""

from __future__ import annotations

from eoparse.present.html.base import esc
from eoparse.present.html.consolidated import consolidated_html
from eoparse.present.html.corpus import corpus_html
from eoparse.present.html.diff import diff_html
from eoparse.present.html.order import highlight, order_html

__all__ = ["consolidated_html", "corpus_html", "diff_html", "esc", "highlight", "order_html"]
