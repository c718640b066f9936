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
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache, reduce
from itertools import chain, compress, repeat
from operator import and_, or_
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from guardrails import prebuilt
from guardrails.prefilter.keys import (
    AFTER,
    ANCHORS,
    KEY_LENGTH,
    SECOND_LENGTH,
    SEPARATORS,
    WORD_START,
    key_text,
    split_key,
    word_keys,
)
from guardrails.rules import LANGUAGES, TABLE_RULES, Pattern, table

if TYPE_CHECKING:
    from guardrails.document import Doc

WARNING_RULES = frozenset({"argumentative-tone"})


_MAX_WORDS = 200_000  # words remembered per table (a reply's vocabulary is bounded)


class WordMemo:
    """What each word seen in a reply means to one table, worked out the first time it is
    seen (a word is a word, whatever reply holds it): the branches it starts, alone and by the
    next word's first letters; the branches anchored on it; both. The sets let a reply pick
    its words that matter with set operations in C. A reply reads one memo throughout (the
    table swaps in a new one when full), and a word joins `seen` only once learnt in full, so
    threads checking replies at once never see half a word."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.starters: set[str] = set()  # words that start a branch
        self.anchoring: set[str] = set()  # words that are an anchor of a branch
        self.starts_of: dict[str, tuple[int, dict[str, int] | None]] = {}
        self.anchors_of: dict[str, int] = {}  # packed: see `Table.anchors`
        self.may_start_of: dict[str, int] = {}


@dataclass(frozen=True)
class Entry:
    """A pattern of a table and the rule it reports."""

    pattern: Pattern
    rule: str
    severity: str


def table_source(entries: Iterable[Entry]) -> str:
    """What a table's branch index is built from: each pattern's rule, name and regex."""
    return "\n".join(f"{e.rule}\t{e.pattern.name}\t{e.pattern.regex}" for e in entries)


# A set of branches is stored as the positions of its bits ("3,17"), and a first-word key as
# its branches alone, then each second word's with it ("3,17| v:5| vi:5,9"): some forty
# thousand small strings load far quicker than as many big integers and dictionaries, and
# a key is decoded only when a word of a reply offers it (`Table._learn`).
def encode_bits(mask: int) -> str:
    return ",".join(map(str, _bits(mask)))


def decode_bits(encoded: str) -> int:
    return sum(1 << int(bit) for bit in encoded.split(",")) if encoded else 0


def encode_starts(alone: int, by_second: dict[str, int]) -> str:
    return "|".join([encode_bits(alone), *(f"{second}:{encode_bits(by_second[second])}"
                                           for second in sorted(by_second))])


def decode_starts(encoded: str) -> tuple[int, dict[str, int]]:
    """(the branches a first-word key starts alone, second word's letters -> branches)."""
    alone, *seconds = encoded.split("|")
    by_second = {}
    for item in seconds:
        second, bits = item.split(":")
        by_second[second] = decode_bits(bits)
    return decode_bits(alone), by_second


TableIndex = tuple[dict[str, str], dict[str, str], tuple[int, ...], tuple[int, ...], int, int,
                   tuple[int, ...]]


def branch_index(entries: tuple[Entry, ...]) -> TableIndex:
    """A table's lookups, from the stored prefilter index: (first-word key -> branches it
    starts, anchor key -> branches, branch -> its pattern, pattern -> its branches, the
    branches lacking an anchor, those whose beginning is not known, the patterns not
    analysed). Every branch is a bit; anchor k of branch b is bit k * width + b, so the
    anchors of a reply's words are ORed once for every anchor, not once an anchor."""
    from guardrails.prefilter.index import branches_for  # the analysis: not at start-up

    owner: list[int] = []  # branch bit -> pattern index
    first: dict[str, tuple[int, dict[str, int]]] = {}
    anchors: dict[str, int] = {}
    unanchored = 0
    always: list[int] = []
    unkeyed = 0
    pattern_bits: list[int] = []  # pattern index -> its branches
    branch_anchors: list[tuple[frozenset[str], ...]] = []  # branch -> its anchors
    for index, entry in enumerate(entries):
        pattern_bits.append(0)
        pattern_branches = branches_for(entry.pattern.name, entry.pattern.regex)
        if pattern_branches is None:
            always.append(index)
            continue
        for branch in pattern_branches:
            bit = 1 << len(owner)
            owner.append(index)
            pattern_bits[index] |= bit
            if branch.keys is None:
                unkeyed |= bit
            for key in branch.keys or ():
                word, second = split_key(key)
                alone, by_second = first.get(word, (0, {}))
                if second:
                    by_second[second] = by_second.get(second, 0) | bit
                else:
                    alone |= bit
                first[word] = (alone, by_second)
            branch_anchors.append(branch.anchors)
    width = len(owner)
    for number, branch_anchor in enumerate(branch_anchors):
        for k in range(ANCHORS):  # a missing anchor lets the branch pass
            bit = 1 << (k * width + number)
            if k >= len(branch_anchor):
                unanchored |= bit
            for key in branch_anchor[k] if k < len(branch_anchor) else ():
                anchors[key] = anchors.get(key, 0) | bit
    # Sorted: keys come from sets, whose order changes from one process to the next, and the
    # stored file must not.
    return ({key: encode_starts(*first[key]) for key in sorted(first)},
            {key: encode_bits(anchors[key]) for key in sorted(anchors)},
            tuple(owner), tuple(pattern_bits), unanchored, unkeyed, tuple(always))


def table_entries(language: str) -> tuple[Entry, ...]:
    """Every pattern of `language`'s tables, in table order, with the rule it reports."""
    entries: list[Entry] = []
    for name, rule in TABLE_RULES.items():
        severity = "warn" if rule in WARNING_RULES else "block"
        entries.extend(Entry(pattern, rule, severity) for pattern in table(language, name))
    return tuple(entries)


def write_prebuilt_tables() -> list[Path]:
    """Store every language's branch index (`prebuilt`), built from the prefilter index."""
    return [prebuilt.write(f"table_{language}", table_source(entries), branch_index(entries))
            for language in LANGUAGES for entries in [table_entries(language)]]


class Table:
    """Every pattern of one language, its branches indexed by the keys of `prefilter`."""

    def __init__(self, language: str) -> None:
        self.entries = entries = table_entries(language)
        index = prebuilt.load(f"table_{language}", table_source(self.entries))
        if index is None:  # a rule changed since the index was prebuilt: work it out
            index = branch_index(self.entries)
        first, anchors, owner, pattern_bits, unanchored, unkeyed, always = index
        self.owner = owner
        self.width = width = len(owner)
        self.every_branch = (1 << width) - 1
        self.pattern_bits = pattern_bits
        # branch bit -> every branch but those of its pattern: once a pattern is tried at a
        # word (or skipped there), its other branches starting there are dropped at once
        self.other_patterns = tuple(~pattern_bits[index] for index in owner)
        # first-word key -> the branches it starts alone and, after a separator, with the
        # second word's first letters (`encode_starts`: decoded the first time a word of a
        # reply offers the key)
        self.first = first
        # For each anchor of a branch (the least common first), packed as `branch_index`
        # says: anchor key -> the branches every match of which holds it (`encode_bits`);
        # the branches without that anchor.
        self.anchors = anchors
        self.unanchored = unanchored
        self.unkeyed = unkeyed  # branches whose beginning is not known: every match
        # (key, the character it names, where a match begins from it, the branches it
        # starts): "$" itself, or right after a mark ("^@")
        self.marks = tuple((key, key[-1], 0 if key == "$" else 1, decode_starts(first[key])[0])
                           for key in first if key == "$" or key.startswith(AFTER))
        self.always = always  # patterns not analysed (regex changed): every match
        self.regexes: list[re.Pattern[str] | None] = [None] * len(entries)
        self.memo = WordMemo()

    def learn(self, words: Iterable[str]) -> WordMemo:
        """Work out what each of `words` (new words of a reply) means to this table from
        its `word_keys`; the memo that now holds them (a new one when the old was full)."""
        words = list(words)
        memo = self.memo
        if len(memo.seen) + len(words) > _MAX_WORDS:  # a bounded memory: start again
            memo = self.memo = WordMemo()
        for word in words:
            self._learn(word, memo)
        return memo

    def _learn(self, word: str, memo: WordMemo) -> None:
        starts = anchors = 0
        by_second: dict[str, int] = {}
        for key in word_keys(word):
            encoded = self.first.get(key)
            if encoded is not None:
                alone, seconds = decode_starts(encoded)
                starts |= alone
                for second, bits in seconds.items():
                    by_second[second] = by_second.get(second, 0) | bits
            if (encoded := self.anchors.get(key)) is not None:
                anchors |= decode_bits(encoded)
        may_start = reduce(or_, by_second.values(), starts)
        if may_start:
            memo.starts_of[word] = (starts, by_second or None)
            memo.may_start_of[word] = may_start
            memo.starters.add(word)
        if anchors:
            memo.anchors_of[word] = anchors
            memo.anchoring.add(word)
        memo.seen.add(word)  # last: a word seen by another thread is learnt in full

    def regex(self, index: int) -> re.Pattern[str]:
        regex = self.regexes[index]
        if regex is None:
            regex = self.regexes[index] = compiled(self.entries[index].pattern.regex)
        return regex


@lru_cache(maxsize=4)
def language_table(language: str) -> Table:
    return Table(language)


@cache
def compiled(regex: str) -> re.Pattern[str]:
    """A table pattern as the engine runs it: anchored at a word start."""
    return re.compile(f"{WORD_START}(?:{regex})")


class ReplyWords(NamedTuple):
    """The words of one reply the patterns may start at (not inside a contact), shared by
    the tables of every language (a named tuple: made once a check, quicker than a frozen
    dataclass)."""

    text: str
    words: list[str]
    starts: list[int]
    skipped: frozenset[int]  # indexes of words inside a phone number or email
    unique: frozenset[str]  # every word
    kept: frozenset[str]  # every word not skipped

    @classmethod
    def of(cls, doc: Doc) -> ReplyWords:
        words, starts = doc.columns
        unique = doc.word_set
        if not doc.contact_spans:
            return cls(doc.text, words, starts, frozenset(), unique, unique)
        # Words that begin inside a contact: a run of words a contact.
        skipped = frozenset(chain.from_iterable(
            range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))
            for start, end in doc.contact_spans))
        # A word is kept unless every occurrence of it is inside a contact (counted with
        # list.count for the few words of a phone or two, with Counter when there are many).
        inside = [words[i] for i in skipped]
        distinct = set(inside)
        if len(distinct) > 8:
            inside_count, everywhere = Counter(inside), Counter(words)
            gone = {word for word, count in inside_count.items() if everywhere[word] == count}
        else:
            gone = {word for word in distinct if words.count(word) == inside.count(word)}
        return cls(doc.text, words, starts, skipped, unique, unique - gone)

    def find(self, rules: Table) -> dict[int, list[re.Match[str]]]:
        """Pattern index -> its matches, exactly those of `regex.finditer(text)` that begin
        at a word outside a contact, for every pattern of `rules` that matches."""
        memo = rules.memo
        new = self.unique - memo.seen
        if new:
            memo = rules.learn(new)
        # Every branch, less those an anchor of which the reply lacks.
        anchored = reduce(or_, map(memo.anchors_of.__getitem__, self.kept & memo.anchoring),
                          rules.unanchored)
        allowed = anchored & rules.every_branch
        for k in range(1, ANCHORS):
            allowed &= anchored >> (k * rules.width)
        text, owner = self.text, rules.owner
        # Patterns run over the whole text: not analysed, or a branch that may begin
        # anywhere.
        whole = {*rules.always, *(owner[b] for b in _bits(rules.unkeyed & allowed))}
        for index in whole:
            allowed &= ~rules.pattern_bits[index]
        # Patterns that may begin at a "$" or right after a mark ("^@"): tried at their
        # words and at those places (`marked`: pattern -> the places).
        marked: dict[int, set[int]] = {}
        for _key, mark, offset, mark_bits in rules.marks:
            if mark in text and (bits := mark_bits & allowed):
                places = {at + offset for at in occurrences(text, mark)}
                for b in _bits(bits):
                    marked.setdefault(owner[b], set()).update(places)
        found: dict[int, list[re.Match[str]]] = {}
        at_words: dict[int, list[int]] = {index: [] for index in marked}
        next_try = [0] * len(rules.entries)  # pattern -> the first position it may match at
        may_start, starts_of, regexes = memo.may_start_of, memo.starts_of, rules.regexes
        other_patterns = rules.other_patterns
        # The words that may begin an allowed branch, picked in C.
        starters = [*self.unique & memo.starters]
        hot = set(compress(starters, map(and_, map(may_start.__getitem__, starters),
                                         repeat(allowed))))
        words, starts, skipped = self.words, self.starts, self.skipped
        last = len(words) - 1
        # The words that may begin a branch, picked in C (`compress` over `hot` lookups).
        for i in compress(range(len(words)), map(hot.__contains__, words)):
            if i in skipped:
                continue
            word = words[i]
            branches, by_second = starts_of[word]
            pos = starts[i]
            if by_second and i < last and i + 1 not in skipped:
                end = pos + len(word)  # the next word follows one space or apostrophe?
                if starts[i + 1] == end + 1 and (separator := text[end]) in SEPARATORS:
                    second = words[i + 1][:SECOND_LENGTH]
                    if second < "a" or not second.isalpha():
                        second = key_text(second)
                    branches |= by_second.get(separator + second, 0)
            branches &= allowed
            while branches:  # each pattern that may begin here, by its lowest branch
                branch = (branches & -branches).bit_length() - 1
                branches &= other_patterns[branch]
                index = owner[branch]
                if pos < next_try[index]:
                    continue  # inside its last match
                if at_words and index in at_words:
                    at_words[index].append(pos)
                    next_try[index] = pos + 1
                    continue
                m = (regexes[index] or rules.regex(index)).match(text, pos)
                if m is None:
                    next_try[index] = pos + 1
                else:
                    found.setdefault(index, []).append(m)
                    next_try[index] = max(m.end(), pos + 1)
        for index, positions in at_words.items():
            got = matches(rules.regex(index), text, sorted(marked[index].union(positions)))
            if got:
                found[index] = got
        for index in whole:
            got = list(rules.regex(index).finditer(text))
            if got:
                found[index] = got
        return found


