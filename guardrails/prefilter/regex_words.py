"""The words a match of a pattern can begin with (its first keys) and the words every match
must hold (its last word, a word after a space), read from the pattern's nodes
(`regex_syntax`) by walks over them."""

from __future__ import annotations

from functools import lru_cache

from guardrails.prefilter.keys import (
    AFTER,
    KEY_LENGTH,
    PREFIX,
    SECOND_LENGTH,
    SEPARATORS,
    WORD_START,
    key_text,
    split_key,
    word_keys,
)
from guardrails.prefilter.regex_syntax import (
    DIGITS,
    TOKEN_CHARS,
    Parser,
    UnknownSyntax,
    tail,
    text_after,
)

__all__ = ["AFTER", "KEY_LENGTH", "PREFIX", "SECOND_LENGTH", "SEPARATORS", "WORD_START",
           "branches", "first_keys", "first_keys_of", "key_text", "last_keys", "slots_of",
           "split_key", "word_keys", "word_start_keys"]

_MAX_STATES = 5000
_MAX_BRANCHES = 64


# --- what a match can begin with ----------------------------------------------------------
# A state is (phase, first word so far, second word so far): phase 1 reads the first word,
# "1e" has seen it end, 2 reads the second word after one space. A result is a key:
# - the first word itself ("your", "dr") when the walk saw all of it;
# - "abc~": a first word that begins with "abc" and goes on (or the walk stopped following
#   it: past the first `width` letters only "the word goes on" is kept);
# - either of those, a space or an apostrophe and the second word's first SECOND_LENGTH
#   letters ("your vi", "rec~ vi", "we're"), or the whole second word when shorter ("you a",
#   "we'd");
# - "$";
# - "^" and a mark ("^@"): the match begins right after that character (`MARKS`).
# (`keys` says the same: what the engine reads at run time is there.)
_WIDE = 10  # a second word that may begin with more characters than this (a letter) is not keyed
_LONGEST_WORD = 40

State = tuple[str, str, str]


def first_key(word: str) -> str:
    """The key of a first word as the walk read it ("word", or "wor+" cut short)."""
    if word.endswith("+"):
        return word[:KEY_LENGTH] + PREFIX
    return word


@lru_cache(maxsize=1024)
def _keyed(chars: frozenset[str]) -> frozenset[str]:
    """A character class as keys see it: digits as "0"."""
    return frozenset("0" if ch in DIGITS else ch for ch in chars)


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
                raise UnknownSyntax("too many beginnings")
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
            if item[1] == "after":
                return self.after(item[2], states)
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
        raise UnknownSyntax(kind)

    def chars(self, chars: frozenset[str], states: set[State]) -> set[State]:
        wide = sum(1 for ch in chars if ch in TOKEN_CHARS) > _WIDE
        out: set[State] = set()
        for phase, first, second in states:
            if phase == "2" and wide:
                self.one_word(first)  # any second word: the first word is the key
                continue
            for ch in _keyed(chars):
                token = ch in TOKEN_CHARS
                if phase == "1":
                    if token:
                        out.add(("1", self.grow(first, ch), ""))
                    elif not first:
                        if self.strict:
                            raise UnknownSyntax("a match may begin with a character not keyed")
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

    def after(self, marks: frozenset[str], states: set[State]) -> set[State]:
        """A match beginning right after one of `marks` ("(?<=@)"): its key is the mark
        ("^@"), and nothing after it need be read; anywhere else, a zero-width item."""
        if self.strict:
            return self.zero("start", states)
        out: set[State] = set()
        for phase, first, second in states:
            if phase == "1" and not first:
                self.results.update(AFTER + mark for mark in marks)
            else:
                out |= self.zero("start", {(phase, first, second)})
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
        return first_keys_of(text_after(Parser(regex).parse()))
    except (UnknownSyntax, IndexError, ValueError):
        return None


def first_keys_of(items: list) -> frozenset[str] | None:
    """Whole first words where the walk can follow them, else their first letters; two-word
    keys where they are few enough."""
    for width in (_LONGEST_WORD, KEY_LENGTH):
        for two_words in (True, False):
            try:
                return _keys(items, width, two_words)
            except UnknownSyntax:
                continue
    return None


def word_start_keys(regex: str) -> frozenset[str] | None:
    """`first_keys` of a regex that is searched anywhere rather than run at word starts:
    known only when every branch begins at a word boundary or the start of the text, and
    with a letter or digit (so at the start of a word of the text), else None."""
    try:
        found: set[str] = set()
        for branch in _opening_alternatives(branches(Parser(regex).parse())):
            zero = 0
            while zero < len(branch) and branch[zero][:2] in (("zero", "boundary"),
                                                              ("zero", "start"),
                                                              ("zero", "after")):
                zero += 1
            if not zero:
                return None  # the match may begin inside a word
            keys = None
            for width in (_LONGEST_WORD, KEY_LENGTH):
                try:
                    keys = _keys(branch[zero:], width, two_words=False, strict=True)
                    break
                except UnknownSyntax:
                    continue
            if keys is None:
                return None
            found |= keys
        return frozenset(found)
    except (UnknownSyntax, IndexError, ValueError):
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
            walk.results.add(first[:KEY_LENGTH] + PREFIX)
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
                    if ch in TOKEN_CHARS:
                        if len(read) >= _LONGEST_WORD:
                            raise UnknownSyntax("a very long last word")
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
            raise UnknownSyntax("too many endings")
    return states


def last_keys(regex: str) -> frozenset[str] | None:
    """The keys (`word_keys`) of every word a match can END with, or None when that is not
    known: the word itself when the pattern says where it ends ("visit\\b"), else its first
    letters and "~" ("visit" may be the start of "visits")."""
    try:
        return _last_keys(text_after(Parser(regex).parse()))
    except (UnknownSyntax, IndexError, ValueError):
        return None


def _last_keys(items: list) -> frozenset[str] | None:
    try:
        words: set[str] = set()
        left = _walk_back(_reversed(items), {""}, words)
    except UnknownSyntax:
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
            keys.add(word[:KEY_LENGTH] + PREFIX)
        else:
            return None  # a short last word that may go on: too little to key on
    return frozenset(keys)


# --- branches and the words they must hold --------------------------------------------------


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



def slots_of(items: list) -> list[frozenset[str]]:
    """The keys of every word a match must hold after its first: its last word, and each
    word that starts right after a space or other separator in the middle of the sequence
    (the first word of what follows it)."""
    found = []
    last = _last_keys(items)
    if last is not None:
        found.append(last)
    for j in range(1, len(items)):
        before, _empty = tail(items[:j])
        if not before or not before.isdisjoint(TOKEN_CHARS):
            continue  # the first word (known already), or what precedes may be a letter
        try:
            keys = _keys(items[j:], _LONGEST_WORD, two_words=False)
        except UnknownSyntax:
            continue
        if keys and "$" not in keys:
            found.append(keys)
    return found


