"""Which patterns are worth trying on a reply: a speed-up only, never a change in what matches.

Every pattern runs at a word start (the engine wraps it in `WORD_START`). From each pattern's
own source this module works out, once, when the rule tables change:

- **branches**: a pattern that is an alternation of whole sentences ("A|B|C") is looked at
  branch by branch, so one branch's first word is never combined with another's last word;
- **first keys** of each branch: every way the first word of a match can look: the word
  itself ("your", "dr"), or its first three letters and "~" when it may go on ("vis~"), or
  either followed by the next word's first two letters ("your vi"), or "$";
- an **anchor** of each branch: one word every match must contain, the least common one
  the branch offers (its last word, or a word after a space in the middle, judged by the
  frequency lists in `data/<lang>/common_words.txt`): "we ... (saw|treated) you" is anchored
  on "saw"/"treated", not on "we" or "you".

The engine then tries a branch only at the words offering one of its first keys, and only
when the reply holds one of its anchor words (`patterns.py`).

The analysis reads the regex source with a small parser of its own (the subset the rule
tables use: literals, escapes, classes, groups, lookarounds, alternation, repeats); anything
it does not follow gives `None`, "always try this pattern" (or "no anchor"). It runs when the
rule tables change, not at start-up: `python -m guardrails.prefilter --write` stores the
result in `data/prefilter_index.txt`, each pattern with a hash of its regex, and a pattern
whose regex no longer matches its hash is simply always tried (a test says to re-run the
command).
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

INDEX_PATH = Path(__file__).resolve().parent / "data" / "prefilter_index.txt"
COMMON_WORDS = Path(__file__).resolve().parent / "data" / "{language}" / "common_words.txt"
KEY_LENGTH = 3
_MAX_STATES = 5000
_MAX_BRANCHES = 64
_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
# A match starts at a word start: not after a letter, digit or "$"; at a letter, digit or "$".
WORD_START = r"(?<![a-z0-9$])(?=[a-z0-9$])"


class _Unknown(Exception):
    """Syntax the analysis does not follow: the pattern is always tried."""


# --- a parser for the regex subset of the rule tables --------------------------------------
# Nodes: ("chars", frozenset) one character from a set; ("zero", kind) a zero-width item
# ("boundary", "start", "end" or "other"); ("alt", [sequence, ...]); ("repeat", sequence, low,
# high);
# ("look", sequence) a lookahead, which the walks pass over like a zero-width item unless it
# ends the pattern (`_text_after`).

# The walks below tell characters apart only as letters and digits (`_TOKEN_CHARS`), the
# space, "$" and the rest; `_OTHER` stands for the rest in a class too wide to list.
_OTHER = "\x00"
_DIGITS = frozenset("0123456789")
_ANY = frozenset(_TOKEN_CHARS | {" ", "$", _OTHER})
_ESCAPE_CLASSES = {
    "d": _DIGITS,
    "D": _ANY - _DIGITS,
    "s": frozenset(" \t\n\r\f\v"),
    "S": _ANY - {" "},
    "w": frozenset(_TOKEN_CHARS | {"_", _OTHER}),
    "W": frozenset({" ", "$", _OTHER}),
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
            raise _Unknown("group flags")
        body = self._alternation()
        self._close()
        return ("alt", [body])

    def _lookahead(self) -> tuple:
        """("look", sequence): text that must follow (see `_text_after`)."""
        start = self.pos
        self.pos += 2
        try:
            body = self._alternation()
            self._close()
        except _Unknown:
            self.pos = start
            self._skip_group()
            return ("zero", "other")
        return ("look", body)

    def _lookbehind(self) -> tuple:
        """("zero", "start") when what must come before ends with a character that is no
        letter or digit (so a word may start here), else ("zero", "other")."""
        start = self.pos
        self.pos += 3
        try:
            body = self._alternation()
            self._close()
            before, empty = _tail(body)
        except _Unknown:
            self.pos = start
            self._skip_group()
            return ("zero", "other")
        if before and not empty and before.isdisjoint(_TOKEN_CHARS):
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
            self.pos += 1
            # Every character but those listed; the rest of punctuation stays possible.
            return _ANY - (self._class() - {_OTHER})
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
# "1e" has seen it end, 2 reads the second word after one space. A result is a key:
# - the first word itself ("your", "dr") when the walk saw all of it;
# - "abc~": a first word that begins with "abc" and goes on (or the walk stopped following
#   it: past the first `width` letters only "the word goes on" is kept);
# - either of those, a space or an apostrophe and the second word's first SECOND_LENGTH
#   letters ("your vi", "rec~ vi", "we're"), or the whole second word when shorter ("you a",
#   "we'd");
# - "$".
SECOND_LENGTH = 2
# What may join a first word to the second in a two-word key: "your vi", "we'd" ("we" "'d").
SEPARATORS = " '"
_WIDE = 10  # a second word that may begin with more characters than this (a letter) is not keyed
_PREFIX = "~"  # marks a key that is the first KEY_LENGTH letters of a longer word
_LONGEST_WORD = 40

State = tuple[str, str, str]


def first_key(word: str) -> str:
    """The key of a first word as the walk read it ("word", or "wor+" cut short)."""
    if word.endswith("+"):
        return word[:KEY_LENGTH] + _PREFIX
    return word


# Keys do not tell digits apart ("12 da", "9 da" -> "00 da", "0 da"): dates, times and doses
# would otherwise need tens of thousands of keys. `key_text` is how a reply's word is keyed.
_ZEROS = str.maketrans("123456789", "000000000")


def key_text(word: str) -> str:
    """A word (or the first letters of one) as keys spell it: every digit a "0"."""
    return word.translate(_ZEROS) if word < "a" or not word.isalpha() else word


def split_key(key: str) -> tuple[str, str]:
    """A key's first word and what follows it (its separator and second word, or "")."""
    for at, ch in enumerate(key):
        if ch in SEPARATORS:
            return key[:at], key[at:]
    return key, ""


