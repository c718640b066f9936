"""Fold a reply into the form the rules match on, keeping a map back to the original text.

Evasions this defeats: compatibility forms (NFKC: full-width and mathematical letters,
ligatures), case, zero-width and other format characters (Unicode category Cf, soft hyphen
included) and blank fillers (dropped; `hidden.py` also blocks them), look-alike letters from
any script (Unicode's UTS #39 confusables, `data/confusables.txt`: Cyrillic, Greek, Armenian,
Cherokee...), curly quotes and exotic dashes, runs of whitespace, a line break or a hyphen and
line break inside a word ("appoint-\nment"), accents (folded so "visitó" matches "visito"),
emoji that stand for care ("🦷" reads "tooth", `data/emoji_words.txt`) or for a verb ("👀"
reads "see"), other emoji read as a space between two words of a phrase ("6-month ❤️ check"),
and words spelled out with dots or dashes between single letters ("v.i.s.i.t") or with spaces
("v i s i t", a name "X i m e n a").

Every folded character remembers the span of the original character(s) it came from, so a
rule's match on the folded text converts back to `reply[start:end]` exactly.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from guardrails import lazy_re as re

_DATA = Path(__file__).resolve().parent / "data"
# Blank-looking characters that are not whitespace: dropped like zero-width characters.
_FILLERS = frozenset("\u3164\u115f\u1160\uffa0\u2800\u180e\u17b4\u17b5\u034f")

# Look-alike letters (after case folding) that turn "yοur" (Greek omicron) into "your".
_LOOKALIKES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i",
    "ј": "j", "ԁ": "d", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ь": "b", "п": "n",
    "ѵ": "v", "ѡ": "w", "ҽ": "e", "ӑ": "a", "ӧ": "o",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "γ": "y", "μ": "u", "ϲ": "c",
    "ϳ": "j", "ς": "s", "σ": "o",
    # Latin oddities NFKC leaves alone
    "ı": "i", "ȷ": "j", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŀ": "l",
    "ɡ": "g", "ɑ": "a", "ɩ": "i", "ʏ": "y", "ǀ": "l",
}  # fmt: skip
_QUOTES = {c: "'" for c in "‘’‚‛′`´ʼʹ"} | {c: '"' for c in "“”„‟″«»"}
_DASHES = {c: "-" for c in "‐‑‒–—―−﹘﹣－⁃"}
_FOLD_CACHE: dict[str, str] = {}
# Capital letters drawn in a circle or a box, which NFKC leaves alone ("🅝🅞🅐🅗" is NOAH):
# negative circled, negative squared and regional-indicator letters.
LETTER_SYMBOLS = {chr(block + i): chr(ord("A") + i)
                  for block in (0x1F150, 0x1F170, 0x1F1E6) for i in range(26)}
# Emoji that stand for a verb ("We'll 👀 you" reads "we'll see you"); apart from
# `emoji_words`, whose words the structure rules take for body and care words.
_EMOJI_VERBS = {"👀": "see"}
# Digits standing in for letters inside a word ("y0ur", "v1sit"): one character for one, so
# the offset map is unchanged.
# (Each alternative starts with the digit, so the regex engine skips to digits in C.)
_LEET = re.compile(r"[013457](?:(?<![a-z0-9][013457])(?=[a-z]{3})|"  # "1mpl4nt", "0ften"
                   r"(?<=[a-z][013457])(?=[a-z])|(?<=[a-z]{2}[013457])\b(?![.,/:]?\d))")
_LEET_MAP = str.maketrans("013457", "oieast")
# A word of letters with several of those digits in a row ("h34r1ng", "41ds", "ag41n"); not
# "5pm", "3rd" or "10am".
_LEET_WORD = re.compile(r"(?<![a-z0-9])(?=[a-z013457]*[a-z][a-z013457]*[a-z])(?=[a-z]*[013457]{2})"
                        r"(?![013457]+(?:am|pm|st|nd|rd|th|s|k|x|mg|ml|mm|cm|hrs?|mins?|yrs?|ft|"
                        r"lbs?|oz|km|mi)\b)[a-z013457]+(?![a-z0-9])")

# Single letters joined by dots/dashes/underscores/asterisks: "v.i.s.i.t", "r-e-c-o-r-d".
_SPELLED_OUT = re.compile(r"(?<![a-z0-9])[a-z](?:[.\-_*·•/][a-z]){2,}(?![a-z0-9])")
# ... or by single spaces ("v i s i t"): joined from four letters on, or three written as a
# given name ("A n a"; not "a b c", "U S A"); see `_spaced_word`.
_SPACED_OUT = re.compile(r"(?<![a-z0-9])[a-z](?: [a-z]){2,}(?![a-z0-9])")


def fold_char(ch: str) -> str:
    """The folded form of one character ('' when it is dropped, ' ' for any whitespace)."""
    cached = _FOLD_CACHE.get(ch)
    if cached is not None:
        return cached
    if ch in _FILLERS:
        folded = ""
    elif ch.isspace():
        folded = " "
    elif ch in emoji_words():
        folded = f" {emoji_words()[ch]} "
    elif ch in _EMOJI_VERBS:
        folded = f" {_EMOJI_VERBS[ch]} "
    elif unicodedata.category(ch) in ("Cf", "Mn", "Me", "Cc"):
        folded = ""  # zero-width, soft hyphen, bidi marks, combining accents, controls
    elif ch in LETTER_SYMBOLS:
        folded = LETTER_SYMBOLS[ch].lower()
    else:
        out = []
        composed = unicodedata.normalize("NFKC", ch)
        if not composed.isascii() and composed.isupper():
            # A capital look-alike is read as the capital it imitates before lower-casing:
            # Greek "Ν" is an N, though its small letter "ν" looks like a v.
            capital = _confusables().get(composed, "")
            if capital.isascii() and capital.isupper():  # not Iota -> "l" (the I-l-1 class)
                composed = capital
        for part in composed.casefold():
            for base in unicodedata.normalize("NFKD", part):
                if unicodedata.category(base) in ("Mn", "Me", "Cf"):
                    continue
                base = _LOOKALIKES.get(base, base)
                if not base.isascii():
                    base = _confusables().get(base, base).lower()
                base = _QUOTES.get(base, _DASHES.get(base, base))
                out.append(" " if base.isspace() else base)
        folded = "".join(out)
    if len(_FOLD_CACHE) < 65536:
        _FOLD_CACHE[ch] = folded
    return folded


@lru_cache(maxsize=1)
def _confusables() -> dict[str, str]:
    """UTS #39 look-alikes: one character -> the ASCII letters it is confused with."""
    table = {}
    for line in (_DATA / "confusables.txt").read_text(encoding="utf-8").splitlines():
        fields = line.split("#", 1)[0].split(";")
        if len(fields) >= 3:
            source = chr(int(fields[0].strip(), 16))
            table[source] = "".join(chr(int(cp, 16)) for cp in fields[1].split())
    return table


