"""One reply as the rules see it (`Doc`: folded text, sentences, words) and the findings made
on it (`Findings`: each converted back to the ORIGINAL reply, `reply[start:end] == excerpt`)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from guardrails.lexicon import split_words, word_spans
from guardrails.normalize import LETTER_SYMBOLS, Normalized, normalize
from guardrails.verdict import Finding

MAX_FINDINGS_PER_RULE = 50
# Abbreviations whose full stop does not end a sentence ("Dr. Lowe").
_ABBREVIATIONS = frozenset(
    [
        "dr", "dra", "drs", "mr", "mrs", "ms", "sr", "sra", "srta", "st", "no", "vs", "etc", "jr",
        "inc", "co", "dept", "approx", "ext", "tel", "e.g", "i.e", "a.m", "p.m", "u.s",
    ]
)  # fmt: skip
# A run of [.!?;] before a space or the end, or one of "¿¡。", or " - " (which ends a clause
# too). The pattern opens with the class of every first character, so the regex engine
# skips to candidates in C; the lookbehinds then tell which alternative the character
# began.
_SENTENCE_END = re.compile(r"[.!?;¿¡。-](?:(?<=[.!?;])[.!?;]*(?: |$)|(?<=[¿¡。])|(?<= -) )")


def sentences(text: str) -> tuple[list[int], list[int]]:
    """Sentence starts and ends in folded text (a full stop after "Dr" ends nothing)."""
    starts, ends = [0], []
    for m in _SENTENCE_END.finditer(text):
        at, end = m.span()
        if text[at] == "." and (_word_before(text, at) in _ABBREVIATIONS or (
                text.startswith(" m.", at + 1) and _word_before(text, at) in ("a", "p"))):
            continue  # "Dr. Lee", "a las 7 p. m."
        ends.append(at)
        starts.append(end)
    ends.append(len(text))
    return starts, ends


def _word_before(text: str, pos: int) -> str:
    space = text.rfind(" ", max(0, pos - 12), pos)
    return text[space + 1 : pos] if space >= 0 else text[max(0, pos - 12) : pos]


@dataclass
class Doc:
    reply: str
    norm: Normalized
    text: str
    sentence_starts: list[int]
    sentence_ends: list[int]
    # Every rule reads the words: split once, as plain attributes (read dozens of times).
    columns: tuple[list[str], list[int]]  # (words, where each starts): see `split_words`
    words: list[str]  # the words of `text` (`TOKEN.findall`)
    word_set: frozenset[str]
    contact_spans: tuple[tuple[int, int], ...] = ()  # sorted phone/email spans (folded)
    sentence_language: dict[int, str] | None = None  # sentence start -> "en"/"es"/other
    truncated: bool = False  # only the first SCAN_LIMIT characters are checked
    _tokens: list[tuple[int, int, str]] | None = None
    _context_folds: dict[str, str] | None = None
    _sentences: list[tuple[int, int]] | None = None
    _sentence_words: list[tuple[int, int]] | None = None

    def fold_context(self, text: str) -> str:
        """`normalize(text).text` of a context string (the review), folded once per check:
        the lexicon and the names both read the review."""
        if self._context_folds is None:
            self._context_folds = {}
        folded = self._context_folds.get(text)
        if folded is None:
            folded = self._context_folds[text] = normalize(text).text
        return folded

    @classmethod
    def of(cls, reply: str, norm: Normalized) -> Doc:
        columns = split_words(norm.text)
        return cls(reply, norm, norm.text, *sentences(norm.text), columns, columns[0],
                   frozenset(columns[0]))

    @property
    def tokens(self) -> list[tuple[int, int, str]]:
        """(start, end, word) for every word (`lexicon.tokenize`)."""
        if self._tokens is None:
            self._tokens = word_spans(*self.columns)
        return self._tokens

    def window(self, pos: int, radius: int = 300) -> tuple[int, int]:
        """The sentence around `pos`, at most `radius` characters each side: context tests
        stay local, so a long reply without full stops is still checked in linear time."""
        start, end = self.sentence_of(pos)
        return max(start, pos - radius), min(end, pos + radius)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = max(bisect.bisect_right(self.sentence_starts, pos) - 1, 0)
        return self.sentence_starts[i], self.sentence_ends[i]

    def original(self, start: int, end: int) -> str:
        s, e = self.norm.to_original(start, end)
        return self.reply[s:e]

    def capitalised(self, pos: int) -> bool:
        """The folded character at `pos` was written as a capital letter (or a capital in a
        circle or a box, "🅝")."""
        first = self.original(pos, pos + 1)[:1]
        return first.isupper() or first in LETTER_SYMBOLS

    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) of every sentence with a character in it (worked out once)."""
        if self._sentences is None:
            self._sentences = [(a, b) for a, b in zip(self.sentence_starts, self.sentence_ends,
                                                       strict=True) if b > a]
        return self._sentences

    def sentence_words(self) -> list[tuple[int, int]]:
        """For each of `sentences()`, (first, last): its words are `words[first:last]` (no
        word crosses a sentence end). Cut once for the language judge, its scores and the
        structure rules."""
        if self._sentence_words is None:
            starts = self.columns[1]
            self._sentence_words = [(bisect.bisect_left(starts, start),
                                     bisect.bisect_left(starts, end))
                                    for start, end in self.sentences()]
        return self._sentence_words


