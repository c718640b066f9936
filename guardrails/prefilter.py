"""Which patterns are worth trying on a reply: a speed-up only, never a change in what matches.

Every pattern runs at a word start (the engine wraps it in `WORD_START`), so its match begins
with the first word of the text at that point. `first_keys(regex)` works out, from the
pattern's own source, every way that first word can begin: its first three letters, or the
whole word when it is shorter ("dr", "u"), or "$". A reply whose words begin in none of those
ways cannot match the pattern, and the pattern is not even compiled for it.

The analysis reads the regex source with a small parser of its own (the subset the rule
tables use: literals, escapes, classes, groups, lookarounds, alternation, repeats); anything
it does not follow gives `None`, "always try this pattern". It runs when the rule tables
change, not at start-up: `python -m guardrails.prefilter --write` stores the keys in
`data/prefilter_index.json`, each with a hash of its regex, and a pattern whose regex no
longer matches its hash is simply always tried (a test says to re-run the command).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

INDEX_PATH = Path(__file__).resolve().parent / "data" / "prefilter_index.json"
KEY_LENGTH = 3
_MAX_STATES = 5000
_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
# A match starts at a word start: not after a letter, digit or "$"; at a letter, digit or "$".
WORD_START = r"(?<![a-z0-9$])(?=[a-z0-9$])"


class _Unknown(Exception):
    """Syntax the analysis does not follow: the pattern is always tried."""


# --- a parser for the regex subset of the rule tables --------------------------------------
# Nodes: ("chars", frozenset) one character from a set; ("zero", kind) a zero-width item
# ("boundary", "end" or "other"); ("alt", [sequence, ...]); ("repeat", sequence, low, high).

_ESCAPE_CLASSES = {
    "d": frozenset("0123456789"),
    "s": frozenset(" \t\n\r\f\v"),
}


class _Parser:
    def __init__(self, source: str) -> None:
        self.src = source
        self.pos = 0

    def parse(self) -> list:
        sequence = self._alternation()
        if self.pos != len(self.src):
            raise _Unknown(f"unexpected {self.src[self.pos]!r}")
        return sequence

    def _peek(self) -> str:
        return self.src[self.pos] if self.pos < len(self.src) else ""

    def _alternation(self) -> list:
        branches = [self._sequence()]
        while self._peek() == "|":
            self.pos += 1
            branches.append(self._sequence())
        return branches[0] if len(branches) == 1 else [("alt", branches)]

    def _sequence(self) -> list:
        items: list = []
        while self.pos < len(self.src) and self._peek() not in "|)":
            atom = self._atom()
            items.append(self._quantified(atom))
        return items

    def _quantified(self, atom: tuple) -> tuple:
        ch = self._peek()
        low = high = None
        if ch in ("?", "*", "+"):
            self.pos += 1
            low, high = {"?": (0, 1), "*": (0, None), "+": (1, None)}[ch]
        elif ch == "{":
            m = re.compile(r"\{(\d*)(,?)(\d*)\}").match(self.src, self.pos)
            if not m:
                return atom  # a literal "{"
            self.pos = m.end()
            low = int(m.group(1) or 0)
            high = low if not m.group(2) else (int(m.group(3)) if m.group(3) else None)
        else:
            return atom
        if self._peek() in ("?", "+"):
            self.pos += 1  # lazy or possessive: the same strings
        return ("repeat", [atom], low, high)

    def _atom(self) -> tuple:
        ch = self._peek()
        self.pos += 1
        if ch == "(":
            return self._group()
        if ch == "[":
            return ("chars", self._class())
        if ch == "\\":
            return self._escape(in_class=False)
        if ch == ".":
            raise _Unknown("any character")
        if ch == "^":
            return ("zero", "other")
        if ch == "$":
            return ("zero", "end")
        return ("chars", frozenset(ch))

    def _group(self) -> tuple:
        src = self.src
        if src.startswith("?:", self.pos):
            self.pos += 2
        elif src.startswith("?P<", self.pos):
            self.pos = src.index(">", self.pos) + 1
        elif src.startswith(("?=", "?!", "?<=", "?<!"), self.pos):
            self._skip_group()  # a lookaround consumes nothing: only its extent matters
            return ("zero", "other")
        elif src.startswith("?", self.pos):
            raise _Unknown("group flags")
        body = self._alternation()
        self._close()
        return ("alt", [body])

    def _skip_group(self) -> None:
        depth, in_class = 1, False
        while self.pos < len(self.src):
            ch = self.src[self.pos]
            self.pos += 1
            if ch == "\\":
                self.pos += 1
            elif in_class:
                in_class = ch != "]"
            elif ch == "[":
                in_class = True
                if self._peek() == "]":
                    self.pos += 1
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    return
        raise _Unknown("unbalanced group")

    def _close(self) -> None:
        if self._peek() != ")":
            raise _Unknown("unbalanced group")
        self.pos += 1

    def _escape(self, in_class: bool) -> tuple:
        ch = self._peek()
        self.pos += 1
        if ch in _ESCAPE_CLASSES:
            return ("chars", _ESCAPE_CLASSES[ch])
        if ch == "b" and not in_class:
            return ("zero", "boundary")
        if ch in "BAZ" and not in_class:
            return ("zero", "other")
        if ch.isalnum():
            raise _Unknown(f"escape \\{ch}")  # \w, \S, \D, group references...
        return ("chars", frozenset(ch))

    def _class(self) -> frozenset[str]:
        if self._peek() == "^":
            raise _Unknown("negated class")
        chars: set[str] = set()
        first = True
        while True:
            ch = self._peek()
            if not ch:
                raise _Unknown("unterminated class")
            if ch == "]" and not first:
                self.pos += 1
                return frozenset(chars)
            first = False
            self.pos += 1
            if ch == "\\":
                _kind, found = self._escape(in_class=True)
                chars |= found
                continue
            if self._peek() == "-" and self.src[self.pos + 1 : self.pos + 2] not in ("]", ""):
                self.pos += 1
                end = self._peek()
                self.pos += 1
                if end == "\\":
                    end = self._peek()
                    self.pos += 1
                if ord(end) - ord(ch) > 200:
                    raise _Unknown("wide range")
                chars.update(chr(c) for c in range(ord(ch), ord(end) + 1))
                continue
            chars.add(ch)


# --- what a match can begin with ----------------------------------------------------------
# A state is the part of the first word read so far ("yo"); a result is a finished key: the
# first KEY_LENGTH letters, a whole shorter word, or "$".


def _run(items: list, states: set[str], results: set[str]) -> set[str]:
    for item in items:
        if not states:
            break
        states = _step(item, states, results)
        if len(states) > _MAX_STATES or len(results) > _MAX_STATES:
            raise _Unknown("too many beginnings")
    return states


def _step(item: tuple, states: set[str], results: set[str]) -> set[str]:
    kind = item[0]
    if kind == "chars":
        out: set[str] = set()
        for state in states:
            for ch in item[1]:
                if ch in _TOKEN_CHARS:
                    grown = state + ch
                    if len(grown) >= KEY_LENGTH:
                        results.add(grown)
                    else:
                        out.add(grown)
                else:
                    _finish(state, ch, results)
        return out
    if kind == "zero":
        if item[1] in ("boundary", "end"):
            # After a letter, a boundary (or the end) closes the word; before one it is free.
            for state in states:
                if state:
                    results.add(state)
            return {s for s in states if not s} if item[1] == "boundary" else set()
        return states
    if kind == "alt":
        out = set()
        for branch in item[1]:
            out |= _run(branch, set(states), results)
        return out
    if kind == "repeat":
        _kind, body, low, high = item
        current = set(states)
        for _ in range(low):
            current = _run(body, current, results)
        total = set(current)
        extra = (KEY_LENGTH + 1) if high is None else min(high - low, KEY_LENGTH + 1)
        for _ in range(extra):
            current = _run(body, current, results)
            if current <= total:
                break
            total |= current
        return total
    raise _Unknown(kind)


def _finish(state: str, ch: str, results: set[str]) -> None:
    if state:
        results.add(state)  # a whole word shorter than KEY_LENGTH
    elif ch == "$":
        results.add("$")
    else:
        raise _Unknown(f"a match can begin with {ch!r}")


def first_keys(regex: str) -> frozenset[str] | None:
    """Every key (see the module docstring) the first word of a match can have, or None when
    that is not known: then the pattern is always tried."""
    try:
        results: set[str] = set()
        left = _run(_Parser(regex).parse(), {""}, results)
    except (_Unknown, IndexError, ValueError):
        return None
    if left:
        return None  # a match can end (or stay empty) before its first word is known
    return frozenset(results)


def text_keys(words: Iterable[str], text: str) -> frozenset[str]:
    """The keys a reply offers: each word's first KEY_LENGTH letters, and "$" if present."""
    keys = {w[:KEY_LENGTH] for w in words}
    if "$" in text:
        keys.add("$")
    return frozenset(keys)