@lru_cache(maxsize=1)
def emoji_words() -> dict[str, str]:
    """Emoji that stand for a body part or care ("🦷" -> "tooth")."""
    table = {}
    for line in (_DATA / "emoji_words.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            emoji, word = line.split(None, 1)
            table[emoji] = word
    return table


# A word broken over two lines: "appoint-\nment" (always joined) or "appoint\nment" (joined
# when the two pieces are not both words: "thank you\nfor" stays two words).
# (Starting only where a word starts keeps the scan linear: from inside a word the same
# match would only be found again, shorter.)
_BROKEN_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]+)(-?)[ \t]*\r?\n[ \t]*(?=([^\W\d_]+))")


# Words spelled out letter by letter, the words apart by two spaces or more:
# "G r a c i a s  p o r  s u  v i s i t a" (the single spaces are dropped when folding).
_SPACED_WORDS = re.compile(
    r"(?<!\w)(?:[^\W\d_] )+[^\W\d_](?:[ \t]{2,}(?:[^\W\d_] )*[^\W\d_])+(?!\w)")
# A word cut into syllables with hyphens: "ex-pe-dien-te", "ali-nea-dores" (joined when the
# result is a word or a clinical term).
_SYLLABLES = re.compile(r"(?<![\w-])[^\W\d_]{1,7}(?:-[^\W\d_]{1,7}){2,}(?![\w-])")
# A word cut once by a hyphen ("bo-tox", "fill-ing"): joined when the result is a one-word
# clinical term, or a word whose parts are not both words ("check-up" stays as written).
_CUT_WORD = re.compile(r"(?<![\w-])([^\W\d_]{2,})-([^\W\d_]{2,})(?![\w-])")


