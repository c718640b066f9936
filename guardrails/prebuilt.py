"""Start-up data built ahead of time: what a new process would otherwise work out from the rule
tables and word files before its first check (the pattern tables' key lookups, the clinical
lexicon), stored by `python -m guardrails.prefilter --write` in `data/prebuilt/<part>.marshal`.

Each part keeps the exact source text it was built from (the patterns' names and regexes, the
lexicon's terms). `load` returns a part only when that text is today's, so an edited rule or
term file is never read stale: the caller builds the part itself, as before the cache, until
the command is run again (a test fails until then). marshal holds only plain data here
(dicts, tuples, strings, integers), in format 4, which every supported Python reads.
"""

from __future__ import annotations

import marshal
from pathlib import Path
from typing import Any

PREBUILT_DIR = Path(__file__).resolve().parent / "data" / "prebuilt"
WRITE_COMMAND = "python -m guardrails.prefilter --write"
# Raised when the layout of a stored part changes, so an old file is not misread.
FORMAT = 1


def part_path(part: str) -> Path:
    return PREBUILT_DIR / f"{part}.marshal"


def stored(part: str) -> tuple[str, Any] | None:
    """(the source text a part was built from, its data), None when the file is missing,
    unreadable or of another format."""
    try:
        stored_format, source, data = marshal.loads(part_path(part).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return (source, data) if stored_format == FORMAT else None


def load(part: str, source: str) -> Any | None:
    """The stored data of `part` when it was built from `source`, else None (build it)."""
    found = stored(part)
    return found[1] if found is not None and found[0] == source else None


def write(part: str, source: str, data: Any) -> Path:
    path = part_path(part)
    path.parent.mkdir(parents=True, exist_ok=True)
    # marshal marks an object it may meet again by the object's reference count, which
    # differs from one build to the next; the same data read back marks the same way, so
    # a part rebuilt from unchanged sources is the same file.
    loaded = marshal.loads(marshal.dumps((FORMAT, source, data), 4))
    path.write_bytes(marshal.dumps(loaded, 4))
    return path
