"""A text's language from its function words, its script and its letters: what a sentence
scores in each language (`score_words`, or every sentence of a reply in one pass:
`sentence_scores`), the language a non-Latin script names, letters only some languages use."""

from __future__ import annotations

import bisect
import unicodedata
from itertools import accumulate, repeat
from typing import Any

from guardrails import lazy_re as re
from guardrails.language.function_words import FUNCTION_WORDS, STRONG_WORDS, SUPPORTED
from guardrails.normalize import normalize
from guardrails.patterns import occurrences

_SCRIPTS = (  # Unicode name prefix -> language code for letters outside Latin
    ("CYRILLIC", "ru"), ("GREEK", "el"), ("ARABIC", "ar"), ("HEBREW", "he"),
    ("CJK", "zh"), ("HIRAGANA", "ja"), ("KATAKANA", "ja"), ("HANGUL", "ko"),
    ("DEVANAGARI", "hi"), ("THAI", "th"), ("ARMENIAN", "hy"), ("GEORGIAN", "ka"),
    ("BENGALI", "bn"), ("TAMIL", "ta"), ("ETHIOPIC", "am"),
)  # fmt: skip
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\n+|(?<=[¡¿])")


def detect_language(text: str) -> str:
    """"en", "es", another ISO 639-1 code, or "unknown" (no words to judge by)."""
    script = script_language(text)
    if script:
        return script
    return score_words(normalize(text).text, char_hints(text))[0] or "unknown"


def sentence_languages(text: str) -> list[tuple[int, int, str]]:
    """(start, end, language) for each sentence of the ORIGINAL text that has one."""
    found = []
    for start, end in _sentences(text):
        chunk = text[start:end]
        language = script_language(chunk)
        if not language:
            language, score = score_words(normalize(chunk).text, char_hints(chunk))
            # One shared little word is no evidence of a language we would block.
            if language not in SUPPORTED and score < 2:
                language = None
        if language:
            found.append((start, end, language))
    return found


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


# An email or web address is Latin letters whatever the sentence's language: "请发送邮件至
# care@clinic.example" is Chinese.
_ADDRESS = re.compile(r"\S+@\S+|\bhttps?://\S+|\bwww\.\S+")
# A letter of these scripts is a syllable or a word, not a sound: weighed as a short word.
_WORD_SCRIPTS = frozenset(["zh", "ja", "ko", "th"])


_LETTERS = re.compile(r"[^\W\d_]+")


def foreign_word(text: str) -> str | None:
    """The script of a whole word written in a non-Latin script inside a Latin sentence
    ("Our staff can help: ありがとう"): a phrase the rules cannot read. Letters mixed into a
    Latin word are look-alikes, judged elsewhere."""
    for m in _LETTERS.finditer(text):
        word = m.group()
        if word.isascii():
            continue
        codes = {_script_of(ch) for ch in word}
        if len(codes) != 1 or None in codes:
            continue
        code = codes.pop()
        if len(word) >= (2 if code in _WORD_SCRIPTS else 3):
            return code
    return None


def _script_of(ch: str) -> str | None:
    name = unicodedata.name(ch, "")
    if name.startswith("LATIN"):
        return None
    return next((code for prefix, code in _SCRIPTS if name.startswith(prefix)), "unknown")


def script_language(text: str) -> str | None:
    """The language a non-Latin script names, when most letters are in that script."""
    if max(text, default="a") < "\u0250":
        return None  # Latin letters only (accents included)
    text = _ADDRESS.sub(" ", text)
    latin = 0
    counts: dict[str, int] = {}
    for ch in text:
        if not ch.isalpha():
            continue
        if ch.isascii():
            latin += 1
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("LATIN"):
            latin += 1
            continue
        for prefix, code in _SCRIPTS:
            if name.startswith(prefix):
                counts[code] = counts.get(code, 0) + (3 if code in _WORD_SCRIPTS else 1)
                break
        else:
            counts["other"] = counts.get("other", 0) + 1
    if not counts:
        return None
    code, count = max(counts.items(), key=lambda item: item[1])
    # Look-alike letters sprinkled into Latin words are an evasion, not a language.
    if count >= 3 and count > latin:
        return "unknown" if code == "other" else code
    return None


def char_hints(original: str) -> dict[str, float]:
    """Letters only some languages use: "ñ ¿ ¡" Spanish, "ã õ" Portuguese, "ß ä ö" German..."""
    hints: dict[str, float] = {}
    if original.isascii():
        return hints
    for chars, code in (("ñ¿¡", "es"), ("ãõ", "pt"), ("ßäö", "de"), ("èìòù", "it"),
                        ("êâûœë", "fr")):
        if any(map(original.__contains__, chars)):
            hints[code] = hints.get(code, 0.0) + 2.0
    return hints


