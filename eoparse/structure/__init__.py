"""The structure stage: from a normalised Text to the layout (:mod:`~eoparse.structure.layout`:
heading, title, body, signature, annexes), the header facts (:mod:`~eoparse.structure.header`,
with :mod:`~eoparse.structure.presidents`) and the section tree
(:mod:`~eoparse.structure.sections`)."""
