"""The grammar every stage shares: dates (:mod:`~eoparse.grammar.dates`), paragraph and
section labels (:mod:`~eoparse.grammar.labels`) and the structure's markers and headings
(:mod:`~eoparse.grammar.patterns`)."""