def word_keys(word: str) -> tuple[str, ...]:
    """The keys a word of a reply offers: itself, and its first letters and "~"."""
    word = key_text(word)
    if len(word) >= KEY_LENGTH:
        return word, word[:KEY_LENGTH] + _PREFIX
    return (word,)


@lru_cache(maxsize=1024)
def _keyed(chars: frozenset[str]) -> frozenset[str]:
    """A character class as keys see it: digits as "0"."""
    return frozenset("0" if ch in _DIGITS else ch for ch in chars)


class _Walk:
    """One walk over a pattern: `width` letters of the first word are followed (KEY_LENGTH
    for prefix keys, _LONGEST_WORD for whole words), `two_words` also keys the second."""

    def __init__(self, width: int, two_words: bool, strict: bool = False) -> None:
        self.width = width
        self.two_words = two_words
        self.strict = strict  # a match may begin with any character: only letters are keyed
        self.results: set[str] = set()

    def run(self, items: list, states: set[State]) -> set[State]:
        for item in items:
            if not states:
                break
            states = self.step(item, states)
            if len(states) > _MAX_STATES or len(self.results) > _MAX_STATES:
                raise _Unknown("too many beginnings")
        return states

    def one_word(self, first: str) -> None:
        self.results.add(first_key(first))

    def two_word(self, first: str, second: str) -> None:
        self.results.add(f"{first_key(first)}{second}")  # `second` opens with its separator

    def grow(self, first: str, ch: str) -> str:
        if first.endswith("+"):
            return first
        grown = first + ch
        return grown if len(grown) <= self.width else grown[: self.width] + "+"

    def step(self, item: tuple, states: set[State]) -> set[State]:
        kind = item[0]
        if kind == "chars":
            return self.chars(item[1], states)
        if kind == "zero":
            return self.zero(item[1], states)
        if kind == "look":
            return self.zero("other", states)
        if kind == "alt":
            out: set[State] = set()
            for branch in item[1]:
                out |= self.run(branch, set(states))
            return out
        if kind == "repeat":
            _kind, body, low, high = item
            current = set(states)
            for _ in range(low):
                current = self.run(body, current)
            total = set(current)
            limit = 40 if high is None else min(high - low, 40)
            for _ in range(limit):
                current = self.run(body, current)
                if current <= total:
                    break
                total |= current
            return total
        raise _Unknown(kind)

    def chars(self, chars: frozenset[str], states: set[State]) -> set[State]:
        wide = sum(1 for ch in chars if ch in _TOKEN_CHARS) > _WIDE
        out: set[State] = set()
        for phase, first, second in states:
            if phase == "2" and wide:
                self.one_word(first)  # any second word: the first word is the key
                continue
            for ch in _keyed(chars):
                token = ch in _TOKEN_CHARS
                if phase == "1":
                    if token:
                        out.add(("1", self.grow(first, ch), ""))
                    elif not first:
                        if self.strict:
                            raise _Unknown("a match may begin with a character not keyed")
                        if ch == "$":
                            self.results.add("$")
                        # else: no match begins with punctuation (WORD_START): no key
                    elif ch in SEPARATORS and self.two_words:
                        out.add(("2", first, ch))
                    else:
                        self.one_word(first)
                elif phase == "1e":
                    if token:
                        continue  # a boundary cannot be followed by a letter
                    if ch in SEPARATORS and self.two_words:
                        out.add(("2", first, ch))
                    else:
                        self.one_word(first)
                elif token:
                    grown = second + ch
                    if len(grown) > SECOND_LENGTH:  # the separator and SECOND_LENGTH letters
                        self.two_word(first, grown)
                    else:
                        out.add(("2", first, grown))
                elif len(second) > 1:
                    self.two_word(first, second)  # a short second word
                else:
                    self.one_word(first)
        return out

    def zero(self, kind: str, states: set[State]) -> set[State]:
        out: set[State] = set()
        for phase, first, second in states:
            if kind in ("other", "start") or (phase == "1" and not first) or (
                    phase == "2" and len(second) < 2):
                if kind == "end" and first:
                    self.one_word(first)
                    continue
                out.add((phase, first, second))
            elif phase == "1":
                if kind == "end":
                    self.one_word(first)
                else:
                    out.add(("1e", first, ""))
            elif phase == "1e":
                out.add((phase, first, second))
            else:
                self.two_word(first, second)
        return out