def _bits(mask: int) -> Iterator[int]:
    """The positions of the bits set in `mask`, lowest first."""
    while mask:
        bit = mask & -mask
        mask ^= bit
        yield bit.bit_length() - 1


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


class WordGate:
    """The words a match of a regex can begin with (`prefilter.word_start_keys`): whole
    words, and first letters of longer ones; `digits`: some key holds a digit ("0"). Whether
    a word may begin a match is worked out the first time the word is seen (`WordMemo`'s
    rule: a word joins `seen` last, so threads checking at once never see half of it)."""

    def __init__(self, whole: frozenset[str], first_letters: frozenset[str],
                 digits: bool) -> None:
        self.whole = whole
        self.first_letters = first_letters
        self.digits = digits
        self._memo: tuple[set[str], set[str]] = (set(), set())  # (seen, admitted)

    def admits_word(self, word: str) -> bool:
        """A match may begin with `word` (decided from the keys, not remembered)."""
        key = key_text(word) if self.digits else word
        return key in self.whole or (
            bool(self.first_letters) and key[:KEY_LENGTH] in self.first_letters)

    def admitted(self, words: Iterable[str]) -> set[str]:
        """Every word seen so far that may begin a match, `words` among them: a word of
        `words` may begin a match when it is in this set."""
        if not self.digits and not self.first_letters:
            return self.whole  # a word may begin a match when it is one of them: no memo
        seen, admitted = self._memo
        if seen.issuperset(words):
            return admitted  # every word known: the common case, decided in C
        new = set(words) - seen
        if len(seen) + len(new) > _MAX_WORDS:  # a bounded memory: start again
            seen, admitted = self._memo = (set(), set())
            new = set(words)
        for word in new:
            if self.admits_word(word):
                admitted.add(word)
            seen.add(word)
        return admitted

    def admits(self, words: Collection[str]) -> bool:
        """Some word of `words` may begin a match."""
        if not self.digits:
            if not self.whole.isdisjoint(words):
                return True
            if not self.first_letters:
                return False
        return not self.admitted(words).isdisjoint(words)