def _is_care_word(word: str) -> bool:
    """`word` (folded) is a one-word clinical term in either language."""
    from guardrails.lexicon import clinical_lexicon

    return word in clinical_lexicon("en+es")


def _spacing_drops(text: str) -> set[int]:
    """Indices of the spaces and hyphens inside spelled-out or syllabified words."""
    drops: set[int] = set()
    if "  " in text or "\t" in text:
        for m in _SPACED_WORDS.finditer(text):
            run = m.group()
            for k in range(1, len(run) - 1):
                if run[k] == " " and run[k - 1] != " " and run[k + 1] != " ":
                    drops.add(m.start() + k)
    if "-" in text and _joins_letters(text, "-"):
        for m in _SYLLABLES.finditer(text):
            joined = fold_text(m.group().replace("-", ""))
            if _is_word(joined) or _is_care_word(joined):  # "a-li-nea-do-res" too
                drops.update(m.start() + k for k, ch in enumerate(m.group()) if ch == "-")
        for m in _CUT_WORD.finditer(text):
            left, right = fold_text(m.group(1)), fold_text(m.group(2))
            if _is_care_word(left + right) or (_is_word(left + right) and not (
                    _is_word(left) and _is_word(right))):
                drops.add(m.start(2) - 1)  # "bo-tox", "im-plant", "fill-ing": one word cut
    return drops


_LETTER = re.compile(r"[^\W\d_]")


def _joins_letters(text: str, separator: str) -> bool:
    """Some `separator` stands between two letters (for a line break: with an optional
    hyphen, spaces, tabs and carriage return around it), as in every match of `_SYLLABLES`
    and `_BROKEN_WORD`. Looking only around the separator spares a scan of every letter with
    a Unicode class, which costs more than the rest of the fold."""
    at = text.find(separator)
    while at >= 0:
        before, after = at - 1, at + 1
        if separator == "\n":
            if before >= 0 and text[before] == "\r":
                before -= 1
            while before >= 0 and text[before] in " \t":
                before -= 1
            if before >= 0 and text[before] == "-":
                before -= 1
            while after < len(text) and text[after] in " \t":
                after += 1
        if before >= 0 and _LETTER.match(text, before) and _LETTER.match(text, after):
            return True
        at = text.find(separator, at + 1)
    return False


def _line_break_drops(text: str) -> set[int]:
    """Indices of the hyphen and line break inside broken words (dropped when folding)."""
    drops: set[int] = _spacing_drops(text)
    if "\n" not in text or not _joins_letters(text, "\n"):
        return drops
    for m in _BROKEN_WORD.finditer(text):
        left, hyphen, right = m.group(1).lower(), m.group(2), m.group(3).lower()
        if not hyphen and _is_word(left) and _is_word(right):
            continue
        drops.update(range(m.end(1), m.end()))
    return drops


def _is_word(word: str) -> bool:
    from guardrails.vocabulary import known_word

    return known_word(fold_text(word))


# Emoji (with their joiners, selectors and skin tones) that may stand between two words; not
# the letters in circles and boxes (`LETTER_SYMBOLS`).
_EMOJI_RUN = re.compile("(?:[\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001f14f"
                        "\U0001f16a-\U0001f16f\U0001f18a-\U0001f1e5\U0001f200-\U0001faff]"
                        "[\u200d\ufe0e\ufe0f]*)+")
# Words no sentence ends on: an emoji after one is inside a phrase ("your ❤️ cleaning").
_NO_CLAUSE_END = frozenset(re.findall(r"\S+", (
    "the a an your ur my our his her their its this that these those of for to at in on with "
    "from by su sus tu tus mi mis nuestro nuestra nuestros nuestras la el los las un una unos "
    "unas de del al para por en con sin")))
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W*$")
# Where a sentence starts, and its first letter.
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)[¡¿\"'(«“‘]*([^\W\d_])")


