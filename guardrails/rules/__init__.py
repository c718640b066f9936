"""Rule data, one module a language (`en.py`, `es.py`): readable tables a compliance officer can
review. Each entry is a `Pattern`: a bounded regular expression over the folded reply (lower
case, accents folded, single spaces, straight quotes) and the message the approver sees.
`hedgeable` patterns are skipped inside conditional or privacy wording ("whether you are a
patient", "if you were seen here") because those sentences confirm nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from re import _constants, _parser  # the stdlib's own regex parser, for first_chars


@dataclass(frozen=True)
class Pattern:
    regex: str
    message: str
    hedgeable: bool = False


def words(*alternatives: str) -> str:
    """A regex matching any of the literal words/phrases, longest alternative first.

    Built as a character trie ("appointment|appt" -> "app(?:ointment|t)") so the regex engine
    follows one path per character instead of trying every phrase in turn: that is what keeps
    large word lists fast and linear.
    """
    return literal_alternation(a.strip() for a in alternatives if a.strip())


def literal_alternation(strings: Iterable[str]) -> str:
    """A trie-shaped regex matching exactly the given literal strings (spaces kept)."""
    trie: dict = {}
    for phrase in set(strings):
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}  # end of a phrase
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    ends_here = "" in node
    branches = []
    # Longer continuations first: regex alternation is ordered, and the longest phrase wins.
    for ch in sorted(k for k in node if k):
        branches.append(re.escape(ch) + _trie_regex(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return "(?:" + body + ")?"
    return body


def prefixes(regex: str, length: int = 3) -> frozenset[str] | None:
    """Every string of up to `length` characters a match of `regex` can begin with (shorter
    ones when a match can be that short), or None when that set is not small and known.

    The engine puts these in a lookahead in front of each pattern so the regex engine rejects
    most word starts after a character or two: a speed-up only, never a change in what
    matches (a test compares both forms over every known case)."""
    found = _sequence(list(_parser.parse(regex)), length)
    if found is None or "" in found:
        return None
    return frozenset(found)


_MAX_PREFIXES = 3000


def _concat(left: set[str], right: set[str], length: int) -> set[str] | None:
    out = {a for a in left if len(a) >= length}
    for a in left:
        if len(a) < length:
            out.update((a + b)[:length] for b in right)
    return out if len(out) <= _MAX_PREFIXES else None


def _sequence(items: list, length: int) -> set[str] | None:
    current: set[str] | None = {""}
    for item in items:
        need = length - min(len(a) for a in current)
        if need <= 0:
            break
        part = _item(item, need)  # only as many characters as can still matter
        if part is None:
            return None
        current = _concat(current, part, length)
        if current is None:
            return None
    return current


def _item(item: tuple, length: int) -> set[str] | None:
    op, av = item
    if op is _constants.LITERAL:
        return {chr(av)}
    if op is _constants.IN:
        return _charset(av)
    if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
        return {""}  # zero-width
    if op is _constants.SUBPATTERN:
        return _sequence(list(av[-1]), length)
    if op is _constants.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            part = _sequence(list(alternative), length)
            if part is None:
                return None
            out |= part
        return out
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
        low, high, body = av
        unit = _sequence(list(body), length)
        if unit is None:
            return None
        result: set[str] | None = {""}
        for _ in range(min(low, length)):
            result = _concat(result, unit, length) if result is not None else None
        if result is None:
            return None
        extra = min(high, length + 1) - min(low, length)
        grown = set(result)
        for _ in range(max(extra, 0)):
            step = _concat(grown, unit, length)
            if step is None:
                return None
            if step <= result:
                break
            result |= step
            grown = step
        return result
    return None  # ANY, NOT_LITERAL, group references...


def first_chars(regex: str) -> str | None:
    """Every character a match of `regex` can start with, or None when that is not a small,
    known set (then no shortcut is taken). Used to put a one-character lookahead in front of
    each pattern, so the regex engine rejects most word starts with one test: a speed-up only,
    never a change in what matches (tests compare both forms)."""
    found = _first(list(_parser.parse(regex)))
    if found is None or "" in found:
        return None
    return "".join(sorted(found))


def _first(items: list) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is _constants.LITERAL:
            out.add(chr(av))
            return out
        if op is _constants.IN:
            chars = _charset(av)
            return None if chars is None else out | chars
        if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
            continue  # zero-width: the next item decides
        if op is _constants.SUBPATTERN:
            sub = _first(list(av[-1]))
        elif op is _constants.BRANCH:
            sub = set()
            for alternative in av[1]:
                part = _first(list(alternative))
                if part is None:
                    return None
                sub |= part
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
            low, _high, body = av
            sub = _first(list(body))
            if sub is not None and low == 0:
                sub = sub | {""}  # may be skipped
        else:
            return None  # ANY, NOT_LITERAL, categories, group references...
        if sub is None:
            return None
        out |= sub - {""}
        if "" not in sub:
            return out
    out.add("")  # the sequence can match empty
    return out


def _charset(items: list) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _constants.LITERAL:
            chars.add(chr(av))
        elif op is _constants.RANGE and av[1] - av[0] <= 128:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is _constants.CATEGORY and av is _constants.CATEGORY_DIGIT:
            chars.update("0123456789")
        elif op is _constants.CATEGORY and av is _constants.CATEGORY_SPACE:
            chars.update(" \t\n\r\f\v")
        else:
            return None
    return chars