class Spans:
    """Spans with O(log n) overlap tests (a long reply can hold thousands of phone numbers;
    a linear scan per test would be quadratic)."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._sorted = True

    def add(self, start: int, end: int) -> None:
        if self._spans and start < self._spans[-1][0]:
            self._sorted = False
        self._spans.append((start, end))
        self._starts.append(start)

    def spans(self) -> list[tuple[int, int]]:
        if not self._sorted:
            self._spans.sort()
            self._starts = [a for a, _ in self._spans]
            self._sorted = True
        return self._spans

    def overlaps(self, start: int, end: int) -> bool:
        if not self._spans:
            return False
        spans = self.spans()
        i = bisect.bisect_left(self._starts, end)
        return any(spans[k][1] > start for k in range(max(0, i - 3), i))

    def covers(self, start: int, end: int) -> bool:
        if not self._spans:
            return False
        spans = self.spans()
        i = bisect.bisect_right(self._starts, start)
        return any(spans[k][1] >= end for k in range(max(0, i - 3), i))


class Findings:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.items: list[Finding] = []
        self._by_rule: dict[str, list[Finding]] = {}
        self.blocked_spans = Spans()  # contact spans (folded coords)
        self.name_spans = Spans()  # the practice's own name

    def in_practice_name(self, start: int, end: int) -> bool:
        return self.name_spans.covers(start, end)

    def in_contact(self, start: int, end: int) -> bool:
        return self.blocked_spans.overlaps(start, end)

    def blocks(self, rule: str) -> bool:
        return rule in self._by_rule

    def add(self, rule: str, severity: str, start: int, end: int, message: str,
            pattern: str = "") -> None:
        """Add a finding at folded [start, end)."""
        s, e = self.doc.norm.to_original(start, end)
        self.add_original(rule, severity, s, e, message, pattern)

    def add_original(self, rule: str, severity: str, s: int, e: int, message: str,
                     pattern: str = "") -> None:
        if self.taken(rule, s, e):
            return
        finding = Finding(rule, severity, s, e, self.doc.reply[s:e], message,  # type: ignore[arg-type]
                          pattern or rule)
        self._by_rule.setdefault(rule, []).append(finding)
        self.items.append(finding)

    def taken(self, rule: str, s: int, e: int) -> bool:
        """A finding of `rule` at ORIGINAL [s, e) would add nothing: one per rule per place is
        enough, and the rule has its fill (the reply is already blocked; a long reply must not
        make 100,000 findings)."""
        same_rule = self._by_rule.get(rule, ())
        return len(same_rule) >= MAX_FINDINGS_PER_RULE or any(
            f.start < e and s < f.end for f in same_rule)
