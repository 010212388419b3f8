"""Human-facing renderings of the model: plain-text outlines (and, later, notebook HTML)."""