@cache
def word_gate(regex: str) -> WordGate | None:
    """The `WordGate` of a regex searched anywhere, or None when a match may begin inside a
    word or with a character that is no letter or digit."""
    GATED.add(regex)
    keys = _stored_word_starts().get(regex, _NOT_STORED)
    if keys is _NOT_STORED:
        from guardrails.prefilter.regex_words import word_start_keys  # not at start-up

        keys = word_start_keys(regex)
    if keys is None:
        return None
    return WordGate(frozenset(k for k in keys if not k.endswith("~")),
                    frozenset(k[:KEY_LENGTH] for k in keys if k.endswith("~")),
                    any("0" in k for k in keys))


# Every regex `word_gate` was asked about in this process, and the replies
# `python -m guardrails.prefilter --write` checks to find those of a typical reply: their
# `word_start_keys` are stored (`prebuilt`), so a new process does not parse them.
GATED: set[str] = set()
GATE_SAMPLES = (
    "Gracias por sus comentarios. Thanks for taking the time to write! Please call us at "
    "(555) 014-2290.",
    "Hi there,\nThank you for your review. We're sorry to hear you were disappointed, and "
    "we'd welcome the chance to talk. Please call our office at (555) 014-2290.\n\nWarm "
    "regards, the Lakeside team",
    "Hola, Ana. Gracias por tomarse el tiempo de compartir su opinión. Lamentamos que no haya "
    "quedado satisfecha. Llámenos al (555) 014-2290.\n\nAtentamente, Maria",
    "Thanks, Bill! We're glad your crown healed well. See you at your next visit! Call us at "
    "(555) 014-2290.",
    "Dear reviewer, it's patients like you who make this job a joy. Dr. Patel enjoyed seeing "
    "you. Take 400 mg of ibuprofen every 6 hours. Call (555) 014-2290.",
    "Estimado/a: Que su hombro siga recuperándose con la terapia. Le esperamos en su próxima "
    "cita. Llámenos al (555) 014-2290.",
)
GATE_SAMPLE_CONTEXT = {"practice": {"name": "Lakeside Family Dental", "phone": "(555) 014-2290",
                                    "signoff_names": ["Maria"]},
                       "review": "Great dentist, my crown fits perfectly. Dr. Patel is the best!",
                       "reviewer_name": "Ana"}
