"""`re` as the guardrail's modules import it (`from guardrails import lazy_re as re`): the same
module, except that `compile` returns a `LazyPattern`, compiled the first time it is used.

Most of the hundreds of regexes the hooks, names and contact checks define are needed by few
replies (a hook runs only when its pattern matched), and compiling them all at import was a
third of a new process's first check. A regex used once costs the same; after that, a call
costs what a compiled pattern's call costs (its methods are then plain attributes).
"""

from __future__ import annotations

import re
from re import IGNORECASE, Match, Pattern, escape, findall, match, search, sub
from typing import Any

__all__ = ["IGNORECASE", "LazyPattern", "Match", "Pattern", "compile", "escape", "findall",
           "match", "search", "sub"]

# What a compiled pattern offers, copied onto the lazy one once compiled.
_COMPILED_ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn",
                        "split", "scanner", "flags", "groups", "groupindex")


class LazyPattern:
    """A regex compiled on first use; `pattern` (its source) is known before that, so the
    prefilter can read it without compiling it. Only instance attributes are looked up
    after the first use: `__getattr__` runs only for one not yet set."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name not in _COMPILED_ATTRIBUTES:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        # Threads using it at once may both compile it: the same values are stored.
        for attribute in _COMPILED_ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_re.compile({self.pattern!r})"


def compile(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)
