"""Versioned prompt files (system, draft, repair), read at run time. This folder is a package
only so that an installed copy of Review Assistant carries the files with it."""

from pathlib import Path

DIRECTORY = Path(__file__).resolve().parent