WORD_STARTS_PART = "word_starts"
_NOT_STORED = object()


@lru_cache(maxsize=1)
def _stored_word_starts() -> dict[str, tuple[str, ...] | None]:
    # Each is keyed by its own regex: one edited since is not found, and is worked out.
    stored = prebuilt.stored(WORD_STARTS_PART)
    return stored[1] if stored is not None else {}


def sample_gated_regexes() -> list[str]:
    """The regexes `word_gate` is asked about while checking `GATE_SAMPLES` (in a process
    that has checked nothing else: other caches keep the gates they asked for)."""
    from guardrails.engine import check

    for reply in GATE_SAMPLES:
        check(reply, GATE_SAMPLE_CONTEXT)
    return sorted(GATED)


def write_prebuilt_word_starts() -> Path:
    from guardrails.prefilter.regex_words import word_start_keys

    stored = {}
    for regex in sample_gated_regexes():
        keys = word_start_keys(regex)
        stored[regex] = None if keys is None else tuple(sorted(keys))
    return prebuilt.write(WORD_STARTS_PART, "regex -> word_start_keys", stored)


def search_at_words(regex: re.Pattern[str], doc: Doc) -> list[re.Match[str]]:
    """`regex.finditer(doc.text)` for a regex every match of which begins at a word
    (`word_gate`): tried only at the words it can begin with (picked in C); a regex for
    which that is not known is run over the whole text."""
    gate = word_gate(regex.pattern)
    if gate is None:
        return list(regex.finditer(doc.text))
    words, starts = doc.columns
    admitted = gate.admitted(doc.word_set)
    if admitted.isdisjoint(doc.word_set):
        return []
    return matches(regex, doc.text, list(compress(starts, map(admitted.__contains__, words))))


