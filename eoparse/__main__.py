"""``python -m eoparse`` runs the command line."""

from __future__ import annotations

import sys

from eoparse.cli import main

sys.exit(main())
