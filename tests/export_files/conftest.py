"""Helpers for the exporters' tests (the sample store fixture is in tests/conftest.py): readers of written files."""

from __future__ import annotations

import zipfile

from conftest import TODAY  # noqa: F401  (tests import it from here too)


def xml_parts(path) -> dict[str, str]:
    """Every part of an .xlsx/.docx package, as text: what anyone who unzips the file can read."""
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name).decode("utf-8", errors="replace") for name in z.namelist()}