def first_keys(regex: str) -> frozenset[str] | None:
    """Every key (see above) the beginning of a match can have, or None when that is not
    known: then the pattern is always tried."""
    try:
        return _first_keys(_text_after(_Parser(regex).parse()))
    except (_Unknown, IndexError, ValueError):
        return None


def _first_keys(items: list) -> frozenset[str] | None:
    """Whole first words where the walk can follow them, else their first letters; two-word
    keys where they are few enough."""
    for width in (_LONGEST_WORD, KEY_LENGTH):
        for two_words in (True, False):
            try:
                return _keys(items, width, two_words)
            except _Unknown:
                continue
    return None


def word_start_keys(regex: str) -> frozenset[str] | None:
    """`first_keys` of a regex that is searched anywhere rather than run at word starts:
    known only when every branch begins at a word boundary or the start of the text, and
    with a letter or digit (so at the start of a word of the text), else None."""
    try:
        found: set[str] = set()
        for branch in _opening_alternatives(branches(_Parser(regex).parse())):
            zero = 0
            while zero < len(branch) and branch[zero] in (("zero", "boundary"),
                                                          ("zero", "start")):
                zero += 1
            if not zero:
                return None  # the match may begin inside a word
            keys = None
            for width in (_LONGEST_WORD, KEY_LENGTH):
                try:
                    keys = _keys(branch[zero:], width, two_words=False, strict=True)
                    break
                except _Unknown:
                    continue
            if keys is None:
                return None
            found |= keys
        return frozenset(found)
    except (_Unknown, IndexError, ValueError):
        return None


