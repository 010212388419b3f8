"""The present stage: the model for people and programs — JSON in and out
(:mod:`~eoparse.present.export`), tables (:mod:`~eoparse.present.frames`), plain-text
outlines (:mod:`~eoparse.present.text`), notebook HTML (:mod:`~eoparse.present.html`) and
plots (:mod:`~eoparse.present.plot`)."""
