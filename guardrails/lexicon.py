"""The clinical lexicon: conditions, symptoms, procedures, tests, drugs and devices.

Terms live in readable files, `guardrails/data/<lang>/clinical/*.txt` (one term or phrase a
line, `#` comments), so a compliance officer can review them and a practice can add its own
(`extra_clinical_terms` in its settings). Terms are folded like replies, split into word
tokens, and matched on whole words with simple plural and inflection tolerance
("root canal" also matches "root canals", "flare-up" matches "flare ups").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress
from operator import add
from pathlib import Path

from guardrails import prebuilt
from guardrails.normalize import fold_text, normalize

DATA_DIR = Path(__file__).resolve().parent / "data"
TOKEN = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class TermMatch:
    start: int  # offsets into the folded text
    end: int
    term: str  # the lexicon entry (folded) that matched


def read_term_file(path: Path) -> list[str]:
    terms = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            terms.append(line)
    return terms


def _inflections(word: str, language: str) -> set[str]:
    forms = {word}
    if not word.isalpha():
        return forms
    if len(word) < 3:  # "flare-up" -> "flare-ups"
        return forms | {word + "s"}
    if language == "es":
        forms |= {word + "s", word + "es"}
        if word.endswith("z"):
            forms.add(word[:-1] + "ces")
        if word.endswith("o"):
            forms |= {word[:-1] + "a", word[:-1] + "os", word[:-1] + "as"}
        if word.endswith(("on", "an", "en")):  # inflamacion -> inflamaciones
            forms.add(word + "es")
        return forms
    forms |= {word + "s", word + "es"}
    if word.endswith("y") and word[-2] not in "aeiou":
        forms.add(word[:-1] + "ies")
        forms.add(word[:-1] + "ied")
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    else:
        forms |= {word + "ed", word + "ing"}
    if word.endswith("sis"):  # diagnosis -> diagnoses
        forms.add(word[:-3] + "ses")
    if word.endswith("tooth"):
        forms.add(word[:-5] + "teeth")
    if word.endswith("foot"):
        forms.add(word[:-4] + "feet")
    return forms


class Lexicon:
    """Whole-word phrase lookup over folded text (a dict lookup per word: linear time)."""

    def __init__(self, terms: Iterable[str] = (), language: str = "en") -> None:
        self._phrases: dict[str, str] = {}
        self._lengths: dict[str, tuple[int, ...]] = {}
        self.words: set[str] = set()  # every word of every term (uninflected)
        self.add(terms, language)

    def add(self, terms: Iterable[str], language: str) -> None:
        """Add terms, inflected by `language`'s rules ("en" or "es")."""
        terms = list(terms)
        if not terms:
            return
        lengths = {k: set(v) for k, v in self._lengths.items()}
        for raw in terms:
            tokens = TOKEN.findall(fold_term(raw))
            if not tokens:
                continue
            self.words.update(tokens)
            canonical = " ".join(tokens)
            for last in _inflections(tokens[-1], language):
                key = " ".join([*tokens[:-1], last])
                self._phrases.setdefault(key, canonical)
                lengths.setdefault(tokens[0] if len(tokens) > 1 else last, set()).add(
                    len(tokens)
                )
        self._lengths = {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}

    def parts(self) -> tuple[dict[str, str], dict[str, tuple[int, ...]], tuple[str, ...]]:
        """What `from_parts` rebuilds the lexicon from (sorted: a stored copy is the same
        file whichever process wrote it)."""
        return ({key: self._phrases[key] for key in sorted(self._phrases)},
                {key: self._lengths[key] for key in sorted(self._lengths)},
                tuple(sorted(self.words)))

    @classmethod
    def from_parts(cls, phrases: dict[str, str], lengths: dict[str, tuple[int, ...]],
                   words: tuple[str, ...]) -> Lexicon:
        lexicon = cls()
        lexicon._phrases, lexicon._lengths, lexicon.words = phrases, lengths, set(words)
        return lexicon

    def __len__(self) -> int:
        return len(set(self._phrases.values()))

    def __contains__(self, term: str) -> bool:
        return " ".join(TOKEN.findall(normalize(term).text)) in self._phrases

    def find(self, folded: str) -> list[TermMatch]:
        """Every longest, non-overlapping term occurrence in already-folded text."""
        return self.find_tokens(folded, tokenize(folded))

    def find_tokens(self, folded: str, spans: list[tuple[int, int, str]]) -> list[TermMatch]:
        """`find` over text already split by `tokenize` (callers share one split)."""
        return self.find_words(folded, [w for _, _, w in spans], lambda: spans)

    def find_words(self, folded: str, words: list[str],
                   get_spans: Callable[[], list[tuple[int, int, str]]]) -> list[TermMatch]:
        """`find` over the words of `folded` (`TOKEN.findall`); `get_spans()` returns their
        `tokenize` spans and is only called once a term is found."""
        lengths_of = self._lengths
        if lengths_of.keys().isdisjoint(words):
            return []  # no word of the text begins any term: the common case, decided in C
        spans: list[tuple[int, int, str]] | None = None
        found: list[TermMatch] = []
        taken = 0  # words before this index belong to a term already found
        for i in compress(range(len(words)), map(lengths_of.__contains__, words)):
            if i < taken:
                continue
            for n in lengths_of[words[i]]:
                if i + n > len(words):
                    continue
                term = self._phrases.get(words[i] if n == 1 else " ".join(words[i : i + n]))
                if not term:
                    continue
                if spans is None:
                    spans = get_spans()
                # Words must be adjacent in the text (a comma or full stop breaks a phrase).
                if n == 1 or _adjacent(folded, spans, i, n):
                    found.append(TermMatch(spans[i][0], spans[i + n - 1][1], term))
                    taken = i + n
                    break
        return found