_CODES = tuple(FUNCTION_WORDS)  # "en", "es" first: a tie goes to the first
_FIELD = 32  # bits a language's score takes in a packed score (no text has 2**31 words)
_MASK = (1 << _FIELD) - 1


def _weights() -> dict[str, int]:
    """word -> its weight in every language, packed: `_FIELD` bits a language in `_CODES`
    order (2 for a distinctive word, 1 for another function word). A sentence's scores are
    then one sum of integers, added up in C."""
    return {word: sum((2 if word in STRONG_WORDS[code] else 1) << (_FIELD * k)
                      for k, code in enumerate(_CODES) if word in FUNCTION_WORDS[code])
            for word in set().union(*FUNCTION_WORDS.values())}


_WEIGHTS = _weights()


def score_words(folded: str, hints: dict[str, float] | None = None) -> tuple[str | None, float]:
    words = _WORD.findall(folded)
    weights = list(map(_WEIGHTS.get, words, repeat(0)))
    _spanish_e(words, weights)
    return leader(sum(weights), hints)


def _spanish_e(words: list[str], weights: list[int], opening: set[int] | None = None,
               apart: set[int] | None = None) -> None:
    """Spanish writes "y" as "e" before an i sound ("honorarios, anestesia e instalaciones"):
    that "e" weighs as "y", not as the Portuguese or Italian "e". The next word must be in the
    same sentence (`opening`: indices of words that open one), and neither word blanked or
    joined by an apostrophe (`apart`)."""
    opening, apart = opening or set(), apart or set()
    for k, word in enumerate(words[:-1]):
        if (word == "e" and k + 1 not in opening and k not in apart and k + 1 not in apart
                and words[k + 1].startswith(("i", "hi"))
                and not words[k + 1].startswith(("hie", "hia"))):
            weights[k] = _WEIGHTS.get("y", 0)


def leader(packed: int, hints: dict[str, float] | None) -> tuple[str | None, float]:
    """The best-scoring language and its score, from packed scores and letter hints."""
    if not packed and not hints:
        return None, 0.0
    scores = [float(packed >> k * _FIELD & _MASK) for k in range(len(_CODES))]
    for code, bonus in (hints or {}).items():
        scores[_CODES.index(code)] += bonus
    best = max(scores)
    if best == 0:
        return None, 0.0
    # The first language with the best score: a tie (only shared words such as "le", "un",
    # "si", "su") goes to the language we have rules for (en, es come first in `_CODES`):
    # its rules still run, and Spanish replies far outnumber Italian ones.
    return _CODES[scores.index(best)], best


# A letter next to a digit: some word mixes the two (a word is a run of both); found by a
# scan in C that stops only at digits.
_LETTER_BY_DIGIT = re.compile(r"[0-9](?:(?<=[a-z][0-9])|(?=[a-z]))")


def sentence_scores(doc: Any, blanked: list[tuple[int, int]], evidence: str) -> list[int] | None:
    """The packed score of each of `doc.sentences()`, as `score_words` would sum it over the
    sentence's evidence (`_WORD.findall`), but from the reply's words in one pass in C: a
    running total of every word's weight, words in `blanked` spans weighing nothing and a
    word, an apostrophe and a word ("we're") weighing as one. None when a word mixes letters
    and digits ("abc123": `_WORD` reads only its letters); then each sentence is scanned."""
    words, starts = doc.columns
    if _LETTER_BY_DIGIT.search(doc.text) is not None:
        return None
    weights = list(map(_WEIGHTS.get, words, repeat(0)))
    bounds = doc.sentence_words()
    opening = {first for first, _last in bounds}
    apart: set[int] = set()
    for start, end in blanked:
        low, high = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        if inside_word(words, starts, start) or inside_word(words, starts, end):
            return None  # a blank that cuts a word leaves part of it to score
        weights[low:high] = [0] * (high - low)
        apart.update(range(low, high))
    joined = -1  # the word last joined as the right of an apostrophe: it joins no further
    for at in occurrences(evidence, "'"):
        left = bisect.bisect_right(starts, at) - 1
        right = left + 1
        if (left < 0 or left == joined or right == len(words) or starts[right] != at + 1
                or starts[left] + len(words[left]) != at or not evidence[at - 1].isalpha()
                or not evidence[at + 1].isalpha() or not words[left].isalpha()
                or not words[right].isalpha()):
            continue
        weights[left] = _WEIGHTS.get(f"{words[left]}'{words[right]}", 0)
        weights[right] = 0
        joined = right
        apart.update((left, right))
    if "e" in doc.word_set:
        _spanish_e(words, weights, opening, apart)
    running = list(accumulate(weights, initial=0))
    return [running[last] - running[first] for first, last in bounds]



def inside_word(words: list[str], starts: list[int], pos: int) -> bool:
    """`pos` falls strictly inside a word (not at its start or end)."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and starts[i] < pos < starts[i] + len(words[i])