def admits_words(regex: re.Pattern[str], words: Collection[str]) -> bool:
    """Some word of `words` may begin a match of `regex` (True when that is not known)."""
    gate = word_gate(regex.pattern)
    return gate is None or gate.admits(words)


def search_words(regex: re.Pattern[str], text: str,
                 words: list[str]) -> re.Match[str] | None:
    """`regex.search(text)`, where `words` are the words of `text`: None at once when no
    word of it can begin a match (`word_gate`)."""
    return regex.search(text) if admits_words(regex, words) else None


def search_at_word_starts(regex: re.Pattern[str], text: str, words: list[str],
                          starts: list[int], offset: int = 0) -> re.Match[str] | None:
    """`regex.search(text)`, where `words` are the words of `text` and `starts` where each
    begins (less `offset`: starts in a longer text `text` was cut from): tried only at the
    words it can begin with (`word_gate`), left to right, so the first match found is the
    leftmost one `search` finds (`match` at a position returns what `search` returns when it
    gets there). For a long alternation that the regex engine would try at every character;
    a regex whose first words are not known is searched."""
    gate = word_gate(regex.pattern)
    if gate is None:
        return regex.search(text)
    admitted = gate.admitted(words)
    if admitted.isdisjoint(words):
        return None
    match = regex.match
    for pos in compress(starts, map(admitted.__contains__, words)):
        if (m := match(text, pos - offset)) is not None:
            return m
    return None
