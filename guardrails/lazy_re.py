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

__all__ = ["IGNORECASE", "CompiledPattern", "LazyPattern", "Match", "Pattern", "compile",
           "escape", "findall", "match", "search", "sub"]

# What a compiled pattern offers, copied onto the lazy one once compiled.
_COMPILED_ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn",
                        "split", "scanner", "flags", "groups", "groupindex")


class _Regex:
    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __repr__(self) -> str:
        return f"lazy_re.compile({self.pattern!r})"


class LazyPattern(_Regex):
    """A regex compiled on first use; `pattern` (its source) is known before that, so the
    prefilter can read it without compiling it. Once compiled, its methods are instance
    attributes and it becomes a `CompiledPattern`, a class without `__getattr__`, so the
    interpreter looks them up on its fast path."""

    def __getattr__(self, name: str) -> Any:
        if name not in _COMPILED_ATTRIBUTES:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        # Threads using it at once may both compile it: the same values are stored.
        for attribute in _COMPILED_ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        self.__class__ = CompiledPattern
        return getattr(compiled, name)


class CompiledPattern(_Regex):
    """A `LazyPattern` once compiled (its methods set on it)."""


def compile(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)