_DIGIT = re.compile(r"\d")


def fold_term(term: str) -> str:
    """A lexicon term folded as a reply would be; plain lower-case ASCII words need no more
    than lower() (start-up reads thousands of them)."""
    if _DIGIT.search(term) is None:
        if term.isascii() and term.count("-") < 2:
            return term.lower()
        # Letters only: the character fold is what `normalize` gives, and it needs no
        # lexicon ("port-a-cath" would have `normalize` ask for the lexicon being built).
        return " ".join(fold_text(term).split())
    return normalize(term).text  # "a1c" folds as a reply's "A1C" does


# A `bytes.translate` table: the ASCII letters and digits (what `TOKEN` matches) stay, any
# other byte becomes a space.
_TOKEN_OR_SPACE = bytes(b if chr(b) in "abcdefghijklmnopqrstuvwxyz0123456789" else 32
                        for b in range(256))


def split_words(text: str) -> tuple[list[str], list[int]]:
    """The words of folded text (`TOKEN.findall`) and where each starts, all in C: every
    other character becomes a space (one outside ASCII first becomes one "?", so offsets
    hold; bytes translate faster than a str with a mapping), a split on single spaces leaves
    the words and empty strings, and each piece starts where the lengths before it (plus one
    space each) say."""
    spaced = text.encode("ascii", "replace").translate(_TOKEN_OR_SPACE).decode("ascii")
    pieces = spaced.split(" ")
    starts = map(add, accumulate(map(len, pieces), initial=0), range(len(pieces)))
    return list(filter(None, pieces)), list(compress(starts, pieces))


def tokenize(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, word) for every word of folded text (`TOKEN.finditer`)."""
    return word_spans(*split_words(folded))


def word_spans(words: list[str], starts: list[int]) -> list[tuple[int, int, str]]:
    """`tokenize` from the `split_words` of a text."""
    return list(zip(starts, map(add, starts, map(len, words)), words, strict=True))


def _adjacent(folded: str, spans: list[tuple[int, int, str]], i: int, n: int) -> bool:
    for k in range(i, i + n - 1):
        gap = folded[spans[k][1] : spans[k + 1][0]]
        if gap not in (" ", "-", "'", "/", "' ", " - "):
            return False
    return True


@lru_cache(maxsize=8)
def clinical_terms(language: str) -> tuple[str, ...]:
    """Every term of `guardrails/data/<language>/clinical/*.txt`, in file order."""
    folder = DATA_DIR / language / "clinical"
    terms: list[str] = []
    if folder.is_dir():
        for path in sorted(folder.glob("*.txt")):
            terms.extend(read_term_file(path))
    return tuple(terms)


def lexicon_source(codes: list[str]) -> str:
    """What the clinical lexicon of `codes` is built from: their terms, in order."""
    return "\f".join(f"{code}\n" + "\n".join(clinical_terms(code)) for code in codes)


def build_clinical_lexicon(codes: list[str]) -> Lexicon:
    lexicon = Lexicon()
    for code in codes:
        lexicon.add(clinical_terms(code), code)
    return lexicon


# The lexicon every check reads, built ahead of time (`prebuilt`).
PREBUILT_LANGUAGES = "en+es"


def write_prebuilt_lexicon() -> Path:
    codes = PREBUILT_LANGUAGES.split("+")
    return prebuilt.write(f"lexicon_{PREBUILT_LANGUAGES}", lexicon_source(codes),
                          build_clinical_lexicon(codes).parts())


@lru_cache(maxsize=32)
def clinical_lexicon(languages: str, extra: tuple[str, ...] = ()) -> Lexicon:
    """The clinical lexicon for `languages` ("en", "es" or "en+es": one lookup for both),
    plus a practice's extra terms (cached)."""
    codes = languages.split("+")
    parts = (prebuilt.load(f"lexicon_{languages}", lexicon_source(codes))
             if languages == PREBUILT_LANGUAGES else None)
    lexicon = Lexicon.from_parts(*parts) if parts else build_clinical_lexicon(codes)
    lexicon.add(extra, codes[0])
    return lexicon
