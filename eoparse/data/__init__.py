"""Package data tables (loaded once by the modules that use them)."""
