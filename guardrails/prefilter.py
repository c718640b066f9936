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
`data/prefilter_index.txt`, each with a hash of its regex, and a pattern whose regex no
longer matches its hash is simply always tried (a test says to re-run the command).
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

INDEX_PATH = Path(__file__).resolve().parent / "data" / "prefilter_index.txt"
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
# A state is (phase, first word so far, second word so far): phase 1 reads the first word,
# "1e" has seen it end, 2 reads the second word after one space. A result is a key: the first
# word's first KEY_LENGTH letters (or the whole word when shorter), optionally followed by a
# space and the second word's first SECOND_LENGTH letters ("you vi"), or "$".
SECOND_LENGTH = 2
_WIDE = 8  # a second word that may begin with more letters than this is not worth keying

State = tuple[str, str, str]


def first_key(word: str) -> str:
    return word[:KEY_LENGTH]


def _run(items: list, states: set[State], results: set[str], two_words: bool) -> set[State]:
    for item in items:
        if not states:
            break
        states = _step(item, states, results, two_words)
        if len(states) > _MAX_STATES or len(results) > _MAX_STATES:
            raise _Unknown("too many beginnings")
    return states


def _one_word(first: str, results: set[str]) -> None:
    results.add(first_key(first))


def _step(item: tuple, states: set[State], results: set[str], two_words: bool) -> set[State]:
    kind = item[0]
    if kind == "chars":
        chars = item[1]
        wide = sum(1 for ch in chars if ch in _TOKEN_CHARS) > _WIDE
        out: set[State] = set()
        for phase, first, second in states:
            if phase == "2" and wide:
                _one_word(first, results)  # any second word: the first word is the key
                continue
            for ch in chars:
                token = ch in _TOKEN_CHARS
                if phase == "1":
                    if token:
                        # Past KEY_LENGTH letters only "the word goes on" matters ("12m+").
                        grown = first if first.endswith("+") else first + ch
                        out.add(("1", grown if len(grown) <= KEY_LENGTH
                                 else grown[:KEY_LENGTH] + "+", ""))
                    elif not first:
                        if ch == "$":
                            results.add("$")
                        # else: no match begins with punctuation (WORD_START): no key
                    elif ch == " " and two_words:
                        out.add(("2", first, ""))
                    else:
                        _one_word(first, results)
                elif phase == "1e":
                    if token:
                        continue  # a boundary cannot be followed by a letter
                    if ch == " " and two_words:
                        out.add(("2", first, ""))
                    else:
                        _one_word(first, results)
                elif token:
                    grown = second + ch
                    if len(grown) >= SECOND_LENGTH:
                        results.add(f"{first_key(first)} {grown}")
                    else:
                        out.add(("2", first, grown))
                elif second:
                    results.add(f"{first_key(first)} {second}")  # a short second word
                else:
                    _one_word(first, results)
        return out
    if kind == "zero":
        out = set()
        for phase, first, second in states:
            if item[1] == "other" or (phase == "1" and not first) or (phase == "2" and not second):
                if item[1] == "end" and first:
                    _one_word(first, results)
                    continue
                out.add((phase, first, second))
            elif phase == "1":
                out.add(("1e", first, ""))
                if item[1] == "end":
                    out.discard(("1e", first, ""))
                    _one_word(first, results)
            elif phase == "1e":
                out.add((phase, first, second))
            else:
                results.add(f"{first_key(first)} {second}")
        return out
    if kind == "alt":
        out = set()
        for branch in item[1]:
            out |= _run(branch, set(states), results, two_words)
        return out
    if kind == "repeat":
        _kind, body, low, high = item
        current = set(states)
        for _ in range(low):
            current = _run(body, current, results, two_words)
        total = set(current)
        limit = 40 if high is None else min(high - low, 40)
        for _ in range(limit):
            current = _run(body, current, results, two_words)
            if current <= total:
                break
            total |= current
        return total
    raise _Unknown(kind)


def first_keys(regex: str) -> frozenset[str] | None:
    """Every key (see above) the beginning of a match can have, or None when that is not
    known: then the pattern is always tried. Two-word keys where they are few enough,
    else first-word keys."""
    for two_words in (True, False):
        try:
            return _keys(regex, two_words)
        except _Unknown:
            continue
        except (IndexError, ValueError):
            break
    return None


def _keys(regex: str, two_words: bool) -> frozenset[str] | None:
    results: set[str] = set()
    left = _run(_Parser(regex).parse(), {("1", "", "")}, results, two_words)
    for phase, first, _second in left:
        # The match may end here: what was read so far is all that is known of it.
        if phase == "1" and len(first) < KEY_LENGTH:
            return None  # "dr" may go on as "drive": too little to key on
        _one_word(first, results)
    return frozenset(results)


# --- what a match must end with -------------------------------------------------------------
# The same walk over the pattern reversed gives its last word: a pattern such as "your ...
# visit" can only match a reply that has one of its last words, wherever it is.
_LONGEST_WORD = 24


def _reversed(items: list) -> list:
    out = []
    for item in reversed(items):
        if item[0] == "alt":
            item = ("alt", [_reversed(branch) for branch in item[1]])
        elif item[0] == "repeat":
            item = ("repeat", _reversed(item[1]), item[2], item[3])
        elif item[0] == "zero" and item[1] == "end":
            item = ("zero", "other")
        out.append(item)
    return out


