"""Extracting powers: authorities invoked, relations to other documents,
designations, national-emergency actions and grants of power or duty.

Each extractor is a pure function from a :class:`~eoparse.powers.context.Context`
(the order's text, paragraphs, section tree and quotations) to a tuple of
model items carrying ``where`` and ``span``.
"""