def _opening_alternatives(sequences: list[list]) -> list[list]:
    """Each sequence opening with an alternation of zero-width items ("(?:^|(?<=[.!?] ))")
    as one sequence an alternative."""
    out = []
    for items in sequences:
        if items and items[0][0] == "alt" and all(_zero_width(a) for a in items[0][1]):
            out += _opening_alternatives([a + items[1:] for a in items[0][1]])
        else:
            out.append(items)
    return out


def _zero_width(items: list) -> bool:
    return all(item[0] == "zero" or (item[0] == "alt" and all(map(_zero_width, item[1])))
               for item in items)


def _keys(items: list, width: int, two_words: bool,
          strict: bool = False) -> frozenset[str] | None:
    walk = _Walk(width, two_words, strict)
    left = walk.run(items, {("1", "", "")})
    for phase, first, _second in left:
        # The match may end here: what was read so far is all that is known of it, and a
        # first word may go on ("visit" matches the start of "visits").
        if phase == "1":
            if len(first.rstrip("+")) < KEY_LENGTH:
                return None  # "dr" may go on as "drive": too little to key on
            walk.results.add(first[:KEY_LENGTH] + _PREFIX)
        else:
            walk.one_word(first)
    return frozenset(walk.results)


# --- what a match must end with -------------------------------------------------------------
# The same walk over the pattern reversed gives its last word: a pattern such as "your ...
# visit" can only match a reply that has one of its last words, wherever it is.


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
    """States are the last word read backwards so far, after "." when the walk saw the word
    end (a boundary or a character that is not a letter follows it); `words` collects
    finished ones."""
    for item in items:
        if not states:
            break
        kind = item[0]
        if kind == "chars":
            grown: set[str] = set()
            for state in states:
                read = state.lstrip(".")
                for ch in _keyed(item[1]):
                    if ch in _TOKEN_CHARS:
                        if len(read) >= _LONGEST_WORD:
                            raise _Unknown("a very long last word")
                        grown.add(state + ch)
                    elif read:
                        words.add(state)  # the word began after this character
                    else:
                        grown.add(".")  # punctuation after the last word: it ends there
            states = grown
        elif kind == "zero":
            if item[1] == "boundary":
                words.update(s for s in states if s.lstrip("."))
                states = {"." for s in states if not s.lstrip(".")}
        elif kind == "look":
            continue
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
    """The keys (`word_keys`) of every word a match can END with, or None when that is not
    known: the word itself when the pattern says where it ends ("visit\\b"), else its first
    letters and "~" ("visit" may be the start of "visits")."""
    try:
        return _last_keys(_text_after(_Parser(regex).parse()))
    except (_Unknown, IndexError, ValueError):
        return None


def _last_keys(items: list) -> frozenset[str] | None:
    try:
        words: set[str] = set()
        left = _walk_back(_reversed(items), {""}, words)
    except _Unknown:
        return None
    words |= left  # the match is one word, which starts it
    keys = set()
    for state in words:
        word = state.lstrip(".")[::-1]
        if not word:
            return None  # a match may hold no word at all
        if state.startswith("."):
            keys.add(word)
        elif len(word) >= KEY_LENGTH:
            keys.add(word[:KEY_LENGTH] + _PREFIX)
        else:
            return None  # a short last word that may go on: too little to key on
    return frozenset(keys)


# --- branches and anchors -------------------------------------------------------------------


def _text_after(items: list) -> list:
    """A pattern ending in a lookahead, read on as if the lookahead's text were matched:
    the keys and anchors say what the TEXT holds, and that text follows the match ("the 10
    (?= ran late)" holds "ran")."""
    while items and items[-1][0] == "look":
        items = items[:-1] + items[-1][1]
    return items