def _emoji_blanks(text: str) -> set[int]:
    """Indices of the emoji between two words of one clause ("the 6-month ❤️ check"): read as
    a space, so the phrase still matches. Not an emoji that stands for a word (`emoji_words`),
    nor one before a capital or after punctuation, where it may end a sentence ("...más
    fuerte 💪 Llame al..."); and when the writer starts sentences in small letters ("...volver
    a correr 💪 cualquier cosa al..."), only after a word no sentence ends on."""
    blanks: set[int] = set()
    if text.isascii() or max(text) < "\u2300":  # no emoji: the common case, found in C
        return blanks
    capitals: bool | None = None  # every sentence starts with a capital; read when needed
    for m in _EMOJI_RUN.finditer(text):
        before, after = m.start() - 1, m.end()
        while before >= 0 and text[before] in " \t":
            before -= 1
        while after < len(text) and text[after] in " \t":
            after += 1
        if (before < 0 or after >= len(text) or not text[before].isalnum()
                or not text[after].islower()
                or any(ch in emoji_words() or ch in _EMOJI_VERBS for ch in m.group())):
            continue
        if capitals is None:
            capitals = all(c.isupper() for c in _SENTENCE_START.findall(text))
        if not capitals:
            word = _WORD_BEFORE.search(text, max(0, before - 20), before + 1)
            if word is None or fold_text(word.group(1)) not in _NO_CLAUSE_END:
                continue
        blanks.update(range(m.start(), m.end()))
    return blanks


def fold_text(text: str) -> str:
    return "".join(fold_char(ch) for ch in text)