# --- the stored index -----------------------------------------------------------------------


def regex_hash(regex: str) -> str:
    return hashlib.sha1(regex.encode("utf-8")).hexdigest()[:16]


def build_index(patterns: Iterable[tuple[str, str]]) -> dict[str, dict]:
    """name -> {"hash", "keys"} for (name, regex) pairs."""
    index = {}
    for name, regex in patterns:
        keys = first_keys(regex)
        index[name] = {"hash": regex_hash(regex),
                       "keys": None if keys is None else sorted(keys)}
    return index


@lru_cache(maxsize=1)
def stored_index() -> dict[str, dict]:
    try:
        return json.loads(INDEX_PATH.read_text(encoding="utf-8"))["patterns"]
    except (OSError, ValueError, KeyError):
        return {}


def keys_for(name: str, regex: str) -> frozenset[str] | None:
    """The stored keys of a pattern, or None (always try it) when its regex has changed."""
    entry = stored_index().get(name)
    if entry is None or entry["hash"] != regex_hash(regex) or entry["keys"] is None:
        return None
    return frozenset(entry["keys"])


def all_patterns() -> list[tuple[str, str]]:
    from guardrails.rules import all_tables

    return [(p.name, p.regex) for _language, _table, patterns in all_tables() for p in patterns]


def write_index() -> Path:
    data = {"comment": "generated by `python -m guardrails.prefilter --write`; do not edit",
            "patterns": build_index(all_patterns())}
    INDEX_PATH.write_text(json.dumps(data, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return INDEX_PATH


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        raise SystemExit("usage: python -m guardrails.prefilter --write")
    print(f"wrote {write_index()}")