def branches(items: list) -> list[list]:
    """A sequence that is one alternation (lookarounds and boundaries around it apply to
    every branch) as one sequence a branch, recursively; at most _MAX_BRANCHES."""
    lead = 0
    while lead < len(items) and items[lead][0] in ("zero", "look"):
        lead += 1
    trail = len(items)
    while trail > lead and items[trail - 1][0] in ("zero", "look"):
        trail -= 1
    if trail - lead == 1 and items[lead][0] == "alt":
        out: list[list] = []
        for branch in items[lead][1]:
            out += branches(items[:lead] + branch + items[trail:])
        if len(out) <= _MAX_BRANCHES:
            return out
    return [items]


def _tail(items: list) -> tuple[frozenset[str], bool]:
    """The characters a sequence can end with, and whether it can match nothing."""
    chars: set[str] = set()
    for item in reversed(items):
        kind = item[0]
        if kind in ("zero", "look"):
            continue
        if kind == "chars":
            return frozenset(chars | item[1]), False
        if kind == "alt":
            ends = [_tail(branch) for branch in item[1]]
        else:  # repeat
            body_end = _tail(item[1])
            ends = [body_end, (frozenset(), True)] if item[2] == 0 else [body_end]
        for end_chars, _empty in ends:
            chars |= end_chars
        if not any(empty for _chars, empty in ends):
            return frozenset(chars), False
    return frozenset(chars), True


def _slots(items: list) -> list[frozenset[str]]:
    """The keys of every word a match must hold after its first: its last word, and each
    word that starts right after a space or other separator in the middle of the sequence
    (the first word of what follows it)."""
    found = []
    last = _last_keys(items)
    if last is not None:
        found.append(last)
    for j in range(1, len(items)):
        before, _empty = _tail(items[:j])
        if not before or not before.isdisjoint(_TOKEN_CHARS):
            continue  # the first word (known already), or what precedes may be a letter
        try:
            keys = _keys(items[j:], _LONGEST_WORD, two_words=False)
        except _Unknown:
            continue
        if keys and "$" not in keys:
            found.append(keys)
    return found


@lru_cache(maxsize=1)
def _word_shares() -> tuple[dict[str, float], dict[str, float]]:
    """How common each word is (1 / (rank + 10) in the most common of the English and
    Spanish frequency lists), and the same summed by first letters ("vis~")."""
    shares: dict[str, float] = {}
    for language in ("en", "es"):
        path = Path(str(COMMON_WORDS).format(language=language))
        for rank, word in enumerate(path.read_text(encoding="utf-8").split()):
            shares[word] = max(shares.get(word, 0.0), 1.0 / (rank + 10))
    prefixes: dict[str, float] = {}
    for word, share in shares.items():
        if len(word) >= KEY_LENGTH:
            key = word[:KEY_LENGTH] + _PREFIX
            prefixes[key] = prefixes.get(key, 0.0) + share
    return shares, prefixes


def commonness(keys: Iterable[str]) -> float:
    """About how often a reply holds one of `keys` (lower: a better anchor)."""
    shares, prefixes = _word_shares()
    rare = 1.0 / 50_000
    return sum((prefixes if key.endswith(_PREFIX) else shares).get(key, rare) for key in keys)


ANCHORS = 2  # anchors kept a branch: the reply must hold a word of each


class Branch(NamedTuple):
    """How one branch of a pattern can begin (None: not known, always try the pattern) and
    its anchors, least common first: each the keys of a word every match holds (none known:
    no anchor)."""

    keys: frozenset[str] | None
    anchors: tuple[frozenset[str], ...] = ()