@dataclass(frozen=True)
class Normalized:
    """`text` is what rules match on; `to_original` maps a span of it back to the reply."""

    original: str
    text: str
    # The original span of each folded character, or None: then folded character i comes
    # from original character i + shift, where the shift is that of the last cut <= i
    # (`_cuts`, `_shifts`: the runs of whitespace the fold shrank; none: identity).
    _starts: tuple[int, ...] | None
    _ends: tuple[int, ...] | None
    _cuts: tuple[int, ...] = ()
    _shifts: tuple[int, ...] = ()

    def _start(self, index: int) -> int:
        if self._starts is not None:
            return self._starts[index]
        if not self._cuts:
            return index
        return index + self._shifts[bisect.bisect_right(self._cuts, index) - 1]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the folded span [start, end) to the smallest original span that produced it."""
        if end <= start:
            if self._starts is None and not self._cuts:
                return start, start
            pos = self._start(start) if start < len(self.text) else len(self.original)
            return pos, pos
        if self._ends is not None:
            return self._start(start), self._ends[end - 1]
        return self._start(start), self._start(end - 1) + 1

    def folded_count_upto(self, original_pos: int) -> int:
        """How many folded characters come from original characters at or before
        `original_pos`."""
        if self._starts is not None:
            return bisect.bisect_right(self._starts, original_pos)
        count = 0
        cuts, shifts = self._cuts or (0,), self._shifts or (0,)
        for k, (cut, shift) in enumerate(zip(cuts, shifts, strict=True)):
            if cut + shift > original_pos:
                break  # this stretch (and every later one) begins after original_pos
            following = cuts[k + 1] if k + 1 < len(cuts) else len(self.text)
            count = min(original_pos - shift + 1, following)
        return count

    def excerpt(self, start: int, end: int) -> str:
        s, e = self.to_original(start, end)
        return self.original[s:e]


class _FoldTable(dict):
    """str.translate table that folds each character on first sight (cached)."""

    def __missing__(self, codepoint: int) -> str:
        folded = fold_char(chr(codepoint))
        if len(folded) != 1:
            _IRREGULAR.add(chr(codepoint))
        self[codepoint] = folded
        return folded


_IRREGULAR: set[str] = set()  # characters that fold to zero or several characters
_FOLD_TABLE = _FoldTable()


def normalize(text: str) -> Normalized:
    """Fold `text` for matching (see the module docstring for every step)."""
    fast = _fold_one_to_one(text)
    return fast if fast is not None else fold_each_character(text)


def fold_each_character(text: str) -> Normalized:
    """The general fold, one character at a time (what `_fold_one_to_one` must equal)."""
    drops = _line_break_drops(text)
    blanks = _emoji_blanks(text)
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    previous_space = True  # also trims leading whitespace
    for index, ch in enumerate(text):
        folded = "" if index in drops else " " if index in blanks else fold_char(ch)
        if not folded:
            # A dropped combining accent belongs to the letter before it.
            if ends and unicodedata.category(ch) in ("Mn", "Me") and ends[-1] == index:
                for k in range(len(ends) - 1, -1, -1):
                    if ends[k] != index:
                        break
                    ends[k] = index + 1
            continue
        for piece in folded:
            if piece == " ":
                if previous_space:
                    continue
                previous_space = True
            else:
                previous_space = False
            chars.append(piece)
            starts.append(index)
            ends.append(index + 1)
    if chars and chars[-1] == " ":
        chars.pop()
        starts.pop()
        ends.pop()
    folded_text = _unleet("".join(chars))
    if _needs_unspelling(folded_text):
        folded_text, starts, ends = _join_spelled_out(folded_text, starts, ends, text)
    return Normalized(text, folded_text, tuple(starts), tuple(ends))


_ASCII_DROPPED = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")  # ASCII controls folded to ""
_ASCII_SPACE = re.compile(r"[\t\n\r\x0b\x0c\x1c-\x1f]")  # ASCII whitespace folded to " "
_NON_ASCII_RUNS = re.compile(r"([^\x00-\x7f]+)")  # split on, kept: runs of ASCII between


def _fold_one_to_one(text: str) -> Normalized | None:
    """The common case in C: every character folds to exactly one (case, accents,
    look-alikes, quotes, any whitespace to a space), nothing is joined or spelled out, and
    only runs of whitespace shrink. None when the character-by-character fold is needed."""
    if text.isascii():
        if _ASCII_DROPPED.search(text):
            return None
        folded = text.lower()  # what the fold table does to ASCII, but for these:
        if "`" in folded:
            folded = folded.replace("`", "'")
        if _ASCII_SPACE.search(folded):
            folded = _ASCII_SPACE.sub(" ", folded)
    else:
        # Each run translated apart: a run of ASCII takes str.translate's fast path (a
        # lookup a distinct character), the whole text would be looked up a character.
        folded = "".join([run.translate(_FOLD_TABLE) for run in _NON_ASCII_RUNS.split(text)])
        if len(folded) != len(text) or not _IRREGULAR.isdisjoint(text) or _emoji_blanks(text):
            return None
    if ("-" in text or "\n" in text or "  " in text or "\t" in text) and _line_break_drops(text):
        return None
    cuts: tuple[int, ...] = ()
    shifts: tuple[int, ...] = ()
    if "  " in folded or folded[:1] == " " or folded[-1:] == " ":
        folded, cuts, shifts = _collapse_spaces(folded)
    folded = _unleet(folded)
    if _needs_unspelling(folded):
        return None
    return Normalized(text, folded, None, None, cuts, shifts)


def _collapse_spaces(folded: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """`folded` without leading or trailing spaces and with one space for each run, and
    where each stretch of the result starts (folded index) with how far its characters lie
    ahead in the original (original index - folded index)."""
    body_start = len(folded) - len(folded.lstrip(" "))
    body_end = len(folded.rstrip(" ")) if body_start < len(folded) else len(folded)
    runs = [(0, body_start)] if body_start else []
    at = folded.find("  ", body_start, body_end)
    while at >= 0:
        end = at + 2
        while folded[end] == " ":
            end += 1
        runs.append((at + 1, end))  # the run keeps its first space
        at = folded.find("  ", end, body_end)
    if body_end < len(folded) and body_start < len(folded):
        runs.append((body_end, len(folded)))
    pieces: list[str] = []
    cuts, shifts = [0], [0]
    kept = removed = 0
    for start, end in runs:
        pieces.append(folded[kept:start])
        removed += end - start
        kept = end
        cuts.append(end - removed)
        shifts.append(removed)
    pieces.append(folded[kept:])
    return "".join(pieces), tuple(cuts), tuple(shifts)


# "@" for "a" inside a word that is not an email address ("br@ck3ts": no dot after it).
_AT_FOR_A = re.compile(r"@(?<=[a-z]@)(?=[a-z0-9]+(?![a-z0-9.@_-]))")


def _unleet(folded: str) -> str:
    if "@" in folded:
        folded = _AT_FOR_A.sub("a", folded)
    if not _LEET.search(folded):
        return folded
    folded = _LEET.sub(lambda m: m.group().translate(_LEET_MAP), folded)
    if _LEET.search(folded):  # a digit that needed the next ones read first: "3nd0d0nc1a"
        folded = _LEET.sub(lambda m: m.group().translate(_LEET_MAP), folded)
    return _LEET_WORD.sub(lambda m: m.group().translate(_LEET_MAP), folded)


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _has_control(text: str) -> bool:
    return _CONTROL.search(text) is not None


# Every spelled-out run holds a separator, a letter and a separator ("v.i.s" -> ".i."), and
# every spaced-out run " x y" (three letters at least): cheap scans that start on the
# (rare) separator decide most texts without the full patterns.
_SPELLED_HINT = re.compile(r"[.\-_*·•/][a-z][.\-_*·•/]")
_SPACED_HINT = re.compile(r" [a-z] [a-z](?![a-z0-9])")


def _needs_unspelling(folded: str) -> bool:
    return bool(
        (_SPELLED_HINT.search(folded) and _SPELLED_OUT.search(folded))
        or (_SPACED_HINT.search(folded) and _SPACED_OUT.search(folded))
    )


# "y" or "a" ending a spaced-out run before a whole word ("su c u e n t a y le enviaremos",
# "give N o a h a high-five", "a X i m e n a y a su mamá"): the word "y" or "a" (or "y a",
# "o a") when the letters before it make a word or a name and all of them do not ("b o d y").
_WORD_AFTER = re.compile(r" [a-z]{2}")


def _conjunction_after(letters: str) -> int:
    """2 (the characters " y" to leave out of the run) when the final letter of `letters` is
    the word "y" or "a", 4 for " y a" or " o a", else 0."""
    from guardrails.vocabulary import given_names, known_word

    if known_word(letters):
        return 0
    for cut, tails in ((1, ("y", "a")), (2, ("ya", "oa"))):
        word = letters[:-cut]
        if letters[-cut:] in tails and (known_word(word) or word in given_names()[0]):
            return 2 * cut
    return 0


# One-letter words a spaced-out run may swallow in front ("a X i m e n a", "y E m m a").
_ONE_LETTER_WORDS = frozenset("ayoeui")


def _spaced_word(text: str, start: int, end: int, capital: list[bool]) -> tuple[int, int]:
    """The part of the spaced-out run `text[start:end]` to join into one word ((k, k) for
    none). `capital[k]`: folded character k was written as a capital."""
    from guardrails.vocabulary import given_names, known_word

    names = given_names()[0]
    letters = text[start:end:2]
    # A one-letter word before a name ("Díganle a X i m e n a"): left out when the rest is a
    # given name or written as one, and all the letters are no word, name or care word
    # (not "a d a m"; only names: "a t r o p h y" is no "a trophy").
    rest = letters[1:]
    written_as_name = not capital[start] and capital[start + 2] and not any(
        capital[k] for k in range(start + 4, end, 2))
    if (letters[0] in _ONE_LETTER_WORDS and len(rest) >= 3 and (rest in names or written_as_name)
            and not known_word(letters) and letters not in names and not _is_care_word(letters)):
        start += 2
    if text[end - 1] in "ya" and _WORD_AFTER.match(text, end):
        end -= _conjunction_after(text[start:end:2])
    count = (end - start + 1) // 2
    if count >= 4:
        return start, end
    # Three letters only as a given name written with one capital ("A n a", "L e o"), so
    # initials and acronyms ("A B C", "U S A") stay letters.
    if (count == 3 and text[start:end:2] in names and capital[start]
            and not capital[start + 2] and not capital[start + 4]):
        return start, end
    return start, start


def _join_spelled_out(
    text: str, starts: list[int], ends: list[int], original: str = ""
) -> tuple[str, list[int], list[int]]:
    if not starts and text:  # identity map requested from the ASCII fast path
        starts = list(range(len(text)))
        ends = [i + 1 for i in range(len(text))]
    capital = [original[at].isupper() for at in starts] if original else [False] * len(text)
    drop: set[int] = set()
    for pattern in (_SPELLED_OUT, _SPACED_OUT):
        for match in pattern.finditer(text):
            start, end = match.span()
            if pattern is _SPACED_OUT:
                start, end = _spaced_word(text, start, end, capital)
            for k in range(start, end):
                if not ("a" <= text[k] <= "z"):
                    drop.add(k)
    keep = [k for k in range(len(text)) if k not in drop]
    return (
        "".join(text[k] for k in keep),
        [starts[k] for k in keep],
        [ends[k] for k in keep],
    )
