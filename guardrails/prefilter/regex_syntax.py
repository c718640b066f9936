"""The regex source of a rule-table pattern as nodes, read by a small parser of the subset the
tables use (literals, escapes, classes, groups, lookarounds, alternation, repeats). Anything
it does not follow raises `UnknownSyntax`: the pattern is then always tried."""

from __future__ import annotations

import re

TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
# Characters a match may have to follow ("(?<=@)" of a social handle): a reply's places
# right after one are found with `str.find`, so such a branch needs no first word.
MARKS = frozenset("@#")


class UnknownSyntax(Exception):
    """Syntax the analysis does not follow: the pattern is always tried."""


# --- a parser for the regex subset of the rule tables --------------------------------------
# Nodes: ("chars", frozenset) one character from a set; ("zero", kind) a zero-width item
# ("boundary", "start", "end" or "other"), ("zero", "after", marks) right after one of
# `marks`; ("alt", [sequence, ...]); ("repeat", sequence, low, high); ("look", sequence) a
# lookahead, which the walks pass over like a zero-width item unless it ends the pattern
# (`text_after`).

# The walks below tell characters apart only as letters and digits (`TOKEN_CHARS`), the
# space, "$" and the rest; `_OTHER` stands for the rest in a class too wide to list.
_OTHER = "\x00"
DIGITS = frozenset("0123456789")
_ANY = frozenset(TOKEN_CHARS | {" ", "$", _OTHER})
_ESCAPE_CLASSES = {
    "d": DIGITS,
    "D": _ANY - DIGITS,
    "s": frozenset(" \t\n\r\f\v"),
    "S": _ANY - {" "},
    "w": frozenset(TOKEN_CHARS | {"_", _OTHER}),
    "W": frozenset({" ", "$", _OTHER}),
}


class Parser:
    def __init__(self, source: str) -> None:
        self.src = source
        self.pos = 0

    def parse(self) -> list:
        sequence = self._alternation()
        if self.pos != len(self.src):
            raise UnknownSyntax(f"unexpected {self.src[self.pos]!r}")
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
            return ("chars", _ANY)
        if ch == "^":
            return ("zero", "start")
        if ch == "$":
            return ("zero", "end")
        return ("chars", frozenset(ch))

    def _group(self) -> tuple:
        src = self.src
        if src.startswith("?:", self.pos):
            self.pos += 2
        elif src.startswith("?P<", self.pos):
            self.pos = src.index(">", self.pos) + 1
        elif src.startswith("?=", self.pos):
            return self._lookahead()
        elif src.startswith("?<=", self.pos):
            return self._lookbehind()
        elif src.startswith(("?!", "?<!"), self.pos):
            self._skip_group()  # a lookaround consumes nothing: only its extent matters
            return ("zero", "other")
        elif src.startswith("?", self.pos):
            raise UnknownSyntax("group flags")
        body = self._alternation()
        self._close()
        return ("alt", [body])

    def _lookahead(self) -> tuple:
        """("look", sequence): text that must follow (see `text_after`)."""
        start = self.pos
        self.pos += 2
        try:
            body = self._alternation()
            self._close()
        except UnknownSyntax:
            self.pos = start
            self._skip_group()
            return ("zero", "other")
        return ("look", body)

    def _lookbehind(self) -> tuple:
        """("zero", "start") when what must come before ends with a character that is no
        letter or digit (so a word may start here); ("zero", "after", marks) when it is one
        of a few `MARKS` ("(?<=@)": a match begins right after an "@"); else ("zero",
        "other")."""
        start = self.pos
        self.pos += 3
        try:
            body = self._alternation()
            self._close()
            before, empty = tail(body)
        except UnknownSyntax:
            self.pos = start
            self._skip_group()
            return ("zero", "other")
        if before and not empty and before <= MARKS:
            return ("zero", "after", before)
        if before and not empty and before.isdisjoint(TOKEN_CHARS):
            return ("zero", "start")
        return ("zero", "other")

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
        raise UnknownSyntax("unbalanced group")

    def _close(self) -> None:
        if self._peek() != ")":
            raise UnknownSyntax("unbalanced group")
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
            raise UnknownSyntax(f"escape \\{ch}")  # \w, \S, \D, group references...
        return ("chars", frozenset(ch))

    def _class(self) -> frozenset[str]:
        if self._peek() == "^":
            self.pos += 1
            # Every character but those listed; the rest of punctuation stays possible.
            return _ANY - (self._class() - {_OTHER})
        chars: set[str] = set()
        first = True
        while True:
            ch = self._peek()
            if not ch:
                raise UnknownSyntax("unterminated class")
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
                    raise UnknownSyntax("wide range")
                chars.update(chr(c) for c in range(ord(ch), ord(end) + 1))
                continue
            chars.add(ch)



def tail(items: list) -> tuple[frozenset[str], bool]:
    """The characters a sequence can end with, and whether it can match nothing."""
    chars: set[str] = set()
    for item in reversed(items):
        kind = item[0]
        if kind in ("zero", "look"):
            continue
        if kind == "chars":
            return frozenset(chars | item[1]), False
        if kind == "alt":
            ends = [tail(branch) for branch in item[1]]
        else:  # repeat
            body_end = tail(item[1])
            ends = [body_end, (frozenset(), True)] if item[2] == 0 else [body_end]
        for end_chars, _empty in ends:
            chars |= end_chars
        if not any(empty for _chars, empty in ends):
            return frozenset(chars), False
    return frozenset(chars), True



def text_after(items: list) -> list:
    """A pattern ending in a lookahead, read on as if the lookahead's text were matched:
    the keys and anchors say what the TEXT holds, and that text follows the match ("the 10
    (?= ran late)" holds "ran")."""
    while items and items[-1][0] == "look":
        items = items[:-1] + items[-1][1]
    return items