def _best_anchors(slots: set[frozenset[str]]) -> tuple[frozenset[str], ...]:
    """The least common slots, each sharing no word with those before it (a second anchor
    made of the same words would filter nothing more)."""
    chosen: list[frozenset[str]] = []
    for slot in sorted(slots, key=lambda s: (commonness(s), len(s), sorted(s))):
        if len(chosen) < ANCHORS and all(slot.isdisjoint(other) for other in chosen):
            chosen.append(slot)
    return tuple(chosen)


def analyse(regex: str) -> tuple[Branch, ...]:
    """The branches of a pattern, each with its first keys and its anchor."""
    try:
        items = _Parser(regex).parse()
    except (_Unknown, IndexError, ValueError):
        return (Branch(None),)
    out = []
    for branch in branches(items):
        branch = _text_after(branch)
        try:
            keys = _first_keys(branch)
            slots = set(_slots(branch))
        except (IndexError, ValueError):
            keys, slots = None, set()
        out.append(Branch(keys, _best_anchors(slots)))
    return tuple(out)


# --- the stored index -----------------------------------------------------------------------


def regex_hash(regex: str) -> str:
    return hashlib.sha1(regex.encode("utf-8")).hexdigest()[:16]


def build_index(patterns: Iterable[tuple[str, str]]) -> dict[str, dict]:
    """name -> {"hash", "branches": [Branch, ...]} for (name, regex) pairs."""
    return {name: {"hash": regex_hash(regex), "branches": list(analyse(regex))}
            for name, regex in patterns}


def _keys_text(keys: frozenset[str] | None) -> str:
    return "-" if keys is None else "|".join(sorted(keys))


def _keys_read(text: str) -> frozenset[str] | None:
    return None if text == "-" else frozenset(text.split("|"))


def _anchors_text(anchors: tuple[frozenset[str], ...]) -> str:
    return ";".join(_keys_text(anchor) for anchor in anchors) or "-"


def _anchors_read(text: str) -> tuple[frozenset[str], ...]:
    return () if text == "-" else tuple(frozenset(a.split("|")) for a in text.split(";"))


@lru_cache(maxsize=1)
def stored_index() -> dict[str, dict]:
    """The index file as `build_index` returns it: one branch a line, pattern name, regex
    hash, first keys and anchors separated by tabs, the anchors by ";", the keys of each by
    "|" ("-": not known)."""
    index: dict[str, dict] = {}
    try:
        lines = INDEX_PATH.read_text(encoding="utf-8").splitlines()
    except OSError:
        return index
    for line in lines:
        if line.startswith("#") or line.count("\t") != 3:
            continue
        name, digest, keys, anchor = line.split("\t")
        entry = index.setdefault(name, {"hash": digest, "branches": []})
        entry["branches"].append(Branch(_keys_read(keys), _anchors_read(anchor)))
    return index


def branches_for(name: str, regex: str) -> tuple[Branch, ...] | None:
    """The stored branches of a pattern, or None (no shortcut: always try it) when they are
    not known or its regex has changed."""
    entry = stored_index().get(name)
    if entry is None or entry["hash"] != regex_hash(regex):
        return None
    return tuple(entry["branches"])


def all_patterns() -> list[tuple[str, str]]:
    from guardrails.rules import all_tables

    return [(p.name, p.regex) for _language, _table, patterns in all_tables() for p in patterns]


def write_index() -> Path:
    lines = ["# Generated by `python -m guardrails.prefilter --write`; do not edit.",
             "# pattern name<TAB>regex hash<TAB>first keys<TAB>anchors, one branch a line; "
             "anchors separated by ;, keys by | (- : not known)"]
    for name, entry in build_index(all_patterns()).items():
        for branch in entry["branches"]:
            lines.append(f"{name}\t{entry['hash']}\t{_keys_text(branch.keys)}\t"
                         f"{_anchors_text(branch.anchors)}")
    INDEX_PATH.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return INDEX_PATH


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        raise SystemExit("usage: python -m guardrails.prefilter --write")
    print(f"wrote {write_index()}")
