"""The named pattern tables (`guardrails/rules/`) run over one reply.

Every pattern is a regex tried at word starts; what it finds is exactly what
`regex.finditer(text)` finds at the word starts outside a phone number or email. Trying
every pattern at every word start would cost a Python-level call per pattern per word, so a
pattern is tried only where `prefilter` says one of its branches can match: at the words
offering one of the branch's first keys, when the reply holds one of the branch's anchor
words (`data/prefilter_index.txt`).

The per-language lookups are built once, with every branch a bit of an integer: first-word
key -> the branches it starts, anchor key -> the branches anchored on it. A reply then costs
a few set operations in C, one pass over its words with a bit test where a key is present,
and a regex call where a pattern can really match. A pattern is compiled the first time a
reply could match it, so start-up compiles nothing.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, lru_cache, reduce
from operator import or_
from typing import TYPE_CHECKING

from guardrails.prefilter import SECOND_LENGTH, WORD_START, branches_for, word_keys
from guardrails.rules import TABLE_RULES, Pattern, table

if TYPE_CHECKING:
    from guardrails.document import Doc

WARNING_RULES = frozenset({"argumentative-tone"})


_MAX_WORDS = 200_000  # words remembered per table (a reply's vocabulary is bounded)


@dataclass(frozen=True)
class Entry:
    """A pattern of a table and the rule it reports."""

    pattern: Pattern
    rule: str
    severity: str


class Table:
    """Every pattern of one language, its branches indexed by the keys of `prefilter`."""

    def __init__(self, language: str) -> None:
        entries: list[Entry] = []
        owner: list[int] = []  # branch bit -> pattern index
        first: dict[str, tuple[int, dict[str, int]]] = {}
        anchors: dict[str, int] = {}
        always: list[int] = []
        unanchored = unkeyed = 0
        for name, rule in TABLE_RULES.items():
            severity = "warn" if rule in WARNING_RULES else "block"
            for pattern in table(language, name):
                index = len(entries)
                entries.append(Entry(pattern, rule, severity))
                pattern_branches = branches_for(pattern.name, pattern.regex)
                if pattern_branches is None:
                    always.append(index)
                    continue
                for branch in pattern_branches:
                    bit = 1 << len(owner)
                    owner.append(index)
                    if branch.keys is None:
                        unkeyed |= bit
                    for key in branch.keys or ():
                        word, _, second = key.partition(" ")
                        alone, by_second = first.get(word, (0, {}))
                        if second:
                            by_second[second] = by_second.get(second, 0) | bit
                        else:
                            alone |= bit
                        first[word] = (alone, by_second)
                    if branch.anchor is None:
                        unanchored |= bit
                    for key in branch.anchor or ():
                        anchors[key] = anchors.get(key, 0) | bit
        self.entries = tuple(entries)
        self.owner = tuple(owner)
        # first-word key -> (branches it starts alone, second word's letters -> branches)
        self.first = first
        self.anchors = anchors  # anchor key -> the branches every match of which holds it
        self.unanchored = unanchored
        self.unkeyed = unkeyed  # branches whose beginning is not known: every match
        self.always = tuple(always)  # patterns not analysed (regex changed): every match
        self._regexes: list[re.Pattern[str] | None] = [None] * len(entries)
        # What each word seen in a reply means to this table, worked out the first time it
        # is seen (a word is a word, whatever reply holds it): the branches it starts, alone
        # and by the next word's first letters; the branches anchored on it; both.
        self.starts_of: dict[str, tuple[int, dict[str, int] | None]] = {}
        self.anchors_of: dict[str, int] = {}
        self.may_start_of: dict[str, int] = {}

    def learn(self, words: list[str]) -> None:
        """Work out what each of `words` (new words of a reply) means to this table from
        its `word_keys`."""
        if len(self.starts_of) + len(words) > _MAX_WORDS:  # a bounded memory: start again
            self.starts_of.clear()
            self.anchors_of.clear()
            self.may_start_of.clear()
        for word in words:
            self._learn(word)

    def _learn(self, word: str) -> None:
        starts = anchors = 0
        by_second: dict[str, int] = {}
        for key in word_keys(word):
            entry = self.first.get(key)
            if entry is not None:
                starts |= entry[0]
                for second, bits in entry[1].items():
                    by_second[second] = by_second.get(second, 0) | bits
            anchors |= self.anchors.get(key, 0)
        self.starts_of[word] = (starts, by_second or None)
        self.anchors_of[word] = anchors
        self.may_start_of[word] = reduce(or_, by_second.values(), starts)

    def regex(self, index: int) -> re.Pattern[str]:
        regex = self._regexes[index]
        if regex is None:
            regex = self._regexes[index] = compiled(self.entries[index].pattern.regex)
        return regex


@lru_cache(maxsize=4)
def language_table(language: str) -> Table:
    return Table(language)


@cache
def compiled(regex: str) -> re.Pattern[str]:
    """A table pattern as the engine runs it: anchored at a word start."""
    return re.compile(f"{WORD_START}(?:{regex})")


@dataclass(frozen=True)
class ReplyWords:
    """The words of one reply the patterns may start at (not inside a contact), shared by
    the tables of every language."""

    text: str
    words: list[str]
    starts: list[int]
    skipped: frozenset[int]  # indexes of words inside a phone number or email
    unique: frozenset[str]  # every word
    kept: frozenset[str]  # every word not skipped

    @classmethod
    def of(cls, doc: Doc) -> ReplyWords:
        words, starts = doc.columns
        skipped: set[int] = set()
        for start, end in doc.contact_spans:  # a word that begins inside a contact
            skipped.update(range(bisect.bisect_left(starts, start),
                                 bisect.bisect_left(starts, end)))
        unique = frozenset(words)
        kept = unique if not skipped else frozenset(
            w for i, w in enumerate(words) if i not in skipped)
        return cls(doc.text, words, starts, frozenset(skipped), unique, kept)

    def candidates(self, rules: Table) -> dict[int, list[int]]:
        """Pattern index -> the word starts (ascending) where it may match; [] for a
        pattern to run over the whole text."""
        starts_of = rules.starts_of
        new = [w for w in self.unique if w not in starts_of]
        if new:
            rules.learn(new)
        allowed = reduce(or_, map(rules.anchors_of.__getitem__, self.kept), rules.unanchored)
        may_start = rules.may_start_of
        hot = {w for w in self.unique if may_start[w] & allowed}
        found: dict[int, list[int]] = {index: [] for index in rules.always}
        text, words, starts, skipped = self.text, self.words, self.starts, self.skipped
        owner, last = rules.owner, len(words) - 1
        for i, text_word in enumerate(words):
            if text_word not in hot or i in skipped:
                continue
            branches, by_second = starts_of[text_word]
            pos = starts[i]
            if by_second and i < last and i + 1 not in skipped:
                end = pos + len(text_word)  # the next word follows after one space?
                if starts[i + 1] == end + 1 and text[end] == " ":
                    branches |= by_second.get(words[i + 1][:SECOND_LENGTH], 0)
            branches &= allowed
            while branches:
                bit = branches & -branches
                branches ^= bit
                positions = found.setdefault(owner[bit.bit_length() - 1], [])
                if not positions or positions[-1] != pos:
                    positions.append(pos)
        first = rules.first
        if "$" in self.text and "$" in first:
            dollars = [i for i, ch in enumerate(self.text) if ch == "$"]
            branches = first["$"][0] & allowed
            while branches:
                bit = branches & -branches
                branches ^= bit
                index = owner[bit.bit_length() - 1]
                found[index] = sorted({*found.get(index, ()), *dollars})
        branches = rules.unkeyed & allowed
        while branches:  # a branch that may begin anywhere: the whole text
            bit = branches & -branches
            branches ^= bit
            found[owner[bit.bit_length() - 1]] = []
        return found


def matches(regex: re.Pattern[str], text: str, positions: list[int]) -> list[re.Match[str]]:
    """`regex.finditer(text)`, trying only `positions` (ascending: every match of a pattern
    with known keys starts at one of them); no positions: every match in the text."""
    if not positions:
        return list(regex.finditer(text))
    found, last_end, match = [], 0, regex.match
    for pos in positions:
        if pos >= last_end and (m := match(text, pos)) is not None:
            last_end = m.end()
            found.append(m)
    return found


def occurrences(text: str, needle: str) -> list[int]:
    """Where `needle` occurs in `text` (overlapping ones too), found by `str.find` in C."""
    found, at = [], text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1)
    return found
