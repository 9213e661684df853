"""PyInstaller's entry script (the bundle's `policydesk` executable)."""

import sys

from desktop.__main__ import run

sys.exit(run())