def _walk_back(items: list, states: set[str], words: set[str]) -> set[str]:
    """States are the last word read backwards so far; `words` collects finished ones."""
    for item in items:
        if not states:
            break
        kind = item[0]
        if kind == "chars":
            grown: set[str] = set()
            for state in states:
                for ch in item[1]:
                    if ch in _TOKEN_CHARS:
                        if len(state) >= _LONGEST_WORD:
                            raise _Unknown("a very long last word")
                        grown.add(state + ch)
                    elif state:
                        words.add(state)  # the word began after this character
                    else:
                        grown.add(state)  # punctuation after the last word
            states = grown
        elif kind == "zero":
            if item[1] == "boundary":
                words.update(s for s in states if s)
                states = {s for s in states if not s}
        elif kind == "alt":
            states = set().union(*(_walk_back(b, set(states), words) for b in item[1]))
        else:  # repeat
            _kind, body, low, high = item
            current = set(states)
            for _ in range(low):
                current = _walk_back(body, current, words)
            total = set(current)
            for _ in range(40 if high is None else min(high - low, 40)):
                current = _walk_back(body, current, words)
                if current <= total:
                    break
                total |= current
            states = total
        if len(states) > _MAX_STATES or len(words) > _MAX_STATES:
            raise _Unknown("too many endings")
    return states


def last_keys(regex: str) -> frozenset[str] | None:
    """The first-word keys of every word a match can END with (its last word starts a word
    of the reply), or None when that is not known."""
    try:
        words: set[str] = set()
        left = _walk_back(_reversed(_Parser(regex).parse()), {""}, words)
    except (_Unknown, IndexError, ValueError):
        return None
    if "" in left:
        return None  # a match may hold no word at all
    words |= left  # the match is one word, which starts it
    return frozenset(first_key(word[::-1]) for word in words)


def text_keys(doc_tokens: list[tuple[int, int, str]], text: str) -> dict[str, list[int]]:
    """Key -> the word starts offering it: each word's first-word key, and the two-word key
    with the next word when one space separates them; "$" where a dollar sign is."""
    starts: dict[str, list[int]] = {}
    previous: tuple[int, int, str] | None = None
    for token in doc_tokens:
        start, _end, word = token
        starts.setdefault(word[:KEY_LENGTH], []).append(start)
        if previous is not None and previous[1] + 1 == start and text[previous[1]] == " ":
            key = f"{previous[2][:KEY_LENGTH]} {word[:SECOND_LENGTH]}"
            starts.setdefault(key, []).append(previous[0])
        previous = token
    if "$" in text:
        starts["$"] = [i for i, ch in enumerate(text) if ch == "$"]
    return starts


# --- the stored index -----------------------------------------------------------------------


def regex_hash(regex: str) -> str:
    return hashlib.sha1(regex.encode("utf-8")).hexdigest()[:16]


def build_index(patterns: Iterable[tuple[str, str]]) -> dict[str, dict]:
    """name -> {"hash", "keys"} for (name, regex) pairs."""
    index = {}
    for name, regex in patterns:
        keys, last = first_keys(regex), last_keys(regex)
        index[name] = {"hash": regex_hash(regex),
                       "keys": None if keys is None else sorted(keys),
                       "last": None if last is None else sorted(last)}
    return index


@lru_cache(maxsize=1)
def stored_index() -> dict[str, dict]:
    """name -> {"hash", "keys"} from the index file: one pattern a line, name, regex hash and
    keys separated by tabs, the keys by "|" ("-" when the pattern is always tried)."""
    index: dict[str, dict] = {}
    try:
        lines = INDEX_PATH.read_text(encoding="utf-8").splitlines()
    except OSError:
        return index
    for line in lines:
        if line.startswith("#") or line.count("\t") != 3:
            continue
        name, digest, keys, last = line.split("\t")
        index[name] = {"hash": digest, "keys": None if keys == "-" else sorted(keys.split("|")),
                       "last": None if last == "-" else sorted(last.split("|"))}
    return index


def keys_for(name: str, regex: str, which: str = "keys") -> frozenset[str] | None:
    """The stored keys of a pattern ("keys": how it begins, "last": its last word's), or None
    (no shortcut) when they are not known or its regex has changed."""
    entry = stored_index().get(name)
    if entry is None or entry["hash"] != regex_hash(regex) or entry[which] is None:
        return None
    return frozenset(entry[which])


def all_patterns() -> list[tuple[str, str]]:
    from guardrails.rules import all_tables

    return [(p.name, p.regex) for _language, _table, patterns in all_tables() for p in patterns]


def write_index() -> Path:
    lines = ["# Generated by `python -m guardrails.prefilter --write`; do not edit.",
             "# pattern name<TAB>regex hash<TAB>first keys<TAB>last-word keys, each list "
             "separated by | (- : not known)"]
    for name, entry in build_index(all_patterns()).items():
        keys, last = ("-" if entry[k] is None else "|".join(entry[k]) for k in ("keys", "last"))
        lines.append(f"{name}\t{entry['hash']}\t{keys}\t{last}")
    INDEX_PATH.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return INDEX_PATH


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        raise SystemExit("usage: python -m guardrails.prefilter --write")
    print(f"wrote {write_index()}")
